# Inverse frequencies of every scaling variant, checked against values derived
# by hand from the formulas (each derivation below), both for the numpy
# reference (test/lib/rope_ref.py, which every executed test trusts) and for
# the dialect's own C++ (the constants --convert-rope-to-linalg emits).
# Tolerance: 1 f32 ulp relative (the op rounds its f64 values once to f32).
# RUN: %python %s rope-opt
# REQUIRES: numpy

import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))
import rope_ref  # noqa: E402
from compiled import compiled_inv_freq  # noqa: E402

# dim 8 throughout: slots i = 0..3, w_i = theta^(-i/4).
CASES = [
    # theta 10000: 10^-i.
    ("", None, [1.0, 0.1, 0.01, 0.001]),
    # theta 100: 10^(-i/2).
    ("theta = 100.0 : f64", None, [1.0, 0.31622776601683794, 0.1, 0.031622776601683794]),
    # linear 4: w_i / 4.
    ("scaling = #rope.linear<factor = 4.0>", dict(kind="linear", factor=4.0),
     [0.25, 0.025, 0.0025, 0.00025]),
    # ntk alpha 4: theta' = 1e4 * 4^(8/6), so w_i = 10^-i * 4^(-i/3).
    ("scaling = #rope.ntk<alpha = 4.0>", dict(kind="ntk", alpha=4.0),
     [1.0, 0.06299605249474366, 0.003968502629920499, 0.00025]),
    # yarn factor 8 over 64 positions, betas 32/1: correction dims
    # 8 ln(64 / (2 pi beta)) / (2 ln 1e4) = -0.497 and 1.008, truncated to
    # [0, 2]: ramp (0, 0.5, 1, 1), so w = (1, 0.1 (0.5/8 + 0.5), 0.01/8, 0.001/8).
    ("scaling = #rope.yarn<factor = 8.0, original_max_position = 64>",
     dict(kind="yarn", factor=8.0, original_max_position=64),
     [1.0, 0.05625, 0.00125, 0.000125]),
    # The same untruncated: range [0, 1.0080001056], ramp(1) = 1/1.008, so
    # w_1 = 0.0125 * 0.992063 + 0.1 * 0.0079365 = 0.0131944535.
    ("scaling = #rope.yarn<factor = 8.0, original_max_position = 64, truncate = false>",
     dict(kind="yarn", factor=8.0, original_max_position=64, truncate=False),
     [1.0, 0.013194453540578242, 0.00125, 0.000125]),
    # llama3 factor 8, low 1, high 4, 64 positions: wavelengths 2 pi / w_i =
    # 6.28, 62.8, 628, 6283 against [64/4, 64/1] = [16, 64]: keep, smooth,
    # /8, /8. smooth s = (64 / 62.83 - 1) / 3 = 0.0061972119, w_1 = 0.1 ((1 - s)/8 + s).
    ("scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 64>",
     dict(kind="llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0,
          original_max_position=64),
     [1.0, 0.013042256043820463, 0.00125, 0.000125]),
]


def check(name, got, expected):
    expected = np.asarray(expected, dtype=np.float64)
    rel = np.abs(np.asarray(got, dtype=np.float64) - expected) / expected
    ulp = 2.0 ** -23
    if (rel > ulp).any():
        raise SystemExit(f"{name}: got {list(got)}, hand-derived {list(expected)}")


def main():
    rope_opt = sys.argv[1]
    compiled = compiled_inv_freq(rope_opt, [(8, attrs) for attrs, _, _ in CASES])
    for (attrs, scaling, expected), cxx in zip(CASES, compiled):
        theta = 100.0 if attrs.startswith("theta") else 10000.0
        check(f"rope_ref {attrs or 'default'}",
              rope_ref.inv_freq(8, theta, scaling), expected)
        check(f"C++ {attrs or 'default'}", cxx, expected)
    # YaRN attention scaling: 0.1 ln(8) + 1, and with mscale/mscale_all_dim
    # (0.1 * 0.8 ln 16 + 1) / (0.1 * 0.5 ln 16 + 1).
    assert math.isclose(rope_ref.yarn_attention_scaling(dict(factor=8.0)),
                        1.2079441541679836, rel_tol=1e-15)
    assert math.isclose(
        rope_ref.yarn_attention_scaling(dict(factor=16.0, mscale=0.8, mscale_all_dim=0.5)),
        1.0730506862278348, rel_tol=1e-15)
    print(f"{len(CASES)} variants match the hand-derived values")


main()
