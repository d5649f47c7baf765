//===- Mutator.cpp - MLIR-aware mutations for rope-fuzz -------------------===//
//
// libFuzzer's byte mutations turn almost every MLIR text into a parse error,
// so most of the inputs would never reach a verifier or a pass. These
// mutations keep the text well-formed most of the time and change what the
// verifiers and the passes look at: a shape dim, a number in an attribute,
// an element type, a layout, an op for its sibling (sin/cos, addf/subf), an
// affine map dim, an SSA use, a whole line. One in four mutations is still
// libFuzzer's own (with the dictionary), for the parser.
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using Rng = std::mt19937;

size_t pick(Rng &rng, size_t n) {
  return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
}

/// Words that can stand for each other: replacing one by another of its
/// class keeps the text parseable more often than not.
const std::vector<std::vector<std::string_view>> &wordClasses() {
  static const std::vector<std::vector<std::string_view>> classes = {
      {"f32", "f16", "bf16", "f64", "i64", "i32", "i8", "i1", "index"},
      {"half", "interleaved"},
      {"rope.freqs", "rope.broadcat", "rope.rotate"},
      {"angles", "cos_sin", "gather", "xpos", "length"},
      {"dim", "theta", "position_scale", "rotary_dim", "scale", "sections",
       "inv_freq", "table_maps", "coords", "interleaved_sections", "scaling",
       "xpos"},
      {"#rope.linear", "#rope.ntk", "#rope.yarn", "#rope.llama3", "#rope.xpos"},
      {"factor", "alpha", "original_max_position", "beta_fast", "beta_slow",
       "mscale", "mscale_all_dim", "low_freq_factor", "high_freq_factor",
       "scale_base", "gamma", "signs", "truncate"},
      {"math.sin", "math.cos", "math.exp", "math.tanh"},
      {"arith.addf", "arith.subf", "arith.mulf", "arith.divf",
       "arith.maximumf"},
      {"arith.addi", "arith.subi", "arith.muli"},
      {"arith.negf", "math.absf", "math.sqrt"},
      {"arith.extf", "arith.truncf"},
      {"arith.sitofp", "arith.uitofp"},
      {"arith.index_cast", "arith.index_castui"},
      {"tensor.extract_slice", "tensor.insert_slice"},
      {"tensor.collapse_shape", "tensor.expand_shape"},
      {"parallel", "reduction"},
      {"tensor", "memref", "vector"},
  };
  return classes;
}

const char *const kIntegers[] = {"0",
                                 "1",
                                 "2",
                                 "3",
                                 "4",
                                 "5",
                                 "6",
                                 "7",
                                 "8",
                                 "16",
                                 "31",
                                 "32",
                                 "63",
                                 "64",
                                 "127",
                                 "128",
                                 "-1",
                                 "-2",
                                 "65535",
                                 "2147483647",
                                 "4294967296",
                                 "9223372036854775807",
                                 "-9223372036854775808"};
const char *const kFloats[] = {"0.0",
                               "-0.0",
                               "1.0",
                               "-1.0",
                               "0.5",
                               "2.0",
                               "1.0e+30",
                               "1.0e-30",
                               "10000.0",
                               "3.4e+38",
                               "0x7FC00000",
                               "0x7F800000",
                               "0xFF800000",
                               "0x7FF0000000000000",
                               "0x7FF8000000000000"};

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' ||
         c == '$';
}

struct Span {
  size_t begin, end;
};

/// Numbers, including the dims of shapes ("4x8xf32": 4 and 8) but not the
/// digits of names (d0, %arg1, f32).
std::vector<Span> findNumbers(const std::string &s) {
  std::vector<Span> spans;
  for (size_t i = 0; i < s.size();) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    bool inShape =
        i >= 2 && s[i - 1] == 'x' &&
        (std::isdigit(static_cast<unsigned char>(s[i - 2])) || s[i - 2] == '?');
    bool standalone = i == 0 || !(isWordChar(s[i - 1]) || s[i - 1] == '%' ||
                                  s[i - 1] == '#' || s[i - 1] == '@');
    size_t j = i;
    auto digitAt = [&](size_t k) {
      return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));
    };
    if (s[i] == '0' && i + 1 < s.size() && s[i + 1] == 'x' &&
        i + 2 < s.size() &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      // A hex float literal (0x7FC00000), not the dims of "0x4xf32".
      j = i + 2;
      while (j < s.size() && std::isxdigit(static_cast<unsigned char>(s[j])))
        ++j;
    } else {
      while (digitAt(j) || (j < s.size() && s[j] == '.'))
        ++j;
      if (j < s.size() && (s[j] == 'e' || s[j] == 'E') &&
          (digitAt(j + 1) ||
           (j + 1 < s.size() && (s[j + 1] == '+' || s[j + 1] == '-') &&
            digitAt(j + 2)))) {
        j += 2;
        while (digitAt(j))
          ++j;
      }
    }
    if (inShape || standalone) {
      size_t begin = (i > 0 && s[i - 1] == '-') ? i - 1 : i;
      spans.push_back({begin, j});
    }
    i = j;
  }
  return spans;
}

