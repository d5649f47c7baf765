//===- RopeAttrs.h - rope attributes ----------------------------*- C++ -*-===//

#ifndef ROPE_DIALECT_ROPE_IR_ROPEATTRS_H
#define ROPE_DIALECT_ROPE_IR_ROPEATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"
#include "rope/Dialect/Rope/IR/RopeDialect.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/bit.h"

#include "rope/Dialect/Rope/IR/RopeEnums.h.inc"

namespace mlir::rope::detail {
/// Storage for f64 attribute parameters: llvm::hash_value has no double
/// overload, so hash the bit pattern (found by ADL from the storage key).
struct HashableF64 {
  HashableF64(double value) : value(value) {}
  operator double() const { return value; }
  bool operator==(const HashableF64 &other) const {
    return llvm::bit_cast<uint64_t>(value) ==
           llvm::bit_cast<uint64_t>(other.value);
  }
  friend llvm::hash_code hash_value(const HashableF64 &v) {
    return llvm::hash_value(llvm::bit_cast<uint64_t>(v.value));
  }
  double value;
};

FailureOr<HashableF64> parseF64Parameter(AsmParser &parser);
FailureOr<SmallVector<int64_t>> parseI64ArrayParameter(AsmParser &parser);
void printI64ArrayParameter(AsmPrinter &printer, ArrayRef<int64_t> values);
} // namespace mlir::rope::detail

#include "rope/Dialect/Rope/IR/RopeAttrInterfaces.h.inc"

#define GET_ATTRDEF_CLASSES
#include "rope/Dialect/Rope/IR/RopeAttrs.h.inc"

namespace mlir::rope {
/// theta^(-2i/R) for i in [0, R/2), in f64: the unscaled inverse frequencies.
SmallVector<double> computeDefaultInverseFrequencies(int64_t rotaryDim,
                                                     double theta);
} // namespace mlir::rope

#endif // ROPE_DIALECT_ROPE_IR_ROPEATTRS_H
