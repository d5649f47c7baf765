#!/usr/bin/env python3
"""Appends a deterministic @main to every chunk of a raise test that lacks one.

  make_main.py test/Raise/foo.mlir [...]      (rewrites the files in place)

Every chunk (text between `// -----` lines) of a test/Raise file is a
standalone module: the functions under test plus a @main that calls each
public function with deterministic inputs and prints every result with
printMemrefF32. The differential test (lit.local.cfg here) runs those modules
with and without --rope-raise; this script writes the @main so that nobody
has to type dense literals by hand.

Inputs: floats uniform in [-1, 1] (4 decimals), integers in [0, 8), seeded by
function and argument name. A chunk can override them with lines like

  // INPUT: @fn %pos range=0,64          integer range [lo, hi)
  // INPUT: @fn %x shape=2x5x8           concrete shape for dynamic dims
  // INPUT: @fn %x scale=4.0             floats in [-scale, scale]

The @main is written once and then committed: it is part of the test input.
"""

import random
import re
import sys
import zlib

SPLIT = re.compile(r"^// -----\s*$", re.M)
FUNC = re.compile(r"^\s*func\.func\s+(?!private)@([\w$.]+)\s*\((.*?)\)\s*"
                  r"(?:->\s*(\(.*?\)|[^{\n]+?))?\s*(?:attributes\s*\{.*?\}\s*)?\{",
                  re.M | re.S)
ARG = re.compile(r"(%[\w$.]+)\s*:\s*([^,]+?(?:<[^>]*>)?)\s*(?:\{[^}]*\})?\s*(?:,|$)")
TENSOR = re.compile(r"tensor<((?:[^<>]|<[^<>]*>)*)>")
INPUT = re.compile(r"^\s*// INPUT:\s*@([\w$.]+)\s+(%[\w$.]+)\s+(.*)$", re.M)


