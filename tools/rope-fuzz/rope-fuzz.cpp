//===- rope-fuzz.cpp - libFuzzer target over rope-mlir's front half -------===//
//
// Every input is MLIR text. For each one, whatever it is:
//  - nothing crashes, hangs or trips a sanitizer;
//  - a module that parses and verifies prints, in the custom and in the
//    generic form, text that parses back to a module printing the same text
//    (the rope ops' assembly formats and attribute printers round-trip);
//  - every pass below either succeeds and leaves IR that verifies, or fails
//    with an error diagnostic: a pass may reject its input, never silently
//    and never by producing invalid IR.
// The passes, each from a fresh copy of the module: the rope ops'
// canonicalization patterns and folders; `rope-raise` (when it is
// registered), then, on its result, `convert-rope-to-linalg` (the reference
// lowering), `convert-rope-to-cpu` (the first stage of the fused CPU
// lowering) and `convert-rope-to-gpu` (the GPU sites, on tensors).
// A broken property aborts with a message, which libFuzzer reports as a
// crash with the input that caused it. ROPE_FUZZ_VERBOSE=1 in the
// environment prints every diagnostic and stage (for minimizing a crash).
//
// Built with -DROPE_FUZZ=ON this is a libFuzzer binary (README: "Hardening");
// otherwise it replays the files it is given (ReplayMain.cpp), which is how
// every build runs the saved crash inputs and the seed corpus.
//
//===----------------------------------------------------------------------===//

#include "rope/Dialect/Rope/IR/RopeDialect.h"
#include "rope/InitAll.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>
#include <utility>

using namespace mlir;

namespace {

bool verbose() {
  static const bool on = [] {
    const char *value = std::getenv("ROPE_FUZZ_VERBOSE");
    return value && *value && *value != '0';
  }();
  return on;
}

[[noreturn]] void fail(const llvm::Twine &what, llvm::StringRef ir = {}) {
  llvm::errs() << "rope-fuzz failure: " << what << "\n";
  if (!ir.empty())
    llvm::errs() << "---- IR ----\n" << ir << "\n------------\n";
  llvm::errs().flush();
  std::abort();
}

/// Registries built once: every upstream dialect (what the test suite's
/// inputs use) plus rope's, and the rope passes.
const DialectRegistry &registry() {
  static const DialectRegistry *instance = [] {
    auto *r = new DialectRegistry;
    registerAllDialects(*r);
    registerAllExtensions(*r);
    rope::registerAllRopeDialects(*r);
    rope::registerAllRopePasses();
    return r;
  }();
  return *instance;
}

/// Collects the diagnostics of one step instead of printing them.
class DiagnosticLog {
public:
  explicit DiagnosticLog(MLIRContext &context)
      : handler(&context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error)
            sawError = true;
          if (verbose())
            llvm::errs() << diag.getLocation() << ": " << diag << "\n";
          return success();
        }) {}

  /// Whether an error was reported since the last call.
  bool takeError() { return std::exchange(sawError, false); }

private:
  ScopedDiagnosticHandler handler;
  bool sawError = false;
};

std::string print(Operation *op, bool generic) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OpPrintingFlags flags;
  flags.assumeVerified();
  if (generic)
    flags.printGenericOpForm();
  op->print(os, flags);
  return text;
}

/// Custom and generic form: print, parse back, print again, same text. The
/// text is parsed in a context of its own, where resource blob names are
/// free again (a second copy in the same context gets renamed).
void checkRoundTrip(ModuleOp module, llvm::StringRef stage) {
  for (bool generic : {false, true}) {
    MLIRContext context(registry(), MLIRContext::Threading::DISABLED);
    DiagnosticLog log(context);
    std::string first = print(module, generic);
    OwningOpRef<ModuleOp> reparsed =
        parseSourceString<ModuleOp>(first, ParserConfig(&context), "roundtrip");
    if (!reparsed)
      fail(llvm::Twine("the ") + (generic ? "generic" : "custom") +
               " form printed after " + stage + " does not parse back",
           first);
    std::string second = print(*reparsed, generic);
    if (first != second)
      fail(llvm::Twine("printing the ") + (generic ? "generic" : "custom") +
               " form after " + stage + " is not stable; second print:\n" +
               second,
           first);
  }
}

/// Runs one pass (a textual pipeline element) on `module`. Returns whether
/// it succeeded; aborts when it broke one of the properties above.
bool runPass(MLIRContext &context, ModuleOp module, llvm::StringRef pass,
             DiagnosticLog &log) {
  if (verbose())
    llvm::errs() << "rope-fuzz: running " << pass << "\n";
  PassManager pm(&context);
  // Verified by hand below, to tell "invalid IR out" from "input rejected".
  pm.enableVerifier(false);
  if (failed(parsePassPipeline(pass, pm)))
    fail("cannot build the pass " + pass);
  log.takeError();
  if (failed(pm.run(module))) {
    if (!log.takeError())
      fail(pass + " failed without an error diagnostic",
           print(module, /*generic=*/true));
    return false;
  }
  if (failed(verify(module)))
    fail(pass + " produced IR that does not verify",
         print(module, /*generic=*/true));
  return true;
}

