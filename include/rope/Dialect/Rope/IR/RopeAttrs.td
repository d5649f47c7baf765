//===- RopeAttrs.td - rope attributes and enums ------------*- tablegen -*-===//

#ifndef ROPE_DIALECT_ROPE_IR_ROPEATTRS_TD
#define ROPE_DIALECT_ROPE_IR_ROPEATTRS_TD

include "rope/Dialect/Rope/IR/RopeDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

//===----------------------------------------------------------------------===//
// Layout
//===----------------------------------------------------------------------===//

def Rope_LayoutHalf : I32EnumAttrCase<"half", 0>;
def Rope_LayoutInterleaved : I32EnumAttrCase<"interleaved", 1>;
def Rope_Layout : I32EnumAttr<"Layout",
    "which channels form a rotated pair",
    [Rope_LayoutHalf, Rope_LayoutInterleaved]> {
  let cppNamespace = "::mlir::rope";
  let description = [{
    `half`: pair i is (x[i], x[i + R/2]) for i in [0, R/2), as GPT-NeoX and
    Hugging Face's `rotate_half` pair channels. `interleaved`: pair i is
    (x[2i], x[2i+1]), as GPT-J, Meta LLaMA's complex form and CogVideoX do.
  }];
}

//===----------------------------------------------------------------------===//
// Parameters
//===----------------------------------------------------------------------===//

// A double parameter printed with round-trip precision.
class Rope_F64Parameter<string desc, string default = ""> :
    AttrOrTypeParameter<"::mlir::rope::detail::HashableF64", desc, "double"> {
  let parser = "::mlir::rope::detail::parseF64Parameter($_parser)";
  let printer = "$_printer.printFloat(::llvm::APFloat($_self))";
  let defaultValue = default;
}

// An int64_t list printed in brackets, so that it nests in struct(params).
class Rope_I64ArrayParameter<string desc> :
    ArrayRefParameter<"int64_t", desc> {
  let parser = "::mlir::rope::detail::parseI64ArrayParameter($_parser)";
  let printer = "::mlir::rope::detail::printI64ArrayParameter($_printer, $_self)";
}

//===----------------------------------------------------------------------===//
// Frequency scaling
//===----------------------------------------------------------------------===//

def Rope_ScalingAttrInterface : AttrInterface<"ScalingAttrInterface"> {
  let cppNamespace = "::mlir::rope";
  let description = [{
    A context-length scaling of the inverse frequencies w_i = theta^(-2i/R)
    (i in [0, R/2)), as Hugging Face's `ROPE_INIT_FUNCTIONS` define it. The
    frequencies depend only on attributes, so every lowering materializes them
    as constants computed here in f64 and rounded once to f32.
  }];
  let methods = [
    InterfaceMethod<[{
        Returns the R/2 scaled inverse frequencies for rotary dimension
        `rotaryDim` and base `theta`.
      }], "::llvm::SmallVector<double>", "computeInverseFrequencies",
      (ins "int64_t":$rotaryDim, "double":$theta)>,
    InterfaceMethod<[{
        Returns the factor the variant applies to cos and sin (YaRN's
        attention scaling; 1 for the others). `rope.rotate`'s `scale` is where
        a model's IR carries it.
      }], "double", "getAttentionScaling", (ins), [{}], [{ return 1.0; }]>,
    InterfaceMethod<[{
        Checks the attribute against the rotary dimension it is used with.
      }], "::llvm::LogicalResult", "verifyForRotaryDim",
      (ins "int64_t":$rotaryDim,
           "::llvm::function_ref<::mlir::InFlightDiagnostic()>":$emitError),
      [{}], [{ return ::mlir::success(); }]>,
  ];
}

class Rope_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Rope_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Rope_LinearScalingAttr : Rope_Attr<"LinearScaling", "linear",
    [DeclareAttrInterfaceMethods<Rope_ScalingAttrInterface>]> {
  let summary = "linear (position interpolation) scaling: w_i / factor";
  let parameters = (ins Rope_F64Parameter<"divisor of every frequency">:$factor);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Rope_NTKScalingAttr : Rope_Attr<"NTKScaling", "ntk",
    [DeclareAttrInterfaceMethods<Rope_ScalingAttrInterface,
                                 ["verifyForRotaryDim"]>]> {
  let summary = "NTK-aware scaling: theta' = theta * alpha^(R/(R-2))";
  let parameters = (ins Rope_F64Parameter<"NTK alpha">:$alpha);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Rope_YarnScalingAttr : Rope_Attr<"YarnScaling", "yarn",
    [DeclareAttrInterfaceMethods<Rope_ScalingAttrInterface,
                                 ["getAttentionScaling"]>]> {
  let summary = "YaRN scaling (Hugging Face `_compute_yarn_parameters`)";
  let description = [{
    Blends interpolated (w_i / factor) and extrapolated (w_i) frequencies with
    a linear ramp between the correction dims of `beta_fast` and `beta_slow`
    rotations over `original_max_position` tokens (floored/ceiled when
    `truncate`). `mscale`/`mscale_all_dim` only determine the attention
    scaling (`getAttentionScaling`), 0.1 * m * ln(factor) + 1, as in HF.
  }];
  let parameters = (ins
    Rope_F64Parameter<"context extension factor">:$factor,
    "int64_t":$original_max_position,
    Rope_F64Parameter<"fast boundary, in rotations", "32.0">:$beta_fast,
    Rope_F64Parameter<"slow boundary, in rotations", "1.0">:$beta_slow,
    Rope_F64Parameter<"mscale (0: unset)", "0.0">:$mscale,
    Rope_F64Parameter<"mscale_all_dim (0: unset)", "0.0">:$mscale_all_dim,
    DefaultValuedParameter<"bool", "true">:$truncate
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Rope_Llama3ScalingAttr : Rope_Attr<"Llama3Scaling", "llama3",
    [DeclareAttrInterfaceMethods<Rope_ScalingAttrInterface>]> {
  let summary = "Llama 3 frequency-dependent scaling";
  let description = [{
    Wavelengths longer than original_max_position / low_freq_factor are divided
    by `factor`, shorter than original_max_position / high_freq_factor are kept,
    and the band between is smoothly interpolated (HF
    `_compute_llama3_parameters`).
  }];
  let parameters = (ins
    Rope_F64Parameter<"scaling factor">:$factor,
    Rope_F64Parameter<"low-frequency factor">:$low_freq_factor,
    Rope_F64Parameter<"high-frequency factor">:$high_freq_factor,
    "int64_t":$original_max_position
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// xPos
//===----------------------------------------------------------------------===//

def Rope_XPosAttr : Rope_Attr<"XPos", "xpos"> {
  let summary = "xPos per-pair decay (x-transformers)";
  let description = [{
    Multiplies rotated pair i of input n by zeta_i^(signs[n] * p / scale_base),
    zeta_i = (2i + gamma*R) / ((1 + gamma) * R), where p is the pair's xPos
    position (the op's `xpos` operand). Queries use sign +1, keys -1, so that
    q.k decays with relative distance.
  }];
  let parameters = (ins
    Rope_F64Parameter<"scale base">:$scale_base,
    Rope_F64Parameter<"zeta offset", "0.4">:$gamma,
    Rope_I64ArrayParameter<"+1 or -1 per rotated input">:$signs
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

#endif // ROPE_DIALECT_ROPE_IR_ROPEATTRS_TD
