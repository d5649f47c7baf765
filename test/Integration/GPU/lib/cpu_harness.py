#!/usr/bin/env python3
"""Validates the executed GPU tests where no GPU is: each test's module goes
through --rope-cpu-pipeline into a host library, and gpucheck --cpu runs
the test's `func` checks (inputs, reference, tolerances) on it.

    cpu_harness.py TEST_DIR WORK_DIR

rope-opt, mlir-translate and clang come from PATH (lit puts the build's
and LLVM's tool directories there). Exits 1 if any test fails.
"""

import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    test_dir, work = sys.argv[1:3]
    os.makedirs(work, exist_ok=True)
    failed = []
    tests = sorted(t for t in glob.glob(os.path.join(test_dir, "*.mlir"))
                   if "// GPU:" in open(t).read())
    if not tests:
        sys.exit("cpu_harness: no executed GPU test found")
    for test in tests:
        name = os.path.splitext(os.path.basename(test))[0]
        ll = os.path.join(work, name + ".ll")
        lib = os.path.join(work, name + ".so")
        lowered = subprocess.run(["rope-opt", test, "--rope-cpu-pipeline"],
                                 check=True, capture_output=True, text=True)
        subprocess.run(["mlir-translate", "--mlir-to-llvmir", "-o", ll],
                       input=lowered.stdout, check=True, text=True)
        subprocess.run(["clang", "-shared", "-fPIC", "-O1",
                        "-Wno-override-module", ll, "-lm", "-o", lib],
                       check=True)
        print(f"cpu_harness: {name}", flush=True)
        result = subprocess.run([sys.executable,
                                 os.path.join(HERE, "gpucheck.py"), "--cpu",
                                 lib, test])
        if result.returncode:
            failed.append(name)
    if failed:
        sys.exit(f"cpu_harness: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
