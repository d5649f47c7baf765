"""Independent numpy reference for the rope ops (see RopeOps.td).

Written from the definitions, not from the C++ lowering: inverse frequencies
in f64 from Hugging Face's formulas, angles rounded to f32 exactly where the op
definition says the math is f32 (so the reference and the compiled code see
the same angle), then sin/cos and the rotation in f64.
"""

import math

import numpy as np

F32 = np.float32


# --------------------------------------------------------------------------
# Storage rounding
# --------------------------------------------------------------------------

def round_bf16(x):
    """Rounds f32 values to bf16 (nearest even), returned as f32."""
    a = np.asarray(x, dtype=np.float32)
    bits = a.view(np.uint32).astype(np.uint64)
    rounding = ((bits >> 16) & 1) + 0x7FFF
    out = ((bits + rounding) >> 16) << 16
    out = np.where(np.isnan(a), bits, out)
    return out.astype(np.uint32).view(np.float32)


def round_f16(x):
    return np.asarray(x, dtype=np.float32).astype(np.float16).astype(np.float32)


def round_to(x, dtype):
    return {"f32": lambda v: np.asarray(v, dtype=np.float32),
            "bf16": round_bf16, "f16": round_f16}[dtype](x)


# --------------------------------------------------------------------------
# Inverse frequencies (HF ROPE_INIT_FUNCTIONS, in f64)
# --------------------------------------------------------------------------

