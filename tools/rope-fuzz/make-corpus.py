#!/usr/bin/env python3
"""Seed corpus for rope-fuzz from the test suite.

Every test/**/*.mlir file (and examples/*.mlir) is cut into the modules the
suite itself feeds the tools: the chunks between `// -----` lines, the
`//--- name` parts of split-file tests. Each becomes one seed, made small
enough to mutate quickly:
  - comment lines go (RUN/CHECK lines are not IR);
  - dense literals longer than MAX_LITERAL characters become a splat of their
    first element (the shapes, types and ops are what the fuzzer works on);
  - dense_resource blobs of more than MAX_LITERAL hex digits (model weights)
    become splats too, and leave the resource section.
Seeds larger than --max-bytes after that are left out. Files are named by
their content's hash, so a rerun on the same tree writes the same corpus.

usage: make-corpus.py OUT_DIR [--root REPO] [--max-bytes N]
"""

import argparse
import hashlib
import os
import re
import sys

MAX_LITERAL = 400
SPLIT = re.compile(r"^// -----\s*$", re.M)
SPLIT_FILE = re.compile(r"^//--- .*$", re.M)
COMMENT = re.compile(r"^\s*//.*\n?", re.M)
RESOURCE_USE = re.compile(
    r"dense_resource<([\w.$-]+)>(\s*:\s*(?:tensor|vector)<[^>]*?([a-z]+\d*)>)")
RESOURCE_ENTRY = re.compile(r'^\s*([\w.$-]+):\s*"0x([0-9A-Fa-f]*)",?\s*$', re.M)
RESOURCE_SECTION = re.compile(r"\{-#.*?#-\}", re.S)


def splat_for(element_type, first=None):
    if first is not None:
        return first
    return "1" if re.fullmatch(r"[iu]\d+|index", element_type) else "0.5"


def shrink_dense(text):
    """dense<[...long...]> -> dense<first element>."""
    out, i = [], 0
    while True:
        at = text.find("dense<[", i)
        if at < 0:
            out.append(text[i:])
            return "".join(out)
        depth, j = 0, at + len("dense<")
        while j < len(text):
            if text[j] == "[":
                depth += 1
            elif text[j] == "]":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        literal = text[at + len("dense<"):j + 1]
        out.append(text[i:at])
        if len(literal) > MAX_LITERAL:
            first = re.search(r"[-+]?(?:0x[0-9A-Fa-f]+|\d+\.?\d*(?:e[-+]?\d+)?|true|false)",
                              literal)
            out.append("dense<" + (first.group(0) if first else "0.5"))
        else:
            out.append("dense<" + literal)
        i = j + 1


def shrink_resources(text):
    blobs = {m.group(1): m.group(2) for m in RESOURCE_ENTRY.finditer(text)}
    big = {name for name, hexdigits in blobs.items() if len(hexdigits) > MAX_LITERAL}
    if not big:
        return text

    def use(m):
        if m.group(1) not in big:
            return m.group(0)
        return f"dense<{splat_for(m.group(3))}>{m.group(2)}"

    text = RESOURCE_USE.sub(use, text)
    text = RESOURCE_ENTRY.sub(
        lambda m: "" if m.group(1) in big else m.group(0), text)
    # A section left with no blob is dropped whole.
    return RESOURCE_SECTION.sub(
        lambda m: m.group(0) if RESOURCE_ENTRY.search(m.group(0)) else "", text)


def chunks(text):
    for part in SPLIT.split(text):
        pieces = SPLIT_FILE.split(part)
        yield from (pieces[1:] if len(pieces) > 1 else pieces)


def seeds(root):
    dirs = [os.path.join(root, "test"), os.path.join(root, "examples")]
    for top in dirs:
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".mlir"):
                    continue
                with open(os.path.join(dirpath, name)) as f:
                    text = f.read()
                for chunk in chunks(text):
                    chunk = shrink_resources(shrink_dense(COMMENT.sub("", chunk)))
                    chunk = re.sub(r"\n{3,}", "\n\n", chunk).strip() + "\n"
                    if chunk.strip():
                        yield chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--root", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser.add_argument("--max-bytes", type=int, default=16384)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    written, too_big, seen = 0, 0, set()
    for seed in seeds(args.root):
        data = seed.encode()
        if len(data) > args.max_bytes:
            too_big += 1
            continue
        digest = hashlib.sha1(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        with open(os.path.join(args.out, digest + ".mlir"), "wb") as f:
            f.write(data)
        written += 1
    print(f"make-corpus: {written} seeds in {args.out} "
          f"({too_big} over {args.max_bytes} bytes left out)", file=sys.stderr)
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
