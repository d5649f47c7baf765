"""Near-miss mutations of RoPE computations written in linalg/tensor/arith IR.

Each operator takes the text of one module (a raise test chunk or a model
with its @main) and yields every variant it can make, as
(operator, description, text, tolerance or None). Only the functions under
test change, never @main (which holds the inputs and prints the results),
and never comments. Most variants are still valid IR with the same types;
those that are not are rejected by the verifier and counted as such.

The operators are the ways a RoPE can be written almost right:
  flip-sign      drop a negation, add for sub (and back), sub operands swapped
  sin-cos        math.sin for math.cos (and back); cos/sin tables swapped
  split-point    a slice of the rotated halves starting one channel off;
                 an index constant one off (pair partner, split point)
  concat-order   the two halves of a concat swapped
  broadcast-map  an input indexing map with two results swapped or a dim
                 replaced by another dim or by 0; linalg.broadcast dimensions
                 changed
  position       the position plus 1 after its conversion to float; another
                 loop index read as the position
  mix-tables     one use of a function argument replaced by another argument
                 of the same type (q's table for k's, k for q, cos for sin)
  freq-constant  one float constant (scalar, dense element, or an element
                 of a small resource blob: the frequency ladder) times 1.01
  dtype-cast     sitofp for uitofp (and back); an f32 value rounded through
                 f16 or bf16 (compared at that type's tolerance: the raise
                 may treat an intermediate rounding as exact)
"""

import re
import struct

DEFAULT_TOL = {"f16": 4e-3, "bf16": 3e-2}

FUNC_START = re.compile(r"^(\s*)func\.func\s+(?:(?:public|private)\s+)?@([\w$.]+)")
SSA = r"%[\w$.#]+"


class Module:
    """The text of one module, with the line ranges of the functions that
    may change. `region`, when given, is the set of line indices mutations
    may touch (the RoPE computation: rope-mutate.py passes the lines whose
    ops --rope-raise replaces)."""

    def __init__(self, text, region=None):
        self.text = text
        self.region = region
        self.lines = text.split("\n")
        self.bodies = []  # (first, last) line indices, signature included
        i = 0
        while i < len(self.lines):
            m = FUNC_START.match(self.lines[i])
            if m and m.group(2) != "main" and "private" not in self.lines[i] \
                    and self.lines[i].rstrip().endswith("{"):
                end = i + 1
                closing = m.group(1) + "}"
                while end < len(self.lines) and self.lines[end].rstrip() != closing:
                    end += 1
                self.bodies.append((i, end))
                i = end
            i += 1

    def body_lines(self):
        """Indices of the mutable lines (no comments, no signatures)."""
        for first, last in self.bodies:
            for i in range(first + 1, last):
                if not self.lines[i].lstrip().startswith("//") and \
                        (self.region is None or i in self.region):
                    yield i

    def referenced(self, name):
        """Whether a mutable line mentions `name` (a map alias, a resource)."""
        pattern = re.compile(re.escape(name) + r"(?![\w$.-])")
        return any(pattern.search(self.lines[i]) for i in self.body_lines())

    def with_lines(self, changes, insert=None):
        """The text with lines replaced ({index: text}, None deletes) and
        lines inserted after others ({index: [text, ...]})."""
        out = []
        for i, line in enumerate(self.lines):
            line = changes.get(i, line)
            if line is not None:
                out.append(line)
            out.extend((insert or {}).get(i, []))
        return "\n".join(out)

    def block_end(self, index):
        """The last line of the block that line `index` is in: values defined
        there are visible up to it (names repeat in sibling regions)."""
        indent = len(self.lines[index]) - len(self.lines[index].lstrip())
        end = index
        while end + 1 < len(self.lines):
            line = self.lines[end + 1]
            if line.strip() and len(line) - len(line.lstrip()) < indent:
                break
            end += 1
        return end


def replace_uses(module, name, new, first, last, skip):
    """Replaces every use of SSA value `name` in lines first..last (not the
    line `skip` that defines it) by `new`."""
    pattern = re.compile(re.escape(name) + r"(?![\w$.#])")
    changes = {}
    for i in range(first, last + 1):
        if i == skip or module.lines[i].lstrip().startswith("//"):
            continue
        line = module.lines[i]
        # Only uses: the part after `=` on a defining line.
        head, sep, tail = line.partition(" = ") if re.match(r"\s*%", line) else ("", "", line)
        new_tail = pattern.sub(new, tail)
        if new_tail != tail:
            changes[i] = head + sep + new_tail
    return changes


