#!/usr/bin/env python3
"""Line-based test case reduction (delta debugging) for MLIR text.

  reduce.py INPUT OUTPUT --match REGEX -- COMMAND [ARG...]

Removes lines of INPUT -- chunks of them first, then single lines -- as long
as COMMAND, run on the candidate file (its path replaces `{}` in the
arguments, or is appended), still prints something matching REGEX on stdout
or stderr; writes the smallest such file to OUTPUT. For a rope-fuzz crash:

  reduce.py crash-XXXX small.mlir --match 'produced IR that does not verify' \\
      -- build-san/bin/rope-fuzz

The mutation tester (utils/mutate) reduces its mismatches with
reduce_lines().
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile


def reduce_lines(lines, interesting, removable=None):
    """The smallest sublist of `lines` (removing only indices in `removable`,
    default all) for which interesting(lines) holds; interesting(lines) must
    hold at the start."""
    keep = list(range(len(lines)))
    candidates = list(removable if removable is not None else keep)
    chunk = max(len(candidates) // 2, 1)
    while candidates:
        removed_any = False
        for start in range(0, len(candidates), chunk):
            drop = set(candidates[start:start + chunk])
            trial = [i for i in keep if i not in drop]
            if drop and interesting([lines[i] for i in trial]):
                keep = trial
                candidates = [i for i in candidates if i not in drop]
                removed_any = True
                break
        if removed_any:
            continue
        if chunk == 1:
            break
        chunk = max(chunk // 2, 1)
    return [lines[i] for i in keep]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--match", required=True,
                        help="regex the command's output must keep matching")
    argv = sys.argv[1:]
    if "--" not in argv:
        parser.error("the command goes after --")
    split = argv.index("--")
    args = parser.parse_args(argv[:split])
    command = argv[split + 1:]
    pattern = re.compile(args.match)
    with open(args.input) as f:
        lines = f.read().split("\n")

    def interesting(candidate):
        with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
            f.write("\n".join(candidate))
        try:
            argv = [a.replace("{}", f.name) for a in command]
            if not any("{}" in a for a in command):
                argv.append(f.name)
            p = subprocess.run(argv, capture_output=True, text=True)
            return bool(pattern.search(p.stdout + p.stderr))
        finally:
            os.unlink(f.name)

    if not interesting(lines):
        sys.exit(f"reduce.py: {args.input} does not match to begin with")
    small = reduce_lines(lines, interesting)
    with open(args.output, "w") as f:
        f.write("\n".join(small))
    print(f"reduce.py: {len(lines)} -> {len(small)} lines in {args.output}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
