#!/usr/bin/env python3
"""CPU RoPE benchmark: the fused kernel against the bandwidth limit, upstream
MLIR's generic lowering of the unraised front-end IR, and PyTorch eager.

    bash bench/run_cpu.sh            (see bench/README.md)

For every case (shape x dtype), on the same q/k/positions buffers, in one
run:

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
               --rope-cpu-pipeline{threads=T} (when rope-opt has --rope-raise)
  torch        PyTorch eager, T threads: transformers' apply_rotary_pos_emb /
               diffusers' apply_rotary_emb on q and k (cos/sin precomputed,
               outside the timing)
  torch-full   PyTorch eager of the whole module (table from positions, then
               the apply), the computation the other rows do

Before timing, every implementation's output is checked: fused and
raise+fused against the reference lowering (--convert-rope-to-linalg) of
the same rope IR, the others against fused with a tolerance that allows for
their own rounding (bf16 tables and op-by-op bf16 rounding in PyTorch and
in the imported IR); LLaMA cases also against an independent numpy f64
reference.

    bench/cpu_bench.py --demo [--quick]    (scripts/demo.sh's step 3)
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys
import time

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

import cpu_report  # noqa: E402
from cpu_kernels import Toolchain, mlir_type, with_wrapper, wrapper  # noqa: E402

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


def inv_freq_attr(w: torch.Tensor) -> str:
    """The model's own f32 inverse frequencies, bit for bit (as --rope-raise
    takes them from the model's constant)."""
    return "array<f32: " + ", ".join(repr(float(v)) for v in w.float()) + ">"


# --------------------------------------------------------------------------
# Cases: the model's RoPE as PyTorch, and the same as rope ops
# --------------------------------------------------------------------------

class LlamaCase:
    """transformers LLaMA: q [1, H, S, D], k [1, H, S, D], positions [1, S]."""

    def __init__(self, name, seq, heads=32, head_dim=128, first_pos=0):
        self.name, self.seq, self.heads, self.dim = name, seq, heads, head_dim
        self.first_pos = first_pos

    def module(self):
        from transformers import LlamaConfig
        from transformers.models.llama import modeling_llama as m

        from rope_mlir.models import HFRotaryQK
        cfg = LlamaConfig(hidden_size=self.heads * self.dim,
                          num_attention_heads=self.heads,
                          num_key_value_heads=self.heads, head_dim=self.dim,
                          max_position_embeddings=131072, num_hidden_layers=1,
                          intermediate_size=64, vocab_size=32,
                          rope_parameters={"rope_type": "default",
                                           "rope_theta": 10000.0})
        return HFRotaryQK(m.LlamaRotaryEmbedding(cfg), m.apply_rotary_pos_emb).eval()

    def inputs(self, dtype):
        g = torch.Generator().manual_seed(0)
        shape = (1, self.heads, self.seq, self.dim)
        q = torch.randn(shape, generator=g).to(dtype)
        k = torch.randn(shape, generator=g).to(dtype)
        pos = (torch.arange(self.seq, dtype=torch.int64) + self.first_pos)[None]
        return [q, k, pos]

    def rope_ir(self, inputs):
        """The rope ops on the wrapper's tensors %t0 (q), %t1 (k), %t2 (pos)."""
        inv_freq = inv_freq_attr(self.module().rotary.inv_freq)
        q, k, pos = inputs
        qt, pt = mlir_type(q), mlir_type(pos)
        table = f"1x{self.seq}x{self.dim // 2}xf32"
        m = "affine_map<(d0, d1, d2) -> (d0, d2)>"
        return f"""  %t = rope.freqs %t2 {{dim = {self.dim} : i64, inv_freq = {inv_freq}}} : tensor<{pt}>
  %r:2 = rope.rotate half %t0, %t1 : tensor<{qt}>, tensor<{qt}>
      angles(%t : tensor<{table}>)
      {{rotary_dim = {self.dim} : i64, table_maps = [{m}, {m}]}}"""

    def reference_f64(self, module, inputs):
        """An independent reference in numpy f64: the angles position *
        inv_freq rounded to f32 (the model computes them in f32, and so
        does rope.freqs: a rounded angle is part of the definition), cos,
        sin and HF's rotate_half rotation in f64."""
        import numpy as np
        q, k, pos = inputs
        w = module.rotary.inv_freq.float().numpy()
        angles = (pos.numpy().astype(np.float32)[..., None] * w).astype(np.float32)
        emb = np.concatenate([angles, angles], -1).astype(np.float64)[:, None]
        cos, sin = np.cos(emb), np.sin(emb)
        half = self.dim // 2

        def rotate(x):
            x = x.double().numpy()
            return x * cos + np.concatenate([-x[..., half:], x[..., :half]], -1) * sin
        return [torch.from_numpy(rotate(q)), torch.from_numpy(rotate(k))]

    def torch_apply(self, module, inputs):
        """apply_rotary_pos_emb with cos/sin precomputed (not timed)."""
        q, k, pos = inputs
        with torch.no_grad():
            cos, sin = module.rotary(q, pos)
        apply = module.apply_rotary
        return lambda: apply(q, k, cos, sin)


