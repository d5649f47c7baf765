#!/usr/bin/env python3
"""Turns bench/results/cpu.json into the README table and a PNG plot.

    python bench/cpu_report.py [results/cpu.json]

Writes results/cpu.md (the tables bench/README.md shows, with the targets
checked) and results/cpu.png (time relative to the copy, and effective
GB/s, per case and implementation). The plot is drawn with Pillow, which
the project's venv already has, so the benchmark needs no plotting library.
"""

from __future__ import annotations

import json
import math
import pathlib
import sys

from PIL import Image, ImageDraw, ImageFont

LIMIT_ROWS = ["fused", "fused-1t", "copy", "copy-1t", "raise+fused"]
USER_ROWS = ["torch", "torch-out", "torch-full", "inductor", "inductor-out",
             "inductor-max", "inductor-max-out", "iree", "generic"]
IMPLS = LIMIT_ROWS + USER_ROWS
COLORS = {"fused": (31, 119, 180), "fused-1t": (120, 170, 215),
          "copy": (90, 90, 90), "copy-1t": (170, 170, 170),
          "raise+fused": (44, 160, 44),
          "torch": (255, 127, 14), "torch-out": (230, 85, 13),
          "torch-full": (255, 187, 120),
          "inductor": (148, 103, 189), "inductor-out": (106, 61, 154),
          "inductor-max": (197, 176, 213), "inductor-max-out": (158, 154, 200),
          "iree": (140, 86, 75), "generic": (214, 39, 40)}
LARGE = ("llama-prefill", "cogvideox")
DECODE = "llama-decode"


def cpu_name() -> str:
    """The CPU's model name and the SIMD flags that matter here."""
    name, flags = "unknown CPU", set()
    try:
        for line in open("/proc/cpuinfo"):
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                name = value.strip()
            elif key.strip() == "flags":
                flags = set(value.split())
                break
    except OSError:
        pass
    simd = [f for f in ("avx2", "avx512f", "avx512_bf16", "amx_bf16") if f in flags]
    return f"{name} ({', '.join(simd) or 'no AVX2'})"


def fmt_time(s: float) -> str:
    if s >= 1e-3:
        return f"{s * 1e3:.2f} ms"
    return f"{s * 1e6:.1f} us"


def _paired(r: dict, base: str, name: str) -> float:
    key = {"copy": "paired_ratio_vs_copy", "copy-1t": "paired_ratio_vs_copy_1t",
           "fused": "paired_ratio_vs_fused"}[base]
    return r[key][name]


def targets(r: dict) -> list[str]:
    """The issue's targets for this case, 'name ratio ok/MISSED', all on
    medians of per-round ratios (cpu_measure.paired_ratios)."""
    t = r["seconds"]
    out = []

    def check(name, ratio, ok):
        out.append(f"{name} {ratio:.2f}x {'ok' if ok else 'MISSED'}")

    if r["case"].startswith(LARGE):
        ratio = _paired(r, "copy", "fused")
        check("fused/copy", ratio, ratio <= 1.10)
    if r["case"].startswith(DECODE):
        ratio = _paired(r, "copy-1t", "fused")
        check("fused/copy-1t", ratio, ratio <= 1.5)
    if "iree" in t:
        ratio = _paired(r, "fused", "iree")
        check("iree/fused", ratio, ratio >= 3)
    compiled = [n for n in ("inductor-out", "inductor-max-out") if n in t]
    if compiled:
        ratio = min(_paired(r, "fused", n) for n in compiled)
        check("torch.compile-out/fused", ratio, ratio >= 5)
    return out


def _rows(report: dict, names: list[str]) -> list[str]:
    return [n for n in names if any(n in r["seconds"] for r in report["results"])]


def table(report: dict) -> str:
    """Two tables: the kernel against the copy (the limit), and against
    what users run instead; then the targets."""
    results = report["results"]
    limit = _rows(report, LIMIT_ROWS)
    users = _rows(report, USER_ROWS)
    allocating = {n for r in results for n in r.get("allocates", [])}
    lines = ["| case | dtype | MB moved | " + " | ".join(limit) + " |",
             "|---|---|---:|" + "---:|" * len(limit)]
    for r in results:
        cells = [f"{fmt_time(r['seconds'][n])} ({_paired(r, 'copy', n):.2f}x)"
                 if n in r["seconds"] else "" for n in limit]
        lines.append(f"| {r['case']} | {r['dtype']} | {r['bytes_moved'] / 1e6:.1f} "
                     "| " + " | ".join(cells) + " |")
    lines += ["", "| case | dtype | fused | " + " | ".join(
        n + ("*" if n in allocating else "") for n in users) + " |",
        "|---|---|---:|" + "---:|" * len(users)]
    for r in results:
        cells = [f"{fmt_time(r['seconds'][n])} ({_paired(r, 'fused', n):.1f}x)"
                 if n in r["seconds"] else
                 "skipped" if n in r.get("skipped", {}) else "" for n in users]
        lines.append(f"| {r['case']} | {r['dtype']} | {fmt_time(r['seconds']['fused'])} "
                     "| " + " | ".join(cells) + " |")
    lines += ["", "| case | dtype | targets |", "|---|---|---|"]
    for r in results:
        lines.append(f"| {r['case']} | {r['dtype']} | {'; '.join(targets(r))} |")
    m = report["machine"]
    skipped = sorted({f"{n}: {why}" for r in results
                      for n, why in r.get("skipped", {}).items()})
    lines.append("")
    lines.append(
        f"Cells: best time per call over the rounds, and in parentheses the "
        f"median over rounds of the row's time / the copy's (first table) or "
        f"the fused kernel's (second table) in the same round. * allocates "
        f"its outputs on every call (fresh tensors, as a model calls it); "
        f"every other row writes into preallocated buffers. {m['cpu']}, "
        f"{m['cores']} cores, {m['threads']} threads, load average "
        f"{m.get('load', '?')} at the start and {m.get('load_end', '?')} at "
        f"the end; torch {report['torch']}, IREE {report.get('iree')}."
        + (" Skipped: " + "; ".join(skipped) + "." if skipped else ""))
    return "\n".join(lines) + "\n"


