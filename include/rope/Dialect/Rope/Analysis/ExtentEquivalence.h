//===- ExtentEquivalence.h - tensor dims equal by construction --*- C++ -*-===//
//
// Which tensor dims of a block are equal at run time because the block's
// ops require it: a linalg op's operands agree on each loop's extent, a
// tensor.empty has the sizes it is given, a reshape keeps the dims it does
// not group, a full slice at offset 0 keeps its source's. A program that
// breaks one of these is undefined, so the raise may size a table by any
// dim of the class: q and k that read one table are in one class, and
// tables sized alike are recognized as one.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_DIALECT_ROPE_ANALYSIS_EXTENTEQUIVALENCE_H
#define ROPE_DIALECT_ROPE_ANALYSIS_EXTENTEQUIVALENCE_H

#include "mlir/IR/Value.h"

#include <optional>
#include <utility>

namespace mlir::rope {

/// A size equal to dim `dim` of `tensor` that is defined before `before`:
/// a dim of an argument of its block (lowest argument number, then dim),
/// else the index value the block's ops force equal to it that is defined
/// first. q and k that read one table find the same one. Null when there is
/// none.
struct SharedExtent {
  /// The tensor (a block argument) and dim to read, or
  Value tensor;
  int64_t dim = 0;
  /// the index value itself.
  Value size;
};
std::optional<SharedExtent> findSharedExtent(Value tensor, int64_t dim,
                                             Operation *before);

} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_ANALYSIS_EXTENTEQUIVALENCE_H