class CogVideoXCase:
    """diffusers CogVideoX 3D RoPE: q, k [1, heads, T*H*W, 64], interleaved
    pairs, t/h/w frequency blocks of 8/12/12 pairs."""

    def __init__(self, name, frames, height, width, heads=30, head_dim=64):
        self.name, self.grid = name, (frames, height, width)
        self.heads, self.dim = heads, head_dim
        self.seq = frames * height * width

    def module(self):
        grid, dim = self.grid, self.dim

        class Rope(torch.nn.Module):
            def forward(self, q, k):
                from diffusers.models.embeddings import (
                    apply_rotary_emb, get_3d_rotary_pos_embed)
                t, h, w = grid
                cos, sin = get_3d_rotary_pos_embed(dim, ((0, 0), (h, w)),
                                                   (h, w), t)
                return apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin))
        return Rope().eval()

    def inputs(self, dtype):
        g = torch.Generator().manual_seed(0)
        shape = (1, self.heads, self.seq, self.dim)
        return [torch.randn(shape, generator=g).to(dtype),
                torch.randn(shape, generator=g).to(dtype)]

    @staticmethod
    def axis_inv_freq(dim, theta=10000.0):
        """get_1d_rotary_pos_embed's frequencies (f32 arithmetic)."""
        w = 1.0 / (theta ** (torch.arange(0, dim, 2, dtype=torch.float32) / dim))
        return inv_freq_attr(w)

    def rope_ir(self, inputs):
        # The table's positions are linspace grids that must be 0..L-1 for
        # `length` frequencies to be the same angles.
        t, h, w = self.grid
        for n in (t, h, w):
            grid = torch.linspace(0, n * (n - 1) / n, n, dtype=torch.float32)
            assert torch.equal(grid, torch.arange(n, dtype=torch.float32)), n
        q, _ = inputs
        qt = mlir_type(q)
        dt, dh = self.dim // 4, self.dim // 8 * 3
        m = "affine_map<(d0, d1, d2) -> (d2)>"
        return f"""  %ft = rope.freqs length {t} {{dim = {dt} : i64, inv_freq = {self.axis_inv_freq(dt)}}}
  %fh = rope.freqs length {h} {{dim = {dh} : i64, inv_freq = {self.axis_inv_freq(dh)}}}
  %fw = rope.freqs length {w} {{dim = {dh} : i64, inv_freq = {self.axis_inv_freq(dh)}}}
  %b = rope.broadcat %ft, %fh, %fw : tensor<{t}x{dt // 2}xf32>, tensor<{h}x{dh // 2}xf32>, tensor<{w}x{dh // 2}xf32>
  %flat = tensor.collapse_shape %b [[0, 1, 2], [3]] : tensor<{t}x{h}x{w}x{self.dim // 2}xf32> into tensor<{self.seq}x{self.dim // 2}xf32>
  %r:2 = rope.rotate interleaved %t0, %t1 : tensor<{qt}>, tensor<{qt}>
      angles(%flat : tensor<{self.seq}x{self.dim // 2}xf32>)
      {{rotary_dim = {self.dim} : i64, table_maps = [{m}, {m}]}}"""

    def torch_apply(self, module, inputs):
        from diffusers.models.embeddings import (apply_rotary_emb,
                                                 get_3d_rotary_pos_embed)
        q, k = inputs
        t, h, w = self.grid
        cos, sin = get_3d_rotary_pos_embed(self.dim, ((0, 0), (h, w)), (h, w), t)
        return lambda: (apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin)))


