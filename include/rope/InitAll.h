//===- InitAll.h - register everything rope-mlir provides -------*- C++ -*-===//
//
// The one registration entry point used by rope-opt, the mlir-opt plugin, the
// C API and the Python bindings, so they can never disagree on what exists.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_INITALL_H
#define ROPE_INITALL_H

namespace mlir {
class DialectRegistry;

namespace rope {
/// Adds the rope dialect (and the dialects its passes create) to `registry`.
void registerAllRopeDialects(DialectRegistry &registry);
/// Registers every rope pass and pipeline with the global pass registry.
void registerAllRopePasses();
} // namespace rope
} // namespace mlir

#endif // ROPE_INITALL_H