/// Occurrences of `word` that are whole words.
std::vector<Span> findWord(const std::string &s, std::string_view word) {
  std::vector<Span> spans;
  for (size_t at = s.find(word); at != std::string::npos;
       at = s.find(word, at + 1)) {
    size_t end = at + word.size();
    bool before = at == 0 || !isWordChar(s[at - 1]);
    bool after = end >= s.size() || !isWordChar(s[end]);
    if (before && after)
      spans.push_back({at, end});
  }
  return spans;
}

void replace(std::string &s, Span span, std::string_view with) {
  s.replace(span.begin, span.end - span.begin, with);
}

bool mutateNumber(std::string &s, Rng &rng) {
  std::vector<Span> numbers = findNumbers(s);
  if (numbers.empty())
    return false;
  Span span = numbers[pick(rng, numbers.size())];
  std::string old = s.substr(span.begin, span.end - span.begin);
  bool isFloat = old.find('.') != std::string::npos || old.rfind("0x", 0) == 0;
  bool inShape = span.begin > 0 &&
                 (s[span.begin - 1] == 'x' || s[span.begin - 1] == '<') &&
                 span.end < s.size() && s[span.end] == 'x';
  std::string with;
  switch (pick(rng, 4)) {
  case 0:
    with = isFloat ? kFloats[pick(rng, std::size(kFloats))]
                   : kIntegers[pick(rng, std::size(kIntegers))];
    break;
  case 1:
    if (inShape) {
      with = "?";
      break;
    }
    [[fallthrough]];
  default: {
    // A small step: the near misses of sizes (one more, one less, double).
    // Wrapping arithmetic: the literal may be anything up to INT64_MAX.
    uint64_t v = static_cast<uint64_t>(std::strtoll(old.c_str(), nullptr, 10));
    uint64_t steps[] = {v + 1, v - 1, v * 2, v / 2, v + 2};
    with = std::to_string(
        static_cast<int64_t>(steps[pick(rng, std::size(steps))]));
    if (isFloat)
      with += ".0";
    break;
  }
  }
  replace(s, span, with);
  return true;
}

bool mutateWord(std::string &s, Rng &rng) {
  const auto &classes = wordClasses();
  std::vector<std::pair<Span, const std::vector<std::string_view> *>> found;
  for (const auto &cls : classes)
    for (std::string_view word : cls)
      for (Span span : findWord(s, word))
        found.push_back({span, &cls});
  if (found.empty())
    return false;
  auto [span, cls] = found[pick(rng, found.size())];
  replace(s, span, (*cls)[pick(rng, cls->size())]);
  return true;
}

/// d<N>/s<N> in affine maps: another dim, or a constant.
bool mutateAffineDim(std::string &s, Rng &rng) {
  std::vector<Span> dims;
  for (size_t i = 1; i + 1 < s.size(); ++i)
    if ((s[i] == 'd' || s[i] == 's') && !isWordChar(s[i - 1]) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      size_t j = i + 1;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])))
        ++j;
      if (j >= s.size() || !isWordChar(s[j]))
        dims.push_back({i, j});
    }
  if (dims.empty())
    return false;
  const char *const with[] = {"d0", "d1",     "d2", "d3",           "0",
                              "1",  "d0 + 1", "s0", "d1 floordiv 2"};
  replace(s, dims[pick(rng, dims.size())], with[pick(rng, std::size(with))]);
  return true;
}

