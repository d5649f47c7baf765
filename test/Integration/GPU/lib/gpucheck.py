#!/usr/bin/env python3
"""Runs the checks of an executed GPU test against an independent reference.

    gpucheck.py LIB.so TEST.mlir             # a rope-gpu-aot library (GPU)
    gpucheck.py --emulated LIB.so TEST.mlir  # the module through
                                             # --rope-gpu-pipeline=emulate=1
    gpucheck.py --cpu LIB.so TEST.mlir       # ... through --rope-cpu-pipeline

The test holds Python in `// GPU:` lines. That code sees numpy as `np`, the
reference ops as `ref` (test/lib/rope_ref.py, written from the op
definitions) and:

  rand(shape, dtype, seed)   values in [-1, 1) exactly representable in
                             dtype ("f32", "f16", "bf16"), as float64
  site(name, expect, tol, in_place=False, **buffers)
                             runs C entry point `name` on device copies of
                             `buffers` ({role: values}; outputs are
                             allocated, or are the inputs' buffers with
                             in_place) and compares its outputs with
                             `expect` (absolute tolerance `tol`)
  func(name, args, expect, tol)
                             runs the module's function `name` (it needs
                             the `llvm.emit_c_interface` attribute) on host
                             buffers, through its host-memory wrappers,
                             and compares its results

Where no GPU is: --emulated runs the same kernels as host loops (every
check, on host buffers), --cpu the CPU path (`func` checks only: it has no
sites); both validate the test's inputs, reference and tolerances, and
--emulated the kernels' logic.

Exit status 1 when any output differs by more than its tolerance.
"""

import ctypes
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
# In the source tree; in a bundle for the GPU machine (lib/bundle.py) all
# three files sit next to each other.
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "lib"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "tools",
                                "rope-gpu-aot"))
sys.path.insert(0, HERE)
import rope_gpu  # noqa: E402
import rope_ref  # noqa: E402

_STORAGE = {"f32": np.float32, "f16": np.float16, "bf16": np.uint16,
            "f64": np.float64, "i64": np.int64, "i32": np.int32,
            "index": np.int64}


def rand(shape, dtype="f32", seed=0):
    values = np.random.default_rng(seed).uniform(-1, 1, size=shape)
    return rope_ref.round_to(values, dtype).astype(np.float64) \
        if dtype in ("f32", "f16", "bf16") else values


def memref_type(rank):
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
              ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank),
                   ("strides", ctypes.c_int64 * rank)]
    return type(f"MemRef{rank}", (ctypes.Structure,), {"_fields_": fields})


def to_memref(array):
    desc = memref_type(array.ndim)()
    desc.allocated = desc.aligned = array.ctypes.data
    desc.offset = 0
    for d in range(array.ndim):
        desc.sizes[d] = array.shape[d]
        desc.strides[d] = array.strides[d] // array.itemsize
    return desc


def from_memref(desc, rank, dtype):
    shape = tuple(desc.sizes[d] for d in range(rank)) if rank else ()
    strides = tuple(desc.strides[d] for d in range(rank)) if rank else ()
    storage = np.dtype(_STORAGE[dtype])
    count = 1 + sum((s - 1) * st for s, st in zip(shape, strides)) \
        if all(shape) else 0
    base = np.ctypeslib.as_array(
        (ctypes.c_byte * (count * storage.itemsize)).from_address(
            desc.aligned + desc.offset * storage.itemsize))
    array = np.lib.stride_tricks.as_strided(
        base.view(storage), shape,
        tuple(st * storage.itemsize for st in strides))
    return rope_gpu.from_storage(np.array(array), dtype)


_TENSOR = re.compile(r"tensor<([^>]*)>")


def parse_signature(source, name):
    """(argument (rank, dtype) list, result (rank, dtype) list) of @name."""
    m = re.search(r"func\.func\s+@" + re.escape(name) +
                  r"\s*\((.*?)\)\s*(?:->\s*(\(.*?\)|tensor<[^>]*>))?\s*"
                  r"(?:attributes|\{)", source, re.S)
    if not m:
        raise SystemExit(f"gpucheck: no func.func @{name} in the test")

    def types(text):
        out = []
        for t in _TENSOR.findall(text or ""):
            *dims, elem = t.split("x")
            out.append((len(dims), elem))
        return out
    return types(m.group(1)), types(m.group(2))


