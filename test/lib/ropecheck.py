#!/usr/bin/env python3
"""Checks the numbers an executed test printed against an independent reference.

Usage (in a lit RUN line):  ... | %run_cpu | %ropecheck %s

The test file holds the reference as Python in `// REF:` lines. That code sees
numpy as `np`, the reference ops as `ref` (test/lib/rope_ref.py) and
`const(name)`, which returns the value of `%name = arith.constant dense<...>`
from the test file (rounded to its element type). It must set `outputs`, a
list of arrays in the order the test prints them, and `tol`, the absolute
tolerance (written down in every test, so a reader sees the bound). It may set
`rtol`, a relative tolerance added to it (|got - expected| <= tol + rtol *
|expected|): printMemrefF32 prints 6 significant digits, so large values such
as angle tables need one.

Each printed memref (printMemrefF32 format) is compared element-wise; the
checker exits non-zero with the worst mismatch when any exceeds `tol`.
"""

import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rope_ref  # noqa: E402

_CONST = re.compile(
    r"%(?P<name>[\w.$-]+)\s*=\s*arith\.constant\s+dense<(?P<body>.*?)>\s*:\s*"
    r"tensor<(?P<type>[^>]*)>", re.S)


def parse_tensor_type(text):
    # "2x3xf32", "4xindex", "i64": leading static dims, then the element type.
    m = re.fullmatch(r"((?:\d+x)*)(\w+)", text)
    if not m:
        raise SystemExit(f"ropecheck: unsupported constant type tensor<{text}>")
    return [int(d) for d in m.group(1).split("x") if d], m.group(2)


def parse_constants(source):
    consts = {}
    for m in _CONST.finditer(source):
        shape, elem = parse_tensor_type(m.group("type").strip())
        body = m.group("body").strip()
        if body.startswith('"'):
            raise SystemExit(f"ropecheck: hex constant %{m.group('name')} unsupported")
        values = [float(v) if elem.startswith(("f", "bf")) else int(v)
                  for v in re.findall(r"[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|inf|nan)",
                                      body.replace("true", "1").replace("false", "0"))]
        count = int(np.prod(shape)) if shape else 1
        if len(values) == 1 and count != 1:
            arr = np.full(shape, values[0])
        else:
            arr = np.array(values).reshape(shape)
        if elem in ("f32", "f16", "bf16"):
            arr = rope_ref.round_to(arr, elem)
        elif elem.startswith("f"):
            arr = arr.astype(np.float64)
        else:
            arr = arr.astype(np.int64)
        consts[m.group("name")] = arr
    return consts


_HEADER = re.compile(r"Unranked Memref base@ = \S+ rank = (\d+) offset = \d+ "
                     r"sizes = \[([^\]]*)\] strides = \[[^\]]*\] data =")
_NUMBER = re.compile(r"[-+]?(?:nan|inf|\d+\.?\d*(?:[eE][-+]?\d+)?)")


def parse_printed(text):
    headers = list(_HEADER.finditer(text))
    arrays = []
    for i, h in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        sizes = [int(s) for s in h.group(2).split(",") if s.strip()]
        values = [float(v) for v in _NUMBER.findall(text[h.end():end])]
        count = int(np.prod(sizes)) if sizes else 1
        if len(values) < count:
            raise SystemExit(f"ropecheck: memref #{i} has {len(values)} values, "
                             f"expected {count}")
        arrays.append(np.array(values[:count]).reshape(sizes))
    return arrays


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    source = open(sys.argv[1]).read()
    printed = sys.stdin.read()
    code = "\n".join(line.split("// REF:", 1)[1][1:] if "// REF: " in line
                     else line.split("// REF:", 1)[1]
                     for line in source.splitlines() if "// REF:" in line)
    consts = parse_constants(source)

    def const(name):
        if name not in consts:
            raise SystemExit(f"ropecheck: no dense constant %{name} in the test")
        return consts[name]

    env = {"np": np, "ref": rope_ref, "const": const}
    exec(compile(code, sys.argv[1] + ":REF", "exec"), env)
    if "outputs" not in env or "tol" not in env:
        raise SystemExit("ropecheck: the REF block must set `outputs` and `tol`")
    expected = [np.asarray(o, dtype=np.float64) for o in env["outputs"]]
    tol = float(env["tol"])
    rtol = float(env.get("rtol", 0.0))
    got = parse_printed(printed)
    if len(got) != len(expected):
        raise SystemExit(f"ropecheck: printed {len(got)} memrefs, the reference "
                         f"has {len(expected)}\n{printed[:2000]}")
    failed = False
    for i, (g, e) in enumerate(zip(got, expected)):
        if g.shape != e.shape:
            print(f"ropecheck: output #{i}: shape {g.shape}, expected {e.shape}")
            failed = True
            continue
        err = np.abs(g - e)
        err = np.where(np.isnan(g) & np.isnan(e), 0.0, err)
        # How far each element is past its bound; NaN (one side only) is
        # infinitely far.
        excess = err - (tol + rtol * np.abs(e))
        excess = np.where(np.isnan(excess), np.inf, excess)
        worst = np.unravel_index(np.argmax(excess), excess.shape) if err.size else None
        max_err = float(np.nanmax(np.where(np.isnan(err), np.inf, err))) if err.size else 0.0
        bad = worst is not None and excess[worst] > 0
        status = "MISMATCH" if bad else "ok"
        print(f"ropecheck: output #{i} {list(g.shape)}: max |err| = {max_err:.3g} "
              f"(tol {tol:.3g}, rtol {rtol:.3g}) {status}")
        if bad:
            print(f"  at {tuple(int(v) for v in worst)}: got {g[worst]!r}, "
                  f"expected {e[worst]!r}")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
