"""Compile a PyTorch module (or linalg MLIR text) to a CPU kernel, in-process.

    kernel = rope_mlir.compile(module, example_inputs)
    q_rot, k_rot = kernel(q, k, position_ids)    # numpy arrays or torch tensors
    print(kernel.report)                          # what --rope-raise found

The module is imported by torch-mlir (frontend.py), parsed into a context of
the project's MLIR through libRopeMLIRCAPI.so, raised (ropeRaiseModule), lowered
(ropeLowerToCPU) and JIT-compiled by MLIR's ExecutionEngine, all in this
process. Inputs are passed by pointer (no copy when they are C-contiguous and
already of the kernel's element type); results are the buffers the kernel
allocated, wrapped, and freed when the last array or tensor viewing them goes.
"""

from __future__ import annotations

import collections
import ctypes
import dataclasses
import re
import threading
from typing import Sequence

import ml_dtypes
import numpy as np

from . import _capi

_lock = threading.Lock()
_lib = None
_libc = ctypes.CDLL(None)
_libc.free.argtypes = [ctypes.c_void_p]

ELEMENT_TYPES = {
    "f32": np.dtype(np.float32), "f64": np.dtype(np.float64),
    "f16": np.dtype(np.float16), "bf16": np.dtype(ml_dtypes.bfloat16),
    "i64": np.dtype(np.int64), "i32": np.dtype(np.int32),
    "i1": np.dtype(np.bool_),
}

# Ops whose presence after the raise means a RoPE chain was left behind: the
# angle and rotation arithmetic that rope ops replace.
ORIGINAL_CHAIN_OPS = ("math.sin", "math.cos", "math.sincos", "complex.mul",
                      "complex.create", "complex.re", "complex.im")
ROPE_SITE_OP = "rope.rotate"


class CompileError(RuntimeError):
    """A step failed; the message carries MLIR's diagnostics."""


def _library():
    global _lib
    if _lib is None:
        _lib = _capi.load()
        _lib.mlirRegisterAllRopePasses()
    return _lib


def pass_registered(name: str) -> bool:
    """Whether the C API library knows the pass `name` (the raise lands on a
    different schedule than this package)."""
    with _lock:
        lib = _library()
        registry = lib.mlirDialectRegistryCreate()
        ctx = lib.mlirContextCreateWithRegistry(registry, False)
        lib.mlirDialectRegistryDestroy(registry)
        pm = lib.mlirPassManagerCreate(ctx)
        try:
            return bool(lib.mlirParsePassPipeline(
                lib.mlirPassManagerGetAsOpPassManager(pm),
                _capi.MlirStringRef.of(f"builtin.module({name})"),
                _capi.StringCallback(lambda *_: None), None).value)
        finally:
            lib.mlirPassManagerDestroy(pm)
            lib.mlirContextDestroy(ctx)


@dataclasses.dataclass
class RaiseReport:
    """What --rope-raise did to the imported module."""

    raised: bool
    # One line per rope.rotate: the op as printed (its layout, rotary_dim...).
    sites: list
    ops_before: collections.Counter
    ops_after: collections.Counter
    diagnostics: list

    @property
    def leftover_chain(self) -> dict:
        """Original-chain ops (sin/cos/complex math) still present."""
        return {op: n for op, n in self.ops_after.items()
                if op in ORIGINAL_CHAIN_OPS}

    def __str__(self):
        if not self.raised:
            return "not raised"
        lines = [f"{len(self.sites)} RoPE site(s) raised"]
        lines += [f"  {s}" for s in self.sites]
        left = self.leftover_chain
        lines.append("  left unraised: " + (", ".join(
            f"{op} x{n}" for op, n in sorted(left.items())) if left else "none"))
        # The raise's remarks say which form each site had and why a
        # candidate was not taken.
        lines += [f"  {d}" for d in self.diagnostics]
        return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class TensorSpec:
    shape: tuple          # None for a dynamic dimension
    dtype: np.dtype

    @staticmethod
    def parse(text: str) -> "TensorSpec":
        m = re.fullmatch(r"tensor<((?:[0-9?]+x)*)(\w+)>", text.strip())
        if not m or m.group(2) not in ELEMENT_TYPES:
            raise CompileError(f"unsupported function boundary type {text}")
        dims = [d for d in m.group(1).split("x") if d]
        return TensorSpec(tuple(None if d == "?" else int(d) for d in dims),
                          ELEMENT_TYPES[m.group(2)])


