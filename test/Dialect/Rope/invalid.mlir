// One case per verifier branch of every rope op and attribute: each must be a
// diagnostic at the offending op or attribute, never a crash.
// RUN: rope-opt %s --split-input-file --verify-diagnostics

//===----------------------------------------------------------------------===//
// rope.freqs
//===----------------------------------------------------------------------===//

// dim is required (the custom form infers the result type from it).
func.func @freqs_no_dim(%p: tensor<4xi64>) {
  // expected-error @+1 {{requires attribute 'dim'}}
  %t = rope.freqs %p : tensor<4xi64>
  return
}

// -----

// The generic form reaches the ODS check for a missing dim.
func.func @freqs_no_dim_generic(%p: tensor<4xi64>) {
  // expected-error @+1 {{requires attribute 'dim'}}
  %t = "rope.freqs"(%p) : (tensor<4xi64>) -> tensor<4x4xf32>
  return
}

// -----

func.func @freqs_dim_zero(%p: tensor<4xi64>) {
  // expected-error @+1 {{dim must be positive, got 0}}
  %t = rope.freqs %p {dim = 0 : i64} : tensor<4xi64>
  return
}

// -----

// The verifier itself rejects a non-positive dim (the generic form gives a
// result type, so type inference is not what stops it).
func.func @freqs_dim_negative_generic(%p: tensor<4xi64>) {
  // expected-error @+1 {{dim must be positive, got -2}}
  %t = "rope.freqs"(%p) {dim = -2 : i64} : (tensor<4xi64>) -> tensor<4x4xf32>
  return
}

// -----

func.func @freqs_dim_odd(%p: tensor<4xi64>) {
  // expected-error @+1 {{dim must be even (channels rotate in pairs), got 7}}
  %t = rope.freqs %p {dim = 7 : i64} : tensor<4xi64>
  return
}

// -----

// Found by rope-fuzz: the lowerings materialize dim/2 inverse frequencies, and
// a dim of 2^63 - 2 made --convert-rope-to-linalg abort ("SmallVector unable
// to grow") instead of reporting anything.
func.func @freqs_dim_too_large() {
  // expected-error @+1 {{dim must be at most 1048576 (its dim/2 inverse frequencies are materialized), got 9223372036854775806}}
  %t = rope.freqs length 4 {dim = 9223372036854775806 : i64}
  return
}

// -----

func.func @freqs_positions_and_length(%p: tensor<4xi64>) {
  // expected-error @+1 {{takes either a positions operand or a length, not both}}
  %t = rope.freqs length 4 %p {dim = 8 : i64} : tensor<4xi64>
  return
}

// -----

func.func @freqs_neither_positions_nor_length() {
  // expected-error @+1 {{needs either a positions operand or a length}}
  %t = rope.freqs {dim = 8 : i64}
  return
}

// -----

func.func @freqs_length_zero() {
  // expected-error @+1 {{length must be positive, got 0}}
  %t = rope.freqs length 0 {dim = 8 : i64}
  return
}

// -----

// Unranked positions: the custom form's type inference says so...
func.func @freqs_unranked(%p: tensor<*xi64>) {
  // expected-error @+1 {{positions must be a ranked tensor, got 'tensor<*xi64>'}}
  %t = rope.freqs %p {dim = 8 : i64} : tensor<*xi64>
  return
}

// -----

// ...and the generic form's operand constraint.
func.func @freqs_unranked_generic(%p: tensor<*xi64>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of integer or float position values}}
  %t = "rope.freqs"(%p) {dim = 8 : i64} : (tensor<*xi64>) -> tensor<4xf32>
  return
}

// -----

func.func @freqs_bad_position_type(%p: tensor<4xi1>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of integer or float position values}}
  %t = rope.freqs %p {dim = 8 : i64} : tensor<4xi1>
  return
}

// -----

// A result type that disagrees with the inferred one.
func.func @freqs_wrong_result_type(%p: tensor<4xi64>) {
  // expected-error @+2 {{inferred type(s) 'tensor<4x4xf32>' are incompatible with return type(s) of operation 'tensor<4x8xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %t = "rope.freqs"(%p) {dim = 8 : i64} : (tensor<4xi64>) -> tensor<4x8xf32>
  return
}

