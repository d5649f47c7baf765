"""Compiles MLIR to shared objects and calls them on torch buffers.

Every compiled implementation exposes the same destination-passing entry,

    void bench(q, k, <extra inputs>..., q_out, k_out)      (memref descriptors)

a wrapper around the implementation's own `@main` on tensors: the wrapper
inlines it (or holds the rope ops itself: the rope dialect has no inliner
interface) and materializes its results into the caller's buffers, so no
implementation allocates (and page-faults in) its outputs inside the timed
call, and all of them are measured on the same buffers.
"""

from __future__ import annotations

import ctypes
import os
import pathlib
import re
import subprocess

import torch

LLVM = pathlib.Path(os.environ.get("ROPE_LLVM_PREFIX", "/usr/lib/llvm-22"))

_MLIR_TYPES = {torch.float32: "f32", torch.bfloat16: "bf16",
               torch.float16: "f16", torch.int64: "i64", torch.int32: "i32"}


def mlir_type(t: torch.Tensor) -> str:
    return "x".join(str(d) for d in t.shape) + "x" + _MLIR_TYPES[t.dtype]


def wrapper(inputs: list[torch.Tensor], outputs: list[torch.Tensor],
            body: str | None = None) -> str:
    """`@bench` over memrefs: the inputs as tensors %t0, %t1, ..., then
    `body`, which defines the results %r#0, %r#1, ... (default: a call of
    `@main` on tensors), materialized into the output buffers."""
    args = [f"%in{i}: memref<{mlir_type(t)}>" for i, t in enumerate(inputs)]
    args += [f"%out{i}: memref<{mlir_type(t)}>" for i, t in enumerate(outputs)]
    lines = [f"  %t{i} = bufferization.to_tensor %in{i} restrict : "
             f"memref<{mlir_type(t)}> to tensor<{mlir_type(t)}>"
             for i, t in enumerate(inputs)]
    if body is None:
        in_types = ", ".join(f"tensor<{mlir_type(t)}>" for t in inputs)
        out_types = ", ".join(f"tensor<{mlir_type(t)}>" for t in outputs)
        operands = ", ".join(f"%t{i}" for i in range(len(inputs)))
        body = (f"  %r:{len(outputs)} = func.call @main({operands}) : "
                f"({in_types}) -> ({out_types})")
    lines.append(body)
    lines += [f"  bufferization.materialize_in_destination %r#{i} in restrict "
              f"writable %out{i} : (tensor<{mlir_type(t)}>, "
              f"memref<{mlir_type(t)}>) -> ()" for i, t in enumerate(outputs)]
    return ("func.func @bench(" + ", ".join(args) +
            ") attributes {llvm.emit_c_interface} {\n" + "\n".join(lines) +
            "\n  return\n}\n")


def with_wrapper(module_text: str, inputs, outputs) -> str:
    """Adds the wrapper to a module whose `@main` takes `inputs` and returns
    `outputs`, and makes `@main` private so inlining removes it."""
    text = re.sub(r"func\.func @main\(", "func.func private @main(", module_text,
                  count=1)
    m = re.search(r"^module\b[^\n]*\{\s*$", text, re.M)
    if m:
        return text[:m.end()] + "\n" + wrapper(inputs, outputs) + text[m.end():]
    return wrapper(inputs, outputs) + text


class Toolchain:
    def __init__(self, rope_opt: pathlib.Path, work_dir: pathlib.Path):
        self.rope_opt = rope_opt
        self.work = work_dir
        self.work.mkdir(parents=True, exist_ok=True)

    def _run(self, cmd, stdin=None):
        r = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed:\n{r.stderr[-4000:]}")
        return r.stdout

    def compile(self, name: str, text: str, passes: str) -> "Kernel":
        """MLIR text -> rope-opt (`passes`, a textual pass list) -> LLVM IR
        -> clang -O3 .so."""
        src = self.work / f"{name}.mlir"
        src.write_text(text)
        # Inline @main into the wrapper, then let the results be written into
        # the destinations directly.
        pipeline = f"builtin.module(inline,symbol-dce,{passes})"
        llvm_dialect = self._run([str(self.rope_opt), str(src),
                                  f"--pass-pipeline={pipeline}"])
        ll = self.work / f"{name}.ll"
        ll.write_text(self._run([str(LLVM / "bin" / "mlir-translate"),
                                 "--mlir-to-llvmir"], stdin=llvm_dialect))
        so = self.work / f"{name}.so"
        libdir = LLVM / "lib"
        self._run(["clang-22", "-O3", "-march=native", "-shared", "-fPIC",
                   "-Wno-override-module", "-o", str(so), str(ll),
                   f"-L{libdir}", "-lomp", "-lmlir_c_runner_utils",
                   f"-Wl,-rpath,{libdir}"])
        return Kernel(so)

    def compile_c(self, name: str, source: str) -> "Kernel":
        src = self.work / f"{name}.c"
        src.write_text(source)
        so = self.work / f"{name}.so"
        libdir = LLVM / "lib"
        self._run(["clang-22", "-O3", "-march=native", "-shared", "-fPIC",
                   "-fopenmp", "-o", str(so), str(src), f"-L{libdir}",
                   f"-Wl,-rpath,{libdir}"])
        return Kernel(so, entry="bench")


def _descriptor(t: torch.Tensor):
    """A ranked memref descriptor (allocated, aligned, offset, sizes, strides)
    viewing the tensor's storage."""
    rank = t.dim()

    class Desc(ctypes.Structure):
        _fields_ = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                    ("offset", ctypes.c_int64),
                    ("sizes", ctypes.c_int64 * rank),
                    ("strides", ctypes.c_int64 * rank)]

    d = Desc()
    d.allocated = d.aligned = t.data_ptr()
    d.offset = 0
    d.sizes[:] = list(t.shape)
    d.strides[:] = list(t.stride())
    return d


class Kernel:
    def __init__(self, so: pathlib.Path, entry: str = "_mlir_ciface_bench"):
        self.lib = ctypes.CDLL(str(so))
        self.fn = getattr(self.lib, entry)
        self.fn.restype = None
        self.c_abi = entry == "bench"

    def bind(self, tensors: list[torch.Tensor]):
        """A no-argument callable running the kernel on these buffers."""
        if self.c_abi:
            ptrs = [ctypes.c_void_p(t.data_ptr()) for t in tensors]
            sizes = [ctypes.c_size_t(t.numel() * t.element_size())
                     for t in tensors]
            args = ptrs + sizes
        else:
            descs = [_descriptor(t) for t in tensors]
            args = [ctypes.byref(d) for d in descs]
            self._keep = descs
        fn = self.fn
        return lambda: fn(*args)