def word_swaps(module, operator, i, pairs):
    """Line i with one op name replaced by its sibling, per pair that
    occurs on it."""
    line = module.lines[i]
    for old, new in pairs:
        if old in line:
            yield (operator, f"line {i + 1}: {old.strip()} -> {new.strip()}",
                   module.with_lines({i: line.replace(old, new, 1)}), None)


def flip_sign(module):
    for i in module.body_lines():
        line = module.lines[i]
        m = re.match(rf"\s*({SSA}) = (arith|linalg)\.negf\s+(?:ins\()?({SSA})", line)
        if m:
            changes = replace_uses(module, m.group(1), m.group(3), i + 1,
                                   module.block_end(i), i)
            if changes:
                yield ("flip-sign", f"line {i + 1}: negation of {m.group(3)} dropped",
                       module.with_lines(changes), None)
        yield from word_swaps(module, "flip-sign", i, (
            ("arith.subf", "arith.addf"), ("arith.addf", "arith.subf"),
            ("linalg.sub ", "linalg.add "), ("linalg.add ", "linalg.sub ")))
        m = re.search(rf"arith\.subf ({SSA}), ({SSA})", line)
        if m:
            swapped = line.replace(m.group(0), f"arith.subf {m.group(2)}, {m.group(1)}")
            yield ("flip-sign", f"line {i + 1}: subf operands swapped",
                   module.with_lines({i: swapped}), None)


def function_args(module, first):
    """[(name, type)] of the function whose signature starts at `first`."""
    signature = ""
    for line in module.lines[first:]:
        signature += line
        if line.rstrip().endswith("{"):
            break
    m = re.search(r"@[\w$.]+\s*\((.*?)\)\s*(->|\{|attributes)", signature)
    if not m:
        return []
    return re.findall(rf"({SSA})\s*:\s*((?:tensor|memref|vector)<[^>]*>|[\w]+)",
                      m.group(1))


def sin_cos(module):
    for i in module.body_lines():
        yield from word_swaps(module, "sin-cos", i, (
            ("math.sin ", "math.cos "), ("math.cos ", "math.sin ")))
    for first, last in module.bodies:
        args = dict(function_args(module, first))
        cos = [a for a in args if "cos" in a.lower()]
        sin = [a for a in args if "sin" in a.lower()]
        for c in cos:
            for s in sin:
                if args[c] != args[s]:
                    continue
                placeholder = "%__rope_mutate_swap"
                changes = {}
                for k in module.body_lines():
                    if not first < k < last:
                        continue
                    line = module.lines[k]
                    swapped = re.sub(re.escape(c) + r"(?![\w$.#])", placeholder, line)
                    swapped = re.sub(re.escape(s) + r"(?![\w$.#])", c, swapped)
                    swapped = swapped.replace(placeholder, s)
                    if swapped != line:
                        changes[k] = swapped
                if changes:
                    yield ("sin-cos", f"tables {c} and {s} swapped",
                           module.with_lines(changes), None)


SHAPE = re.compile(r"tensor<([0-9?x]+)x[a-z]\w*>")


def static_dims(type_text):
    m = SHAPE.search(type_text)
    if not m:
        return None
    dims = m.group(1).split("x")
    return None if "?" in dims else [int(d) for d in dims]


def split_point(module):
    slice_re = re.compile(
        rf"tensor\.extract_slice ({SSA})\[([^\]]*)\] \[([^\]]*)\] \[([^\]]*)\] : (tensor<[^>]*>) to")
    for i in module.body_lines():
        line = module.lines[i]
        m = slice_re.search(line)
        if m:
            offsets = [o.strip() for o in m.group(2).split(",")]
            sizes = [s.strip() for s in m.group(3).split(",")]
            source = static_dims(m.group(5))
            if source and offsets[-1].lstrip("-").isdigit() and sizes[-1].isdigit():
                for delta in (-1, 1):
                    off = int(offsets[-1]) + delta
                    if off >= 0 and off + int(sizes[-1]) <= source[-1]:
                        new_offsets = ", ".join(offsets[:-1] + [str(off)])
                        new = line[:m.start(2)] + new_offsets + line[m.end(2):]
                        yield ("split-point",
                               f"line {i + 1}: slice starts at channel {off}",
                               module.with_lines({i: new}), None)
        m = re.search(r"arith\.constant (\d+) : index", line)
        if m and int(m.group(1)) > 0:
            for value in (int(m.group(1)) - 1, int(m.group(1)) + 1):
                new = line.replace(m.group(0), f"arith.constant {value} : index", 1)
                yield ("split-point", f"line {i + 1}: index constant {value}",
                       module.with_lines({i: new}), None)


