"""The cases of the CPU benchmark: a model's RoPE as PyTorch (the module
every PyTorch, torch.compile, IREE and upstream-MLIR row runs) and the same
computation as rope ops (the fused rows).

A case is any object with
  name                      row label (shapes in it)
  module()                  nn.Module: inputs -> (q', k'), the whole
                            computation (table from positions, then the
                            rotation), as the model's own code writes it
  inputs(dtype)             [q, k, extra inputs...] (the module's arguments)
  rope_ir(inputs)           the rope ops on the wrapper's tensors %t0, %t1,
                            ... defining the results %r#0, %r#1, ...
  torch_apply(module, inputs) -> callable returning (q', k'): the model's
                            apply function on precomputed cos/sin (PyTorch
                            eager as a model calls it)
  torch_apply_into(module, inputs, outs) -> callable: the same ops with the
                            last one of each output writing into `outs`
and optionally reference_f64(module, inputs) -> outputs, an independent f64
reference. cpu_bench.run_case builds every row from these.
"""

from __future__ import annotations

import torch

from cpu_kernels import mlir_type


def inv_freq_attr(w: torch.Tensor) -> str:
    """The model's own f32 inverse frequencies, bit for bit (as --rope-raise
    takes them from the model's constant)."""
    return "array<f32: " + ", ".join(repr(float(v)) for v in w.float()) + ">"


# --------------------------------------------------------------------------
# Cases: the model's RoPE as PyTorch, and the same as rope ops
# --------------------------------------------------------------------------

class LlamaCase:
    """transformers LLaMA: q [1, H, S, D], k [1, H, S, D], positions [1, S]."""

    def __init__(self, name, seq, heads=32, head_dim=128, first_pos=0):
        self.name, self.seq, self.heads, self.dim = name, seq, heads, head_dim
        self.first_pos = first_pos

    def module(self):
        from transformers import LlamaConfig
        from transformers.models.llama import modeling_llama as m

        from rope_mlir.models import HFRotaryQK
        cfg = LlamaConfig(hidden_size=self.heads * self.dim,
                          num_attention_heads=self.heads,
                          num_key_value_heads=self.heads, head_dim=self.dim,
                          max_position_embeddings=131072, num_hidden_layers=1,
                          intermediate_size=64, vocab_size=32,
                          rope_parameters={"rope_type": "default",
                                           "rope_theta": 10000.0})
        return HFRotaryQK(m.LlamaRotaryEmbedding(cfg), m.apply_rotary_pos_emb).eval()

    def inputs(self, dtype):
        g = torch.Generator().manual_seed(0)
        shape = (1, self.heads, self.seq, self.dim)
        q = torch.randn(shape, generator=g).to(dtype)
        k = torch.randn(shape, generator=g).to(dtype)
        pos = (torch.arange(self.seq, dtype=torch.int64) + self.first_pos)[None]
        return [q, k, pos]

    def rope_ir(self, inputs):
        """The rope ops on the wrapper's tensors %t0 (q), %t1 (k), %t2 (pos)."""
        inv_freq = inv_freq_attr(self.module().rotary.inv_freq)
        q, k, pos = inputs
        qt, pt = mlir_type(q), mlir_type(pos)
        table = f"1x{self.seq}x{self.dim // 2}xf32"
        m = "affine_map<(d0, d1, d2) -> (d0, d2)>"
        return f"""  %t = rope.freqs %t2 {{dim = {self.dim} : i64, inv_freq = {inv_freq}}} : tensor<{pt}>
  %r:2 = rope.rotate half %t0, %t1 : tensor<{qt}>, tensor<{qt}>
      angles(%t : tensor<{table}>)
      {{rotary_dim = {self.dim} : i64, table_maps = [{m}, {m}]}}"""

    def reference_f64(self, module, inputs):
        """An independent reference in numpy f64: the angles position *
        inv_freq rounded to f32 (the model computes them in f32, and so
        does rope.freqs: a rounded angle is part of the definition), cos,
        sin and HF's rotate_half rotation in f64."""
        import numpy as np
        q, k, pos = inputs
        w = module.rotary.inv_freq.float().numpy()
        angles = (pos.numpy().astype(np.float32)[..., None] * w).astype(np.float32)
        emb = np.concatenate([angles, angles], -1).astype(np.float64)[:, None]
        cos, sin = np.cos(emb), np.sin(emb)
        half = self.dim // 2

        def rotate(x):
            x = x.double().numpy()
            return x * cos + np.concatenate([-x[..., half:], x[..., :half]], -1) * sin
        return [torch.from_numpy(rotate(q)), torch.from_numpy(rotate(k))]

    def torch_apply(self, module, inputs):
        """apply_rotary_pos_emb with cos/sin precomputed (not timed)."""
        q, k, pos = inputs
        with torch.no_grad():
            cos, sin = module.rotary(q, pos)
        apply = module.apply_rotary
        return lambda: apply(q, k, cos, sin)

    def torch_apply_into(self, module, inputs, outs):
        """apply_rotary_pos_emb's ops, the final add writing into `outs`."""
        from transformers.models.llama.modeling_llama import rotate_half
        q, k, pos = inputs
        with torch.no_grad():
            cos, sin = module.rotary(q, pos)
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)

        def apply():
            for x, out in zip((q, k), outs):
                torch.add(x * cos, rotate_half(x) * sin, out=out)
        return apply


