#!/usr/bin/env python3
"""Runs the CPU path's executed tests through the GPU kernels, emulated.

    emulated_suite.py RUNNER_UTILS C_RUNNER_UTILS TEST_DIR...

Every test of the TEST_DIRs whose RUN line checks its printed numbers with
ropecheck (and expects them to match) is compiled with
--rope-gpu-pipeline=emulate=1 instead of --rope-cpu-pipeline, run by
mlir-runner and checked against the same numpy reference: every layout,
table kind, 3D/mRoPE frequency source and dtype the CPU suite covers also
exercises the GPU kernels' logic. rope-opt and mlir-runner come from PATH.
"""

import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROPECHECK = os.path.join(HERE, "..", "..", "..", "lib", "ropecheck.py")
CHECKED = "| %run_cpu | %ropecheck %s"


def main():
    runner_utils, c_runner_utils, *test_dirs = sys.argv[1:]
    tests = sorted(t for d in test_dirs
                   for t in glob.glob(os.path.join(d, "*.mlir"))
                   if CHECKED in open(t).read())
    if not tests:
        sys.exit("emulated_suite: no test to run")
    failed = []
    for test in tests:
        name = os.path.relpath(test, os.path.dirname(os.path.dirname(test)))
        lowered = subprocess.run(
            ["rope-opt", test, "--rope-gpu-pipeline=emulate=1"],
            capture_output=True, text=True)
        printed = subprocess.run(
            ["mlir-runner", "-e", "main", "-entry-point-result=void",
             f"-shared-libs={runner_utils},{c_runner_utils}"],
            input=lowered.stdout, capture_output=True, text=True)
        checked = subprocess.run([sys.executable, ROPECHECK, test],
                                 input=printed.stdout, capture_output=True,
                                 text=True)
        ok = not (lowered.returncode or printed.returncode or
                  checked.returncode)
        print(f"emulated_suite: {name}: {'ok' if ok else 'FAILED'}")
        if not ok:
            print(lowered.stderr[-2000:] + printed.stderr[-2000:] +
                  checked.stdout[-2000:])
            failed.append(name)
    if failed:
        sys.exit(f"emulated_suite: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
