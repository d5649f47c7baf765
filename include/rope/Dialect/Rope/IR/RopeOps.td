//===- RopeOps.td - rope operations ------------------------*- tablegen -*-===//

#ifndef ROPE_DIALECT_ROPE_IR_ROPEOPS_TD
#define ROPE_DIALECT_ROPE_IR_ROPEOPS_TD

include "rope/Dialect/Rope/IR/RopeDialect.td"
include "rope/Dialect/Rope/IR/RopeAttrs.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/CommonTypeConstraints.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Rope_PositionElement : AnyTypeOf<[I8, I16, I32, I64, Index, F16, BF16, F32,
                                      F64], "integer or float position">;
def Rope_IndexElement : AnyTypeOf<[I8, I16, I32, I64, Index],
                                  "integer position or coordinate">;
def Rope_StorageElement : AnyTypeOf<[F32, F16, BF16], "f32, f16 or bf16">;

//===----------------------------------------------------------------------===//
// rope.freqs
//===----------------------------------------------------------------------===//

def Rope_FreqsOp : Rope_Op<"freqs", [Pure,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "positions to a RoPE angle table";
  let description = [{
    Computes the rotation angle of every (position, frequency) pair:

        angle[..., i] = (f32(p[...]) * position_scale) * w_i,  i in [0, dim/2)

    in f32 (the multiply by `position_scale` is omitted when it is 1), where
    w_i are the inverse frequencies: `inv_freq` when given (a model's own
    constants, used bit for bit), otherwise theta^(-2i/dim) transformed by
    `scaling` (linear, ntk, yarn, llama3; see their attributes), computed in
    f64 and rounded once to f32. `dim` is even and at most 2^20: every
    lowering materializes the dim/2 inverse frequencies.

    Positions are either an integer or float tensor of any rank (result:
    positions' shape followed by dim/2) or, with `length L`, the positions
    0..L-1 (result: [L, dim/2]).

    Multi-axis positions (Qwen2-VL/Qwen3-VL mRoPE): with `sections`, the
    positions are [..., A] and frequency slot i takes its position from one of
    the A axes (result: positions' shape without the last dim, then dim/2).
    Chunked (default): the first sections[0] slots use axis 0, the next
    sections[1] axis 1, and so on. With `interleaved_sections` (Qwen3-VL):
    slot i uses axis a = i mod A when a > 0 and i < A * sections[a], and axis
    0 otherwise.

    Example:

    ```mlir
    %t = rope.freqs %pos {dim = 128 : i64, theta = 5.0e+05 : f64,
                          scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0,
                            high_freq_factor = 4.0, original_max_position = 8192>}
         : tensor<2x16xi64>                     // -> tensor<2x16x64xf32>
    %u = rope.freqs length 16 {dim = 64 : i64}  // -> tensor<16x32xf32>
    ```
  }];
  let arguments = (ins
    Optional<RankedTensorOf<[Rope_PositionElement]>>:$positions,
    OptionalAttr<I64Attr>:$length,
    I64Attr:$dim,
    DefaultValuedAttr<F64Attr, "10000.0">:$theta,
    OptionalAttr<Rope_ScalingAttrInterface>:$scaling,
    DefaultValuedAttr<F32Attr, "1.0">:$position_scale,
    OptionalAttr<DenseF32ArrayAttr>:$inv_freq,
    OptionalAttr<DenseI64ArrayAttr>:$sections,
    UnitAttr:$interleaved_sections
  );
  let results = (outs RankedTensorOf<[F32]>:$result);
  let assemblyFormat = [{
    (`length` $length^)? ($positions^)? attr-dict (`:` type($positions)^)?
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    /// The dim/2 inverse frequencies as the op defines them, rounded to f32.
    ::llvm::SmallVector<float> getInverseFrequencies();
    /// The attention scaling the frequency variant asks for (YaRN), else 1.
    double getAttentionScaling();
    /// For each of the dim/2 frequency slots, the positions axis it reads
    /// (all 0 without `sections`).
    ::llvm::SmallVector<int64_t> getSlotAxes();
  }];
}

//===----------------------------------------------------------------------===//
// rope.broadcat
//===----------------------------------------------------------------------===//

def Rope_BroadcatOp : Rope_Op<"broadcat", [Pure,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "join per-axis angle tables by broadcast and concat (3D RoPE)";
  let description = [{
    Given N per-axis tables [L_a, K_a], builds

        result[l_1, ..., l_N, :] = concat(table_1[l_1, :], ..., table_N[l_N, :])

    of shape [L_1, ..., L_N, sum K_a]: each axis' table is broadcast over the
    other axes and the frequency dims are concatenated, as video transformers
    (CogVideoX, HunyuanVideo, Wan) build their 3D rotary tables. A
    `tensor.collapse_shape` of the leading dims gives the per-token table.

    ```mlir
    %t = rope.broadcat %tt, %th, %tw
        : tensor<13x8xf32>, tensor<30x12xf32>, tensor<45x12xf32>
        // -> tensor<13x30x45x32xf32>
    ```
  }];
  let arguments = (ins Variadic<2DTensorOf<[F32]>>:$tables);
  let results = (outs RankedTensorOf<[F32]>:$result);
  let assemblyFormat = "$tables attr-dict `:` type($tables)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// rope.rotate
//===----------------------------------------------------------------------===//

def Rope_RotateOp : Rope_Op<"rotate", [Pure, AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "rotate channel pairs of one or more inputs by a shared table";
  let description = [{
    Each input x_n is [lead_n..., D]. Channels [0, R), R = `rotary_dim`, form
    R/2 pairs (`layout`: `half` pairs (x[i], x[i+R/2]); `interleaved` pairs
    (x[2i], x[2i+1])); channels [R, D) pass through unchanged. Pair (a, b) at
    table row t becomes

        a' = scale * (a * cos_a - b * sin_a)
        b' = scale * (b * cos_b + a * sin_b)

    computed in f32 and stored in the input's element type. The table is one
    of:

    - `angles(%t)`: [T..., R/2] f32 angles; cos_a = cos_b = cos(t[.., i]).
    - `cos_sin(%c, %s)`: two tensors [T..., R] used element by element
      exactly as given (element j of the input uses c[.., j], s[.., j], as
      `x * cos + rotate_half(x) * sin` does), or [T..., R/2] used per pair.

    With `gather(%p)` the table is looked up by integer positions: either
    the table is [P, K] and %p of any shape selects rows (vLLM's
    `cos_sin_cache[positions]`; the table rows are then %p's shape), or, with
    `coords`, %p is [..., A] and selects entry (c_0, ..., c_{A-1}) of a
    [L_0, ..., L_{A-1}, K] table; a token with any negative coordinate passes
    through unrotated (A >= 1). Out-of-range positions are undefined
    behavior, as is a dynamic channel dim smaller than `rotary_dim` (the
    verifier checks it only where the dim is static).

    `table_maps` holds one affine map per input, from the input's leading
    dims to the (possibly gathered) table's leading dims; every result is an
    input dim or the constant 0 for a table dim of size 1. This is how q
    [B, H, S, D] and k [B, Hk, S, D] share one [B, S, R/2] table:
    `(d0, d1, d2) -> (d0, d2)`.

    `xpos` with an `xpos(%p)` operand of the table rows' shape applies the
    xPos decay (see `#rope.xpos`).

    Math: every product and sum is an f32 operation; lowerings may contract
    them into FMAs and evaluate sin/cos to within 2e-6 absolute.

    ```mlir
    %q2, %k2 = rope.rotate half %q, %k : tensor<1x32x16x128xbf16>, tensor<1x8x16x128xbf16>
        angles(%t : tensor<1x16x64xf32>)
        {rotary_dim = 128 : i64,
         table_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                       affine_map<(d0, d1, d2) -> (d0, d2)>]}
    ```
  }];
  let arguments = (ins
    Variadic<RankedTensorOf<[Rope_StorageElement]>>:$inputs,
    Optional<RankedTensorOf<[F32]>>:$angles,
    Optional<RankedTensorOf<[Rope_StorageElement]>>:$cos,
    Optional<RankedTensorOf<[Rope_StorageElement]>>:$sin,
    Optional<RankedTensorOf<[Rope_IndexElement]>>:$positions,
    Optional<RankedTensorOf<[Rope_PositionElement]>>:$xpos_positions,
    Rope_Layout:$layout,
    I64Attr:$rotary_dim,
    DefaultValuedAttr<F32Attr, "1.0">:$scale,
    AffineMapArrayAttr:$table_maps,
    UnitAttr:$coords,
    OptionalAttr<Rope_XPosAttr>:$xpos
  );
  let results = (outs Variadic<RankedTensorOf<[Rope_StorageElement]>>:$results);
  let assemblyFormat = [{
    $layout $inputs `:` type($inputs)
    (`angles` `(` $angles^ `:` type($angles) `)`)?
    (`cos_sin` `(` $cos^ `,` $sin `:` type($cos) `,` type($sin) `)`)?
    (`gather` `(` $positions^ `:` type($positions) `)`)?
    (`xpos` `(` $xpos_positions^ `:` type($xpos_positions) `)`)?
    attr-dict
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    /// The table that holds the angles (`angles`) or the cosines (`cos_sin`).
    ::mlir::Value getTable() { return getAngles() ? getAngles() : getCos(); }
    /// True when cos/sin are given per element ([.., R]) rather than per
    /// pair ([.., R/2] cos/sin, or angles).
    bool hasPerElementTable();
    /// The shape of the table rows the inputs' leading dims map to: the
    /// positions' shape (minus the coordinate dim with `coords`) when
    /// gathered, else the table's shape without its last dim.
    ::llvm::SmallVector<int64_t> getTableRowShape();
    ::mlir::AffineMap getTableMap(unsigned input) {
      return ::llvm::cast<::mlir::AffineMapAttr>(getTableMaps()[input])
          .getValue();
    }
  }];
}

#endif // ROPE_DIALECT_ROPE_IR_ROPEOPS_TD