class CogVideoXCase:
    """diffusers CogVideoX 3D RoPE: q, k [1, heads, T*H*W, 64], interleaved
    pairs, t/h/w frequency blocks of 8/12/12 pairs."""

    def __init__(self, name, frames, height, width, heads=30, head_dim=64):
        self.name, self.grid = name, (frames, height, width)
        self.heads, self.dim = heads, head_dim
        self.seq = frames * height * width

    def module(self):
        grid, dim = self.grid, self.dim

        class Rope(torch.nn.Module):
            def forward(self, q, k):
                from diffusers.models.embeddings import (
                    apply_rotary_emb, get_3d_rotary_pos_embed)
                t, h, w = grid
                cos, sin = get_3d_rotary_pos_embed(dim, ((0, 0), (h, w)),
                                                   (h, w), t)
                return apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin))
        return Rope().eval()

    def inputs(self, dtype):
        g = torch.Generator().manual_seed(0)
        shape = (1, self.heads, self.seq, self.dim)
        return [torch.randn(shape, generator=g).to(dtype),
                torch.randn(shape, generator=g).to(dtype)]

    @staticmethod
    def axis_inv_freq(dim, theta=10000.0):
        """get_1d_rotary_pos_embed's frequencies (f32 arithmetic)."""
        w = 1.0 / (theta ** (torch.arange(0, dim, 2, dtype=torch.float32) / dim))
        return inv_freq_attr(w)

    def rope_ir(self, inputs):
        # The table's positions are linspace grids that must be 0..L-1 for
        # `length` frequencies to be the same angles.
        t, h, w = self.grid
        for n in (t, h, w):
            grid = torch.linspace(0, n * (n - 1) / n, n, dtype=torch.float32)
            assert torch.equal(grid, torch.arange(n, dtype=torch.float32)), n
        q, _ = inputs
        qt = mlir_type(q)
        dt, dh = self.dim // 4, self.dim // 8 * 3
        m = "affine_map<(d0, d1, d2) -> (d2)>"
        return f"""  %ft = rope.freqs length {t} {{dim = {dt} : i64, inv_freq = {self.axis_inv_freq(dt)}}}
  %fh = rope.freqs length {h} {{dim = {dh} : i64, inv_freq = {self.axis_inv_freq(dh)}}}
  %fw = rope.freqs length {w} {{dim = {dh} : i64, inv_freq = {self.axis_inv_freq(dh)}}}
  %b = rope.broadcat %ft, %fh, %fw : tensor<{t}x{dt // 2}xf32>, tensor<{h}x{dh // 2}xf32>, tensor<{w}x{dh // 2}xf32>
  %flat = tensor.collapse_shape %b [[0, 1, 2], [3]] : tensor<{t}x{h}x{w}x{self.dim // 2}xf32> into tensor<{self.seq}x{self.dim // 2}xf32>
  %r:2 = rope.rotate interleaved %t0, %t1 : tensor<{qt}>, tensor<{qt}>
      angles(%flat : tensor<{self.seq}x{self.dim // 2}xf32>)
      {{rotary_dim = {self.dim} : i64, table_maps = [{m}, {m}]}}"""

    def torch_apply(self, module, inputs):
        from diffusers.models.embeddings import (apply_rotary_emb,
                                                 get_3d_rotary_pos_embed)
        q, k = inputs
        t, h, w = self.grid
        cos, sin = get_3d_rotary_pos_embed(self.dim, ((0, 0), (h, w)), (h, w), t)
        return lambda: (apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin)))

    def torch_apply_into(self, module, inputs, outs):
        """apply_rotary_emb's ops (use_real, pairs along the last dim), the
        final add writing into `outs` (and rounding to their dtype, which
        the model does with .to(x.dtype))."""
        from diffusers.models.embeddings import get_3d_rotary_pos_embed
        q, k = inputs
        t, h, w = self.grid
        cos, sin = get_3d_rotary_pos_embed(self.dim, ((0, 0), (h, w)), (h, w), t)
        cos, sin = cos[None, None], sin[None, None]

        def apply():
            for x, out in zip((q, k), outs):
                real, imag = x.reshape(*x.shape[:-1], -1, 2).unbind(-1)
                rotated = torch.stack([-imag, real], dim=-1).flatten(3)
                torch.add(x.float() * cos, rotated.float() * sin, out=out)
        return apply


CASES = [
    LlamaCase("llama-decode-1", 1, first_pos=4095),
    LlamaCase("llama-decode-16", 16, first_pos=4080),
    LlamaCase("llama-prefill-4096", 4096),
    CogVideoXCase("cogvideox-13x30x45", 13, 30, 45),
]
# scripts/demo.sh: LLaMA-7B's attention heads at a 2048-token prefill.
DEMO_CASE = LlamaCase("llama-7b-prefill-2048", 2048)
QUICK_DEMO_CASE = LlamaCase("llama-prefill-64", 64, heads=4, head_dim=64)
QUICK_CASES = [
    LlamaCase("llama-decode-1", 1, heads=4, head_dim=64, first_pos=100),
    LlamaCase("llama-prefill-64", 64, heads=4, head_dim=64),
    CogVideoXCase("cogvideox-2x3x4", 2, 3, 4, heads=2, head_dim=64),
]