// -----

func.func @freqs_theta_one(%p: tensor<4xi64>) {
  // expected-error @+1 {{theta must be finite and greater than 1, got 1}}
  %t = rope.freqs %p {dim = 8 : i64, theta = 1.0 : f64} : tensor<4xi64>
  return
}

// -----

func.func @freqs_theta_inf(%p: tensor<4xi64>) {
  // expected-error @+1 {{theta must be finite and greater than 1, got INF}}
  %t = rope.freqs %p {dim = 8 : i64, theta = 0x7FF0000000000000 : f64} : tensor<4xi64>
  return
}

// -----

func.func @freqs_theta_wrong_type(%p: tensor<4xi64>) {
  // expected-error @+1 {{attribute 'theta' failed to satisfy constraint: 64-bit float attribute}}
  %t = rope.freqs %p {dim = 8 : i64, theta = 10000.0 : f32} : tensor<4xi64>
  return
}

// -----

// Each ODS attribute constraint of rope.freqs, once: the custom form checks
// the attr-dict against them before type inference sees it.
func.func @freqs_dim_wrong_type(%p: tensor<4xi64>) {
  // expected-error @+1 {{attribute 'dim' failed to satisfy constraint: 64-bit signless integer attribute}}
  %t = rope.freqs %p {dim = 8 : i32} : tensor<4xi64>
  return
}

// -----

func.func @freqs_position_scale_wrong_type(%p: tensor<4xi64>) {
  // expected-error @+1 {{attribute 'position_scale' failed to satisfy constraint: 32-bit float attribute}}
  %t = rope.freqs %p {dim = 8 : i64, position_scale = 2.0 : f64} : tensor<4xi64>
  return
}

// -----

func.func @freqs_inv_freq_wrong_type(%p: tensor<4xi64>) {
  // expected-error @+1 {{attribute 'inv_freq' failed to satisfy constraint: f32 dense array attribute}}
  %t = rope.freqs %p {dim = 4 : i64, inv_freq = array<f64: 1.0, 0.5>} : tensor<4xi64>
  return
}

// -----

func.func @freqs_sections_wrong_type(%p: tensor<4x2xi64>) {
  // expected-error @+1 {{attribute 'sections' failed to satisfy constraint: i64 dense array attribute}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i32: 2, 2>} : tensor<4x2xi64>
  return
}

// -----

func.func @freqs_interleaved_sections_not_unit(%p: tensor<4x2xi64>) {
  // expected-error @+1 {{attribute 'interleaved_sections' failed to satisfy constraint: unit attribute}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 2, 2>, interleaved_sections = 1 : i64} : tensor<4x2xi64>
  return
}

// -----

func.func @freqs_position_scale_zero(%p: tensor<4xi64>) {
  // expected-error @+1 {{position_scale must be finite and non-zero, got 0}}
  %t = rope.freqs %p {dim = 8 : i64, position_scale = 0.0 : f32} : tensor<4xi64>
  return
}

// -----

func.func @freqs_position_scale_nan(%p: tensor<4xi64>) {
  // expected-error @+1 {{position_scale must be finite and non-zero, got nan}}
  %t = rope.freqs %p {dim = 8 : i64, position_scale = 0x7FC00000 : f32} : tensor<4xi64>
  return
}

// -----