def plot(report: dict, path: pathlib.Path):
    results = report["results"]
    impls = [i for i in IMPLS if any(i in r["seconds"] for r in results)]
    bar, gap, label_w, panel_w, pad = 11, 14, 230, 560, 30
    group = bar * len(impls) + gap
    height = 126 + group * len(results) + 40
    width = label_w + 2 * panel_w + 3 * pad
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=13)
        small = ImageFont.load_default(size=11)
    except TypeError:  # Pillow < 10.1
        font = small = ImageFont.load_default()
    title = ("RoPE on the CPU: fused kernel vs copy, PyTorch, torch.compile, "
             "IREE, upstream MLIR")
    d.text((pad, 10), title, fill="black", font=font)
    # Legend.
    x, y = pad, 34
    for i in impls:
        if x + 22 + 8 * len(i) > width - pad:
            x, y = pad, y + 16
        d.rectangle([x, y, x + 12, y + 12], fill=COLORS[i])
        d.text((x + 16, y - 1), i, fill="black", font=small)
        x += 22 + 8 * len(i)

    panels = [("time / copy, median of per-round ratios (log scale)",
               label_w + pad, "ratio"),
              ("effective GB/s", label_w + 2 * pad + panel_w, "gbps")]
    top = 96
    ratios = [_paired(r, "copy", i) for r in results
              for i in impls if i in r["seconds"]]
    lo, hi = math.log10(min(ratios) / 1.5), math.log10(max(ratios) * 1.5)
    gmax = max(r["gbps"][i] for r in results for i in impls if i in r["gbps"])
    for name, x0, kind in panels:
        d.text((x0, top - 22), name, fill="black", font=font)
        d.line([x0, top, x0, height - 30], fill="black")
        if kind == "ratio":
            for e in range(math.ceil(lo), math.floor(hi) + 1):
                gx = x0 + (e - lo) / (hi - lo) * panel_w
                d.line([gx, top, gx, height - 30], fill=(225, 225, 225))
                d.text((gx - 8, height - 26), f"{10 ** e:g}x", fill="black", font=small)
            one = x0 + (0 - lo) / (hi - lo) * panel_w
            d.line([one, top, one, height - 30], fill=(90, 90, 90))
        else:
            step = 10 ** math.floor(math.log10(gmax / 2))
            v = 0.0
            while v <= gmax:
                gx = x0 + v / gmax * panel_w
                d.line([gx, top, gx, height - 30], fill=(225, 225, 225))
                d.text((gx - 6, height - 26), f"{v:g}", fill="black", font=small)
                v += step * (2 if gmax / step > 10 else 1)
    for k, r in enumerate(results):
        y = top + 6 + k * group
        d.text((pad, y + group / 2 - 14), f"{r['case']} {r['dtype']}",
               fill="black", font=font)
        for j, i in enumerate(impls):
            if i not in r["seconds"]:
                continue
            yy = y + j * bar
            ratio = _paired(r, "copy", i)
            x0 = panels[0][1]
            xr = x0 + (math.log10(ratio) - lo) / (hi - lo) * panel_w
            d.rectangle([x0 + 1, yy, max(x0 + 2, xr), yy + bar - 2], fill=COLORS[i])
            x1 = panels[1][1]
            xg = x1 + r["gbps"][i] / gmax * panel_w
            d.rectangle([x1 + 1, yy, max(x1 + 2, xg), yy + bar - 2], fill=COLORS[i])
    img.save(path)


def main():
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                       pathlib.Path(__file__).parent / "results" / "cpu.json")
    report = json.loads(src.read_text())
    md = src.with_suffix(".md")
    md.write_text(table(report))
    plot(report, src.with_suffix(".png"))
    print(md.read_text())
    print(f"wrote {md} and {src.with_suffix('.png')}")


if __name__ == "__main__":
    main()
