#!/usr/bin/env python3
"""Prints a deterministic pseudo-random MLIR dense literal for test inputs.

  dense.py SHAPE [--seed N] [--int LO HI] [--scale S]
  e.g. dense.py 2x3x8 --seed 1   ->   dense<[[[0.1234, ...]]]> : tensor<2x3x8xf32>
(The element type suffix is left to the test.) Inputs only: expected values
are always computed by ropecheck's reference at test time.
"""
import argparse

import numpy as np


def literal(arr, fmt):
    if arr.ndim == 0:
        return fmt(arr.item())
    return "[" + ", ".join(literal(a, fmt) for a in arr) + "]"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("shape")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--int", nargs=2, type=int)
    p.add_argument("--scale", type=float, default=1.0)
    a = p.parse_args()
    shape = [int(d) for d in a.shape.split("x")]
    rng = np.random.default_rng(a.seed)
    if a.int:
        arr = rng.integers(a.int[0], a.int[1], size=shape)
        print(f"dense<{literal(arr, str)}>")
    else:
        arr = np.round(rng.uniform(-a.scale, a.scale, size=shape), 4)
        print(f"dense<{literal(arr, lambda v: repr(float(v)))}>")


if __name__ == "__main__":
    main()