class Checker:
    def __init__(self, library_path, source, mode):
        self.mode = mode
        self.source = source
        self.failed = False
        self.checks = 0
        if mode == "cpu":
            self.lib = ctypes.CDLL(os.path.abspath(library_path))
        else:
            self.library = rope_gpu.Library(library_path)
            self.lib = self.library.lib

    def compare(self, what, got, expect, tol):
        self.checks += 1
        if len(got) != len(expect):
            print(f"gpucheck: {what}: {len(got)} outputs, expected "
                  f"{len(expect)}")
            self.failed = True
            return
        for i, (g, e) in enumerate(zip(got, expect)):
            e = np.asarray(e, dtype=np.float64)
            if g.shape != e.shape:
                print(f"gpucheck: {what} #{i}: shape {g.shape}, expected "
                      f"{e.shape}")
                self.failed = True
                continue
            err = np.abs(g - e)
            worst = np.unravel_index(np.argmax(err), err.shape) \
                if err.size else None
            max_err = float(err[worst]) if worst is not None else 0.0
            ok = max_err <= tol
            print(f"gpucheck: {what} #{i} {list(g.shape)}: max |err| = "
                  f"{max_err:.3g} (tol {tol:.3g}) {'ok' if ok else 'MISMATCH'}")
            if not ok:
                print(f"  at {tuple(int(v) for v in worst)}: got {g[worst]!r}, "
                      f"expected {e[worst]!r}")
                self.failed = True

    def site(self, name, expect, tol, in_place=False, **buffers):
        if self.mode == "cpu":
            print(f"gpucheck: {name}: skipped (CPU pipeline has no sites)")
            return
        site = self.library.sites[name]
        got = rope_gpu.run_site(site, buffers, in_place=in_place)
        label = f"{name} ({site.kernel}{', in place' if in_place else ''})"
        self.compare(label, got, expect, tol)

    def func(self, name, args, expect, tol):
        arg_types, result_types = parse_signature(self.source, name)
        storage = [rope_gpu.to_storage(a, dtype)
                   for a, (_, dtype) in zip(args, arg_types)]
        descs = [to_memref(s) for s in storage]
        results = [memref_type(rank)() for rank, _ in result_types]
        packed = type("Results", (ctypes.Structure,),
                      {"_fields_": [(f"r{i}", type(r))
                                    for i, r in enumerate(results)]})()
        fn = getattr(self.lib, "_mlir_ciface_" + name)
        fn.restype = None
        out = [ctypes.byref(packed)] if results else []
        fn(*out, *[ctypes.byref(d) for d in descs])
        if self.mode != "cpu":
            self.library.check()
        got = [from_memref(getattr(packed, f"r{i}"), rank, dtype)
               for i, (rank, dtype) in enumerate(result_types)]
        self.compare(f"@{name} ({self.mode})", got, expect, tol)


def main():
    argv = sys.argv[1:]
    mode = "gpu"
    for flag in ("--cpu", "--emulated"):
        if flag in argv:
            mode = flag[2:]
            argv.remove(flag)
    if len(argv) != 2:
        raise SystemExit(__doc__)
    library_path, test_path = argv
    source = open(test_path).read()
    code = "\n".join(line.split("// GPU:", 1)[1][1:]
                     for line in source.splitlines() if "// GPU:" in line)
    checker = Checker(library_path, source, mode)
    env = {"np": np, "ref": rope_ref, "rand": rand, "site": checker.site,
           "func": checker.func}
    exec(compile(code, test_path + ":GPU", "exec"), env)
    if checker.checks == 0 and mode != "cpu":
        raise SystemExit("gpucheck: the test checked nothing")
    sys.exit(1 if checker.failed else 0)


if __name__ == "__main__":
    main()
