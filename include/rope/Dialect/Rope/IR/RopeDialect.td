//===- RopeDialect.td - rope dialect definition ------------*- tablegen -*-===//

#ifndef ROPE_DIALECT_ROPE_IR_ROPEDIALECT_TD
#define ROPE_DIALECT_ROPE_IR_ROPEDIALECT_TD

include "mlir/IR/OpBase.td"

def Rope_Dialect : Dialect {
  let name = "rope";
  let cppNamespace = "::mlir::rope";
  let summary = "Rotary position embedding (RoPE) at the tensor level";
  let description = [{
    The `rope` dialect names the three pieces every rotary position embedding
    is built from, so that a compiler can see a RoPE site as one thing instead
    of a dozen slice/concat/elementwise ops:

    - `rope.freqs` turns positions into an angle table (inverse-frequency
      generation with the scaling variants models use: linear, NTK, YaRN,
      Llama 3, explicit inverse frequencies, multi-axis mRoPE sections);
    - `rope.broadcat` joins per-axis angle tables of 3D (video) RoPE into one
      table by broadcasting every axis over the others;
    - `rope.rotate` applies the rotation to one or more inputs (q and k) that
      share one table, in the `half` (rotate_half) or `interleaved` pairing.

    All ops have value semantics on tensors. Angle math is f32; inputs may be
    stored as f32, f16 or bf16.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 0;
  let extraClassDeclaration = [{
    void registerAttributes();
  }];
}

class Rope_Op<string mnemonic, list<Trait> traits = []>
    : Op<Rope_Dialect, mnemonic, traits>;

#endif // ROPE_DIALECT_ROPE_IR_ROPEDIALECT_TD
