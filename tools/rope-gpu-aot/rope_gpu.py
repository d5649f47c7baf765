"""Loads a library made by rope-gpu-aot and calls its RoPE sites (ctypes).

Needs only the Python standard library to load; numpy for NumpySite,
PyTorch for calling sites on torch tensors:

    import rope_gpu
    lib = rope_gpu.Library("llama.so")
    site = lib.sites["rope_site_0"]
    q2, k2 = site(input0=q, input1=k, angles=t)   # torch CUDA tensors
    site(input0=q, input1=k, output0=q, output1=k, angles=t)   # in place

Buffers are named by the roles of the manifest ("input0", "output0",
"angles", "cos", "sin", "positions", "xpos_positions"); missing outputs are
allocated. Calls run on torch's current stream, asynchronously.
"""

import ctypes
import json
import os

# Element types of the manifest -> (numpy dtype name, torch dtype name, bytes).
_DTYPES = {
    "f32": ("float32", "float32", 4),
    "f16": ("float16", "float16", 2),
    "bf16": ("uint16", "bfloat16", 2),   # numpy has no bf16: raw bits
    "f64": ("float64", "float64", 8),
    "i64": ("int64", "int64", 8),
    "index": ("int64", "int64", 8),
    "i32": ("int32", "int32", 4),
    "i16": ("int16", "int16", 2),
    "i8": ("int8", "int8", 1),
}


class CudaError(RuntimeError):
    pass


class Library:
    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.lib = ctypes.CDLL(self.path)
        self.lib.rope_manifest.restype = ctypes.c_char_p
        self.manifest = json.loads(self.lib.rope_manifest().decode())
        self.sites = {s["name"]: Site(self, s) for s in self.manifest["sites"]}
        # Libraries built with --rope-gpu-pipeline=emulate=1 run the kernels
        # on the host and carry no CUDA runtime.
        self.has_runtime = hasattr(self.lib, "ropeRuntimeLastError")
        if not self.has_runtime:
            return
        lib = self.lib
        lib.ropeRuntimeLastError.restype = ctypes.c_int32
        lib.mgpuMemAlloc.restype = ctypes.c_void_p
        lib.mgpuMemAlloc.argtypes = [ctypes.c_uint64, ctypes.c_void_p,
                                     ctypes.c_bool]
        lib.mgpuMemFree.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.mgpuMemcpy.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                   ctypes.c_size_t, ctypes.c_void_p]
        lib.mgpuStreamSynchronize.argtypes = [ctypes.c_void_p]

    def check(self):
        """Raises if a CUDA call of the runtime failed since the last check."""
        if not self.has_runtime:
            return
        error = self.lib.ropeRuntimeLastError()
        if error:
            raise CudaError(f"{os.path.basename(self.path)}: CUDA error "
                                f"{error} (CUresult)")


class Site:
    """One RoPE site's C entry point."""

    def __init__(self, library, desc):
        self.library = library
        self.name = desc["name"]
        self.func = desc.get("func")
        self.kernel = desc.get("kernel")
        self.buffers = desc["buffers"]
        self.roles = [b["role"] for b in self.buffers]
        self.sizes = [tuple(s) for s in desc["sizes"]]
        self.fn = getattr(library.lib, self.name)
        self.fn.restype = None
        self.fn.argtypes = ([ctypes.c_void_p] * len(self.buffers) +
                            [ctypes.c_int64] * len(self.sizes) +
                            [ctypes.c_void_p])

    def shapes(self, given):
        """Every buffer's shape from the given {role: shape} (outputs take
        their input's); checks the static dims."""
        shapes = {}
        for b in self.buffers:
            role = b["role"]
            source = role.replace("output", "input") if role.startswith(
                "output") else role
            if source not in given:
                raise ValueError(f"{self.name}: missing buffer {source!r}")
            shape = tuple(given[source])
            want = b["shape"]
            if len(shape) != len(want) or any(
                    w >= 0 and w != s for w, s in zip(want, shape)):
                raise ValueError(f"{self.name}: {role} has shape {shape}, "
                                 f"expected {want} (-1: any)")
            shapes[role] = shape
        return shapes

    def arguments(self, pointers, shapes, stream):
        """The C entry point's arguments: pointers, dynamic sizes, stream."""
        args = [pointers[r] for r in self.roles]
        args += [shapes[role][dim] for role, dim in self.sizes]
        args.append(stream)
        return args

    def call_raw(self, pointers, shapes, stream=0):
        """pointers: {role: device address}; shapes: {role: shape}."""
        self.fn(*self.arguments(pointers, shapes, stream))
        self.library.check()

    def __call__(self, stream=None, **tensors):
        """Runs the site on torch CUDA tensors; returns the outputs."""
        launch, outputs = self.bind(stream, **tensors)
        launch()
        return outputs

    def bind(self, stream=None, **tensors):
        """Checks the tensors once and returns (launch, outputs): `launch()`
        reruns the site on the same buffers with nothing but the C call, for
        loops and benchmarks."""
        import torch
        given = {r: tuple(t.shape) for r, t in tensors.items()}
        shapes = self.shapes(given)
        pointers = {}
        outputs = []
        device = next(iter(tensors.values())).device
        for b in self.buffers:
            role = b["role"]
            t = tensors.get(role)
            if t is None and role.startswith("output"):
                t = torch.empty(shapes[role], device=device,
                                dtype=getattr(torch, _DTYPES[b["dtype"]][1]))
            if role.startswith("output"):
                outputs.append(t)
            want = getattr(torch, _DTYPES[b["dtype"]][1])
            if t.dtype != want:
                raise TypeError(f"{self.name}: {role} is {t.dtype}, "
                                f"expected {want}")
            if not t.is_cuda or not t.is_contiguous() or t.data_ptr() % 16:
                raise ValueError(f"{self.name}: {role} must be a contiguous, "
                                 "16-byte aligned CUDA tensor")
            pointers[role] = t.data_ptr()
        if stream is None:
            stream = torch.cuda.current_stream(device).cuda_stream
        args = self.arguments(pointers, shapes, stream)
        fn, check = self.fn, self.library.check

        def launch():
            fn(*args)
            check()
        return launch, tuple(outputs)