func.func @freqs_inv_freq_and_scaling(%p: tensor<4xi64>) {
  // expected-error @+1 {{takes either explicit inv_freq or a scaling, not both}}
  %t = rope.freqs %p {dim = 4 : i64, inv_freq = array<f32: 1.0, 0.5>, scaling = #rope.linear<factor = 2.0>} : tensor<4xi64>
  return
}

// -----

func.func @freqs_inv_freq_count(%p: tensor<4xi64>) {
  // expected-error @+1 {{inv_freq must hold dim/2 = 2 values, got 3}}
  %t = rope.freqs %p {dim = 4 : i64, inv_freq = array<f32: 1.0, 0.5, 0.25>} : tensor<4xi64>
  return
}

// -----

func.func @freqs_inv_freq_inf(%p: tensor<4xi64>) {
  // expected-error @+1 {{inv_freq values must be finite}}
  %t = rope.freqs %p {dim = 4 : i64, inv_freq = array<f32: 1.0, 0x7F800000>} : tensor<4xi64>
  return
}

// -----

// The scaling's own check against the rotary dim: NTK raises alpha to
// R/(R-2).
func.func @freqs_ntk_dim_two(%p: tensor<4xi64>) {
  // expected-error @+1 {{ntk scaling needs a rotary dim above 2 (it raises alpha to R/(R-2)), got 2}}
  %t = rope.freqs %p {dim = 2 : i64, scaling = #rope.ntk<alpha = 2.0>} : tensor<4xi64>
  return
}

// -----

// Not a scaling attribute.
func.func @freqs_scaling_not_scaling(%p: tensor<4xi64>) {
  // expected-error @+1 {{attribute 'scaling' failed to satisfy constraint: ScalingAttrInterface instance}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.xpos<scale_base = 2.0, signs = [1]>} : tensor<4xi64>
  return
}

// -----

func.func @freqs_interleaved_without_sections(%p: tensor<4xi64>) {
  // expected-error @+1 {{interleaved_sections needs sections}}
  %t = rope.freqs %p {dim = 8 : i64, interleaved_sections} : tensor<4xi64>
  return
}

// -----

func.func @freqs_sections_with_length() {
  // expected-error @+1 {{sections need multi-axis positions [..., A], not a length}}
  %t = rope.freqs length 4 {dim = 8 : i64, sections = array<i64: 4>}
  return
}

// -----

func.func @freqs_sections_scalar_positions(%p: tensor<i64>) {
  // expected-error @+1 {{sections need positions [..., A] with a trailing axis dim, got 'tensor<i64>'}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 4>} : tensor<i64>
  return
}

// -----

// The same through the generic form, where only the verifier stands between
// the op and an out-of-bounds read of the positions' shape.
func.func @freqs_sections_scalar_positions_generic(%p: tensor<i64>) {
  // expected-error @+1 {{sections need positions [..., A] with a trailing axis dim}}
  %t = "rope.freqs"(%p) {dim = 8 : i64, sections = array<i64: 4>} : (tensor<i64>) -> tensor<4xf32>
  return
}

// -----

func.func @freqs_sections_dynamic_axes(%p: tensor<4x?xi64>) {
  // expected-error @+1 {{sections need a static number of position axes}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 2, 2>} : tensor<4x?xi64>
  return
}

// -----

func.func @freqs_sections_count(%p: tensor<4x3xi64>) {
  // expected-error @+1 {{has 2 sections for positions with 3 axes [4, 3]}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 2, 2>} : tensor<4x3xi64>
  return
}

// -----

func.func @freqs_sections_not_positive(%p: tensor<4x3xi64>) {
  // expected-error @+1 {{sections must be positive, got 0}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 4, 0, 0>} : tensor<4x3xi64>
  return
}

// -----

func.func @freqs_sections_sum(%p: tensor<4x3xi64>) {
  // expected-error @+1 {{sections must add up to dim/2 = 4 frequency slots, got 5}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 2, 2, 1>} : tensor<4x3xi64>
  return
}

// -----

// Sections whose sum does not fit in 64 bits (signed overflow before).
func.func @freqs_sections_sum_overflow(%p: tensor<4x3xi64>) {
  // expected-error @+1 {{sections must add up to dim/2 = 4 frequency slots, got more than 9223372036854775807}}
  %t = rope.freqs %p {dim = 8 : i64, sections = array<i64: 4611686018427387904, 4611686018427387904, 4611686018427387904>} : tensor<4x3xi64>
  return
}

// -----

// Interleaved: axis 1 takes slots 1, 4, 7, ...; three of them need slot 7,
// beyond the 6 slots of dim 12.
func.func @freqs_interleaved_sections_overflow(%p: tensor<4x3xi64>) {
  // expected-error @+1 {{interleaved section 1 of 3 slots does not fit in 6 slots}}
  %t = rope.freqs %p {dim = 12 : i64, sections = array<i64: 2, 3, 1>, interleaved_sections} : tensor<4x3xi64>
  return
}

//===----------------------------------------------------------------------===//
// Scaling and xPos attributes
//===----------------------------------------------------------------------===//

// -----

func.func @linear_factor(%p: tensor<4xi64>) {
  // expected-error @+1 {{linear scaling factor must be positive and finite, got 0}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.linear<factor = 0.0>} : tensor<4xi64>
  return
}

// -----

func.func @linear_factor_inf(%p: tensor<4xi64>) {
  // expected-error @+1 {{linear scaling factor must be positive and finite, got INF}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.linear<factor = 0x7FF0000000000000>} : tensor<4xi64>
  return
}

// -----

// Parameters are floats, as in builtin float attributes.
func.func @linear_factor_integer(%p: tensor<4xi64>) {
  // expected-error @+3 {{unexpected decimal integer literal for a floating point value}}
  // expected-note @+2 {{add a trailing dot to make the literal a float}}
  // expected-error @+1 {{failed to parse Rope_LinearScalingAttr parameter 'factor'}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.linear<factor = 2>} : tensor<4xi64>
  return
}

// -----

func.func @linear_missing_factor(%p: tensor<4xi64>) {
  // expected-error @+2 {{expected valid keyword}}
  // expected-error @+1 {{expected a parameter name in struct}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.linear<>} : tensor<4xi64>
  return
}

// -----

func.func @ntk_alpha(%p: tensor<4xi64>) {
  // expected-error @+1 {{ntk alpha must be positive and finite, got -2}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.ntk<alpha = -2.0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_factor(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn factor must be positive and finite, got 0}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 0.0, original_max_position = 64>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_original_max_position(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn original_max_position must be positive, got 0}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_beta_not_positive(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn beta_fast and beta_slow must be positive and finite, got 3.200000e+01 and 0.000000e+00}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, beta_slow = 0.0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_beta_order(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn beta_fast (1.000000e+00) must exceed beta_slow (2.000000e+00)}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, beta_fast = 1.0, beta_slow = 2.0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_mscale(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn mscale and mscale_all_dim must be finite and non-negative}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, mscale_all_dim = -1.0>} : tensor<4xi64>
  return
}

// -----

// Each clause of the yarn checks on its own: beta_fast, then mscale and
// mscale_all_dim non-finite or negative.
func.func @yarn_beta_fast_negative(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn beta_fast and beta_slow must be positive and finite, got -3.200000e+01 and 1.000000e+00}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, beta_fast = -32.0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_mscale_inf(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn mscale and mscale_all_dim must be finite and non-negative}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, mscale = 0x7FF0000000000000>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_mscale_negative(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn mscale and mscale_all_dim must be finite and non-negative}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, mscale = -1.0>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_mscale_all_dim_nan(%p: tensor<4xi64>) {
  // expected-error @+1 {{yarn mscale and mscale_all_dim must be finite and non-negative}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0, original_max_position = 64, mscale_all_dim = 0x7FF8000000000000>} : tensor<4xi64>
  return
}

// -----

func.func @yarn_missing_original_max_position(%p: tensor<4xi64>) {
  // expected-error @+1 {{struct is missing required parameter: original_max_position}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.yarn<factor = 4.0>} : tensor<4xi64>
  return
}

// -----

func.func @llama3_factor(%p: tensor<4xi64>) {
  // expected-error @+1 {{llama3 factor must be positive and finite, got -8}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = -8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 64>} : tensor<4xi64>
  return
}

// -----

func.func @llama3_freq_factor_not_positive(%p: tensor<4xi64>) {
  // expected-error @+1 {{llama3 low_freq_factor and high_freq_factor must be positive and finite}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 0.0, high_freq_factor = 4.0, original_max_position = 64>} : tensor<4xi64>
  return
}

// -----

func.func @llama3_high_freq_factor_inf(%p: tensor<4xi64>) {
  // expected-error @+1 {{llama3 low_freq_factor and high_freq_factor must be positive and finite}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 0x7FF0000000000000, original_max_position = 64>} : tensor<4xi64>
  return
}

// -----

func.func @llama3_freq_factor_order(%p: tensor<4xi64>) {
  // expected-error @+1 {{llama3 low_freq_factor (4.000000e+00) must be below high_freq_factor (4.000000e+00)}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 4.0, high_freq_factor = 4.0, original_max_position = 64>} : tensor<4xi64>
  return
}

// -----

func.func @llama3_original_max_position(%p: tensor<4xi64>) {
  // expected-error @+1 {{llama3 original_max_position must be positive, got -1}}
  %t = rope.freqs %p {dim = 8 : i64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = -1>} : tensor<4xi64>
  return
}

// -----

func.func @xpos_scale_base(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos scale_base must be positive and finite, got 0}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 0.0, signs = [1]>}
  return
}

