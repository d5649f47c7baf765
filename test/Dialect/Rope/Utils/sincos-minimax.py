# RUN: %python %s %rope_src_root/lib/Dialect/Rope/Utils/SinCos.cpp
# REQUIRES: numpy
"""Derives the sin/cos minimax coefficients of SinCos.cpp and checks them.

1. A Remez exchange (in f64) finds, for r in [0, pi/4 + 0.01], the odd
   polynomial r + r^3 (s0 + s1 r^2 + s2 r^4) closest to sin r and the even
   1 - r^2/2 + r^4 (c0 + c1 r^2 + c2 r^4) closest to cos r in max absolute
   error. The coefficients rounded to f32 must be the literals in SinCos.cpp
   (so the C++ constants are reproducible, not copied).
2. The whole f32 algorithm of SinCos.cpp (magic-number rounding, 3-constant
   Cody-Waite with FMAs, polynomials, quadrant) is emulated in numpy with
   those literals over every angle p * w_i a model computes for p in
   [0, 131072] at theta 10000, head dim 128, and over random angles up to
   2^21, against f64 sin/cos of the same f32 angle: <= 1e-7 (the header's
   claim; the rope ops promise 2e-6).
"""
import re
import sys

import numpy as np

F32 = np.float32


def remez(f, powers, a, iters=25):
    """Coefficients c of sum c_k r^powers[k] minimizing max |f - p| on (0, a]."""
    n = len(powers)
    x = a * (1 - np.cos(np.pi * (np.arange(n + 1) + 1) / (n + 1))) / 2
    grid = np.linspace(a * 1e-4, a, 100001)
    for _ in range(iters):
        A = np.array([[xi ** p for p in powers] + [(-1) ** i]
                      for i, xi in enumerate(x)])
        c = np.linalg.solve(A, f(x))[:-1]
        err = f(grid) - sum(ci * grid ** p for ci, p in zip(c, powers))
        d = np.diff(err)
        extrema = list(np.nonzero(d[:-1] * d[1:] <= 0)[0] + 1) + [len(grid) - 1]
        alternating = []
        for i in extrema:
            if alternating and np.sign(err[i]) == np.sign(err[alternating[-1]]):
                if abs(err[i]) > abs(err[alternating[-1]]):
                    alternating[-1] = i
            else:
                alternating.append(i)
        while len(alternating) > n + 1:
            alternating.pop(0 if abs(err[alternating[0]]) < abs(err[alternating[-1]])
                            else -1)
        x = grid[alternating]
    return c, np.abs(err).max()


def literals(source, name):
    body = re.search(name + r"(?:\[\])?\s*=\s*\{?([^;}]*)", source).group(1)
    return [F32(float(v.rstrip("f"))) for v in re.findall(r"[-+]?[\d.]+(?:e[-+]?\d+)?f", body)]


def fma(a, b, c):
    # The product of two f32 is exact in f64; one rounding to f32 after the
    # f64 sum (a double rounding that is off by an ulp at worst, far below
    # the bound checked).
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64)
            + np.asarray(c, np.float64)).astype(F32)


def sincos(x, k_sin, k_cos, c1, c2, c3, two_over_pi, magic):
    t = fma(x, two_over_pi, magic)
    k = (t - magic).astype(F32)
    q = t.view(np.uint32) & 3
    r = fma(-k, c1, x)
    r = fma(-k, c2, r)
    r = fma(-k, c3, r)
    z = (r * r).astype(F32)
    p = (fma(z, fma(z, k_sin[2], k_sin[1]), k_sin[0]) * z).astype(F32)
    s = fma(r, p, r)
    z2 = (z * z).astype(F32)
    c = fma(z2, fma(z, fma(z, k_cos[2], k_cos[1]), k_cos[0]), fma(z, F32(-0.5), F32(1)))
    odd = (q & 1) == 1
    sv, cv = np.where(odd, c, s), np.where(odd, s, c)
    return np.where(q & 2, -sv, sv), np.where((q + 1) & 2, -cv, cv)


def main():
    source = open(sys.argv[1]).read()
    a = np.pi / 4 + 0.01
    sin_c, sin_err = remez(lambda r: np.sin(r) - r, [3, 5, 7], a)
    cos_c, cos_err = remez(lambda r: np.cos(r) - 1 + r * r / 2, [4, 6, 8], a)
    print(f"minimax error: sin {sin_err:.3g}, cos {cos_err:.3g}")
    k_sin, k_cos = literals(source, "kSin"), literals(source, "kCos")
    assert k_sin == list(sin_c.astype(F32)), (k_sin, sin_c.astype(F32))
    assert k_cos == list(cos_c.astype(F32)), (k_cos, cos_c.astype(F32))
    c1, c2, c3 = (literals(source, n)[0] for n in ("kPiOver2Hi", "kPiOver2Mid", "kPiOver2Lo"))
    assert c1 == F32(np.pi / 2)
    assert c2 == F32(np.pi / 2 - np.float64(c1))
    assert c3 == F32(np.pi / 2 - np.float64(c1) - np.float64(c2))
    two_over_pi = literals(source, "kTwoOverPi")[0]
    magic = literals(source, "kRoundMagic")[0]
    assert two_over_pi == F32(2 / np.pi) and magic == F32(1.5 * 2 ** 23)

    def worst(x):
        s, c = sincos(x, k_sin, k_cos, c1, c2, c3, two_over_pi, magic)
        x64 = x.astype(np.float64)
        return max(np.abs(s - np.sin(x64)).max(), np.abs(c - np.cos(x64)).max())

    w = np.array([10000.0 ** (-2 * i / 128) for i in range(64)]).astype(F32)
    llama = 0.0
    for p0 in range(0, 131073, 16384):
        p = np.arange(p0, min(p0 + 16384, 131073)).astype(F32)
        llama = max(llama, worst((p[:, None] * w[None, :]).astype(F32)))
    wide = worst(np.random.default_rng(0).uniform(-2 ** 21, 2 ** 21, 10 ** 6).astype(F32))
    print(f"max |err| vs f64: LLaMA grid {llama:.3g}, |x| <= 2^21 {wide:.3g}")
    assert llama <= 1e-7 and wide <= 1e-7


if __name__ == "__main__":
    main()
