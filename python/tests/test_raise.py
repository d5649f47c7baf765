"""Every reference model is raised completely (one rope.rotate per RoPE site,
none of the sin/cos/complex chain left) and the fused kernel matches PyTorch."""

import pytest

from rope_mlir import compiler

from helpers import ALL_VARIANTS, check_against_module, compile_variant, variant_id


@pytest.mark.parametrize("variant", ALL_VARIANTS, ids=variant_id)
def test_raised_completely_and_matches_pytorch(variant):
    assert compiler.pass_registered("rope-raise")
    module, kernel = compile_variant(variant)
    report = kernel.report
    assert report.raised
    assert len(report.sites) == variant.model.sites, str(report)
    assert report.leftover_chain == {}, str(report)
    check_against_module(variant, module, kernel, fused=True)