def concat_order(module):
    concat_re = re.compile(
        rf"tensor\.concat dim\((\d+)\) ({SSA}), ({SSA}) : \((tensor<[^>]*>), (tensor<[^>]*>)\)")
    for i in module.body_lines():
        line = module.lines[i]
        m = concat_re.search(line)
        if m:
            new = (f"tensor.concat dim({m.group(1)}) {m.group(3)}, {m.group(2)} : "
                   f"({m.group(5)}, {m.group(4)})")
            yield ("concat-order", f"line {i + 1}: concat operands swapped",
                   module.with_lines({i: line.replace(m.group(0), new)}), None)


MAP = re.compile(r"affine_map<\(([^)]*)\) -> \(([^)]*)\)>")


def output_maps(module):
    """Names of the maps some linalg op uses for its output (the last of its
    indexing_maps), and the lines whose inline map is one."""
    names, lines = set(), set()
    for i in module.body_lines():
        m = re.search(r"indexing_maps = \[(.*?)\]\s*,\s*iterator_types", module.lines[i])
        if not m:
            continue
        last = m.group(1).split(",")[-1].strip() if "affine_map" not in m.group(1) \
            else "affine_map"
        if last.startswith("#"):
            names.add(last)
        else:
            lines.add(i)
    return names, lines


def broadcast_map(module):
    # Input maps only: an output map that is not a permutation writes some
    # elements twice and leaves others as tensor.empty left them, which
    # gives the variant no meaning to keep. Maps defined at the top
    # (#map = ...) serve the functions under test; inline maps only where
    # they appear in those functions (inline maps on the line of a generic
    # whose output map is inline are left alone).
    out_names, out_lines = output_maps(module)
    candidates = [i for i, line in enumerate(module.lines)
                  if re.match(r"#[\w$.]+ = affine_map", line)
                  and line.split(" =")[0] not in out_names
                  and module.referenced(line.split(" =")[0])]
    candidates += [i for i in module.body_lines()
                   if "affine_map<" in module.lines[i] and i not in out_lines]
    for i in candidates:
        line = module.lines[i]
        for m in MAP.finditer(line):
            dims = [d.strip() for d in m.group(1).split(",") if d.strip()]
            results = [r.strip() for r in m.group(2).split(",") if r.strip()]
            variants = []
            for a in range(len(results)):
                for b in range(a + 1, len(results)):
                    if results[a] != results[b]:
                        swapped = list(results)
                        swapped[a], swapped[b] = swapped[b], swapped[a]
                        variants.append((f"results {a} and {b} swapped", swapped))
                for d in dims + ["0"]:
                    if d != results[a]:
                        changed = list(results)
                        changed[a] = d
                        variants.append((f"result {a} -> {d}", changed))
            for what, results_new in variants:
                new_map = f"affine_map<({m.group(1)}) -> ({', '.join(results_new)})>"
                new = line[:m.start()] + new_map + line[m.end():]
                yield ("broadcast-map", f"line {i + 1}: {what}",
                       module.with_lines({i: new}), None)
    for i in module.body_lines():
        line = module.lines[i]
        m = re.search(r"dimensions = \[([\d, ]*)\]", line)
        if m and "linalg.broadcast" in line:
            dims = [int(d) for d in m.group(1).split(",") if d.strip()]
            for k in range(len(dims)):
                for delta in (-1, 1):
                    new_dims = list(dims)
                    new_dims[k] += delta
                    if new_dims[k] < 0 or len(set(new_dims)) != len(new_dims):
                        continue
                    new = line.replace(m.group(0), "dimensions = [" +
                                       ", ".join(map(str, sorted(new_dims))) + "]")
                    yield ("broadcast-map", f"line {i + 1}: broadcast dims {sorted(new_dims)}",
                           module.with_lines({i: new}), None)


def position(module):
    for i in module.body_lines():
        line = module.lines[i]
        m = re.match(rf"(\s*)({SSA}) = arith\.(sitofp|uitofp) ({SSA}) : \w+ to (f32|f64)\s*$", line)
        if m:
            indent, name, ty = m.group(1), m.group(2), m.group(5)
            bumped = f"%rope_mutate_pos{i}"
            changes = replace_uses(module, name, bumped, i + 1,
                                   module.block_end(i), i)
            if changes:
                inserted = [f"{indent}%rope_mutate_one{i} = arith.constant 1.0 : {ty}",
                            f"{indent}{bumped} = arith.addf {name}, %rope_mutate_one{i} : {ty}"]
                yield ("position", f"line {i + 1}: position + 1",
                       module.with_lines(changes, {i: inserted}), None)
        m = re.search(r"linalg\.index (\d+) : index", line)
        if m:
            for other in (int(m.group(1)) - 1, int(m.group(1)) + 1):
                if other >= 0:
                    new = line.replace(m.group(0), f"linalg.index {other} : index")
                    yield ("position", f"line {i + 1}: linalg.index {other}",
                           module.with_lines({i: new}), None)