class DeviceArray:
    """A device copy of a numpy array through the library's runtime (for
    drivers without PyTorch). bf16 arrays travel as uint16 bit patterns."""

    def __init__(self, library, array):
        self.library = library
        self.shape, self.dtype = array.shape, array.dtype
        self.nbytes = array.nbytes
        lib = library.lib
        self.ptr = lib.mgpuMemAlloc(max(self.nbytes, 16), None, False)
        if not self.ptr:
            library.check()
            raise CudaError("mgpuMemAlloc failed")
        lib.mgpuMemcpy(self.ptr, array.ctypes.data, self.nbytes, None)
        lib.mgpuStreamSynchronize(None)
        library.check()

    def numpy(self):
        import numpy as np
        out = np.empty(self.shape, self.dtype)
        lib = self.library.lib
        lib.mgpuStreamSynchronize(None)
        lib.mgpuMemcpy(out.ctypes.data, self.ptr, self.nbytes, None)
        lib.mgpuStreamSynchronize(None)
        self.library.check()
        return out

    def free(self):
        self.library.lib.mgpuMemFree(self.ptr, None)
        self.library.lib.mgpuStreamSynchronize(None)


def to_storage(values, dtype):
    """f32/f64 numpy values -> the array a buffer of `dtype` holds (bf16:
    uint16 bits, after round-to-nearest-even)."""
    import numpy as np
    if dtype == "bf16":
        a = np.ascontiguousarray(values, dtype=np.float32)
        bits = a.view(np.uint32).astype(np.uint64)
        bits = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16
        return bits.astype(np.uint16)
    return np.ascontiguousarray(values, dtype=_DTYPES[dtype][0])


def from_storage(array, dtype):
    """The inverse of to_storage, as float64 (or int64) values."""
    import numpy as np
    if dtype == "bf16":
        return (array.astype(np.uint32) << 16).view(np.float32).astype(
            np.float64)
    return array.astype(np.float64 if dtype.startswith("f") else np.int64)


class HostArray:
    """DeviceArray's stand-in for emulated libraries: host memory."""

    def __init__(self, library, array):
        self.array = array.copy()
        self.ptr = self.array.ctypes.data

    def numpy(self):
        return self.array.copy()

    def free(self):
        pass


def run_site(site, values, in_place=False):
    """Runs `site` on numpy values {role: array} (no torch needed); returns
    the outputs as float64 arrays. `in_place` passes each input's buffer as
    its output. With an emulated library the buffers are host memory."""
    import numpy as np
    array_type = DeviceArray if site.library.has_runtime else HostArray
    shapes = site.shapes({r: v.shape for r, v in values.items()})
    arrays, pointers = {}, {}
    try:
        for b in site.buffers:
            role = b["role"]
            if role.startswith("output"):
                if in_place:
                    continue
                data = np.zeros(shapes[role], _DTYPES[b["dtype"]][0])
            else:
                data = to_storage(values[role], b["dtype"])
            arrays[role] = array_type(site.library, data)
            pointers[role] = arrays[role].ptr
        if in_place:
            for role in site.roles:
                if role.startswith("output"):
                    source = role.replace("output", "input")
                    arrays[role] = arrays[source]
                    pointers[role] = pointers[source]
        site.call_raw(pointers, shapes, stream=0)
        dtypes = {b["role"]: b["dtype"] for b in site.buffers}
        return [from_storage(arrays[r].numpy(), dtypes[r])
                for r in site.roles if r.startswith("output")]
    finally:
        for role, a in arrays.items():
            if not (in_place and role.startswith("output")):
                a.free()