CASES = [
    LlamaCase("llama-decode-1", 1, first_pos=4095),
    LlamaCase("llama-decode-16", 16, first_pos=4080),
    LlamaCase("llama-prefill-4096", 4096),
    CogVideoXCase("cogvideox-13x30x45", 13, 30, 45),
]
# scripts/demo.sh: LLaMA-7B's attention heads at a 2048-token prefill.
DEMO_CASE = LlamaCase("llama-7b-prefill-2048", 2048)
QUICK_DEMO_CASE = LlamaCase("llama-prefill-64", 64, heads=4, head_dim=64)
QUICK_CASES = [
    LlamaCase("llama-decode-1", 1, heads=4, head_dim=64, first_pos=100),
    LlamaCase("llama-prefill-64", 64, heads=4, head_dim=64),
    CogVideoXCase("cogvideox-2x3x4", 2, 3, 4, heads=2, head_dim=64),
]


# --------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------

def time_it(fns: dict, min_time: float, rounds: int) -> tuple[dict, dict]:
    """(best, median) seconds per call of each callable. Implementations
    alternate within every round, so slow drifts of the shared machine hit
    all alike; each sample repeats a call until it lasts >= min_time /
    rounds. Other processes only ever add time, so the best round is the
    estimate of what each implementation costs; the median is kept to show
    the spread."""
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
            {name: statistics.median(s) for name, s in samples.items()})


def max_error(got: torch.Tensor, want: torch.Tensor) -> float:
    return (got.float() - want.float()).abs().max().item()


def check(name, outs, want, dtype, loose=False):
    """Fused vs reference: f32 within 4e-6 * max|x| (sin/cos within 1e-7,
    FMA contraction); bf16 within one bf16 ulp of the reference (a rounding
    boundary crossed). `loose`: other implementations, which round tables
    and intermediate results to bf16 or compute sin/cos differently."""
    err = bound = 0.0
    for got, ref in zip(outs, want):
        scale = ref.float().abs().max().item()
        tol = (4e-6 * scale if dtype == torch.float32 else 2 ** -7 * scale)
        if loose:
            tol = 1e-4 * scale if dtype == torch.float32 else 2 ** -5 * scale
        e = max_error(got, ref)
        err, bound = max(err, e), max(bound, tol)
        if not e <= tol:
            raise SystemExit(f"{name}: max |err| {e:.3g} exceeds {tol:.3g}")
    return err, bound


