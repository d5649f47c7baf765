"""The compile-and-run API on hand-written MLIR: calling convention, dtypes,
dynamic shapes, result ownership and error reporting."""

import gc

import ml_dtypes
import numpy as np
import pytest
import torch

from rope_mlir import compiler

# y = x * 2 + 1 over a dynamic leading dimension, and the same tensor returned
# twice (two results that may share one allocation).
SCALE = """
func.func @main(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %two = arith.constant 2.0 : f32
  %one = arith.constant 1.0 : f32
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                        affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %two : f32
    %s = arith.addf %m, %one : f32
    linalg.yield %s : f32
  } -> tensor<?x4xf32>
  return %y, %y : tensor<?x4xf32>, tensor<?x4xf32>
}
"""

BF16_NEG = """
func.func @main(%x: tensor<3xbf16>) -> tensor<3xbf16> {
  %e = tensor.empty() : tensor<3xbf16>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<3xbf16>) outs(%e : tensor<3xbf16>) {
  ^bb0(%a: bf16, %o: bf16):
    %n = arith.negf %a : bf16
    linalg.yield %n : bf16
  } -> tensor<3xbf16>
  return %y : tensor<3xbf16>
}
"""


@pytest.fixture(scope="module")
def scale():
    return compiler.compile(SCALE, raise_rope=False)


def test_signature_is_read_from_the_module(scale):
    assert [s.shape for s in scale.inputs] == [(None, 4)]
    assert [s.dtype for s in scale.results] == [np.dtype(np.float32)] * 2


@pytest.mark.parametrize("rows", [1, 3, 17])
def test_numpy_in_numpy_out_any_length(scale, rows):
    x = np.arange(rows * 4, dtype=np.float32).reshape(rows, 4)
    y0, y1 = scale(x)
    assert isinstance(y0, np.ndarray)
    np.testing.assert_array_equal(y0, x * 2 + 1)
    np.testing.assert_array_equal(y1, x * 2 + 1)


def test_results_outlive_the_kernel_and_are_freed_once():
    kernel = compiler.compile(SCALE, raise_rope=False)
    x = np.ones((2, 4), np.float32)
    y0, y1 = kernel(x)
    del kernel
    gc.collect()
    np.testing.assert_array_equal(y0 + y1, np.full((2, 4), 6, np.float32))
    del y0
    gc.collect()
    np.testing.assert_array_equal(y1, np.full((2, 4), 3, np.float32))


def test_torch_in_torch_out_and_strided_input(scale):
    base = torch.arange(40, dtype=torch.float32).reshape(5, 8)
    x = base[:, ::2]  # not contiguous: the kernel gets a contiguous copy
    y0, _ = scale(x)
    assert isinstance(y0, torch.Tensor)
    torch.testing.assert_close(y0, x * 2 + 1, rtol=0, atol=0)


def test_bf16_numpy_and_torch():
    kernel = compiler.compile(BF16_NEG, raise_rope=False)
    x = np.array([1.5, -2.0, 0.25], dtype=ml_dtypes.bfloat16)
    np.testing.assert_array_equal(kernel(x), -x)
    t = torch.tensor([1.5, -2.0, 0.25], dtype=torch.bfloat16)
    out = kernel(t)
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(out, -t, rtol=0, atol=0)


def test_wrong_inputs_are_reported(scale):
    with pytest.raises(ValueError, match=r"input 0: expected float32, got float64"):
        scale(np.zeros((2, 4)))
    with pytest.raises(ValueError, match=r"input 0: expected shape \(\?, 4\), got \(2, 5\)"):
        scale(np.zeros((2, 5), np.float32))
    with pytest.raises(TypeError, match="kernel takes 1 inputs, got 2"):
        scale(np.zeros((2, 4), np.float32), np.zeros((2, 4), np.float32))


def test_parse_errors_carry_the_location():
    with pytest.raises(compiler.CompileError, match=r'loc\("-":2:\d+\): error: '):
        compiler.compile("func.func @main() {\n  %0 = arith.bogus\n}", raise_rope=False)


def test_missing_entry_function():
    with pytest.raises(compiler.CompileError, match="no func.func @main"):
        compiler.compile("func.func @other() { return }", raise_rope=False)


def test_results_that_alias_a_constant_or_an_input_are_owned_copies():
    kernel = compiler.compile("""
      func.func @main(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
        %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
        return %c, %x : tensor<2xf32>, tensor<2xf32>
      }""", raise_rope=False)
    x = np.array([3, 4], np.float32)
    c, y = kernel(x)
    y[0] = 9  # must not write through to the caller's array
    np.testing.assert_array_equal(x, [3, 4])
    np.testing.assert_array_equal(c, [1, 2])