// -----

func.func @xpos_gamma(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos gamma must be finite and non-negative, got -4.000000e-01}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, gamma = -0.4, signs = [1]>}
  return
}

// -----

func.func @xpos_gamma_nan(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos gamma must be finite and non-negative, got nan}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, gamma = 0x7FF8000000000000, signs = [1]>}
  return
}

// -----

func.func @xpos_no_signs(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos needs one sign per rotated input}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = []>}
  return
}

// -----

func.func @xpos_bad_sign(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos signs must be +1 (queries) or -1 (keys), got 2}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [2]>}
  return
}

// -----

// The signs list parser: integers only.
func.func @xpos_sign_not_integer(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+2 {{expected integer value}}
  // expected-error @+1 {{failed to parse Rope_XPosAttr parameter 'signs'}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [up]>}
  return
}

//===----------------------------------------------------------------------===//
// rope.broadcat
//===----------------------------------------------------------------------===//

// -----

func.func @broadcat_no_tables() {
  // expected-error @+1 {{needs at least one per-axis table}}
  %t = "rope.broadcat"() : () -> tensor<4xf32>
  return
}

// -----

func.func @broadcat_rank(%a: tensor<4x2x2xf32>) {
  // expected-error @+1 {{table #0 must be a rank-2 [L, K] tensor, got 'tensor<4x2x2xf32>'}}
  %t = rope.broadcat %a : tensor<4x2x2xf32>
  return
}