def default_inv_freq(dim, theta):
    return np.array([theta ** (-(2.0 * i) / dim) for i in range(dim // 2)],
                    dtype=np.float64)


def inv_freq(dim, theta=10000.0, scaling=None, explicit=None):
    """f32 inverse frequencies. scaling: None or a dict with 'kind'."""
    if explicit is not None:
        return np.asarray(explicit, dtype=np.float32)
    if scaling is None:
        w = default_inv_freq(dim, theta)
    elif scaling["kind"] == "linear":
        w = default_inv_freq(dim, theta) / scaling["factor"]
    elif scaling["kind"] == "ntk":
        w = default_inv_freq(dim, theta * scaling["alpha"] ** (dim / (dim - 2)))
    elif scaling["kind"] == "yarn":
        w = _yarn(dim, theta, scaling)
    elif scaling["kind"] == "llama3":
        w = _llama3(dim, theta, scaling)
    else:
        raise ValueError(scaling)
    return w.astype(np.float32)


def _yarn(dim, base, s):
    factor = s["factor"]
    max_pos = s["original_max_position"]
    beta_fast = s.get("beta_fast", 32.0)
    beta_slow = s.get("beta_slow", 1.0)

    def correction_dim(rot):
        return dim * math.log(max_pos / (rot * 2 * math.pi)) / (2 * math.log(base))

    low, high = correction_dim(beta_fast), correction_dim(beta_slow)
    if s.get("truncate", True):
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, dim - 1)
    if low == high:
        high += 0.001
    pos_freqs = np.array([base ** (2.0 * i / dim) for i in range(dim // 2)])
    extra = 1.0 / pos_freqs
    inter = 1.0 / (factor * pos_freqs)
    ramp = np.clip((np.arange(dim // 2) - low) / (high - low), 0, 1)
    extra_factor = 1 - ramp
    return inter * (1 - extra_factor) + extra * extra_factor


def yarn_attention_scaling(s):
    def get_mscale(scale, m=1.0):
        return 1.0 if scale <= 1 else 0.1 * m * math.log(scale) + 1.0
    m, mall = s.get("mscale", 0.0), s.get("mscale_all_dim", 0.0)
    if m and mall:
        return get_mscale(s["factor"], m) / get_mscale(s["factor"], mall)
    return get_mscale(s["factor"])


def _llama3(dim, theta, s):
    w = default_inv_freq(dim, theta)
    factor, low_ff, high_ff = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
    old = s["original_max_position"]
    low_wl, high_wl = old / low_ff, old / high_ff
    wavelen = 2 * math.pi / w
    out = np.where(wavelen > low_wl, w / factor, w)
    smooth = (old / wavelen - low_ff) / (high_ff - low_ff)
    smoothed = (1 - smooth) * out / factor + smooth * out
    medium = (wavelen >= high_wl) & (wavelen <= low_wl)
    return np.where(medium, smoothed, out)


# --------------------------------------------------------------------------
# rope.freqs / rope.broadcat
# --------------------------------------------------------------------------

def slot_axes(half, sections=None, interleaved=False):
    if sections is None:
        return np.zeros(half, dtype=np.int64)
    axes = np.zeros(half, dtype=np.int64)
    n = len(sections)
    if interleaved:
        for i in range(half):
            a = i % n
            if a > 0 and i < n * sections[a]:
                axes[i] = a
        return axes
    return np.repeat(np.arange(n), sections)[:half]


def freqs(positions, dim, theta=10000.0, scaling=None, position_scale=1.0,
          explicit_inv_freq=None, sections=None, interleaved=False):
    """The f32 angle table (each product rounded to f32, as defined)."""
    w = inv_freq(dim, theta, scaling, explicit_inv_freq)
    p = np.asarray(positions)
    p = p.astype(np.float32)
    if sections is not None:
        axes = slot_axes(dim // 2, sections, interleaved)
        p = np.take(p, axes, axis=-1)          # [..., dim/2]
    else:
        p = p[..., None]
    if position_scale != 1.0:
        p = (p * F32(position_scale)).astype(np.float32)
    return (p * w).astype(np.float32)


def broadcat(*tables):
    lengths = [t.shape[0] for t in tables]
    parts = []
    for a, t in enumerate(tables):
        shape = [1] * len(tables) + [t.shape[1]]
        shape[a] = t.shape[0]
        parts.append(np.broadcast_to(t.reshape(shape), lengths + [t.shape[1]]))
    return np.concatenate(parts, axis=-1)


# --------------------------------------------------------------------------
# rope.rotate
# --------------------------------------------------------------------------

def rotate(x, rotary_dim, layout="half", angles=None, cos=None, sin=None,
           table_map=None, positions=None, coords=False, scale=1.0,
           xpos=None, xpos_positions=None, xpos_sign=1, out_dtype="f32"):
    """Rotates x [lead..., D] (values as stored), returns f64 results rounded
    to out_dtype.

    table_map: for each table row dim, the x leading dim it follows, or None
    for a size-1 table dim (the op's constant 0).
    xpos: (scale_base, gamma) or None.
    """
    x = np.asarray(x, dtype=np.float64)
    lead = x.shape[:-1]
    R = rotary_dim
    half = R // 2
    nlead = len(lead)
    if table_map is None:
        table_map = list(range(nlead - (angles if angles is not None else cos).ndim + 1, nlead))

    def row_index(idx):
        return tuple(0 if d is None else idx[d] for d in table_map)

    out = x.copy()
    for idx in np.ndindex(*lead):
        row = row_index(idx)
        valid = True
        if positions is not None:
            p = np.asarray(positions)
            if coords:
                c = p[row]
                valid = bool(np.all(c >= 0))
                trow = tuple(int(v) if v >= 0 else 0 for v in c)
            else:
                trow = (int(p[row]),)
        else:
            trow = row
        if not valid:
            continue
        for i in range(half):
            if layout == "half":
                ja, jb = i, i + half
            else:
                ja, jb = 2 * i, 2 * i + 1
            a, b = x[idx + (ja,)], x[idx + (jb,)]
            if angles is not None:
                t = float(np.asarray(angles, dtype=np.float32)[trow + (i,)])
                ca = cb = math.cos(t)
                sa = sb = math.sin(t)
            else:
                cosv = np.asarray(cos, dtype=np.float64)
                sinv = np.asarray(sin, dtype=np.float64)
                if cosv.shape[-1] == R:      # per element
                    ca, cb = cosv[trow + (ja,)], cosv[trow + (jb,)]
                    sa, sb = sinv[trow + (ja,)], sinv[trow + (jb,)]
                else:                        # per pair
                    ca = cb = cosv[trow + (i,)]
                    sa = sb = sinv[trow + (i,)]
            na = a * ca - b * sa
            nb = b * cb + a * sb
            f = scale
            if xpos is not None:
                scale_base, gamma = xpos
                zeta = (2 * i + gamma * R) / ((1 + gamma) * R)
                p = float(np.asarray(xpos_positions, dtype=np.float32)[row])
                f *= zeta ** (xpos_sign * p / scale_base)
            out[idx + (ja,)] = na * f
            out[idx + (jb,)] = nb * f
    return round_to(out, out_dtype)