def _memref_descriptor(rank: int):
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
              ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank),
                   ("strides", ctypes.c_int64 * rank)]
    return type(f"MemRef{rank}D", (ctypes.Structure,), {"_fields_": fields})


class _KernelBuffer:
    """Owns one malloc'ed result buffer; numpy views keep it alive."""

    def __init__(self, allocated: int, aligned: int, nbytes: int):
        self.allocated = allocated
        self.__array_interface__ = {"data": (aligned, False), "shape": (nbytes,),
                                    "typestr": "|u1", "version": 3}

    def __del__(self):
        _libc.free(self.allocated)


class _Diagnostics:
    """Collects the context's diagnostics while it lives."""

    def __init__(self, lib, ctx):
        self.messages = []

        @_capi.DiagnosticHandler
        def handler(diag, _):
            where = _capi.collect_string(lib.mlirLocationPrint,
                                         lib.mlirDiagnosticGetLocation(diag))
            text = _capi.collect_string(lib.mlirDiagnosticPrint, diag)
            severity = _capi.SEVERITIES.get(lib.mlirDiagnosticGetSeverity(diag))
            self.messages.append(f"{where}: {severity}: {text}")
            return 1  # handled: MLIR prints nothing itself

        self._handler = handler  # the C side holds only the pointer
        lib.mlirContextAttachDiagnosticHandler(ctx, handler, None, None)

    def take(self) -> list:
        out, self.messages = self.messages, []
        return out


def _walk_ops(lib, op) -> list:
    ops = []

    @_capi.WalkCallback
    def visit(child, _):
        ops.append(_capi.MlirOperation(child.ptr))
        return _capi.WALK_ADVANCE

    lib.mlirOperationWalk(op, visit, None, _capi.WALK_PRE_ORDER)
    return ops


def _op_name(lib, op) -> str:
    return lib.mlirIdentifierStr(lib.mlirOperationGetName(op)).str()


