#!/usr/bin/env python3
"""A/B of rope-opt builds on one case: the fused kernel each build makes of
the same rope ops, against the copy, alternating within rounds, checked
against the reference lowering first. For before/after numbers of a
codegen change measured in one run:

    git worktree add /tmp/base HEAD~1 && cmake -G Ninja -S /tmp/base \\
        -B /tmp/base/build -DCMAKE_BUILD_TYPE=Release && ninja -C /tmp/base/build rope-opt
    .venv/bin/python bench/cpu_ab.py /tmp/base/build/bin/rope-opt build/bin/rope-opt \\
        --case llama-prefill-4096 --dtype bf16

Prints each build's best time and the median over rounds of its time / the
copy's in the same round (cpu_measure.paired_ratios), on `--threads`
threads (the copy too).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("KMP_BLOCKTIME", "0")
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "bench"))

import torch  # noqa: E402

from cpu_bench import COPY_C, DTYPES, PLAIN  # noqa: E402
from cpu_cases import CASES, QUICK_CASES  # noqa: E402
from cpu_kernels import Toolchain, wrapper  # noqa: E402
from cpu_measure import check, paired_ratios, time_it  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("rope_opts", nargs="+", help="rope-opt binaries to compare")
    p.add_argument("--case", default="llama-prefill-4096")
    p.add_argument("--dtype", default="bf16", choices=list(DTYPES))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--rounds", type=int, default=15)
    p.add_argument("--min-time", type=float, default=2.0)
    p.add_argument("--work", default=str(ROOT / "bench" / "out" / "ab"))
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    os.environ["OMP_NUM_THREADS"] = str(a.threads)
    case = next(c for c in CASES + QUICK_CASES if c.name == a.case)
    dtype = DTYPES[a.dtype]
    inputs = case.inputs(dtype)
    q, k = inputs[0], inputs[1]
    outs = [torch.empty_like(q), torch.empty_like(k)]
    text = wrapper(inputs, outs, case.rope_ir(inputs))
    copy = "#pragma omp parallel" if a.threads > 1 else ""
    fns, want = {}, None
    for i, rope_opt in enumerate(a.rope_opts):
        tc = Toolchain(pathlib.Path(rope_opt), pathlib.Path(a.work) / str(i))
        if want is None:
            fns["copy"] = tc.compile_c("copy", COPY_C.replace(
                "#pragma omp parallel", copy)).bind([q, k] + outs)
            want = [torch.empty_like(q), torch.empty_like(k)]
            tc.compile("reference", text, "convert-rope-to-linalg," + PLAIN
                       ).bind(inputs + want)()
        kernel = tc.compile("fused", text,
                            f"rope-cpu-pipeline{{threads={a.threads}}}")
        got = [torch.full_like(q, float("nan")), torch.full_like(k, float("nan"))]
        kernel.bind(inputs + got)()
        check(f"{rope_opt}", got, want, dtype)
        fns[f"#{i} {rope_opt}"] = kernel.bind(inputs + outs)
    best, _, samples = time_it(fns, a.min_time, a.rounds)
    ratios = paired_ratios(samples, "copy")
    print(f"{case.name} {a.dtype}, {a.threads} threads, {a.rounds} rounds, "
          f"load average {os.getloadavg()[0]:.2f}")
    for name in fns:
        print(f"  {name:<50} best {best[name] * 1e3:9.3f} ms   "
              f"paired / copy {ratios[name]:.3f}")


if __name__ == "__main__":
    main()
