"""Shared by the tests: the variants to run and how outputs are compared."""

import torch

from rope_mlir.export_models import Variant, build_for_dtype, variants
from rope_mlir.models import MAX_POSITIONS, SEQ

# f32: PyTorch runs the same f32 math in a different order: within 1e-5
# (observed <= 5e-7).
TOLERANCE = {"f32": dict(rtol=1e-5, atol=1e-5)}

# bf16: the fused kernel computes in f32 from the bf16 inputs and rounds each
# output once to bf16, while PyTorch's bf16 eager rounds after every op (the
# products, the sum, the cos/sin casts), so eager bf16 can be several bf16
# ulps from the exact result and is no fixed-ulp reference. The kernel is
# therefore checked against the same model run by PyTorch in f32 on the
# bf16-rounded inputs, rounded once to bf16: within one bf16 ulp of that
# value (the two f32 computations differ by f32 rounding, which can move a
# result across a bf16 rounding boundary), plus 1e-5 absolute for results
# near zero. Against bf16 eager only loosely: 2^-5 (4 ulps) relative and
# absolute, which catches a wrong rotation but not per-op rounding.
BF16_EAGER_TOLERANCE = dict(rtol=2 ** -5, atol=2 ** -5)
# Where the f32 rerun is no reference, bf16 is compared with eager within
# two bf16 ulps (2^-7 relative) as before: llama_attention's kernel runs its
# projections and attention per op in bf16 like eager does (only RoPE is
# fused), and llama_rope_dynamic's dynamic NTK scaling keeps state across
# calls that a fresh module has not seen.
BF16_EAGER_ONLY = {"llama_attention": dict(rtol=2 ** -7, atol=2 ** -7),
                   "llama_rope_dynamic": dict(rtol=2 ** -7, atol=2 ** -7)}


def assert_within_one_bf16_ulp(got, ref32, msg):
    """`got` (bf16) is within one bf16 ulp (+1e-5) of `ref32` rounded to
    bf16."""
    ref = ref32.to(torch.bfloat16).float()
    mag = ref.abs().clamp_min(torch.finfo(torch.bfloat16).tiny)
    # bf16 keeps 8 significant bits: ulp(x) = 2^(floor(log2|x|) - 7).
    ulp = torch.exp2(torch.floor(torch.log2(mag)) - 7)
    err = (got.float() - ref).abs()
    bad = err > ulp + 1e-5
    assert not bad.any(), (
        f"{msg}: {int(bad.sum())} element(s) more than one bf16 ulp from the "
        f"f32 reference rounded once; worst {float((err / ulp).max()):.2f} ulp")

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


def check_against_module(v: Variant, module, kernel, fused=False):
    """Runs the kernel and the PyTorch module on the same inputs (every length
    a dynamic kernel should take) and compares all outputs. `fused`: the
    kernel computes RoPE in f32 and rounds once (a raised kernel); otherwise
    it rounds per op like eager (upstream lowering of the unraised IR) and
    bf16 is compared with eager within two bf16 ulps."""
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[v.dtype_name]
    for seq in (v.model.check_lengths if v.dynamic else (SEQ,)):
        inputs = v.model.inputs(seq, dtype)
        with torch.no_grad():
            want = module(*inputs)
        got = kernel(*inputs)
        want = want if isinstance(want, tuple) else (want,)
        got = got if isinstance(got, tuple) else (got,)
        assert len(got) == len(want)
        eager_only = (BF16_EAGER_ONLY.get(v.model.name) if fused
                      else dict(rtol=2 ** -7, atol=2 ** -7))
        if v.dtype_name == "bf16" and not eager_only:
            reference = build_for_dtype(v.model, dtype).float()
            with torch.no_grad():
                want32 = reference(*[i.float() if i.is_floating_point() else i
                                     for i in inputs])
            want32 = want32 if isinstance(want32, tuple) else (want32,)
        for k, (g, w) in enumerate(zip(got, want)):
            assert g.dtype == w.dtype and g.shape == w.shape
            msg = f"{v.file_stem} seq={seq} output {k}"
            if v.dtype_name == "bf16" and eager_only:
                torch.testing.assert_close(g, w, **eager_only,
                                           msg=lambda m: f"{msg}: {m}")
            elif v.dtype_name == "bf16":
                assert_within_one_bf16_ulp(g, want32[k], msg)
                torch.testing.assert_close(g, w, **BF16_EAGER_TOLERANCE,
                                           msg=lambda m: f"{msg}: {m}")
            else:
                torch.testing.assert_close(g, w, **TOLERANCE[v.dtype_name],
                                           msg=lambda m: f"{msg}: {m}")
