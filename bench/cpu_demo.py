"""scripts/demo.sh's step 3 (`cpu_bench.py --demo`): one case's result
told as a reader wants it: the model's RoPE as --rope-raise raises it, the
checks with their tolerances, and the times as ratios."""

from __future__ import annotations

import pathlib
import re
import subprocess


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