def mix_tables(module):
    for first, last in module.bodies:
        args = function_args(module, first)
        for name, ty in args:
            others = [o for o, t in args if t == ty and o != name]
            if not others:
                continue
            pattern = re.compile(re.escape(name) + r"(?![\w$.#])")
            for k in module.body_lines():
                if not first < k < last:
                    continue
                line = module.lines[k]
                for use in pattern.finditer(line):
                    for other in others:
                        new = line[:use.start()] + other + line[use.end():]
                        yield ("mix-tables",
                               f"line {k + 1}: a use of {name} reads {other}",
                               module.with_lines({k: new}), None)


FLOAT = re.compile(r"(?<![\w.#%])-?\d+\.\d*(?:[eE][-+]?\d+)?")


def scaled(literal):
    value = float(literal) * 1.01
    return repr(value) if value != 0 else "1.0e-3"


def freq_constant(module):
    for i in module.body_lines():
        line = module.lines[i]
        m = re.search(r"arith\.constant (-?[\d.]+(?:[eE][-+]?\d+)?) : (f32|f64)", line)
        if m:
            new = line.replace(m.group(0), f"arith.constant {scaled(m.group(1))} : {m.group(2)}", 1)
            yield ("freq-constant", f"line {i + 1}: constant {m.group(1)} x 1.01",
                   module.with_lines({i: new}), None)
        m = re.search(r"dense<\[([^<>]*)\]>\s*:\s*tensor<[^>]*x(f32|f64)>", line)
        if m:
            for k, f in enumerate(FLOAT.finditer(m.group(1))):
                start = m.start(1) + f.start()
                new = line[:start] + scaled(f.group(0)) + line[m.start(1) + f.end():]
                yield ("freq-constant", f"line {i + 1}: element {k} x 1.01",
                       module.with_lines({i: new}), None)
                if k >= 7:
                    break
    # Small f32 resource blobs (frequency ladders; weights are large).
    for i, line in enumerate(module.lines):
        m = re.match(r'(\s*)([\w.$-]+): "0x([0-9A-Fa-f]{8})([0-9A-Fa-f]*)"(,?)\s*$', line)
        if not m or "float32" not in m.group(2) or len(m.group(4)) > 8 * 64 \
                or not module.referenced(f"dense_resource<{m.group(2)}"):
            continue
        data = bytes.fromhex(m.group(4))
        count = len(data) // 4
        for k in range(min(count, 8)):
            (value,) = struct.unpack_from("<f", data, 4 * k)
            changed = bytearray(data)
            struct.pack_into("<f", changed, 4 * k, value * 1.01 if value else 1e-3)
            new = (f'{m.group(1)}{m.group(2)}: "0x{m.group(3)}'
                   f'{changed.hex().upper()}"{m.group(5)}')
            yield ("freq-constant", f"resource {m.group(2)} element {k} x 1.01",
                   module.with_lines({i: new}), None)


def dtype_cast(module):
    for i in module.body_lines():
        line = module.lines[i]
        yield from word_swaps(module, "dtype-cast", i, (
            ("arith.sitofp", "arith.uitofp"), ("arith.uitofp", "arith.sitofp")))
        m = re.match(rf"(\s*)({SSA}) = (math\.\w+|arith\.mulf|arith\.addf|arith\.subf) .*: f32\s*$", line)
        if not m:
            continue
        indent, name = m.group(1), m.group(2)
        for narrow in ("f16", "bf16"):
            rounded = f"%rope_mutate_{narrow}{i}"
            changes = replace_uses(module, name, rounded, i + 1,
                                   module.block_end(i), i)
            if not changes:
                continue
            inserted = [f"{indent}%rope_mutate_t{narrow}{i} = arith.truncf {name} : f32 to {narrow}",
                        f"{indent}{rounded} = arith.extf %rope_mutate_t{narrow}{i} : {narrow} to f32"]
            yield ("dtype-cast", f"line {i + 1}: {name} rounded through {narrow}",
                   module.with_lines(changes, {i: inserted}), DEFAULT_TOL[narrow])


OPERATORS = [flip_sign, sin_cos, split_point, concat_order, broadcast_map,
             position, mix_tables, freq_constant, dtype_cast]


def variants(text, region=None):
    module = Module(text, region)
    for operator in OPERATORS:
        yield from operator(module)