class Kernel:
    """A compiled module's entry function, callable on arrays or tensors."""

    def __init__(self, mlir_text: str, *, raise_rope: bool = True,
                 entry: str = "main", raise_options: str = "",
                 opt_level: int = 3):
        lib = self._lib = _library()
        self.mlir = mlir_text
        registry = lib.mlirDialectRegistryCreate()
        lib.mlirRegisterAllDialects(registry)
        lib.mlirRegisterAllRopeDialects(registry)
        self._ctx = lib.mlirContextCreateWithRegistry(registry, False)
        lib.mlirDialectRegistryDestroy(registry)
        lib.mlirRegisterAllLLVMTranslations(self._ctx)
        self._engine = None
        self._module = None
        diags = _Diagnostics(lib, self._ctx)
        self._diagnostics = diags

        self._module = lib.mlirModuleCreateParse(self._ctx,
                                                 _capi.MlirStringRef.of(mlir_text))
        if not self._module:
            raise CompileError("cannot parse the module:\n" + "\n".join(diags.take()))
        module_op = lib.mlirModuleGetOperation(self._module)
        func = self._find_entry(module_op, entry)
        self.inputs, self.results = self._signature(func)
        # The C-interface wrapper takes every memref by pointer, so ctypes
        # needs no per-rank argument lists.
        lib.mlirOperationSetDiscardableAttributeByName(
            func, _capi.MlirStringRef.of("llvm.emit_c_interface"),
            lib.mlirUnitAttrGet(self._ctx))

        ops_before = self._count_ops(module_op)
        self.raised_mlir = None
        if raise_rope:
            if not lib.ropeRaiseModule(self._module,
                                       _capi.MlirStringRef.of(raise_options)).value:
                raise CompileError("--rope-raise failed:\n" + "\n".join(diags.take()))
            self.raised_mlir = _capi.collect_string(lib.mlirOperationPrint, module_op)
            sites = [_capi.collect_string(lib.mlirOperationPrint, op).strip()
                     for op in _walk_ops(lib, module_op)
                     if _op_name(lib, op) == ROPE_SITE_OP]
            ops_after = self._count_ops(module_op)
        else:
            sites, ops_after = [], ops_before
        self.report = RaiseReport(raise_rope, sites, ops_before, ops_after,
                                  diags.take())

        if not lib.ropeLowerToCPU(self._module, _capi.MlirStringRef.of("")).value:
            raise CompileError("--rope-cpu-pipeline failed:\n" + "\n".join(diags.take()))
        runtime = (_capi.MlirStringRef * 1)(
            _capi.MlirStringRef.of(str(_capi.runtime_library())))
        self._engine = lib.mlirExecutionEngineCreate(self._module, opt_level, 1,
                                                     runtime, False, False)
        if not self._engine:
            raise CompileError("JIT compilation failed:\n" + "\n".join(diags.take()))
        address = lib.mlirExecutionEngineLookup(
            self._engine, _capi.MlirStringRef.of(f"_mlir_ciface_{entry}"))
        if not address:
            raise CompileError(f"JIT: no _mlir_ciface_{entry} (LLVM's JIT printed"
                               " why on stderr)")
        self._arg_types = [_memref_descriptor(len(s.shape)) for s in self.inputs]
        result_types = [_memref_descriptor(len(s.shape)) for s in self.results]
        if len(result_types) == 1:
            self._result_struct = result_types[0]
        else:
            self._result_struct = type("Results", (ctypes.Structure,), {
                "_fields_": [(f"r{i}", t) for i, t in enumerate(result_types)]})
        self._fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p,
                                    *[ctypes.c_void_p] * len(self.inputs))(address)

    def _find_entry(self, module_op, entry):
        lib = self._lib
        for op in _walk_ops(lib, module_op):
            if _op_name(lib, op) != "func.func":
                continue
            name = lib.mlirOperationGetAttributeByName(
                op, _capi.MlirStringRef.of("sym_name"))
            if lib.mlirStringAttrGetValue(name).str() == entry:
                return op
        raise CompileError(f"no func.func @{entry} in the module")

    def _signature(self, func):
        lib = self._lib
        fn_type = lib.mlirTypeAttrGetValue(lib.mlirOperationGetAttributeByName(
            func, _capi.MlirStringRef.of("function_type")))
        text = _capi.collect_string(lib.mlirTypePrint, fn_type)
        m = re.fullmatch(r"\((.*)\) -> \(?(.*?)\)?", text)
        # Tensor types without an encoding hold no comma.
        split = lambda s: [t.strip() for t in s.split(",") if t.strip()]
        return ([TensorSpec.parse(t) for t in split(m.group(1))],
                [TensorSpec.parse(t) for t in split(m.group(2))])

    def _count_ops(self, module_op) -> collections.Counter:
        return collections.Counter(_op_name(self._lib, op)
                                   for op in _walk_ops(self._lib, module_op))

    def _as_array(self, i: int, value):
        spec = self.inputs[i]
        if hasattr(value, "detach"):  # a torch tensor, viewed without a copy
            import torch
            t = value.detach()
            if t.device.type != "cpu":
                raise ValueError(f"input {i}: the CPU kernel needs a CPU tensor,"
                                 f" got {t.device}")
            if t.dtype == torch.bfloat16:
                value = t.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
            else:
                value = t.numpy()
        array = np.asarray(value)
        if array.dtype != spec.dtype:
            raise ValueError(f"input {i}: expected {spec.dtype}, got {array.dtype}")
        if len(array.shape) != len(spec.shape) or any(
                want is not None and want != got
                for want, got in zip(spec.shape, array.shape)):
            raise ValueError(f"input {i}: expected shape {self._shape_str(spec)},"
                             f" got {tuple(array.shape)}")
        return np.ascontiguousarray(array)

    @staticmethod
    def _shape_str(spec):
        return "(" + ", ".join("?" if d is None else str(d) for d in spec.shape) + ")"

    def __call__(self, *args):
        if len(args) != len(self.inputs):
            raise TypeError(f"kernel takes {len(self.inputs)} inputs, got {len(args)}")
        want_torch = any(hasattr(a, "detach") for a in args)
        arrays = [self._as_array(i, a) for i, a in enumerate(args)]
        descriptors = []
        for array, desc_type in zip(arrays, self._arg_types):
            d = desc_type()
            d.allocated = d.aligned = array.ctypes.data
            d.offset = 0
            for k, (size, stride) in enumerate(zip(array.shape, array.strides)):
                d.sizes[k] = size
                d.strides[k] = stride // array.itemsize
            descriptors.append(d)
        results = self._result_struct()
        self._fn(ctypes.addressof(results), *[ctypes.addressof(d) for d in descriptors])
        outs = self._wrap_results(results)
        if want_torch:
            outs = [_to_torch(o) for o in outs]
        return outs[0] if len(outs) == 1 else tuple(outs)

    def _wrap_results(self, results):
        descs = ([results] if len(self.results) == 1 else
                 [getattr(results, f"r{i}") for i in range(len(self.results))])
        owners = {}
        outs = []
        for spec, d in zip(self.results, descs):
            rank = len(spec.shape)
            sizes = list(d.sizes) if rank else []
            strides = list(d.strides) if rank else []
            item = spec.dtype.itemsize
            extent = 1 + sum((s - 1) * st for s, st in zip(sizes, strides)) if all(sizes) else 0
            start = d.aligned + d.offset * item
            # Two results may be views of one allocation: free it once.
            owner = owners.get(d.allocated)
            if owner is None:
                owner = owners[d.allocated] = _KernelBuffer(d.allocated, start,
                                                            extent * item)
            base = np.asarray(owner)
            if base.ctypes.data != start:
                base = np.asarray(_View(owner, start, extent * item))
            flat = base.view(spec.dtype)
            outs.append(np.lib.stride_tricks.as_strided(
                flat, shape=sizes, strides=[st * item for st in strides]))
        return outs

    def __del__(self):
        lib = getattr(self, "_lib", None)
        if lib is None:
            return
        if getattr(self, "_engine", None):
            lib.mlirExecutionEngineDestroy(self._engine)
        if getattr(self, "_module", None):
            lib.mlirModuleDestroy(self._module)
        if getattr(self, "_ctx", None):
            lib.mlirContextDestroy(self._ctx)


