#!/usr/bin/env python3
"""Every model IR of MODELS_DIR, raised, through --rope-gpu-pipeline.

    models_cubin.py ROPE_OPT MODELS_DIR [pipeline options]

Prints, per model, the sites the raised module gets (from the manifest in
the lowered module) and whether the pipeline produced a cubin; a model the
raise leaves without a rope.rotate is reported as such. Exits 1 when the
pipeline fails on any model.
"""

import glob
import json
import os
import re
import subprocess
import sys


def manifest(lowered):
    m = re.search(r'@rope_manifest_text\("((?:[^"\\]|\\.)*)"', lowered)
    if not m:
        return None
    text = re.sub(r"\\([0-9A-Fa-f]{2})", lambda e: chr(int(e.group(1), 16)),
                  m.group(1)).rstrip("\0")
    return json.loads(text)


def main():
    rope_opt, models, *options = sys.argv[1:]
    pipeline = "--rope-gpu-pipeline=" + " ".join(options)
    failed = False
    for path in sorted(glob.glob(os.path.join(models, "*.mlir"))):
        name = os.path.basename(path)
        p = subprocess.run([rope_opt, path, "--rope-raise", pipeline],
                           capture_output=True, text=True)
        if p.returncode:
            print(f"models_cubin: {name}: FAILED\n{p.stderr[-2000:]}")
            failed = True
            continue
        sites = manifest(p.stdout)
        if not sites:
            print(f"models_cubin: {name}: no rope site raised")
            continue
        kinds = ",".join(s["kernel"] for s in sites["sites"])
        cubin = 'bin = "\\7FELF' in p.stdout
        print(f"models_cubin: {name}: {len(sites['sites'])} site(s) [{kinds}]"
              f", {'cubin' if cubin else 'NO CUBIN'}")
        failed |= not cubin
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
