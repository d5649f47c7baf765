#!/usr/bin/env python3
"""CPU RoPE benchmark: the fused kernel against the bandwidth limit and
against what users run instead (PyTorch eager, torch.compile, IREE,
upstream MLIR's lowering of the unraised front-end IR).

    bash bench/run_cpu.sh            (see bench/README.md)

For every case (shape x dtype, bench/cpu_cases.py), on the same q/k/positions
buffers, in one run, alternating within rounds:

  fused        rope ops (what --rope-raise makes of the model's RoPE) through
               --rope-cpu-pipeline{threads=T}
  fused-1t     the same with threads=1
  copy         memcpy of the same bytes (read q, k; write q', k'), T OpenMP
               threads: the bandwidth limit
  copy-1t      the same on one thread
  generic      the model's own RoPE (transformers / diffusers), imported by
               torch-mlir to linalg, through upstream MLIR's plain CPU lowering
               (bufferize, linalg -> loops, LLVM): one thread
  raise+fused  that same imported IR through --rope-raise and
               --rope-cpu-pipeline{threads=T}
  torch        PyTorch eager, T threads: transformers' apply_rotary_pos_emb /
               diffusers' apply_rotary_emb on q and k (cos/sin precomputed,
               outside the timing), fresh outputs
  torch-out    the same ops, the last one writing into preallocated outputs
  torch-full   PyTorch eager of the whole module (table from positions, then
               the apply), the computation the other rows do, fresh outputs
  inductor[-max][-out]  torch.compile of the whole module, default mode and
               max-autotune-no-cudagraphs, fresh / preallocated outputs
               (bench/cpu_inductor.py)
  iree         the imported IR through iree-compile (llvm-cpu, host CPU),
               run by IREE's runtime on the same buffers, T worker threads
               (bench/cpu_iree.py)

Before timing, every row's output is checked (bench/cpu_measure.py) against
the reference lowering (--convert-rope-to-linalg) of the same rope IR, and
LLaMA cases against an independent numpy f64 reference: the fused kernels
within their own bound, the others with a tolerance that allows for their
own rounding (bf16 tables and op-by-op bf16 rounding in PyTorch and in the
imported IR).

    bench/cpu_bench.py --demo [--quick]    (scripts/demo.sh's step 3)
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
# Implementations alternate within a round: OpenMP threads that keep
# spinning after a parallel region (libgomp in PyTorch, libomp in the
# kernels; ~200 ms by default) would steal the cores from whatever runs
# next. Idle threads sleep instead (set before torch loads its runtime).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("KMP_BLOCKTIME", "0")
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "bench"))

import torch  # noqa: E402

import cpu_inductor  # noqa: E402
import cpu_iree  # noqa: E402
import cpu_report  # noqa: E402
from cpu_cases import (CASES, DEMO_CASE, QUICK_CASES,  # noqa: E402
                       QUICK_DEMO_CASE)
from cpu_demo import demo_summary  # noqa: E402
from cpu_kernels import Toolchain, with_wrapper, wrapper  # noqa: E402
from cpu_measure import check, paired_ratios, time_it  # noqa: E402
from cpu_rows import copy_row, eager_into_row, eager_row, kernel_row  # noqa: E402

# The plain upstream CPU lowering (no rope passes): what a user gets from
# MLIR for the imported IR without rope-mlir.
PLAIN = ("eliminate-empty-tensors,"
         "one-shot-bufferize{bufferize-function-boundaries "
         "function-boundary-type-conversion=identity-layout-map},"
         "buffer-deallocation-pipeline,func.func(convert-linalg-to-loops),"
         "convert-complex-to-standard,arith-expand{include-bf16},"
         "expand-strided-metadata,lower-affine,convert-scf-to-cf,"
         "convert-vector-to-llvm,convert-math-to-llvm,convert-math-to-libm,"
         "convert-complex-to-llvm,finalize-memref-to-llvm,convert-to-llvm,"
         "reconcile-unrealized-casts,canonicalize")

COPY_C = r"""
#include <stddef.h>
#include <string.h>
/* Each thread copies one contiguous share of q and of k (glibc memcpy:
   vector loads, non-temporal stores for large sizes). */