// -----

// An unranked table is caught by type inference too (custom form).
func.func @broadcat_unranked(%a: tensor<*xf32>) {
  // expected-error @+1 {{table #0 must be a rank-2 [L, K] tensor, got 'tensor<*xf32>'}}
  %t = rope.broadcat %a : tensor<*xf32>
  return
}

// -----

func.func @broadcat_rank_generic(%a: tensor<4x2x2xf32>) {
  // expected-error @+1 {{operand #0 must be variadic of 2D tensor of 32-bit float values}}
  %t = "rope.broadcat"(%a) : (tensor<4x2x2xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @broadcat_element_type(%a: tensor<4x2xf16>) {
  // expected-error @+1 {{operand #0 must be variadic of 2D tensor of 32-bit float values}}
  %t = rope.broadcat %a : tensor<4x2xf16>
  return
}

// -----

func.func @broadcat_no_columns(%a: tensor<4x2xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+1 {{table #1 has no frequency columns}}
  %t = rope.broadcat %a, %b : tensor<4x2xf32>, tensor<3x0xf32>
  return
}

// -----

// Found by rope-fuzz (UBSan: signed overflow in type inference): column
// counts whose sum does not fit in 64 bits.
func.func @broadcat_width_overflow(%a: tensor<3x3xf32>, %b: tensor<4x9223372036854775807xf32>) {
  // expected-error @+1 {{the tables' frequency columns add up to more than 9223372036854775807}}
  %t = rope.broadcat %a, %b : tensor<3x3xf32>, tensor<4x9223372036854775807xf32>
  return
}

// -----

func.func @broadcat_wrong_result_type(%a: tensor<4x2xf32>, %b: tensor<3x2xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<4x3x4xf32>' are incompatible with return type(s) of operation 'tensor<3x4x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %t = "rope.broadcat"(%a, %b) : (tensor<4x2xf32>, tensor<3x2xf32>) -> tensor<3x4x4xf32>
  return
}

//===----------------------------------------------------------------------===//
// rope.rotate
//===----------------------------------------------------------------------===//

// -----

func.func @rotate_no_inputs(%t: tensor<4x4xf32>) {
  // expected-error @+1 {{needs at least one input to rotate}}
  "rope.rotate"(%t) <{layout = 0 : i32, operandSegmentSizes = array<i32: 0, 1, 0, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = []}> : (tensor<4x4xf32>) -> ()
  return
}

// -----

func.func @rotate_segment_sizes(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{operand count (2) does not match with the total size (3) specified in attribute 'operandSegmentSizes'}}
  %y = "rope.rotate"(%x, %t) <{layout = 0 : i32, operandSegmentSizes = array<i32: 1, 1, 0, 0, 1, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}> : (tensor<4x8xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @rotate_missing_layout(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{requires attribute 'layout'}}
  %y = "rope.rotate"(%x, %t) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}> : (tensor<4x8xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @rotate_bad_layout(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{Invalid attribute `layout` in property conversion: 7 : i32}}
  %y = "rope.rotate"(%x, %t) <{layout = 7 : i32, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}> : (tensor<4x8xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  return
}

// -----

// The layout enum's ODS constraint, reached through the generic attr-dict
// (an attribute of the wrong kind, not a bad case number).
func.func @rotate_layout_wrong_type(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{attribute 'layout' failed to satisfy constraint: which channels form a rotated pair}}
  %y = "rope.rotate"(%x, %t) {layout = 5 : i64, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]} : (tensor<4x8xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @rotate_bad_layout_keyword(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'layout' [half, interleaved]}}
  %y = rope.rotate sideways %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_missing_table_maps(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{requires attribute 'table_maps'}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64}
  return
}

// -----

func.func @rotate_results_mismatch(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<4x8xf32>' are incompatible with return type(s) of operation 'tensor<4x8xf32>', 'tensor<4x8xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %y:2 = "rope.rotate"(%x, %t) <{layout = 0 : i32, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}> : (tensor<4x8xf32>, tensor<4x4xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
  return
}

// -----

func.func @rotate_rotary_dim_odd(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{rotary_dim must be even and non-negative, got 7}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 7 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_rotary_dim_negative(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{rotary_dim must be even and non-negative, got -2}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = -2 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_scale_nan(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{scale must be finite}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, scale = 0x7FC00000 : f32, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_input_rank0(%x: tensor<f32>, %t: tensor<4xf32>) {
  // expected-error @+1 {{input #0 must have a channel dim}}
  %y = rope.rotate half %x : tensor<f32> angles(%t : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<() -> ()>]}
  return
}

// -----

func.func @rotate_input_element_type(%x: tensor<4x8xf64>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{operand #0 must be variadic of ranked tensor of f32, f16 or bf16 values}}
  %y = rope.rotate half %x : tensor<4x8xf64> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

// Oversized rotary_dim, named on the input that is too narrow (the second).
func.func @rotate_rotary_dim_too_big(%q: tensor<4x8xf32>, %k: tensor<4x6xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{rotary_dim 8 exceeds the 6 channels of input #1}}
  %y:2 = rope.rotate half %q, %k : tensor<4x8xf32>, tensor<4x6xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_cos_without_sin(%x: tensor<4x8xf32>, %c: tensor<4x8xf32>) {
  // expected-error @+1 {{cos and sin tables come together}}
  %y = "rope.rotate"(%x, %c) <{layout = 0 : i32, operandSegmentSizes = array<i32: 1, 0, 1, 0, 0, 0>, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @rotate_no_table(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{needs exactly one table: angles(...) or cos_sin(...)}}
  %y = rope.rotate half %x : tensor<4x8xf32> {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_two_tables(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %c: tensor<4x8xf32>) {
  // expected-error @+1 {{needs exactly one table: angles(...) or cos_sin(...)}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) cos_sin(%c, %c : tensor<4x8xf32>, tensor<4x8xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_table_rank0(%x: tensor<4x8xf32>, %t: tensor<f32>) {
  // expected-error @+1 {{table must have a frequency dim}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<f32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> ()>]}
  return
}

// -----

func.func @rotate_angles_element_type(%x: tensor<4x8xf32>, %t: tensor<4x4xf16>) {
  // expected-error @+1 {{operand #1 must be ranked tensor of 32-bit float values}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf16>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_angles_width(%x: tensor<4x8xf32>, %t: tensor<4x8xf32>) {
  // expected-error @+1 {{angle table must have rotary_dim/2 = 4 columns, got [4, 8]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x8xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_cos_sin_types(%x: tensor<4x8xf32>, %c: tensor<4x8xf32>, %s: tensor<4x8xf16>) {
  // expected-error @+1 {{cos and sin tables must have the same type, got 'tensor<4x8xf32>' and 'tensor<4x8xf16>'}}
  %y = rope.rotate half %x : tensor<4x8xf32> cos_sin(%c, %s : tensor<4x8xf32>, tensor<4x8xf16>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_cos_sin_dynamic_width(%x: tensor<4x8xf32>, %c: tensor<4x?xf32>) {
  // expected-error @+1 {{cos/sin tables need a static last dim (rotary_dim per element or rotary_dim/2 per pair)}}
  %y = rope.rotate half %x : tensor<4x8xf32> cos_sin(%c, %c : tensor<4x?xf32>, tensor<4x?xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_cos_sin_width(%x: tensor<4x8xf32>, %c: tensor<4x6xf32>) {
  // expected-error @+1 {{cos/sin tables must have rotary_dim = 8 (per element) or rotary_dim/2 = 4 (per pair) columns, got [4, 6]}}
  %y = rope.rotate half %x : tensor<4x8xf32> cos_sin(%c, %c : tensor<4x6xf32>, tensor<4x6xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_coords_scalar_positions(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<i64>) {
  // expected-error @+1 {{coords positions must be [..., A] with a static number of axes A >= 1, got []}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) gather(%p : tensor<i64>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> ()>]}
  return
}

// -----

func.func @rotate_coords_dynamic_axes(%x: tensor<4x8xf32>, %t: tensor<4x4x4xf32>, %p: tensor<4x?xi64>) {
  // expected-error @+1 {{coords positions must be [..., A] with a static number of axes A >= 1, got [4, ?]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4x4xf32>) gather(%p : tensor<4x?xi64>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_coords_no_axes(%x: tensor<4x8xf32>, %t: tensor<4xf32>, %p: tensor<4x0xi64>) {
  // expected-error @+1 {{coords positions must be [..., A] with a static number of axes A >= 1, got [4, 0]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4xf32>) gather(%p : tensor<4x0xi64>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_coords_table_rank(%x: tensor<4x8xf32>, %t: tensor<4x4x4xf32>, %p: tensor<4x3xi64>) {
  // expected-error @+1 {{coords with 3 axes index a rank-4 table, got [4, 4, 4]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4x4xf32>) gather(%p : tensor<4x3xi64>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_gather_table_rank(%x: tensor<4x8xf32>, %t: tensor<2x4x4xf32>, %p: tensor<4xi64>) {
  // expected-error @+1 {{a table gathered by positions must be [P, K], got [2, 4, 4]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<2x4x4xf32>) gather(%p : tensor<4xi64>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_gather_float_positions(%x: tensor<4x8xf32>, %t: tensor<16x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{operand #2 must be ranked tensor of integer position or coordinate values}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<16x4xf32>) gather(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_coords_without_gather(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{coords needs a gather(...) positions operand}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {coords, rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_map_count(%q: tensor<4x8xf32>, %k: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{needs one table map per input: 2 inputs, 1 maps}}
  %y:2 = rope.rotate half %q, %k : tensor<4x8xf32>, tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_map_dims(%x: tensor<2x4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{table map #0 must take the 2 leading dims of input #0 and no symbols, got (d0) -> (d0)}}
  %y = rope.rotate half %x : tensor<2x4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_map_symbols(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{table map #0 must take the 1 leading dims of input #0 and no symbols, got (d0)[s0] -> (d0)}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0)[s0] -> (d0)>]}
  return
}

// -----

func.func @rotate_map_results(%x: tensor<2x4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{table map #0 must produce 1 table row indices [4], got (d0, d1) -> (d0, d1)}}
  %y = rope.rotate half %x : tensor<2x4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0, d1)>]}
  return
}

// -----

func.func @rotate_map_dim_twice(%x: tensor<4x4x8xf32>, %t: tensor<4x4x4xf32>) {
  // expected-error @+1 {{table map #0 uses input dim d0 twice}}
  %y = rope.rotate half %x : tensor<4x4x8xf32> angles(%t : tensor<4x4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0, d1) -> (d0, d0)>]}
  return
}

// -----

// The map ties dims whose sizes differ; for a gathered table the rows follow
// the positions' shape [3], not the table's [16].
func.func @rotate_map_size(%x: tensor<4x8xf32>, %t: tensor<16x4xf32>, %p: tensor<3xi32>) {
  // expected-error @+1 {{table map #0 maps input dim d0 of size 4 to table dim 0 of size 3}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<16x4xf32>) gather(%p : tensor<3xi32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_map_expression(%x: tensor<4x8xf32>, %t: tensor<5x4xf32>) {
  // expected-error @+1 {{table map #0 results must be input dims or 0, got (d0) -> (d0 + 1)}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<5x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0 + 1)>]}
  return
}

// -----

func.func @rotate_map_nonzero_constant(%x: tensor<4x8xf32>, %t: tensor<2x4xf32>) {
  // expected-error @+1 {{table map #0 results must be input dims or 0, got (d0) -> (1)}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<2x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (1)>]}
  return
}

// -----

func.func @rotate_map_zero_on_wide_dim(%x: tensor<4x8xf32>, %t: tensor<2x4xf32>) {
  // expected-error @+1 {{table map #0 broadcasts table dim 0 with 0, which needs that dim to have size 1, got [2]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<2x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (0)>]}
  return
}

// -----

// A dynamic table dim is not known to be 1, so it cannot be broadcast.
func.func @rotate_map_zero_on_dynamic_dim(%x: tensor<4x8xf32>, %t: tensor<?x4xf32>) {
  // expected-error @+1 {{table map #0 broadcasts table dim 0 with 0, which needs that dim to have size 1, got [?]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<?x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (0)>]}
  return
}

// -----

func.func @rotate_table_maps_not_maps(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{attribute 'table_maps' failed to satisfy constraint: AffineMap array attribute}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [0 : i64]}
  return
}

// -----

func.func @rotate_xpos_without_operand(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>) {
  // expected-error @+1 {{xpos needs both the #rope.xpos attribute and an xpos(...) positions operand}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [1]>}
  return
}

// -----

func.func @rotate_xpos_without_attr(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos needs both the #rope.xpos attribute and an xpos(...) positions operand}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>]}
  return
}

// -----

func.func @rotate_xpos_signs_count(%q: tensor<4x8xf32>, %k: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{xpos has 1 signs for 2 inputs}}
  %y:2 = rope.rotate half %q, %k : tensor<4x8xf32>, tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [1]>}
  return
}

// -----

func.func @rotate_xpos_shape(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<5xf32>) {
  // expected-error @+1 {{xpos positions must have the table row shape [4], got [5]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<5xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [1]>}
  return
}

// -----

// A rank mismatch, not only a size mismatch.
func.func @rotate_xpos_rank(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<2x4xf32>) {
  // expected-error @+1 {{xpos positions must have the table row shape [4], got [2, 4]}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<2x4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.xpos<scale_base = 512.0, signs = [1]>}
  return
}

// -----

func.func @rotate_xpos_attr_kind(%x: tensor<4x8xf32>, %t: tensor<4x4xf32>, %p: tensor<4xf32>) {
  // expected-error @+1 {{attribute 'xpos' failed to satisfy constraint}}
  %y = rope.rotate half %x : tensor<4x8xf32> angles(%t : tensor<4x4xf32>) xpos(%p : tensor<4xf32>) {rotary_dim = 8 : i64, table_maps = [affine_map<(d0) -> (d0)>], xpos = #rope.linear<factor = 2.0>}
  return
}