def run_case(case, dtype_name, tc, threads, has_raise, min_time, rounds):
    dtype = DTYPES[dtype_name]
    inputs = case.inputs(dtype)
    q, k = inputs[0], inputs[1]
    outs = [torch.empty_like(q), torch.empty_like(k)]
    tag = f"{case.name}-{dtype_name}"
    module = case.module()

    rope_text = wrapper(inputs, outs, case.rope_ir(inputs))
    fused = tc.compile(f"{tag}-fused", rope_text,
                       f"rope-cpu-pipeline{{threads={threads}}}")
    fused1 = tc.compile(f"{tag}-fused-1t", rope_text,
                        "rope-cpu-pipeline{threads=1}")
    reference = tc.compile(f"{tag}-reference", rope_text,
                           "convert-rope-to-linalg," + PLAIN)
    from rope_mlir import frontend
    imported = frontend.import_linalg(module, inputs)
    (tc.work / f"{tag}-imported.mlir").write_text(imported)
    generic = tc.compile(f"{tag}-generic", with_wrapper(imported, inputs, outs),
                         PLAIN)
    raised = None
    if has_raise:
        raised = tc.compile(
            f"{tag}-raise-fused", with_wrapper(imported, inputs, outs),
            f"rope-raise,rope-cpu-pipeline{{threads={threads}}}")

    def fresh():
        return [torch.full_like(q, float("nan")), torch.full_like(k, float("nan"))]

    # Correctness before timing.
    want = fresh()
    reference.bind(inputs + want)()
    errors, tolerances = {}, {}
    results = {}
    for name, kern in (("fused", fused), ("fused-1t", fused1),
                       ("raise+fused", raised)):
        if kern is None:
            continue
        got = fresh()
        kern.bind(inputs + got)()
        errors[name], tolerances[name] = check(f"{tag} {name}", got, want, dtype)
        results[name] = got
    got = fresh()
    generic.bind(inputs + got)()
    errors["generic"], tolerances["generic"] = check(
        f"{tag} generic", got, want, dtype, loose=True)
    with torch.no_grad():
        full = module(*inputs)
        errors["torch-full"], tolerances["torch-full"] = check(
            f"{tag} torch-full", full, want, dtype, loose=True)
        apply = case.torch_apply(module, inputs)
        results["torch"] = apply()
        errors["torch"], tolerances["torch"] = check(
            f"{tag} torch", results["torch"], want, dtype, loose=True)
    # Against an independent f64 reference where the case has one: the
    # reference lowering above shares the rope dialect's definition with
    # the fused kernels, this one shares nothing with them.
    if hasattr(case, "reference_f64"):
        exact = case.reference_f64(module, inputs)
        for name, got in results.items():
            errors[f"{name} vs f64"], tolerances[f"{name} vs f64"] = check(
                f"{tag} {name} vs numpy f64", got, exact, dtype,
                loose=name == "torch")

    copy = tc.copy_t
    copy1 = tc.copy_1t
    fns = {
        "fused": fused.bind(inputs + outs),
        "fused-1t": fused1.bind(inputs + outs),
        "copy": copy.bind([q, k] + outs),
        "copy-1t": copy1.bind([q, k] + outs),
        "generic": generic.bind(inputs + outs),
    }
    if raised is not None:
        fns["raise+fused"] = raised.bind(inputs + outs)

    def torch_full():
        with torch.no_grad():
            module(*inputs)

    def torch_apply():
        with torch.no_grad():
            apply()

    fns["torch"] = torch_apply
    fns["torch-full"] = torch_full
    times, medians = time_it(fns, min_time, rounds)
    moved = 2 * (q.numel() * q.element_size() + k.numel() * k.element_size())
    return {
        "case": case.name, "dtype": dtype_name,
        "shape": {"q": list(q.shape), "k": list(k.shape)},
        "bytes_moved": moved,
        "seconds": times,
        "median_seconds": medians,
        "gbps": {n: moved / t / 1e9 for n, t in times.items()},
        "max_abs_error_vs_reference": errors,
        "tolerance": tolerances,
    }


