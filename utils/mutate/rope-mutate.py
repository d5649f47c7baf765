#!/usr/bin/env python3
"""Mutation-based differential testing of --rope-raise (README: "Hardening").

Takes every positive raise test input -- each chunk of test/Raise/*.mlir
with a @main that --rope-raise turns into rope.rotate, and each front-end
model of test/Models with a generated @main -- and makes near-miss variants
of it mechanically (mutations.py: flipped signs, sin for cos, a moved split
point, swapped concat halves, changed broadcast maps, offset positions,
tables mixed between q and k, a changed frequency constant, changed casts).
Each variant is classified:

  invalid      the verifier rejects it (not counted as tried);
  left alone   --rope-raise does not change it: both pipelines are the same;
  undefined    it reads out of bounds when run (upstream lowering with
               --generate-runtime-verification aborts): no meaning to keep;
  raised       --rope-raise creates rope.rotate;
  changed      --rope-raise changes it without creating rope.rotate;

and every raised or changed variant is run twice, through
`--rope-raise --rope-cpu-pipeline` and through `--rope-cpu-pipeline` alone
(plain upstream lowering), with the printed numbers compared at the
tolerance of test/Integration/Raise/differential.py. A mismatch is a
miscompile: it is minimized (lines of the functions under test removed while
it still mismatches) and, with --save, written out as a regression test
input. A failing raised pipeline (crash, error) is reported the same way.

  rope-mutate.py                    the full run (every positive input)
  rope-mutate.py --bounded          a small fixed sample (the lit suite)
  rope-mutate.py --check FILE...    re-run saved regressions

Exit status 1 on any mismatch or raised-pipeline failure.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "utils", "reduce"))
sys.path.insert(0, os.path.join(ROOT, "test", "Integration", "Raise"))
import differential  # noqa: E402
import make_main  # noqa: E402
import mutations  # noqa: E402
import reduce  # noqa: E402

# --bounded: one chunk of each of these raise tests, one variant per
# operator: a minute of the lit suite over the main front-end forms.
BOUNDED_FILES = ["hf-rotate-half.mlir", "complex.mlir", "single-generic.mlir",
                 "hf-inline-freqs.mlir"]


class Tools:
    def __init__(self, args):
        self.rope_opt = args.rope_opt
        self.runner = args.runner
        self.libdir = args.libdir

    def opt(self, text, *passes):
        pre = [a for line in re.findall(r"//\s*DIFF-PRE:\s*(.*)", text)
               for a in line.split()]
        return differential.run([self.rope_opt, "-", *pre, *passes], text)

    def compare(self, text):
        return differential.check_chunk(text, self.rope_opt, self.runner,
                                        self.libdir)

    def defined(self, text):
        """Whether the module runs without an out-of-bounds access: upstream
        lowering with MLIR's runtime verification (linalg operand sizes
        against the loop ranges, slices, extracts, loads). None when it
        cannot be built."""
        rc, llvm, _ = self.opt(text, "--generate-runtime-verification",
                               "--rope-cpu-pipeline")
        if rc != 0:
            return None
        libs = ",".join(os.path.join(self.libdir, n) for n in
                        ("libmlir_runner_utils.so", "libmlir_c_runner_utils.so"))
        rc, _, _ = differential.run(
            [self.runner, "-e", "main", "-entry-point-result=void",
             f"-shared-libs={libs}"], llvm)
        return rc == 0


def model_module(text):
    """A test/Models file with a generated @main (as differential.py's
    check_model builds it)."""
    module = re.sub(r"func\.func @main\(", "func.func @model(", text, count=1)
    resources = module.find("\n{-#")
    ir = module if resources < 0 else module[:resources]
    rest = "" if resources < 0 else module[resources:]
    close = ir.rindex("}")
    return (ir[:close] + make_main.make_main(ir, dynamic_size=6) + ir[close:]
            + rest)


def inputs(root, only):
    """(name, text) of every candidate input."""
    raise_dir = os.path.join(root, "test", "Raise")
    for name in sorted(os.listdir(raise_dir)):
        if not name.endswith(".mlir") or (only and name not in only):
            continue
        with open(os.path.join(raise_dir, name)) as f:
            chunks = differential.SPLIT.split(f.read())
        for i, chunk in enumerate(chunks):
            if "func.func @main" in chunk:
                yield f"Raise/{name}#{i}", chunk
    if only:
        return
    models_dir = os.path.join(root, "test", "Models")
    for name in sorted(os.listdir(models_dir)):
        if name.endswith(".mlir"):
            with open(os.path.join(models_dir, name)) as f:
                yield f"Models/{name}", model_module(f.read())


LOC = re.compile(r'loc\("<stdin>":(\d+):\d+\)')


def raised_region(tools, text):
    """Line indices of the ops --rope-raise replaces (by their locations:
    lines whose ops are gone after the raise, and the lines the new rope ops
    take theirs from). Mutations stay there: elsewhere in a model (attention,
    softmax, projections) a near miss says nothing about the raise, and an
    ill-conditioned one (a softmax sum turned into an alternating sum)
    amplifies the sin/cos differences the tolerance allows."""
    flags = ("--mlir-print-debuginfo", "--mlir-print-local-scope")
    _, before, _ = tools.opt(text, *flags)
    _, after, _ = tools.opt(text, "--rope-raise", *flags)
    kept, anchors = set(), set()
    for line in after.split("\n"):
        lines = {int(n) for n in LOC.findall(line)}
        (anchors if re.search(r"\brope\.", line) else kept).update(lines)
    region = ({int(n) for n in LOC.findall(before)} - kept) | anchors
    return {n - 1 for n in region}


def with_tolerance(text, tolerance):
    """The variant compared at `tolerance` when that is looser."""
    if tolerance is None or tolerance <= differential.tolerance(text):
        return text
    return f"// DIFF-TOL: {tolerance}\n" + text


def classify(tools, text):
    """(kind, message): invalid, left alone, undefined (the variant reads
    out of bounds), raised, changed, mismatch, raise-error (the raise or the
    raised pipeline failed), no-reference (upstream cannot run it)."""
    rc, plain, err = tools.opt(text)
    if rc != 0:
        return "invalid", err.strip().splitlines()[0] if err.strip() else ""
    rc, raised_ir, err = tools.opt(text, "--rope-raise")
    if rc != 0:
        return "raise-error", f"rope-opt --rope-raise failed:\n{err}"
    if raised_ir == plain:
        return "left alone", ""
    kind = "raised" if "rope.rotate" in raised_ir else "changed"
    # A variant that reads out of bounds has no meaning to preserve (the
    # mutation made the source undefined): nothing to compare.
    defined = tools.defined(text)
    if defined is None:
        return "no-reference", "upstream lowering with runtime checks failed"
    if not defined:
        return "undefined", "out of bounds at run time (runtime verification)"
    ok, message, _ = tools.compare(text)
    if ok:
        return kind, message
    if message.startswith("upstream:"):
        return "no-reference", message
    if message.startswith("raised:"):
        return "raise-error", message
    return "mismatch", message


def minimize(tools, text, kind):
    """Removes lines of the functions under test (delta debugging) while the
    variant still classifies as `kind`."""
    module = mutations.Module(text)
    small = reduce.reduce_lines(
        module.lines, lambda lines: classify(tools, "\n".join(lines))[0] == kind,
        removable=list(module.body_lines()))
    return "\n".join(small)


def sample(name, variants, per_operator, seed):
    by_operator = collections.defaultdict(list)
    for variant in variants:
        by_operator[variant[0]].append(variant)
    chosen = []
    for operator in sorted(by_operator):
        group = by_operator[operator]
        rng = random.Random(seed ^ zlib.crc32(f"{name}/{operator}".encode()))
        chosen += group if len(group) <= per_operator else \
            rng.sample(group, per_operator)
    return chosen


def save(directory, name, operator, description, message, text):
    os.makedirs(directory, exist_ok=True)
    stem = re.sub(r"[^\w]+", "-", f"{name}-{operator}").strip("-")
    path = os.path.join(directory, f"{stem}.mlir")
    k = 1
    while os.path.exists(path):
        k += 1
        path = os.path.join(directory, f"{stem}-{k}.mlir")
    header = (f"// Found by utils/mutate/rope-mutate.py from {name}, "
              f"{operator}: {description}\n"
              + "".join(f"// {line}\n" for line in message.splitlines()[:6]))
    with open(path, "w") as f:
        f.write(header + text)
    return path


def run_all(args, tools):
    started = time.time()
    positives, skipped = [], []
    for name, text in inputs(args.root, BOUNDED_FILES if args.bounded else None):
        rc, ir, _ = tools.opt(text, "--rope-raise")
        (positives if rc == 0 and "rope.rotate" in ir else skipped).append((name, text))
    if args.bounded:
        seen, first = set(), []
        for name, text in positives:
            if name.split("#")[0] not in seen:
                seen.add(name.split("#")[0])
                first.append((name, text))
        positives = first
    jobs = []
    operators = set(args.operators.split(",")) if args.operators else None
    for name, text in positives:
        variants = [v for v in mutations.variants(text, raised_region(tools, text))
                    if operators is None or v[0] in operators]
        for variant in sample(name, variants,
                              1 if args.bounded else args.per_operator, args.seed):
            jobs.append((name, *variant))
    counts = collections.defaultdict(collections.Counter)
    failures = []

    def work(job):
        name, operator, description, text, tolerance = job
        text = with_tolerance(text, tolerance)
        return job, text, classify(tools, text)

    print(f"{len(positives)} positive inputs, {len(jobs)} variants", flush=True)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for done, (job, text, (kind, message)) in enumerate(pool.map(work, jobs), 1):
            name, operator, description = job[:3]
            counts[operator][kind] += 1
            if done % 200 == 0:
                print(f"... {done}/{len(jobs)} variants ({time.time() - started:.0f} s)",
                      file=sys.stderr, flush=True)
            if kind in ("mismatch", "raise-error"):
                failures.append((name, operator, description, kind, message, text))
            if args.verbose or kind in ("mismatch", "raise-error"):
                print(f"{kind:12} {name} {operator}: {description}"
                      + (f"\n    {message}" if kind in ("mismatch", "raise-error") else ""),
                      flush=True)

    for name, operator, description, kind, message, text in failures:
        small = minimize(tools, text, kind) if args.minimize else text
        if args.save:
            path = save(args.save, name, operator, description, message, small)
            print(f"saved {path}")
        else:
            print(f"---- minimized {kind}: {name} {operator}: {description}\n{small}")

    kinds = ["invalid", "left alone", "undefined", "raised", "changed",
             "no-reference", "mismatch", "raise-error"]
    print(f"\npositive inputs: {len(positives)} "
          f"(not raised, skipped: {len(skipped)})")
    print(f"{'operator':14}" + "".join(f"{k:>13}" for k in kinds))
    total = collections.Counter()
    for operator in sorted(counts):
        total.update(counts[operator])
        print(f"{operator:14}" + "".join(f"{counts[operator][k]:>13}" for k in kinds))
    print(f"{'total':14}" + "".join(f"{total[k]:>13}" for k in kinds))
    tried = sum(total.values()) - total["invalid"]
    print(f"variants tried: {tried}, raised: {total['raised']}, "
          f"left alone: {total['left alone']}, changed: {total['changed']}, "
          f"mismatches: {total['mismatch']}, raise errors: {total['raise-error']} "
          f"({time.time() - started:.0f} s)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"positive_inputs": len(positives), "tried": tried,
                       "per_operator": {o: dict(c) for o, c in counts.items()},
                       "total": dict(total)}, f, indent=1)
    return 1 if failures else 0


def check(args, tools, files):
    status = 0
    for path in files:
        with open(path) as f:
            text = f.read()
        kind, message = classify(tools, text)
        bad = kind in ("mismatch", "raise-error", "invalid", "no-reference")
        print(f"{'FAIL' if bad else 'ok'}: {path}: {kind} {message}")
        status |= bad
    return status


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    build = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
    parser.add_argument("--rope-opt", default=os.path.join(build, "bin", "rope-opt"))
    parser.add_argument("--runner", default="/usr/lib/llvm-22/bin/mlir-runner")
    parser.add_argument("--libdir", default="/usr/lib/llvm-22/lib")
    parser.add_argument("--root", default=ROOT)
    parser.add_argument("--bounded", action="store_true",
                        help="one variant per operator of one chunk of "
                             + ", ".join(BOUNDED_FILES))
    parser.add_argument("--per-operator", type=int, default=6,
                        help="variants per operator and input (sampled)")
    parser.add_argument("--operators", metavar="A,B",
                        help="only these operators (mutations.py names)")
    parser.add_argument("--no-minimize", dest="minimize", action="store_false",
                        help="report failures as found")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--save", metavar="DIR",
                        help="write minimized failures here")
    parser.add_argument("--json", metavar="FILE", help="counts as JSON")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", nargs="+", metavar="FILE",
                        help="classify saved regressions instead")
    args = parser.parse_args()
    tools = Tools(args)
    if args.check:
        return check(args, tools, args.check)
    return run_all(args, tools)


if __name__ == "__main__":
    sys.exit(main())
