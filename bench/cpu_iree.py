"""IREE rows of the CPU benchmark: the same torch-mlir-imported IR that the
generic and raise+fused rows compile, compiled by iree-compile (llvm-cpu
backend, the host CPU) and called through IREE's Python runtime on the
benchmark's own torch buffers.

Fair to IREE, as a user would run it at its best:
  - no copies: the inputs and outputs are the torch tensors' memory,
    imported into IREE (HalAllocator.import_host_allocation), and the
    outputs are given to the entry point as result storage
    (`iree.abi.output`), so IREE writes into them instead of allocating;
  - the call is one VmContext.invoke on argument lists built once, the
    lowest-overhead call the Python runtime has;
  - the local-task driver runs on as many worker threads as the other rows
    (--task_topology_group_count).

    available() -> None, or why the rows are skipped; version()
    IreeRuntime(threads).compile(name, imported_mlir, inputs, outputs, work)
        -> IreeKernel; .bind(inputs + outputs) -> a no-argument callable
           writing the outputs (cpu_rows.kernel_row takes it)
"""

from __future__ import annotations

import pathlib
import re

import torch

_HAL_TYPES = {torch.float32: "FLOAT_32", torch.bfloat16: "BFLOAT_16",
              torch.float16: "FLOAT_16", torch.int64: "SINT_64",
              torch.int32: "SINT_32"}


def available() -> str | None:
    """None when IREE's compiler and runtime import, else the reason."""
    try:
        import iree.compiler  # noqa: F401
        import iree.runtime  # noqa: F401
    except ImportError as e:
        return f"iree-base-compiler / iree-base-runtime not installed ({e.name})"
    return None


def version() -> str | None:
    """The IREE compiler's version, or None without it."""
    try:
        from iree.compiler import version
    except ImportError:
        return None
    return version.VERSION


def _tensor_type(t: torch.Tensor) -> str:
    from cpu_kernels import mlir_type
    return f"tensor<{mlir_type(t)}>"


def destination_entry(module_text: str, inputs, outputs) -> str:
    """The imported module with `@main` made private and a public `@bench`
    that takes the output buffers as `iree.abi.output` storage for its
    results: IREE then writes the results there."""
    text = re.sub(r"func\.func @main\(", "func.func private @main(",
                  module_text, count=1)
    ins = [f"%in{i}: {_tensor_type(t)}" for i, t in enumerate(inputs)]
    outs = [f"%out{i}: {_tensor_type(t)} {{iree.abi.output = {i} : index}}"
            for i, t in enumerate(outputs)]
    in_types = ", ".join(_tensor_type(t) for t in inputs)
    out_types = ", ".join(_tensor_type(t) for t in outputs)
    operands = ", ".join(f"%in{i}" for i in range(len(inputs)))
    results = ", ".join(f"%r#{i}" for i in range(len(outputs)))
    entry = (f"func.func @bench({', '.join(ins + outs)}) -> ({out_types}) {{\n"
             f"  %r:{len(outputs)} = func.call @main({operands}) : "
             f"({in_types}) -> ({out_types})\n"
             f"  return {results} : {out_types}\n}}\n")
    m = re.search(r"^module\b[^\n]*\{\s*$", text, re.M)
    if m:
        return text[:m.end()] + "\n" + entry + text[m.end():]
    return entry + text


class IreeRuntime:
    """One local-task device with `threads` workers for every IREE row of a
    run (the flag is process-wide and read when the device is made)."""

    def __init__(self, threads: int):
        import iree.runtime as ireert
        ireert.flags.parse_flags(f"--task_topology_group_count={threads}")
        self.rt = ireert
        self.config = ireert.Config("local-task")

    def compile(self, name: str, module_text: str, inputs, outputs,
                work: pathlib.Path) -> "IreeKernel":
        """Compiles the imported module (inputs -> outputs) for the host
        CPU, with its outputs as caller-given storage."""
        import iree.compiler as ireec
        source = destination_entry(module_text, inputs, outputs)
        (work / f"{name}.mlir").write_text(source)
        vmfb = ireec.compile_str(
            source, target_backends=["llvm-cpu"],
            extra_args=["--iree-llvmcpu-target-cpu=host"])
        (work / f"{name}.vmfb").write_bytes(vmfb)
        return IreeKernel(self, vmfb, len(outputs))


class IreeKernel:
    def __init__(self, runtime: IreeRuntime, vmfb: bytes, num_outputs: int):
        rt, config = runtime.rt, runtime.config
        self.rt, self.device = rt, config.device
        self.module = rt.VmModule.copy_buffer(config.vm_instance, vmfb)
        self.context = rt.VmContext(config.vm_instance, modules=[
            rt.create_hal_module(config.vm_instance, config.device),
            self.module])
        self.function = self.module.lookup_function("bench")
        self.num_outputs = num_outputs

    def bind(self, tensors: list[torch.Tensor]):
        """A no-argument callable running the module on these buffers
        (inputs, then outputs, as cpu_kernels.Kernel.bind takes them)."""
        rt = self.rt
        views = [self._view(t) for t in tensors]
        args = rt.VmVariantList(len(views))
        for view in views:
            args.push_ref(view)
        context, function, n = self.context, self.function, self.num_outputs

        def call():
            context.invoke(function, args, rt.VmVariantList(n))
        call.keep = (views, tensors)
        return call

    def _view(self, t: torch.Tensor):
        """A buffer view of `t`'s own memory (imported, not copied)."""
        rt = self.rt
        if not t.is_contiguous():
            raise ValueError("IREE rows need contiguous tensors")
        # numpy has no bf16: import the bytes, typed by the view.
        raw = t.reshape(-1).view(torch.uint8).numpy()
        buffer = self.device.allocator.import_host_allocation(
            raw, rt.MemoryType.DEVICE_LOCAL | rt.MemoryType.HOST_VISIBLE,
            rt.BufferUsage.DEFAULT)
        element = getattr(rt.HalElementType, _HAL_TYPES[t.dtype])
        return rt.HalBufferView(buffer, list(t.shape), element)
