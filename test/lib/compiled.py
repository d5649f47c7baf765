"""What the compiler itself computes, read back for the Python-side checks.

compiled_inv_freq runs `rope-opt --convert-rope-to-linalg` on rope.freqs ops
and returns the f32 inverse-frequency constants the C++ put into the IR, so a
test can compare them with an independent reference directly.
"""

import re
import subprocess

import numpy as np

_CONSTANT = re.compile(r"arith\.constant dense<\[([^\]]*)\]> : tensor<(\d+)xf32>")


def compiled_inv_freq(rope_opt, ops):
    """ops: list of (dim, attr-dict text) pairs, e.g.
    (8, 'theta = 100.0 : f64, scaling = #rope.linear<factor = 2.0>').
    Returns one f32 array of dim/2 values per op, in order."""
    lines = ["func.func @f(%p: tensor<1xi64>) {"]
    for n, (dim, attrs) in enumerate(ops):
        extra = f", {attrs}" if attrs else ""
        lines.append(f"  %t{n} = rope.freqs %p {{dim = {dim} : i64{extra}}} : tensor<1xi64>")
    lines += ["  return", "}"]
    out = subprocess.run([rope_opt, "--convert-rope-to-linalg", "-"],
                         input="\n".join(lines), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"rope-opt failed:\n{out.stderr}")
    found = [np.array([float(v) for v in m.group(1).split(",")], dtype=np.float32)
             for m in _CONSTANT.finditer(out.stdout)]
    if len(found) != len(ops):
        raise SystemExit(f"expected {len(ops)} inverse-frequency constants, "
                         f"found {len(found)}:\n{out.stdout}")
    for (dim, _), w in zip(ops, found):
        assert w.shape == (dim // 2,), (dim, w.shape)
    return found