/// The rope ops' canonicalization patterns and folders, applied to the rope
/// ops alone (the upstream dialects' patterns are not what is tested here).
void canonicalizeRopeOps(MLIRContext &context, ModuleOp module) {
  RewritePatternSet patterns(&context);
  auto *dialect = context.getOrLoadDialect<rope::RopeDialect>();
  for (RegisteredOperationName name : context.getRegisteredOperations())
    if (&name.getDialect() == dialect)
      name.getCanonicalizationPatterns(patterns, &context);
  FrozenRewritePatternSet frozen(std::move(patterns));
  SmallVector<Operation *> ropeOps;
  module->walk([&](Operation *op) {
    if (op->getDialect() == dialect)
      ropeOps.push_back(op);
  });
  if (ropeOps.empty())
    return;
  (void)applyOpPatternsGreedily(ropeOps, frozen);
  if (failed(verify(module)))
    fail("the rope canonicalization patterns produced IR that does not verify",
         print(module, /*generic=*/true));
  checkRoundTrip(module, "rope canonicalization");
}

/// tensor.from_elements with a result type of more than 2^20 elements: the
/// parser makes one operand type per element (a SmallVector that cannot
/// grow, or a many-GB allocation) before it counts the operands.
bool hugeFromElements(llvm::StringRef text) {
  for (size_t at = text.find("tensor.from_elements");
       at != llvm::StringRef::npos;
       at = text.find("tensor.from_elements", at + 1)) {
    llvm::StringRef line = text.substr(at).split('\n').first;
    size_t type = line.find(": tensor<");
    if (type == llvm::StringRef::npos)
      continue;
    llvm::StringRef dims = line.substr(type + 9);
    uint64_t elements = 1;
    while (!dims.empty() && llvm::isDigit(dims.front())) {
      uint64_t dim = 0;
      if (dims.consumeInteger(10, dim) || dim > (1u << 20))
        return true;
      elements *= dim;
      if (elements > (1u << 20))
        return true;
      dims.consume_front("x");
    }
  }
  return false;
}

/// Crashes of Debian's MLIR 22 itself on text that no rope code sees (the
/// builtin and upstream dialects' parsers): inputs that would hit one are
/// skipped, so that a campaign goes on finding ours.
struct UpstreamCrash {
  const char *what;
  bool (*hits)(llvm::StringRef text);
};
constexpr UpstreamCrash kUpstreamCrashes[] = {
    // The dense array parser takes index's bit width (segfault in release
    // builds); fixed upstream after 22.1 by llvm/llvm-project#179075.
    {"array<index: llvm/llvm-project#179045",
     [](llvm::StringRef text) { return text.contains("array<index"); }},
    {"tensor.from_elements with a huge result type (unreported upstream)",
     hugeFromElements},
};

bool hitsKnownUpstreamCrash(llvm::StringRef text) {
  for (const UpstreamCrash &crash : kUpstreamCrashes)
    if (crash.hits(text)) {
      if (verbose())
        llvm::errs() << "rope-fuzz: skipped, known upstream crash: "
                     << crash.what << "\n";
      return true;
    }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  (void)registry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // The MLIR lexer reads up to a terminating NUL, which libFuzzer's buffer
  // does not have.
  std::string text(reinterpret_cast<const char *>(data), size);
  if (hitsKnownUpstreamCrash(text))
    return 0;
  MLIRContext context(registry(), MLIRContext::Threading::DISABLED);
  DiagnosticLog log(context);
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(text, ParserConfig(&context), "input");
  if (!module)
    return 0;
  checkRoundTrip(*module, "parsing");

  OwningOpRef<ModuleOp> canonical = module->clone();
  canonicalizeRopeOps(context, *canonical);

  OwningOpRef<ModuleOp> raised = module->clone();
  if (PassInfo::lookup("rope-raise")) {
    if (!runPass(context, *raised, "rope-raise", log))
      return 0;
    checkRoundTrip(*raised, "rope-raise");
  }
  for (llvm::StringRef lowering :
       {"convert-rope-to-linalg", "convert-rope-to-cpu",
        "convert-rope-to-gpu"}) {
    OwningOpRef<ModuleOp> lowered = raised->clone();
    runPass(context, *lowered, lowering, log);
  }
  return 0;
}
