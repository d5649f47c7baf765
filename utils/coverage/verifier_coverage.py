#!/usr/bin/env python3
"""Which error exits of the rope verifiers does a test run reach?

Reads `llvm-cov export` JSON of a -DROPE_COVERAGE=ON build and checks two
kinds of code that decide whether rope IR is valid:

- hand-written (lib/Dialect/Rope/IR/RopeOps.cpp, RopeAttrs.cpp): the op and
  attribute verifiers, type inference and the attribute parameter parsers.
  Every error exit (a line that emits an error or returns failure) must be
  reached, and every condition of an `if` that leads to one must have been
  true at least once (`if (a || b) return error` needs a case for a and one
  for b);
- ODS-generated (build/include/.../RopeOps.cpp.inc): every operand and
  attribute constraint (one function per distinct constraint) must have
  failed once, and every required attribute must have been missing once.
  The per-attribute plumbing that calls them (custom form, generic
  properties, property conversion, bytecode) is reported as a percentage.

An exit no textual input can reach is listed in UNREACHABLE with the
reason; anything else not reached is MISSED and the exit status is 1.

usage: verifier_coverage.py EXPORT.json SOURCE_ROOT
"""

import json
import re
import sys

HAND_WRITTEN = re.compile(r"lib/Dialect/Rope/IR/(RopeOps|RopeAttrs)\.cpp$")
GENERATED = re.compile(r"include/rope/Dialect/Rope/IR/(RopeOps|RopeAttrs)\.cpp\.inc$")
# Functions (mangled-name fragments) that decide validity.
VERIFIER = re.compile(
    r"verify|inferReturnTypes|inferFreqsShape|_constraint_|Parameter")
# Generated per-attribute plumbing and bytecode: a coverage figure only.
# The adaptors' verify() is generated but nothing calls it.
PLUMBING = re.compile(
    r"verifyInherentAttrs|verifyInvariants|setPropertiesFromAttr|"
    r"readProperties|Adaptor6verify")
ERROR_EXIT = re.compile(
    r"emitError|emitOpError|return (::mlir::)?failure\(\)")
REQUIRED_ATTR = re.compile(r"requires attribute")

# (source file suffix, text on the exit's line or the two before it, why no
# .mlir input reaches it).
UNREACHABLE = [
    ("RopeOps.cpp", "setPropertiesFromAttr(merged, attributes",
     "FreqsOp type inference converting the attr-dict to properties: while "
     "parsing, verifyInherentAttrs has already rejected any attribute the "
     "conversion would (same constraints); only a C++ builder gets here"),
    ("RopeOps.cpp", "needs at least one per-axis table\";",
     "BroadcatOp type inference without operands: the custom form needs at "
     "least one table type, and the generic form fails BroadcatOp::verify "
     "(reached: broadcat_no_tables) before the inferred types are checked"),
    ("RopeOps.cpp", "if (operands.empty())",
     "the condition of the exit above"),
]


class Sources:
    def __init__(self):
        self.files = {}

    def line(self, path, number):
        if path not in self.files:
            with open(path) as f:
                self.files[path] = f.read().splitlines()
        return self.files[path][number - 1]

    def context(self, path, number):
        """The line and the two before it."""
        self.line(path, number)
        return "\n".join(self.files[path][max(number - 3, 0):number])

    def error_if(self, path, number):
        """Whether the condition on `number` belongs to an `if` whose
        statement is an error exit."""
        lines = self.files[path]
        for start in range(number - 1, max(number - 5, -1), -1):
            at = lines[start].find("if (")
            if at >= 0:
                break
        else:
            return False
        text = "\n".join(lines[start:start + 8])[at + 3:]
        depth = 0
        for i, c in enumerate(text):
            depth += c == "("
            depth -= c == ")"
            if depth == 0:
                return bool(ERROR_EXIT.search(text[i + 1:].split(";")[0]))
        return False


def main():
    export_path, root = sys.argv[1:3]
    with open(export_path) as f:
        functions = json.load(f)["data"][0]["functions"]
    src = Sources()
    exits, conditions, plumbing = {}, {}, {}
    for function in functions:
        name = function["name"]
        if not VERIFIER.search(name) and not PLUMBING.search(name):
            continue
        for start, _, _, _, count, file_id, _, kind in function["regions"]:
            path = function["filenames"][file_id]
            hand = HAND_WRITTEN.search(path)
            generated = GENERATED.search(path)
            if kind != 0 or not (hand or generated):
                continue
            text = src.line(path, start).strip()
            if not ERROR_EXIT.search(text):
                continue
            is_plumbing = generated and PLUMBING.search(name) and not (
                REQUIRED_ATTR.search(text) and "verifyInvariantsImpl" in name)
            table = plumbing if is_plumbing else exits
            key = (path, start)
            table[key] = (max(table.get(key, (0, ""))[0], count), text)
        for start, col, _, _, true, false, file_id, _, kind in \
                function.get("branches", []):
            path = function["filenames"][file_id]
            if not HAND_WRITTEN.search(path) or not src.error_if(path, start):
                continue
            key = (path, start, col)
            conditions[key] = max(conditions.get(key, 0), true)

    def short(path):
        return path.replace(root.rstrip("/") + "/", "")

    missed = unreachable = 0
    for (path, line), (count, text) in sorted(exits.items()):
        if count:
            continue
        reason = next((why for suffix, snippet, why in UNREACHABLE
                       if path.endswith(suffix) and
                       snippet in src.context(path, line)), None)
        if reason:
            unreachable += 1
            print(f"unreachable {short(path)}:{line}: {text}\n    ({reason})")
        else:
            missed += 1
            print(f"MISSED      {short(path)}:{line}: {text}")
    never_true = excused = 0
    for (path, line, col), true in sorted(conditions.items()):
        if true:
            continue
        reason = next((why for suffix, snippet, why in UNREACHABLE
                       if path.endswith(suffix) and
                       snippet in src.context(path, line)), None)
        if reason:
            excused += 1
            continue
        never_true += 1
        print(f"NEVER TRUE  {short(path)}:{line}:{col}: "
              f"{src.line(path, line).strip()}")
    reached = sum(1 for count, _ in exits.values() if count)
    covered = sum(1 for true in conditions.values() if true)
    plumbing_reached = sum(1 for count, _ in plumbing.values() if count)
    print(f"verifier error exits: {len(exits)}, reached: {reached}, "
          f"unreachable from text: {unreachable}, missed: {missed}")
    print(f"conditions leading to an error: {len(conditions)}, "
          f"true at least once: {covered}, unreachable from text: {excused}, "
          f"never: {never_true}")
    print(f"generated per-attribute plumbing exits: {len(plumbing)}, "
          f"reached: {plumbing_reached}")
    return 1 if missed or never_true else 0


if __name__ == "__main__":
    sys.exit(main())
