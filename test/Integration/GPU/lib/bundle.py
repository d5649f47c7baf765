#!/usr/bin/env python3
"""Packs the executed GPU tests for a GPU machine without LLVM/MLIR.

    bundle.py OUT_DIR [--chip sm_90]

Builds, with rope-gpu-aot (from PATH or build/bin), one library per RUN
line `rope-gpu-aot %s [options] -o %t...so` of every executed test of this
directory, and copies next to them the tests, gpucheck.py, rope_gpu.py,
rope_ref.py and run_tests.py. On the GPU machine:

    python3 OUT_DIR/run_tests.py

runs every library's checks, as lit would, and prints PASS/FAIL per run.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
AOT_RUN = re.compile(r"^// RUN: rope-gpu-aot %s(.*?) -o %t(\S*)\.so\s*$", re.M)

RUN_TESTS = '''#!/usr/bin/env python3
"""Runs every bundled executed GPU test (see manifest.json); exit 1 on any
failure."""
import json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
runs = json.load(open(os.path.join(here, "manifest.json")))
failed = []
for run in runs:
    print(f"== {run['test']} {' '.join(run['options'])}", flush=True)
    p = subprocess.run([sys.executable, os.path.join(here, "gpucheck.py"),
                        os.path.join(here, run["library"]),
                        os.path.join(here, run["test"])])
    if p.returncode:
        failed.append(run["library"])
print(f"{len(runs) - len(failed)} of {len(runs)} runs passed")
if failed:
    print("FAILED: " + ", ".join(failed))
sys.exit(1 if failed else 0)
'''


def aot_tool():
    found = shutil.which("rope-gpu-aot")
    return found or os.path.join(ROOT, "build", "bin", "rope-gpu-aot")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out")
    p.add_argument("--chip", default="sm_90")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    runs = []
    for test in sorted(glob.glob(os.path.join(HERE, "..", "*.mlir"))):
        source = open(test).read()
        if "// GPU:" not in source:
            continue
        name = os.path.splitext(os.path.basename(test))[0]
        shutil.copy(test, args.out)
        for options, suffix in AOT_RUN.findall(source):
            library = f"{name}{suffix}.so"
            opts = options.split() + ["--chip", args.chip]
            subprocess.run([aot_tool(), test, *opts, "-o",
                            os.path.join(args.out, library)], check=True)
            runs.append({"test": os.path.basename(test), "library": library,
                         "options": opts})
    for path in (os.path.join(HERE, "gpucheck.py"),
                 os.path.join(ROOT, "test", "lib", "rope_ref.py"),
                 os.path.join(ROOT, "tools", "rope-gpu-aot", "rope_gpu.py")):
        shutil.copy(path, args.out)
    with open(os.path.join(args.out, "run_tests.py"), "w") as f:
        f.write(RUN_TESTS)
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(runs, f, indent=1)
    print(f"bundle: {len(runs)} runs of "
          f"{len(set(r['test'] for r in runs))} tests in {args.out}")


if __name__ == "__main__":
    main()
