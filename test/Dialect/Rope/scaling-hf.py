# Inverse frequencies of every scaling variant against Hugging Face's own
# ROPE_INIT_FUNCTIONS (what HF models compute), for both the numpy reference
# (test/lib/rope_ref.py) and the dialect's C++ (the constants
# --convert-rope-to-linalg emits). HF computes in f32 (pow, divide, ramp), the
# dialect in f64 rounded once: tolerance 4 f32 ulps relative (4.8e-7).
# RUN: %python %s rope-opt
# REQUIRES: transformers

import math
import os
import sys

import numpy as np
import torch
import transformers
from transformers import LlamaConfig
from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))
import rope_ref  # noqa: E402
from compiled import compiled_inv_freq  # noqa: E402

RTOL = 4 * 2.0 ** -23


def hf_inv_freq(rope_type, dim, theta, params, max_pos, seq_len=None):
    """HF's inverse frequencies and attention scaling for one config."""
    common = dict(hidden_size=4 * dim, num_attention_heads=4, head_dim=dim,
                  max_position_embeddings=max_pos)
    if int(transformers.__version__.split(".")[0]) >= 5:
        cfg = LlamaConfig(rope_parameters={"rope_type": rope_type, "rope_theta": theta,
                                           **params}, **common)
    else:
        scaling = {"rope_type": rope_type, **params} if rope_type != "default" else None
        cfg = LlamaConfig(rope_theta=theta, rope_scaling=scaling, **common)
    if seq_len is None:
        emb = LlamaRotaryEmbedding(config=cfg)
        inv, attn = emb.inv_freq, emb.attention_scaling
    else:
        inv, attn = ROPE_INIT_FUNCTIONS[rope_type](cfg, "cpu", seq_len=seq_len)
    return inv.to(torch.float64).numpy(), float(attn)


# (name, HF rope_type, HF params, max_position_embeddings, seq_len,
#  dim, theta, our attribute text, rope_ref scaling)
CASES = [
    ("default", "default", {}, 4096, None, 64, 10000.0, "", None),
    ("default theta 5e5, dim 128", "default", {}, 4096, None, 128, 5e5,
     "theta = 5.0e+05 : f64", None),
    ("linear 4", "linear", {"factor": 4.0}, 4096, None, 64, 10000.0,
     "scaling = #rope.linear<factor = 4.0>", dict(kind="linear", factor=4.0)),
    # HF's dynamic NTK at seq_len s scales theta by
    # (factor * s / max_pos - (factor - 1))^(R/(R-2)): factor 2 at 4x the
    # trained length is ntk alpha 2 * 4 - 1 = 7.
    ("dynamic ntk = ntk 7", "dynamic", {"factor": 2.0}, 1024, 4096, 64, 10000.0,
     "scaling = #rope.ntk<alpha = 7.0>", dict(kind="ntk", alpha=7.0)),
    # max_position_embeddings = factor * original, so HF versions that derive
    # the factor from the two and those that read it agree.
    ("yarn 4 over 2048", "yarn", {"factor": 4.0, "original_max_position_embeddings": 2048},
     8192, None, 64, 10000.0,
     "scaling = #rope.yarn<factor = 4.0, original_max_position = 2048>",
     dict(kind="yarn", factor=4.0, original_max_position=2048)),
    ("yarn 16 over 4096, betas 16/2, theta 1e6", "yarn",
     {"factor": 16.0, "original_max_position_embeddings": 4096, "beta_fast": 16.0,
      "beta_slow": 2.0}, 65536, None, 128, 1e6,
     "theta = 1.0e+06 : f64, scaling = #rope.yarn<factor = 16.0, original_max_position = 4096, beta_fast = 16.0, beta_slow = 2.0>",
     dict(kind="yarn", factor=16.0, original_max_position=4096, beta_fast=16.0, beta_slow=2.0)),
    # Llama 3.1's own configuration.
    ("llama3 (Llama 3.1)", "llama3",
     {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
      "original_max_position_embeddings": 8192}, 131072, None, 128, 5e5,
     "theta = 5.0e+05 : f64, scaling = #rope.llama3<factor = 8.0, low_freq_factor = 1.0, high_freq_factor = 4.0, original_max_position = 8192>",
     dict(kind="llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0,
          original_max_position=8192)),
]


def close(a, b):
    return np.all(np.abs(np.asarray(a, np.float64) - b) <= RTOL * np.abs(b))


def main():
    rope_opt = sys.argv[1]
    compiled = compiled_inv_freq(rope_opt, [(c[5], c[7]) for c in CASES])
    failures = 0
    for (name, rope_type, params, max_pos, seq_len, dim, theta, _, scaling), cxx in zip(CASES, compiled):
        hf, attn = hf_inv_freq(rope_type, dim, theta, params, max_pos, seq_len)
        ours = rope_ref.inv_freq(dim, theta, scaling)
        default = rope_ref.default_inv_freq(dim, theta)
        # A scaling HF silently ignored would compare default to default.
        if scaling is not None and np.allclose(hf, default, rtol=1e-3):
            print(f"{name}: HF returned unscaled frequencies; config not understood")
            failures += 1
        for who, got in (("rope_ref", ours), ("C++", cxx)):
            if not close(got, hf):
                i = int(np.argmax(np.abs(got - hf) / hf))
                print(f"{name}: {who} slot {i}: {got[i]!r} vs HF {hf[i]!r}")
                failures += 1
        if rope_type == "yarn" and not math.isclose(
                rope_ref.yarn_attention_scaling(scaling), attn, rel_tol=1e-6):
            print(f"{name}: attention scaling {rope_ref.yarn_attention_scaling(scaling)} vs HF {attn}")
            failures += 1
        if rope_type == "llama3":
            # Slots close to a band edge could legitimately flip between HF's
            # f32 and our f64; make sure this configuration has none.
            wavelen = 2 * math.pi / default
            edges = [params["original_max_position_embeddings"] / params[k]
                     for k in ("low_freq_factor", "high_freq_factor")]
            assert min(abs(w / e - 1) for w in wavelen for e in edges) > 1e-4
    if failures:
        raise SystemExit(f"{failures} mismatches against transformers {transformers.__version__}")
    print(f"{len(CASES)} variants match transformers {transformers.__version__}")


main()