class _View:
    """A second window on a _KernelBuffer (results sharing an allocation)."""

    def __init__(self, owner, start, nbytes):
        self.owner = owner
        self.__array_interface__ = {"data": (start, False), "shape": (nbytes,),
                                    "typestr": "|u1", "version": 3}


def _to_torch(array: np.ndarray):
    import torch
    if array.dtype == ml_dtypes.bfloat16:
        return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(array)


def compile(source, example_inputs: Sequence = (), *, dynamic_seq_dims=None,
            max_seq: int = 4096, raise_rope: bool = True,
            raise_options: str = "") -> Kernel:
    """Compiles `source` (a torch.nn.Module with example inputs, or linalg
    MLIR text) into a Kernel. `dynamic_seq_dims` (one entry per input: its
    sequence dimension, or None) makes the sequence length dynamic, up to
    `max_seq`."""
    if isinstance(source, str):
        text = source
    else:
        from . import frontend
        dyn = None
        if dynamic_seq_dims is not None:
            dyn = frontend.dynamic_shapes_for(example_inputs, dynamic_seq_dims,
                                              max_seq)
        text = frontend.import_linalg(source, example_inputs, dynamic_shapes=dyn)
    with _lock:
        return Kernel(text, raise_rope=raise_rope, raise_options=raise_options)