def raised_sites(rope_opt: pathlib.Path, imported: pathlib.Path):
    """The rope ops --rope-raise makes of the imported IR, and its remarks."""
    r = subprocess.run([str(rope_opt), str(imported), "--rope-raise=report=true",
                        "--mlir-print-op-on-diagnostic=false"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"rope-opt --rope-raise failed:\n{r.stderr}")
    ops = [line.strip() for line in r.stdout.splitlines()
           if re.search(r"= rope\.(freqs|broadcat|rotate) ", line)]
    # 64 inverse frequencies make a long line: show the first few.
    ops = [re.sub(r"(array<f32: (?:[^,>]+, ){3})[^>]*>", r"\1...>", op)
           for op in ops]
    remarks = [line for line in r.stderr.splitlines() if "remark:" in line]
    return ops, remarks


def demo_summary(r: dict, case, tc, threads: int, rounds: int) -> str:
    """scripts/demo.sh's account of one run_case result: the model's RoPE
    as raised, the checks with their tolerances, and times as ratios."""
    tag = f"{case.name}-{r['dtype']}"
    imported = tc.work / f"{tag}-imported.mlir"
    ops, remarks = raised_sites(tc.rope_opt, imported)
    sites = sum(" rope.rotate " in op for op in ops)
    q = r["shape"]["q"]
    lines = [f"== model IR in: transformers' LlamaRotaryEmbedding + "
             f"apply_rotary_pos_emb on q, k {q} {r['dtype']}, imported by "
             f"torch-mlir to linalg on tensors ({imported})",
             f"rope-opt --rope-raise=report=true: {sites} rope.rotate op(s)"]
    lines += [f"  {op}" for op in ops]
    lines += [f"  {m.split('remark: ', 1)[1]}" for m in remarks]
    if sites < 1:
        raise SystemExit("demo: --rope-raise found no RoPE in the model's IR")
    e, tol = r["max_abs_error_vs_reference"], r["tolerance"]
    lines.append("== checks on the same inputs: max |error| <= tolerance "
                 "(4e-6 * max|ref| for the fused kernel, 1e-4 * max|ref| for "
                 "implementations with their own sin/cos and roundings)")
    for name, what in (("raise+fused vs f64", "fused kernel vs numpy f64 reference"),
                       ("raise+fused", "fused kernel vs reference lowering"),
                       ("torch vs f64", "PyTorch eager vs numpy f64 reference"),
                       ("generic", "upstream MLIR vs reference lowering")):
        if name in e:
            lines.append(f"  {what:<40} {e[name]:.3g} <= {tol[name]:.3g}  ok")
    t = r["seconds"]
    fused = t["raise+fused"]
    lines.append(f"== time per call: best of {rounds} rounds, implementations "
                 f"alternating; {threads} threads unless 1t")
    for name, what in (("raise+fused", "fused kernel (--rope-raise, --rope-cpu-pipeline)"),
                       ("copy", "memcpy of the same bytes"),
                       ("generic", "upstream MLIR, unraised IR, 1t"),
                       ("fused-1t", "fused kernel, 1t"),
                       ("torch", "PyTorch eager apply_rotary_pos_emb"),
                       ("torch-full", "PyTorch eager, with the cos/sin table")):
        lines.append(f"  {what:<50} {t[name] * 1e3:9.3f} ms  "
                     f"{t[name] / fused:6.2f}x the fused kernel")
    lines.append(f"fused kernel: {t['generic'] / fused:.1f}x faster than upstream "
                 f"MLIR's lowering of the same IR ({t['generic'] / t['fused-1t']:.1f}x "
                 f"on one thread each), {t['torch'] / fused:.1f}x faster than "
                 f"PyTorch eager, {fused / t['copy']:.2f}x the time of a memcpy")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rope-opt", default=str(ROOT / "build" / "bin" / "rope-opt"))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--quick", action="store_true",
                   help="tiny shapes, a smoke run (about a minute)")
    p.add_argument("--smoke", action="store_true",
                   help="one tiny case in f32, timed once: checks the harness "
                        "(the lit suite runs this)")
    p.add_argument("--demo", action="store_true",
                   help="scripts/demo.sh: LLaMA-7B heads at seq 2048, f32 "
                        "(with --quick: a tiny shape), with a readable summary")
    p.add_argument("--cases", nargs="*", help="names of cases to run")
    p.add_argument("--dtypes", nargs="*", default=list(DTYPES))
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
    help_text = subprocess.run([str(tc.rope_opt), "--help"], capture_output=True,
                               text=True).stdout
    has_raise = "--rope-raise" in help_text

    load = os.getloadavg()[0]
    cases = QUICK_CASES if a.quick or a.smoke else CASES
    if a.smoke:
        cases, a.dtypes = cases[:1], ["f32"]
    if a.cases:
        cases = [c for c in cases if c.name in a.cases]
    if a.demo:
        cases, a.dtypes = [QUICK_DEMO_CASE if a.quick else DEMO_CASE], ["f32"]
    if a.quick or a.smoke:
        a.min_time, a.rounds = min(a.min_time, 0.05), min(a.rounds, 3)
    results = []
    for case in cases:
        for dtype_name in a.dtypes:
            r = run_case(case, dtype_name, tc, a.threads, has_raise,
                         a.min_time, a.rounds)
            results.append(r)
            t = r["seconds"]
            print(f"{case.name:>22} {dtype_name:>4}: "
                  + "  ".join(f"{n} {t[n] * 1e6:.1f}us" for n in t), flush=True)
    report = {
        "machine": {"cpu": platform.processor() or platform.machine(),
                    "cores": os.cpu_count(), "threads": a.threads,
                    "load": round(load, 2)},
        "torch": torch.__version__, "raise_available": has_raise,
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