void bench(const char *q, const char *k, char *qo, char *ko, size_t nq,
           size_t nk, size_t nqo, size_t nko) {
  (void)nqo; (void)nko;
#pragma omp parallel
  {
#ifdef _OPENMP
    int t = omp_get_thread_num(), n = omp_get_num_threads();
#else
    int t = 0, n = 1;
#endif
    size_t a = nq * t / n, b = nq * (t + 1) / n;
    memcpy(qo + a, q + a, b - a);
    a = nk * t / n; b = nk * (t + 1) / n;
    memcpy(ko + a, k + a, b - a);
  }
}
"""
COPY_C = "#ifdef _OPENMP\n#include <omp.h>\n#endif\n" + COPY_C

DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16}


def build_rows(case, module, inputs, tc, a, tag, skipped) -> dict:
    """Every row of one case and dtype (cpu_rows.Row), by name; rows whose
    package is missing or whose compiler fails on this case are left out
    with the reason in `skipped`."""
    q, k = inputs[0], inputs[1]
    results = [q, k]
    t = a.threads
    rope_text = wrapper(inputs, results, case.rope_ir(inputs))
    rows = {
        "fused": kernel_row(tc.compile(f"{tag}-fused", rope_text,
                                       f"rope-cpu-pipeline{{threads={t}}}"),
                            inputs),
        "fused-1t": kernel_row(tc.compile(f"{tag}-fused-1t", rope_text,
                                          "rope-cpu-pipeline{threads=1}"),
                               inputs),
        "copy": copy_row(tc.copy_t, results),
        "copy-1t": copy_row(tc.copy_1t, results),
    }
    from rope_mlir import frontend
    imported = frontend.import_linalg(module, inputs)
    (tc.work / f"{tag}-imported.mlir").write_text(imported)
    model_text = with_wrapper(imported, inputs, results)
    rows["generic"] = kernel_row(tc.compile(f"{tag}-generic", model_text, PLAIN),
                                 inputs, tolerance="own-roundings")
    rows["raise+fused"] = kernel_row(
        tc.compile(f"{tag}-raise-fused", model_text,
                   f"rope-raise,rope-cpu-pipeline{{threads={t}}}"), inputs)
    rows["torch"] = eager_row(case.torch_apply(module, inputs))
    rows["torch-out"] = eager_into_row(
        lambda outs: case.torch_apply_into(module, inputs, outs))
    rows["torch-full"] = eager_row(lambda: module(*inputs))

    modes = {n: m for n, m in cpu_inductor.MODES.items() if n in a.rows}
    if modes:
        reason = cpu_inductor.available()
        if reason:
            skipped.update({n: reason for n in modes})
        else:
            rows.update(cpu_inductor.compiled_rows(module, inputs, modes))
    if "iree" in a.rows:
        if tc.iree is None:
            skipped["iree"] = tc.iree_missing
        else:
            try:
                rows["iree"] = kernel_row(
                    tc.iree.compile(f"{tag}-iree", imported, inputs, results,
                                    tc.work), inputs,
                    tolerance="approximate-sin-cos")
            except Exception as e:  # noqa: BLE001 (iree-compile's errors)
                skipped["iree"] = f"iree-compile failed: {str(e)[:300]}"
    return rows


def check_rows(rows: dict, case, module, inputs, reference, dtype, tag):
    """Every checked row's outputs (into NaN-filled buffers, or its fresh
    ones) against the reference lowering of the case's rope ops and, where
    the case has one, an independent f64 reference (which shares no code
    with the kernels). Exits at the first mismatch."""
    q, k = inputs[0], inputs[1]

    def nans():
        return [torch.full_like(q, float("nan")), torch.full_like(k, float("nan"))]

    want = nans()
    reference.bind(inputs + want)()
    exact = case.reference_f64(module, inputs) if hasattr(
        case, "reference_f64") else None
    errors, tolerances = {}, {}
    for name, row in rows.items():
        if not row.checked:
            continue
        got = row.outputs(nans())
        errors[name], tolerances[name] = check(f"{tag} {name}", got, want,
                                               dtype, row.tolerance)
        if exact is not None:
            key = f"{name} vs f64"
            errors[key], tolerances[key] = check(
                f"{tag} {name} vs numpy f64", got, exact, dtype, row.tolerance)
    return errors, tolerances


def run_case(case, dtype_name, tc, a):
    dtype = DTYPES[dtype_name]
    inputs = case.inputs(dtype)
    q, k = inputs[0], inputs[1]
    outs = [torch.empty_like(q), torch.empty_like(k)]
    tag = f"{case.name}-{dtype_name}"
    module = case.module()
    skipped = {}
    rows = build_rows(case, module, inputs, tc, a, tag, skipped)
    reference = tc.compile(f"{tag}-reference",
                           wrapper(inputs, [q, k], case.rope_ir(inputs)),
                           "convert-rope-to-linalg," + PLAIN)
    errors, tolerances = check_rows(rows, case, module, inputs, reference,
                                    dtype, tag)
    fns = {name: row.bind(outs) for name, row in rows.items()}
    times, medians, samples = time_it(fns, a.min_time, a.rounds)
    moved = 2 * (q.numel() * q.element_size() + k.numel() * k.element_size())
    return {
        "case": case.name, "dtype": dtype_name,
        "shape": {"q": list(q.shape), "k": list(k.shape)},
        "bytes_moved": moved,
        "seconds": times,
        "median_seconds": medians,
        "paired_ratio_vs_copy": paired_ratios(samples, "copy"),
        "paired_ratio_vs_copy_1t": paired_ratios(samples, "copy-1t"),
        "paired_ratio_vs_fused": paired_ratios(samples, "fused"),
        "gbps": {n: moved / t / 1e9 for n, t in times.items()},
        "allocates": [n for n, row in rows.items() if row.allocates],
        "skipped": skipped,
        "max_abs_error_vs_reference": errors,
        "tolerance": tolerances,
    }


ROW_GROUPS = ["inductor", "inductor-max", "iree"]


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rope-opt", default=str(ROOT / "build" / "bin" / "rope-opt"))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--quick", action="store_true",
                   help="tiny shapes, a smoke run (a few minutes: torch.compile "
                        "compiles 4 graphs per case)")
    p.add_argument("--smoke", action="store_true",
                   help="one tiny case in f32, timed once: checks the harness "
                        "(the lit suite runs this)")
    p.add_argument("--demo", action="store_true",
                   help="scripts/demo.sh: LLaMA-7B heads at seq 2048, f32 "
                        "(with --quick: a tiny shape), with a readable summary")
    p.add_argument("--cases", nargs="*", help="names of cases to run")
    p.add_argument("--dtypes", nargs="*", default=list(DTYPES))
    p.add_argument("--rows", nargs="*", default=ROW_GROUPS, choices=ROW_GROUPS,
                   help="optional rows to run besides the rope-mlir, copy, "
                        "upstream MLIR and PyTorch eager ones (default: all; "
                        "inductor = torch.compile default mode, inductor-max = "
                        "max-autotune-no-cudagraphs, each fresh and -out)")
    p.add_argument("--min-time", type=float, default=1.0,
                   help="seconds of timing per implementation and case")
    p.add_argument("--rounds", type=int, default=15)
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "cpu.json"))
    p.add_argument("--work", default=str(ROOT / "bench" / "out"))
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    os.environ["OMP_NUM_THREADS"] = str(a.threads)
    tc = Toolchain(pathlib.Path(a.rope_opt), pathlib.Path(a.work))
    tc.copy_t = tc.compile_c("copy", COPY_C)
    tc.copy_1t = tc.compile_c("copy-1t", COPY_C.replace("#pragma omp parallel", ""))
    tc.iree_missing = cpu_iree.available()
    tc.iree = (cpu_iree.IreeRuntime(a.threads)
               if "iree" in a.rows and tc.iree_missing is None else None)

    load = os.getloadavg()[0]
    cases = QUICK_CASES if a.quick or a.smoke else CASES
    if a.smoke:
        cases, a.dtypes = cases[:1], ["f32"]
    if a.cases:
        cases = [c for c in cases if c.name in a.cases]
    if a.demo:
        cases, a.dtypes = [QUICK_DEMO_CASE if a.quick else DEMO_CASE], ["f32"]
        a.rows = []
    if a.quick or a.smoke:
        a.min_time, a.rounds = min(a.min_time, 0.05), min(a.rounds, 3)
    results = []
    for case in cases:
        for dtype_name in a.dtypes:
            r = run_case(case, dtype_name, tc, a)
            results.append(r)
            t = r["seconds"]
            print(f"{case.name:>22} {dtype_name:>4}: "
                  + "  ".join(f"{n} {t[n] * 1e6:.1f}us" for n in t), flush=True)
            for name, reason in r["skipped"].items():
                print(f"{'':>28}{name} skipped: {reason}", flush=True)
    report = {
        "machine": {"cpu": cpu_report.cpu_name(), "cores": os.cpu_count(),
                    "threads": a.threads, "load": round(load, 2),
                    "load_end": round(os.getloadavg()[0], 2)},
        "torch": torch.__version__, "iree": cpu_iree.version(),
        "results": results,
    }
    out = pathlib.Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    if a.demo:
        print(demo_summary(results[0], cases[0], tc, a.threads, a.rounds))
        print(f"wrote {out}")
        return
    out.with_suffix(".md").write_text(cpu_report.table(report))
    cpu_report.plot(report, out.with_suffix(".png"))
    print(cpu_report.table(report))
    print(f"wrote {out} and its .md table and .png plot")


if __name__ == "__main__":
    main()
