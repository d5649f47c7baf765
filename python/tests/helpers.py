"""Shared by the tests: the variants to run and how outputs are compared."""

import torch

from rope_mlir.export_models import Variant, build_for_dtype, variants
from rope_mlir.models import MAX_POSITIONS, SEQ

# PyTorch runs the same f32 math in a different order (and bf16 results are
# rounded once from f32), so: f32 within 1e-5 (observed <= 5e-7), bf16 within
# two bf16 ulps (2^-7 relative), observed exact.
TOLERANCE = {"f32": dict(rtol=1e-5, atol=1e-5),
             "bf16": dict(rtol=2 ** -7, atol=2 ** -7)}

ALL_VARIANTS = list(variants())


def variant_id(v: Variant) -> str:
    return v.file_stem


def compile_variant(v: Variant, **kwargs):
    """(module, kernel) for a variant, compiled at sequence length SEQ."""
    from rope_mlir import compiler
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[v.dtype_name]
    module = build_for_dtype(v.model, dtype)
    inputs = v.model.inputs(SEQ, dtype)
    kernel = compiler.compile(module, inputs,
                              dynamic_seq_dims=v.model.seq_dims if v.dynamic else None,
                              max_seq=MAX_POSITIONS, **kwargs)
    return module, kernel


def check_against_module(v: Variant, module, kernel):
    """Runs the kernel and the PyTorch module on the same inputs (every length
    a dynamic kernel should take) and compares all outputs."""
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[v.dtype_name]
    for seq in (v.model.check_lengths if v.dynamic else (SEQ,)):
        inputs = v.model.inputs(seq, dtype)
        with torch.no_grad():
            want = module(*inputs)
        got = kernel(*inputs)
        want = want if isinstance(want, tuple) else (want,)
        got = got if isinstance(got, tuple) else (got,)
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert g.dtype == w.dtype and g.shape == w.shape
            torch.testing.assert_close(g, w, **TOLERANCE[v.dtype_name],
                                       msg=lambda m: f"{v.file_stem} seq={seq}: {m}")
