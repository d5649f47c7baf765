#!/usr/bin/env python3
"""Runs the executed GPU tests where no GPU is.

    harness.py TEST_DIR WORK_DIR

Each test's module is compiled three ways into a host library and checked
by gpucheck.py:
  - cpu:       --rope-cpu-pipeline (its `func` checks: validates the test's
               inputs, reference and tolerances against the CPU path);
  - emulated:  --rope-gpu-pipeline=emulate=1, the GPU kernels as host loops
               (every check, sites on host buffers);
  - emulated with num-sms=1, so that head groups hold several heads and the
    unrolled head loop and its remainder run.
rope-opt, mlir-translate and clang come from PATH (lit puts the build's and
LLVM's tool directories there). Exits 1 if any check fails.
"""

import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

MODES = [
    ("cpu", "cpu", ["--rope-cpu-pipeline"]),
    ("emulated", "emulated", ["--rope-gpu-pipeline=emulate=1"]),
    ("emulated-1sm", "emulated", ["--rope-gpu-pipeline=emulate=1 num-sms=1"]),
]


def build(test, passes, lib):
    lowered = subprocess.run(["rope-opt", test, *passes], check=True,
                             capture_output=True, text=True)
    ll = lib[:-3] + ".ll"
    subprocess.run(["mlir-translate", "--mlir-to-llvmir", "-o", ll],
                   input=lowered.stdout, check=True, text=True)
    subprocess.run(["clang", "-shared", "-fPIC", "-O1",
                    "-Wno-override-module", ll, "-lm", "-o", lib], check=True)


def main():
    test_dir, work = sys.argv[1:3]
    os.makedirs(work, exist_ok=True)
    tests = sorted(t for t in glob.glob(os.path.join(test_dir, "*.mlir"))
                   if "// GPU:" in open(t).read())
    if not tests:
        sys.exit("harness: no executed GPU test found")
    failed = []
    for test in tests:
        name = os.path.splitext(os.path.basename(test))[0]
        for label, mode, passes in MODES:
            lib = os.path.join(work, f"{name}.{label}.so")
            build(test, passes, lib)
            print(f"harness: {name} [{label}]", flush=True)
            result = subprocess.run([sys.executable,
                                     os.path.join(HERE, "gpucheck.py"),
                                     "--" + mode, lib, test])
            if result.returncode:
                failed.append(f"{name} [{label}]")
    if failed:
        sys.exit(f"harness: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