/// One use of an SSA value becomes another value of the same text.
bool mutateSsaUse(std::string &s, Rng &rng) {
  std::vector<Span> names;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '%') {
      size_t j = i + 1;
      while (j < s.size() && (isWordChar(s[j]) || s[j] == '#'))
        ++j;
      if (j > i + 1)
        names.push_back({i, j});
      i = j - 1;
    }
  if (names.size() < 2)
    return false;
  Span target = names[pick(rng, names.size())];
  Span source = names[pick(rng, names.size())];
  std::string with = s.substr(source.begin, source.end - source.begin);
  replace(s, target, with);
  return true;
}

std::vector<std::string> splitLines(const std::string &s) {
  std::vector<std::string> lines;
  size_t begin = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '\n') {
      lines.push_back(s.substr(begin, i - begin));
      begin = i + 1;
    }
  return lines;
}

std::string joinLines(const std::vector<std::string> &lines) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i)
      s += '\n';
    s += lines[i];
  }
  return s;
}

bool mutateLines(std::string &s, Rng &rng) {
  std::vector<std::string> lines = splitLines(s);
  if (lines.size() < 2)
    return false;
  size_t i = pick(rng, lines.size());
  switch (pick(rng, 3)) {
  case 0:
    lines.erase(lines.begin() + i);
    break;
  case 1:
    lines.insert(lines.begin() + pick(rng, lines.size()), lines[i]);
    break;
  default:
    std::swap(lines[i], lines[pick(rng, lines.size())]);
    break;
  }
  s = joinLines(lines);
  return true;
}

/// Adds or removes a dim of a shaped type: rank changes.
bool mutateRank(std::string &s, Rng &rng) {
  std::vector<size_t> shapes;
  for (std::string_view kind : {"tensor<", "memref<", "vector<"})
    for (size_t at = s.find(kind); at != std::string::npos;
         at = s.find(kind, at + 1))
      shapes.push_back(at + kind.size());
  if (shapes.empty())
    return false;
  size_t at = shapes[pick(rng, shapes.size())];
  size_t dimEnd = at;
  while (
      dimEnd < s.size() &&
      (std::isdigit(static_cast<unsigned char>(s[dimEnd])) || s[dimEnd] == '?'))
    ++dimEnd;
  if (pick(rng, 2) == 0 && dimEnd > at && dimEnd < s.size() &&
      s[dimEnd] == 'x') {
    s.erase(at, dimEnd + 1 - at);
    return true;
  }
  const char *const dims[] = {"1x", "2x", "4x", "?x", "3x"};
  s.insert(at, dims[pick(rng, std::size(dims))]);
  return true;
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned seed) {
  Rng rng(seed);
  std::string s(reinterpret_cast<char *>(data), size);
  bool changed = false;
  // A few text mutations in a row now and then: two related edits (a shape
  // and the attribute that must agree with it) make the verifier pass more
  // often than either alone.
  size_t rounds = 1 + (pick(rng, 4) == 0 ? pick(rng, 3) : 0);
  for (size_t round = 0; round < rounds; ++round) {
    switch (pick(rng, 8)) {
    case 0:
    case 1:
      changed |= mutateNumber(s, rng);
      break;
    case 2:
    case 3:
      changed |= mutateWord(s, rng);
      break;
    case 4:
      changed |= mutateAffineDim(s, rng);
      break;
    case 5:
      changed |= pick(rng, 2) ? mutateSsaUse(s, rng) : mutateRank(s, rng);
      break;
    case 6:
      changed |= mutateLines(s, rng);
      break;
    default:
      break;
    }
  }
  if (!changed || s.size() > maxSize)
    return LLVMFuzzerMutate(data, size, maxSize);
  std::memcpy(data, s.data(), s.size());
  return s.size();
}

/// Splices a run of lines of the second input into the first: an op and its
/// operands' definitions travel together more often than random bytes do.
extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t *data1, size_t size1,
                                            const uint8_t *data2, size_t size2,
                                            uint8_t *out, size_t maxOutSize,
                                            unsigned seed) {
  Rng rng(seed);
  std::vector<std::string> into =
      splitLines(std::string(reinterpret_cast<const char *>(data1), size1));
  std::vector<std::string> from =
      splitLines(std::string(reinterpret_cast<const char *>(data2), size2));
  size_t begin = pick(rng, from.size());
  size_t count = 1 + pick(rng, std::min<size_t>(8, from.size() - begin));
  into.insert(into.begin() + pick(rng, into.size() + 1), from.begin() + begin,
              from.begin() + begin + count);
  std::string s = joinLines(into);
  size_t n = std::min(s.size(), maxOutSize);
  std::memcpy(out, s.data(), n);
  return n;
}
