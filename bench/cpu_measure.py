"""Timing and checking of the CPU benchmark's rows.

Timing alternates the rows inside every round (so the shared machine's
slow drifts hit all alike) and keeps every round's sample, so that two
rows can be compared round by round (paired_ratios). Checks compare a
row's outputs with a reference within a tolerance that depends on how the
row computes (see check).
"""

from __future__ import annotations

import statistics
import time

import torch


def time_it(fns: dict, min_time: float, rounds: int) -> tuple[dict, dict, dict]:
    """(best, median, per-round) seconds per call of each callable.
    Implementations alternate within every round, so slow drifts of the
    shared machine hit all alike; each sample repeats a call until it lasts
    >= min_time / rounds. Other processes only ever add time, so the best
    round is the estimate of what each implementation costs; the median is
    kept to show the spread, the rounds to pair implementations (see
    paired_ratios)."""
    reps = {}
    for name, fn in fns.items():
        fn()
        t0 = time.perf_counter()
        fn()
        one = max(time.perf_counter() - t0, 1e-7)
        reps[name] = max(1, int(min_time / rounds / one))
    samples = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            n = reps[name]
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            samples[name].append((time.perf_counter() - t0) / n)
    return ({name: min(s) for name, s in samples.items()},
            {name: statistics.median(s) for name, s in samples.items()},
            samples)


def paired_ratios(samples: dict, base: str) -> dict:
    """Median over rounds of each implementation's time / `base`'s time in
    the same round. The memory bandwidth of the shared machine swings by 2x
    between minutes (other engineers' builds and benchmarks); the best
    rounds of two implementations may come from different minutes, while
    one round's samples are seconds apart, so the ratio of a round is
    measured under one load."""
    return {name: statistics.median(t / b for t, b in zip(s, samples[base]))
            for name, s in samples.items()}


def max_error(got: torch.Tensor, want: torch.Tensor) -> float:
    return (got.float() - want.float()).abs().max().item()


# Bounds on max |error| / max |reference| by how a row computes (f32, bf16).
TOLERANCES = {
    # The fused kernels: sin/cos within 1e-7, FMA contraction (f32); one
    # bf16 ulp, a rounding boundary crossed (bf16).
    "kernel": (4e-6, 2 ** -7),
    # PyTorch, torch.compile, upstream MLIR's lowering of the imported IR:
    # bf16 tables and op-by-op bf16 rounding, libm's or Sleef's sin/cos.
    "own-roundings": (1e-4, 2 ** -5),
    # IREE: its sin/cos lose accuracy in proportion to the angle (range
    # reduction): measured on LLaMA decode, max |err| / max|x| = 1.3e-5 at
    # position 512 and 1.05e-4 at 4095 (PyTorch: 8e-8 at both).
    "approximate-sin-cos": (5e-4, 2 ** -5),
}


def check(name, outs, want, dtype, tolerance="kernel"):
    """max |got - want| within TOLERANCES[tolerance] * max |want| for every
    output; exits with the numbers otherwise. Returns (error, bound)."""
    f32, bf16 = TOLERANCES[tolerance]
    err = bound = 0.0
    for got, ref in zip(outs, want):
        scale = ref.float().abs().max().item()
        tol = (f32 if dtype == torch.float32 else bf16) * scale
        e = max_error(got, ref)
        err, bound = max(err, e), max(bound, tol)
        if not e <= tol:
            raise SystemExit(f"{name}: max |err| {e:.3g} exceeds {tol:.3g}")
    return err, bound
