"""Reference RoPE modules, built from the installed transformers and diffusers.

Every RoPE computation here is the libraries' own code (their rotary-embedding
modules and apply functions), so the IR the front end imports is what users'
models produce. The wrappers only hold a tiny random config, call the library
pieces the way the library's attention layers call them, and return q and k.
The one module written here is Meta's complex form, which no installed package
ships (it lives in Meta's reference repository, not on PyPI).

Nothing is downloaded: configs are built in code, weights are random with a
fixed seed.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import torch
from torch import nn

# Small shapes keep export, compile and the tests fast; head_dim 16 still has
# 8 frequencies, enough to tell the scaling types apart.
BATCH = 1
HEADS_Q = 4
HEADS_KV = 2
HEAD_DIM = 16
SEQ = 8
MAX_POSITIONS = 64


@dataclasses.dataclass(frozen=True)
class ReferenceModel:
    """A module, how to make its example inputs, and what it contains."""

    name: str
    description: str
    build: Callable[[], nn.Module]
    # Example inputs for a sequence length and a floating-point dtype.
    inputs: Callable[[int, torch.dtype], tuple]
    # Per input: the dimension that is the sequence length (None: not seq).
    seq_dims: tuple
    # Number of RoPE sites (one site = one table applied to q and k).
    sites: int = 1
    # False where the sequence length is fixed by the model itself (the
    # CogVideoX grid), so no dynamic-length variant exists.
    dynamic_seq: bool = True
    # Lengths a dynamic-length kernel compiled at SEQ is checked at.
    check_lengths: tuple = (5, SEQ, 13)


def _seeded(fn):
    def wrapper():
        torch.manual_seed(0)
        return fn().eval()
    return wrapper


def _qk(seq: int, dtype: torch.dtype, layout="bhsd"):
    g = torch.Generator().manual_seed(1)
    shape_q = (BATCH, HEADS_Q, seq, HEAD_DIM)
    shape_k = (BATCH, HEADS_KV, seq, HEAD_DIM)
    if layout == "bshd":
        shape_q = (BATCH, seq, HEADS_Q, HEAD_DIM)
        shape_k = (BATCH, seq, HEADS_KV, HEAD_DIM)
    q = torch.randn(shape_q, generator=g).to(dtype)
    k = torch.randn(shape_k, generator=g).to(dtype)
    return q, k


def _positions(seq: int) -> torch.Tensor:
    return torch.arange(seq, dtype=torch.int64)[None].expand(BATCH, seq).contiguous()


# --- transformers: LLaMA / Qwen3 (rotate_half with a cos/sin table) ---------

_LLAMA_SCALINGS = {
    "default": None,
    "linear": {"rope_type": "linear", "factor": 2.0},
    "dynamic": {"rope_type": "dynamic", "factor": 2.0},
    "yarn": {"rope_type": "yarn", "factor": 4.0,
             "original_max_position_embeddings": 16},
    "llama3": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
               "high_freq_factor": 4.0, "original_max_position_embeddings": 16},
}


def _rope_parameters(scaling):
    params = {"rope_type": "default", "rope_theta": 10000.0}
    if scaling:
        params.update(scaling)
    return params


def _llama_config(scaling=None, **extra):
    from transformers import LlamaConfig
    cfg = LlamaConfig(hidden_size=HEADS_Q * HEAD_DIM, intermediate_size=64,
                      num_attention_heads=HEADS_Q,
                      num_key_value_heads=HEADS_KV, head_dim=HEAD_DIM,
                      max_position_embeddings=MAX_POSITIONS,
                      num_hidden_layers=1, vocab_size=32,
                      rope_parameters=_rope_parameters(scaling), **extra)
    cfg._attn_implementation = "eager"
    return cfg


class HFRotaryQK(nn.Module):
    """A transformers rotary embedding and its apply_rotary_pos_emb, wired as
    the model's attention layer wires them: cos/sin from position ids, then
    q and k rotated with the same table."""

    def __init__(self, rotary: nn.Module, apply: Callable):
        super().__init__()
        self.rotary = rotary
        self.apply_rotary = apply

    def forward(self, q, k, position_ids):
        rotary = self.rotary
        if torch.compiler.is_exporting() and hasattr(type(rotary).forward,
                                                     "__wrapped__"):
            # dynamic_rope_update recomputes inv_freq under a Python `if` on
            # max(position_ids), which torch.export cannot capture. The eager
            # call on the example inputs (frontend.import_linalg makes one)
            # has already left inv_freq as those positions need; export the
            # RoPE itself with it.
            cos, sin = type(rotary).forward.__wrapped__(rotary, q, position_ids)
        else:
            cos, sin = rotary(q, position_ids)
        return self.apply_rotary(q, k, cos, sin)


def _llama_rope(scaling_name):
    def build():
        from transformers.models.llama import modeling_llama as m
        cfg = _llama_config(_LLAMA_SCALINGS[scaling_name])
        return HFRotaryQK(m.LlamaRotaryEmbedding(cfg), m.apply_rotary_pos_emb)
    return _seeded(build)


def _qwen3_rope(scaling_name):
    def build():
        from transformers import Qwen3Config
        from transformers.models.qwen3 import modeling_qwen3 as m
        cfg = Qwen3Config(hidden_size=HEADS_Q * HEAD_DIM, intermediate_size=64,
                          num_attention_heads=HEADS_Q,
                          num_key_value_heads=HEADS_KV, head_dim=HEAD_DIM,
                          max_position_embeddings=MAX_POSITIONS,
                          num_hidden_layers=1, vocab_size=32,
                          rope_parameters=_rope_parameters(
                              _LLAMA_SCALINGS[scaling_name]))
        return HFRotaryQK(m.Qwen3RotaryEmbedding(cfg), m.apply_rotary_pos_emb)
    return _seeded(build)


def _qk_pos_inputs(seq, dtype):
    return (*_qk(seq, dtype), _positions(seq))


def _qk_long_pos_inputs(seq, dtype):
    # Past max_position_embeddings, so dynamic NTK really rescales.
    return (*_qk(seq, dtype), _positions(seq) + MAX_POSITIONS)


# --- GPT-NeoX: partial rotary (rotary_pct) ----------------------------------

@_seeded
def _gpt_neox():
    from transformers import GPTNeoXConfig
    from transformers.models.gpt_neox import modeling_gpt_neox as m
    cfg = GPTNeoXConfig(hidden_size=HEADS_Q * HEAD_DIM, num_attention_heads=HEADS_Q,
                        intermediate_size=64, num_hidden_layers=1, vocab_size=32,
                        max_position_embeddings=MAX_POSITIONS, rotary_pct=0.5)
    return HFRotaryQK(m.GPTNeoXRotaryEmbedding(cfg), m.apply_rotary_pos_emb)


def _gpt_neox_inputs(seq, dtype):
    # GPT-NeoX has no GQA: q and k have the same head count.
    g = torch.Generator().manual_seed(1)
    q = torch.randn(BATCH, HEADS_Q, seq, HEAD_DIM, generator=g).to(dtype)
    k = torch.randn(BATCH, HEADS_Q, seq, HEAD_DIM, generator=g).to(dtype)
    return q, k, _positions(seq)


# --- GPT-J: interleaved pairs, sin/cos cache gathered by position -----------

class GPTJRotaryQK(nn.Module):
    """GPTJRotaryEmbedding + apply_rotary_pos_emb on the first rotary_dim
    channels of q and k, as GPTJAttention does ([batch, seq, heads, dim])."""

    def __init__(self, cfg):
        super().__init__()
        from transformers.models.gptj import modeling_gptj as m
        self.m = m
        self.rotary = m.GPTJRotaryEmbedding(cfg)
        self.rotary_dim = cfg.rotary_dim

    def forward(self, q, k, position_ids):
        sin, cos = self.rotary(q, position_ids)
        r = self.rotary_dim
        q_rot = self.m.apply_rotary_pos_emb(q[..., :r], sin, cos)
        k_rot = self.m.apply_rotary_pos_emb(k[..., :r], sin, cos)
        return (torch.cat([q_rot, q[..., r:]], dim=-1),
                torch.cat([k_rot, k[..., r:]], dim=-1))


@_seeded
def _gptj():
    from transformers import GPTJConfig
    cfg = GPTJConfig(n_embd=HEADS_Q * HEAD_DIM, n_head=HEADS_Q, n_layer=1,
                     rotary_dim=HEAD_DIM // 2, n_positions=MAX_POSITIONS,
                     vocab_size=32)
    return GPTJRotaryQK(cfg)


def _gptj_inputs(seq, dtype):
    g = torch.Generator().manual_seed(1)
    q = torch.randn(BATCH, seq, HEADS_Q, HEAD_DIM, generator=g).to(dtype)
    k = torch.randn(BATCH, seq, HEADS_Q, HEAD_DIM, generator=g).to(dtype)
    return q, k, _positions(seq)


# --- Qwen2-VL: multimodal RoPE (t, h, w position per token) ----------------

@_seeded
def _qwen2_vl():
    from transformers import Qwen2VLTextConfig
    from transformers.models.qwen2_vl import modeling_qwen2_vl as m
    cfg = Qwen2VLTextConfig(hidden_size=HEADS_Q * HEAD_DIM, intermediate_size=64,
                            num_attention_heads=HEADS_Q,
                            num_key_value_heads=HEADS_KV,
                            max_position_embeddings=MAX_POSITIONS,
                            num_hidden_layers=1, vocab_size=32,
                            rope_parameters={"rope_type": "default",
                                             "rope_theta": 10000.0,
                                             "mrope_section": [2, 3, 3]})
    return HFRotaryQK(m.Qwen2VLRotaryEmbedding(cfg), m.apply_rotary_pos_emb)


def _mrope_inputs(seq, dtype):
    # Distinct t/h/w positions per token, as an image grid after a text
    # prefix would give them.
    t = torch.arange(seq) // 4
    h = (torch.arange(seq) // 2) % 2 + 1
    w = torch.arange(seq) % 2 + 2
    pos = torch.stack([t, h, w])[:, None, :].expand(3, BATCH, seq).contiguous()
    return (*_qk(seq, dtype), pos)


# --- a whole LLaMA attention block ------------------------------------------

class LlamaAttentionBlock(nn.Module):
    """LlamaRotaryEmbedding + LlamaAttention (eager attention, causal mask
    left out): projections, RoPE on q and k, attention, output projection."""

    def __init__(self):
        super().__init__()
        from transformers.models.llama import modeling_llama as m
        cfg = _llama_config()
        self.rotary = m.LlamaRotaryEmbedding(cfg)
        self.attn = m.LlamaAttention(cfg, layer_idx=0)

    def forward(self, hidden_states, position_ids):
        cos, sin = self.rotary(hidden_states, position_ids)
        out, _ = self.attn(hidden_states, position_embeddings=(cos, sin),
                           attention_mask=None)
        return out


def _attention_inputs(seq, dtype):
    g = torch.Generator().manual_seed(1)
    x = torch.randn(BATCH, seq, HEADS_Q * HEAD_DIM, generator=g).to(dtype)
    return x, _positions(seq)


# --- diffusers CogVideoX: 3D RoPE ------------------------------------------

COGVIDEOX_GRID = (2, 2, 3)   # frames, height, width in patches
COGVIDEOX_HEAD_DIM = 48      # divisible by 8, as get_3d_rotary_pos_embed needs


class CogVideoX3DRope(nn.Module):
    """get_3d_rotary_pos_embed (t/h/w frequencies, broadcast-concatenated)
    then apply_rotary_emb on q and k, as CogVideoX's attention processor
    applies it to the video tokens."""

    def forward(self, q, k):
        from diffusers.models.embeddings import (apply_rotary_emb,
                                                 get_3d_rotary_pos_embed)
        t, h, w = COGVIDEOX_GRID
        cos, sin = get_3d_rotary_pos_embed(COGVIDEOX_HEAD_DIM, ((0, 0), (h, w)),
                                           (h, w), t)
        return apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin))


def _cogvideox_inputs(seq, dtype):
    del seq  # fixed by the grid
    t, h, w = COGVIDEOX_GRID
    g = torch.Generator().manual_seed(1)
    shape = (BATCH, 2, t * h * w, COGVIDEOX_HEAD_DIM)
    return (torch.randn(shape, generator=g).to(dtype),
            torch.randn(shape, generator=g).to(dtype))


class CogVideoXApplyRope(nn.Module):
    """apply_rotary_emb with the (cos, sin) table passed in, as the CogVideoX
    transformer receives image_rotary_emb from the pipeline."""

    def forward(self, q, k, cos, sin):
        from diffusers.models.embeddings import apply_rotary_emb
        return apply_rotary_emb(q, (cos, sin)), apply_rotary_emb(k, (cos, sin))


def _cogvideox_apply_inputs(seq, dtype):
    from diffusers.models.embeddings import get_3d_rotary_pos_embed
    t, h, w = COGVIDEOX_GRID
    g = torch.Generator().manual_seed(1)
    shape = (BATCH, 2, seq, COGVIDEOX_HEAD_DIM)
    q = torch.randn(shape, generator=g).to(dtype)
    k = torch.randn(shape, generator=g).to(dtype)
    # Enough frames for seq tokens, cut to seq: the table rows are tokens.
    cos, sin = get_3d_rotary_pos_embed(COGVIDEOX_HEAD_DIM, ((0, 0), (h, w)),
                                       (h, w), max(t, -(-seq // (h * w))))
    return q, k, cos[:seq].contiguous(), sin[:seq].contiguous()


# --- Meta LLaMA: complex form ----------------------------------------------

class MetaComplexRope(nn.Module):
    """Meta's reference LLaMA RoPE: precompute_freqs_cis (torch.polar),
    view_as_complex on (.., D/2, 2) pairs, complex multiply, view_as_real.
    Written here (Meta's repository is not on PyPI); [batch, seq, heads, dim]
    like Meta's Attention."""

    def __init__(self, dim=HEAD_DIM, end=MAX_POSITIONS, theta=10000.0):
        super().__init__()
        freqs = 1.0 / (theta ** (torch.arange(0, dim, 2)[: dim // 2].float() / dim))
        t = torch.arange(end, device=freqs.device, dtype=torch.float32)
        freqs = torch.outer(t, freqs)
        self.register_buffer("freqs_cis", torch.polar(torch.ones_like(freqs), freqs))

    def forward(self, xq, xk):
        seq = xq.shape[1]
        freqs_cis = self.freqs_cis[:seq]
        xq_ = torch.view_as_complex(xq.float().reshape(*xq.shape[:-1], -1, 2))
        xk_ = torch.view_as_complex(xk.float().reshape(*xk.shape[:-1], -1, 2))
        freqs_cis = freqs_cis.view(1, seq, 1, xq_.shape[-1])
        xq_out = torch.view_as_real(xq_ * freqs_cis).flatten(3)
        xk_out = torch.view_as_real(xk_ * freqs_cis).flatten(3)
        return xq_out.type_as(xq), xk_out.type_as(xk)


def _meta_inputs(seq, dtype):
    return _qk(seq, dtype, layout="bshd")


REFERENCE_MODELS: dict[str, ReferenceModel] = {}


def _register(*models: ReferenceModel):
    for m in models:
        REFERENCE_MODELS[m.name] = m


_QK_POS_SEQ = (2, 2, 1)
_register(*(
    ReferenceModel(f"llama_rope_{s}",
                   f"transformers LlamaRotaryEmbedding (rope_type={s}) + "
                   "apply_rotary_pos_emb", _llama_rope(s),
                   _qk_long_pos_inputs if s == "dynamic" else _qk_pos_inputs,
                   _QK_POS_SEQ,
                   # Dynamic NTK recomputes inv_freq whenever the positions
                   # pass the longest seen so far: the kernel holds the
                   # frequencies of the exported length, valid up to it.
                   check_lengths=(5, SEQ) if s == "dynamic" else (5, SEQ, 13))
    for s in _LLAMA_SCALINGS))
_register(
    ReferenceModel("qwen3_rope_default",
                   "transformers Qwen3RotaryEmbedding + apply_rotary_pos_emb",
                   _qwen3_rope("default"), _qk_pos_inputs, _QK_POS_SEQ),
    ReferenceModel("qwen3_rope_yarn",
                   "transformers Qwen3RotaryEmbedding (rope_type=yarn) + "
                   "apply_rotary_pos_emb", _qwen3_rope("yarn"), _qk_pos_inputs,
                   _QK_POS_SEQ),
    ReferenceModel("gpt_neox_partial",
                   "transformers GPTNeoXRotaryEmbedding (rotary_pct=0.5) + "
                   "apply_rotary_pos_emb (partial rotary)", _gpt_neox,
                   _gpt_neox_inputs, _QK_POS_SEQ),
    ReferenceModel("gptj_interleaved",
                   "transformers GPTJRotaryEmbedding (gathered sin/cos cache) "
                   "+ apply_rotary_pos_emb (rotate_every_two), rotary_dim=8",
                   _gptj, _gptj_inputs, (1, 1, 1)),
    ReferenceModel("qwen2_vl_mrope",
                   "transformers Qwen2VLRotaryEmbedding (mRoPE, sections "
                   "[2,3,3]) + apply_rotary_pos_emb", _qwen2_vl, _mrope_inputs,
                   (2, 2, 2)),
    ReferenceModel("llama_attention",
                   "transformers LlamaAttention (eager) with "
                   "LlamaRotaryEmbedding: projections, RoPE, attention",
                   _seeded(LlamaAttentionBlock), _attention_inputs, (1, 1)),
    ReferenceModel("cogvideox_3d_rope",
                   "diffusers get_3d_rotary_pos_embed (grid 2x2x3, head_dim 48)"
                   " + apply_rotary_emb", _seeded(CogVideoX3DRope),
                   _cogvideox_inputs, (None, None), dynamic_seq=False),
    ReferenceModel("cogvideox_apply_rope",
                   "diffusers apply_rotary_emb with the 3D (cos, sin) table "
                   "as inputs", _seeded(CogVideoXApplyRope),
                   _cogvideox_apply_inputs, (2, 2, 0, 0)),
    ReferenceModel("meta_complex_rope",
                   "Meta LLaMA complex form (polar / view_as_complex)",
                   _seeded(MetaComplexRope), _meta_inputs, (1, 1)),
)
