"""rope-mlir from Python: import a PyTorch module's RoPE with torch-mlir, raise
it into the rope dialect and run the fused kernel (see python/README.md)."""

from .compiler import CompileError, Kernel, RaiseReport, compile

__all__ = ["CompileError", "Kernel", "RaiseReport", "compile"]
