#!/usr/bin/env python3
"""Runs one benchmark site a few times on fresh random inputs, for a profiler
(Nsight Compute) to capture its kernel:

    ncu --clock-control none -k regex:rope python3 profile_site.py llama_bf16 4096

Arguments: the site's function in rope_bench.mlir (llama_bf16, llama_f32,
cogvideox_bf16, ...) and, for the LLaMA sites, the token count. Checks the
result against bench.py's f64 reference so a profiled run is a correct one.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "rope-gpu-aot"))

import torch  # noqa: E402

import bench  # noqa: E402


def main():
    func = sys.argv[1]
    seq = int(sys.argv[2]) if len(sys.argv) > 2 else 4096
    device = torch.cuda.current_device()
    lib, _ = bench.library_for(device)
    dtype = torch.bfloat16 if func.endswith("bf16") else torch.float32
    if func.startswith("llama"):
        case = bench.llama_case(lib, seq, dtype, device)
    else:
        case = bench.cogvideox_case(lib, dtype, device)
    row = "rope-mlir-tables" if "tables" in func else "rope-mlir"
    launch, outputs = case.rows[row]
    for _ in range(3):
        launch()
    torch.cuda.synchronize()
    err = max(bench.max_error(o, w) for o, w in zip(outputs(), case.want))
    print(f"{func} S={seq}: max error {err:.3g} (bound {bench.TOL[dtype]:g})")
    sys.exit(0 if err <= bench.TOL[dtype] else 1)


if __name__ == "__main__":
    main()