def split_types(text):
    """Splits a comma-separated type list, respecting <...> nesting."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def parse_args(text):
    args = []
    for item in split_types(text):
        name, _, ty = item.partition(":")
        ty = re.sub(r"\{.*\}", "", ty).strip()
        args.append((name.strip(), ty))
    return args


def tensor_parts(ty):
    m = TENSOR.fullmatch(ty.strip())
    if not m:
        return None
    body = m.group(1)
    elem_at = body.find("complex")
    if elem_at >= 0:
        dims = body[:elem_at].rstrip("x")
        return (dims.split("x") if dims else []), body[elem_at:]
    *dims, elem = body.split("x")
    return dims, elem


def literal(values, shape, fmt):
    if not shape:
        return fmt(values[0])
    step = len(values) // shape[0]
    return "[" + ", ".join(literal(values[i * step:(i + 1) * step], shape[1:], fmt)
                           for i in range(shape[0])) + "]"


def make_main(chunk, dynamic_size=None):
    """The @main for `chunk`; dynamic dims without an INPUT shape take
    `dynamic_size` (an error when None)."""
    overrides = {}
    for fn, arg, spec in INPUT.findall(chunk):
        d = overrides.setdefault((fn, arg), {})
        for kv in spec.split():
            k, _, v = kv.partition("=")
            d[k] = v
    lines = ["func.func @main() {"]
    prints = []
    for m in FUNC.finditer(chunk):
        fn = m.group(1)
        if fn == "main":
            continue
        args = parse_args(m.group(2))
        results = m.group(3)
        results = split_types(results.strip()[1:-1]) if results and results.strip().startswith("(") \
            else ([results.strip()] if results else [])
        operands = []
        for i, (name, ty) in enumerate(args):
            parts = tensor_parts(ty)
            if parts is None:
                raise SystemExit(f"make_main: @{fn} {name}: only tensor arguments are supported")
            dims, elem = parts
            o = overrides.get((fn, name), {})
            shape = [int(s) for s in o["shape"].split("x")] if "shape" in o else None
            if shape is None:
                if "?" in dims and dynamic_size is None:
                    raise SystemExit(f"make_main: @{fn} {name}: dynamic type needs // INPUT: shape=")
                shape = [dynamic_size if d == "?" else int(d) for d in dims]
            rng = random.Random(zlib.crc32(f"{fn}/{name}".encode()))
            count = 1
            for s in shape:
                count *= s
            if elem.startswith("complex"):
                scale = float(o.get("scale", 1.0))
                values = [(round(rng.uniform(-scale, scale), 4),
                           round(rng.uniform(-scale, scale), 4)) for _ in range(count)]
                body = literal(values, shape, lambda v: f"({v[0]!r}, {v[1]!r})")
            elif elem.startswith(("f", "bf")):
                scale = float(o.get("scale", 1.0))
                values = [round(rng.uniform(-scale, scale), 4) for _ in range(count)]
                body = literal(values, shape, lambda v: repr(float(v)))
            else:
                lo, hi = (int(v) for v in o.get("range", "0,8").split(","))
                values = [rng.randrange(lo, hi) for _ in range(count)]
                body = literal(values, shape, str)
            static_ty = f"tensor<{'x'.join(str(s) for s in shape)}x{elem}>"
            var = f"%{fn}_in{i}"
            lines.append(f"  {var} = arith.constant dense<{body}> : {static_ty}")
            if static_ty != ty:
                lines.append(f"  {var}_c = tensor.cast {var} : {static_ty} to {ty}")
                var += "_c"
            operands.append(var)
        res = f"%{fn}_out"
        call = f"call @{fn}({', '.join(operands)}) : ({', '.join(t for _, t in args)}) -> "
        call += f"({', '.join(results)})" if len(results) != 1 else results[0]
        if results:
            lines.append(f"  {res}{':' + str(len(results)) if len(results) > 1 else ''} = {call}")
        for k, ty in enumerate(results):
            parts = tensor_parts(ty)
            if parts is None:
                continue
            dims, elem = parts
            val = f"{res}#{k}" if len(results) > 1 else res
            if elem not in ("f32", "f16", "bf16"):
                continue
            if elem != "f32":
                rank = len(dims)
                f32_ty = f"tensor<{'x'.join(dims)}xf32>"
                idmap = f"affine_map<({', '.join(f'd{i}' for i in range(rank))}) -> ({', '.join(f'd{i}' for i in range(rank))})>"
                dyn = [f"%{fn}_dim{k}_{i}" for i, d in enumerate(dims) if d == "?"]
                for i, d in enumerate(dims):
                    if d == "?":
                        lines.append(f"  %{fn}_c{k}_{i} = arith.constant {i} : index")
                        lines.append(f"  %{fn}_dim{k}_{i} = tensor.dim {val}, %{fn}_c{k}_{i} : {ty}")
                lines.append(f"  %{fn}_e{k} = tensor.empty({', '.join(dyn)}) : {f32_ty}")
                iterators = ", ".join(['"parallel"'] * rank)
                lines.append(
                    f"  %{fn}_w{k} = linalg.generic {{indexing_maps = [{idmap}, {idmap}], "
                    f"iterator_types = [{iterators}]}} "
                    f"ins({val} : {ty}) outs(%{fn}_e{k} : {f32_ty}) {{\n"
                    f"  ^bb0(%a: {elem}, %b: f32):\n"
                    f"    %x = arith.extf %a : {elem} to f32\n"
                    f"    linalg.yield %x : f32\n"
                    f"  }} -> {f32_ty}")
                val, ty = f"%{fn}_w{k}", f32_ty
            mem = ty.replace("tensor<", "memref<")
            lines.append(f"  %{fn}_b{k} = bufferization.to_buffer {val} : {ty} to {mem}")
            lines.append(f"  %{fn}_u{k} = memref.cast %{fn}_b{k} : {mem} to memref<*xf32>")
            lines.append(f"  call @printMemrefF32(%{fn}_u{k}) : (memref<*xf32>) -> ()")
            prints.append(val)
    lines.append("  return")
    lines.append("}")
    decl = "" if "@printMemrefF32" in chunk else "func.func private @printMemrefF32(memref<*xf32>)\n"
    return decl + "\n".join(lines) + "\n"


def process(path):
    text = open(path).read()
    parts = SPLIT.split(text)
    out = []
    for part in parts:
        if "func.func @main" not in part and FUNC.search(part):
            part = part.rstrip("\n") + "\n\n" + make_main(part)
            if not part.endswith("\n\n"):
                part += "\n"
        out.append(part)
    new = "// -----".join(out)
    if new != text:
        open(path, "w").write(new)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        process(p)
