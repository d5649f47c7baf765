#!/usr/bin/env python3
"""A rope-opt whose --rope-raise miscompiles on purpose: it raises, then
turns every raised rope.rotate's layout into the other one (half pairs read
as interleaved pairs). Everything else is the real rope-opt ($ROPE_OPT), so
the mutation tester must see mismatches through it
(detects-miscompile.test)."""
import os
import subprocess
import sys

real = os.environ["ROPE_OPT"]
args = sys.argv[1:]
if "--rope-raise" not in args:
    os.execv(real, [real, *args])
at = args.index("--rope-raise")
raised = subprocess.run([real, *args[:at + 1]], stdin=sys.stdin,
                        capture_output=True, text=True)
if raised.returncode:
    sys.stderr.write(raised.stderr)
    sys.exit(raised.returncode)
swapped = (raised.stdout.replace("rope.rotate half", "rope.rotate TMP")
           .replace("rope.rotate interleaved", "rope.rotate half")
           .replace("rope.rotate TMP", "rope.rotate interleaved"))
rest = args[at + 1:]
if not rest:
    sys.stdout.write(swapped)
    sys.exit(0)
sys.exit(subprocess.run([real, "-", *rest], input=swapped, text=True).returncode)
