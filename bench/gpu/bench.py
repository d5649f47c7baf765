#!/usr/bin/env python3
"""GPU RoPE benchmark: rope-mlir's fused kernels against the bandwidth
limit and against the RoPE implementations models use, in one run.

Runs on the GPU machine (PyTorch, no LLVM) from the bundle that
bench/gpu/build.sh makes (see bench/gpu/README.md):

    python3 bench.py [--quick] [--json results.json]

Cases: the CPU benchmark's shapes (bench/cpu_bench.py), f32 and bf16:
LLaMA-7B q and k [1, 32, S, 128] at decode S = 1, 2, 4, 8, 16 and prefill
S = 4096, CogVideoX-2b q and k [1, 30, 13*30*45, 64] (3D RoPE).

Rows (same q/k, same results up to rounding):
  rope-mlir           the fused kernel, angles computed from the positions
                      (LLaMA) or the 3D grid (CogVideoX) in the kernel
  rope-mlir-tables    the fused kernel reading the cos/sin tables Hugging
                      Face passes ([1, S, 128] f32) (LLaMA)
  copy                one device-to-device copy of q and k's bytes: it reads
                      and writes what a RoPE reads and writes, the limit
  torch-eager         transformers' apply_rotary_pos_emb / diffusers'
                      apply_rotary_emb, cos/sin precomputed (not timed)
  torch-compile       torch.compile of the same function
  liger               liger_kernel's liger_rotary_pos_emb (half layout only)
  flashinfer          flashinfer's apply_rope_pos_ids (LLaMA: angles from
                      positions) / apply_rope_with_cos_sin_cache (CogVideoX)
An implementation that does not import or does not support a case is
listed with the reason and skipped.

Reported per row: microseconds per call (CUDA events around back-to-back
calls, median of rounds that alternate the rows), the effective bandwidth
(q and k read and written once: 2 x their bytes, per second), that as a
fraction of the device's peak (memory clock x bus width, from the driver)
and of the copy's bandwidth, and the maximal error against an f64
reference relative to max(1, |value|). Exits 1 when rope-mlir's error
exceeds its bound (2^-7 in bf16, 1e-5 in f32) or a launch failed.
"""

import argparse
import ctypes
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# In the bundle rope_gpu.py sits next to this file; in the source tree, with
# the ahead-of-time tool.
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "rope-gpu-aot"))
sys.path.insert(0, HERE)

import torch  # noqa: E402

import rope_gpu  # noqa: E402

TOL = {torch.bfloat16: 2.0 ** -7, torch.float32: 1e-5}


# --------------------------------------------------------------------------
# Device
# --------------------------------------------------------------------------

def peak_bandwidth(device):
    """Bytes per second the memory interface moves at its peak clock."""
    cuda = ctypes.CDLL("libcuda.so.1")
    dev = ctypes.c_int()
    cuda.cuDeviceGet(ctypes.byref(dev), device)
    clock_khz, bus_bits = ctypes.c_int(), ctypes.c_int()
    cuda.cuDeviceGetAttribute(ctypes.byref(clock_khz), 36, dev)  # MEMORY_CLOCK_RATE
    cuda.cuDeviceGetAttribute(ctypes.byref(bus_bits), 37, dev)  # GLOBAL_MEMORY_BUS_WIDTH
    return 2.0 * clock_khz.value * 1e3 * bus_bits.value / 8


def library_for(device):
    major, minor = torch.cuda.get_device_capability(device)
    chip = "sm_90" if major >= 9 else "sm_80"
    path = os.path.join(HERE, f"rope_bench_{chip.replace('_', '')}.so")
    return rope_gpu.Library(path), chip


# --------------------------------------------------------------------------
# References and baselines
# --------------------------------------------------------------------------

def inv_freq(dim, theta=10000.0):
    """rope.freqs' inverse frequencies: f64, rounded once to f32."""
    i = torch.arange(dim // 2, dtype=torch.float64)
    return (theta ** (-2.0 * i / dim)).to(torch.float32)


def llama_angles(pos, dim=128):
    """[1, S, dim/2] f32 angles, as rope.freqs defines them."""
    return pos.to(torch.float32)[..., None] * inv_freq(dim).to(pos.device)


def cogvideox_angles(grid, dims, device):
    """[T*H*W, 32] f32 angles of the 3D table (broadcat of t/h/w)."""
    t, h, w = grid
    parts = []
    for axis, (n, d) in enumerate(zip(grid, dims)):
        a = torch.arange(n, dtype=torch.float32, device=device)[:, None] * \
            inv_freq(d).to(device)
        shape = [1, 1, 1, d // 2]
        shape[axis] = n
        parts.append(a.reshape(shape).expand(t, h, w, d // 2))
    return torch.cat(parts, dim=-1).reshape(t * h * w, -1)


def rotate_reference(x, angles, interleaved):
    """f64 RoPE of x [..., S, D] by angles [S, D/2] (f32 angles, f64 math)."""
    x = x.double()
    a = angles.double()
    c, s = torch.cos(a), torch.sin(a)
    if interleaved:
        x1, x2 = x[..., 0::2], x[..., 1::2]
        out = torch.empty_like(x)
        out[..., 0::2] = x1 * c - x2 * s
        out[..., 1::2] = x2 * c + x1 * s
        return out
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s], dim=-1)


def hf_tables(angles):
    """Hugging Face's cos/sin: cat(freqs, freqs) (half layout), f32."""
    emb = torch.cat([angles, angles], dim=-1)
    return emb.cos(), emb.sin()


def diffusers_tables(angles):
    """diffusers' cos/sin: each frequency repeated for its pair, f32."""
    return (angles.cos().repeat_interleave(2, dim=-1),
            angles.sin().repeat_interleave(2, dim=-1))


def hf_apply():
    from transformers.models.llama.modeling_llama import apply_rotary_pos_emb
    return apply_rotary_pos_emb


def diffusers_apply():
    from diffusers.models.embeddings import apply_rotary_emb
    return lambda q, k, cos, sin: (apply_rotary_emb(q, (cos, sin)),
                                   apply_rotary_emb(k, (cos, sin)))


_COMPILED = {}


def compiled(make):
    """torch.compile of the function `make` returns, one per function for
    the whole run (shapes recompile as torch.compile decides)."""
    if make not in _COMPILED:
        _COMPILED[make] = torch.compile(make())
    return _COMPILED[make]


def max_error(got, want):
    got = got.double()
    return float(((got - want).abs() / want.abs().clamp(min=1.0)).max())


class Skip(Exception):
    pass


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

class Case:
    def __init__(self, name, dtype):
        self.name, self.dtype = name, dtype
        self.rows = {}      # row -> (callable, output getter) or Skip

    def add(self, row, make):
        try:
            self.rows[row] = make()
        except Skip as e:
            self.rows[row] = e
        except Exception as e:  # an optional library that is broken here
            self.rows[row] = Skip(f"{type(e).__name__}: {e}"[:160])


def llama_case(lib, seq, dtype, device, heads=32, dim=128):
    case = Case(f"llama-{'prefill' if seq > 16 else 'decode'}-{seq}",
                dtype)
    suffix = "bf16" if dtype == torch.bfloat16 else "f32"
    g = torch.Generator(device=torch.device("cuda", device)).manual_seed(seq)
    q = torch.randn(1, heads, seq, dim, device=device, generator=g).to(dtype)
    k = torch.randn(1, heads, seq, dim, device=device, generator=g).to(dtype)
    first = 4096 - seq if seq <= 16 else 0
    pos = (torch.arange(seq, device=device, dtype=torch.int64) + first)[None]
    angles = llama_angles(pos, dim)                       # [1, S, 64]
    want = [rotate_reference(x, angles[0], False) for x in (q, k)]
    cos, sin = hf_tables(angles)
    case.bytes = 2 * (q.nbytes + k.nbytes)
    case.want = want
    case.inputs = (q, k)

    def ours(func, **tables):
        site = next(s for s in lib.sites.values() if s.func == func)
        launch, outs = site.bind(input0=q, input1=k, **tables)
        return launch, lambda: outs
    case.add("rope-mlir", lambda: ours(f"llama_{suffix}", positions0=pos))
    case.add("rope-mlir-tables",
             lambda: ours(f"llama_tables_{suffix}", cos=cos, sin=sin))
    case.add("copy", lambda: copy_row(q, k))

    # What LlamaRotaryEmbedding returns: the tables in q's dtype.
    model_tables = (cos.to(dtype), sin.to(dtype))
    case.add("torch-eager",
             lambda: call_row(hf_apply(), (q, k, *model_tables)))
    case.add("torch-compile",
             lambda: call_row(compiled(hf_apply), (q, k, *model_tables)))

    def liger():
        from liger_kernel.transformers.rope import liger_rotary_pos_emb
        return call_row(liger_rotary_pos_emb, (q, k, *model_tables))
    case.add("liger", liger)

    def flashinfer():
        import flashinfer
        qf = q[0].transpose(0, 1).contiguous()           # [S, H, D]
        kf = k[0].transpose(0, 1).contiguous()
        pids = pos[0].to(torch.int32)
        run = lambda: flashinfer.rope.apply_rope_pos_ids(  # noqa: E731
            qf, kf, pids, interleave=False, rope_theta=10000.0)
        return run, lambda: tuple(o.transpose(0, 1)[None] for o in run())
    case.add("flashinfer", flashinfer)
    return case


def cogvideox_case(lib, dtype, device, grid=(13, 30, 45), heads=30, dim=64):
    case = Case("cogvideox-13x30x45", dtype)
    suffix = "bf16" if dtype == torch.bfloat16 else "f32"
    seq = grid[0] * grid[1] * grid[2]
    g = torch.Generator(device=torch.device("cuda", device)).manual_seed(7)
    q = torch.randn(1, heads, seq, dim, device=device, generator=g).to(dtype)
    k = torch.randn(1, heads, seq, dim, device=device, generator=g).to(dtype)
    angles = cogvideox_angles(grid, (16, 24, 24), device)    # [S, 32]
    want = [rotate_reference(x, angles, True) for x in (q, k)]
    case.bytes = 2 * (q.nbytes + k.nbytes)
    case.want = want
    case.inputs = (q, k)
    cos, sin = diffusers_tables(angles)

    def ours():
        site = next(s for s in lib.sites.values()
                    if s.func == f"cogvideox_{suffix}")
        launch, outs = site.bind(input0=q, input1=k)
        return launch, lambda: outs
    case.add("rope-mlir", ours)
    case.rows["rope-mlir-tables"] = Skip("LLaMA cases only")
    case.add("copy", lambda: copy_row(q, k))

    case.add("torch-eager",
             lambda: call_row(diffusers_apply(), (q, k, cos, sin)))
    case.add("torch-compile",
             lambda: call_row(compiled(diffusers_apply), (q, k, cos, sin)))
    case.rows["liger"] = Skip("no interleaved (GPT-J style) RoPE in Liger")

    def flashinfer():
        import flashinfer
        qf = q[0].transpose(0, 1).reshape(seq, heads * dim).contiguous()
        kf = k[0].transpose(0, 1).reshape(seq, heads * dim).contiguous()
        cache = torch.cat([angles.cos(), angles.sin()], dim=-1).contiguous()
        positions = torch.arange(seq, device=device, dtype=torch.int64)
        run = lambda: flashinfer.rope.apply_rope_with_cos_sin_cache(  # noqa
            positions, qf, kf, dim, cache, is_neox=False)
        return run, lambda: tuple(
            o.reshape(seq, heads, dim).transpose(0, 1)[None] for o in run())
    case.add("flashinfer", flashinfer)
    return case


def copy_row(q, k):
    src = torch.cat([q.reshape(-1), k.reshape(-1)])
    dst = torch.empty_like(src)
    return (lambda: dst.copy_(src)), None


def call_row(fn, args):
    out = []

    def run():
        out[:] = fn(*args)
    return run, lambda: tuple(out)


# --------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------

def time_rows(rows, rounds, min_ms):
    """Median microseconds per call; rows alternate within each round."""
    calls = {}
    for name, (run, _) in rows.items():
        for _ in range(3):
            run()
        torch.cuda.synchronize()
        start, end = torch.cuda.Event(True), torch.cuda.Event(True)
        n = 1
        while True:
            start.record()
            for _ in range(n):
                run()
            end.record()
            end.synchronize()
            if start.elapsed_time(end) >= min_ms / rounds or n >= 1 << 16:
                break
            n *= 2
        calls[name] = n
    samples = {name: [] for name in rows}
    for _ in range(rounds):
        for name, (run, _) in rows.items():
            start, end = torch.cuda.Event(True), torch.cuda.Event(True)
            start.record()
            for _ in range(calls[name]):
                run()
            end.record()
            end.synchronize()
            samples[name].append(start.elapsed_time(end) * 1e3 / calls[name])
    return {name: statistics.median(s) for name, s in samples.items()}


def run_case(case, peak, rounds, min_ms):
    runnable = {n: r for n, r in case.rows.items() if not isinstance(r, Skip)}
    errors = {}
    for name, (run, outputs) in runnable.items():
        run()
        torch.cuda.synchronize()
        if outputs is not None:
            errors[name] = max(max_error(o, w)
                               for o, w in zip(outputs(), case.want))
    times = time_rows(runnable, rounds, min_ms)
    copy_us = times.get("copy")
    results = []
    for name, row in case.rows.items():
        if isinstance(row, Skip):
            results.append({"impl": name, "skipped": str(row)})
            continue
        us = times[name]
        bw = case.bytes / (us * 1e-6)
        results.append({
            "impl": name, "us": us, "GBps": bw / 1e9,
            "of_peak": bw / peak,
            "of_copy": copy_us / us if copy_us else None,
            "max_rel_err": errors.get(name)})
    return results


def print_case(case, results):
    print(f"\n{case.name} {str(case.dtype).replace('torch.', '')}: q, k "
          f"{list(case.inputs[0].shape)}, {case.bytes / 1e6:.1f} MB moved")
    print(f"  {'impl':18} {'us/call':>10} {'GB/s':>8} {'%peak':>6} "
          f"{'%copy':>6} {'max err':>9}")
    for r in results:
        if "skipped" in r:
            print(f"  {r['impl']:18} skipped: {r['skipped']}")
            continue
        err = "" if r["max_rel_err"] is None else f"{r['max_rel_err']:.2e}"
        of_copy = "" if r["of_copy"] is None else f"{100 * r['of_copy']:.0f}"
        print(f"  {r['impl']:18} {r['us']:10.2f} {r['GBps']:8.0f} "
              f"{100 * r['of_peak']:6.0f} {of_copy:>6} {err:>9}")


def check_references():
    """On the CPU: the f64 reference and the angle tables this benchmark
    builds agree with the project's numpy reference (test/lib/rope_ref.py,
    written from the op definitions), and the model functions fed with
    those tables compute the same RoPE. Returns the exit status."""
    sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "lib"))
    import numpy as np
    import rope_ref
    g = torch.Generator().manual_seed(0)
    failures = []

    def expect(what, got, want, tol):
        err = float(np.max(np.abs(np.asarray(got, np.float64) - want)))
        print(f"check-references: {what}: max |err| = {err:.3g} "
              f"(tol {tol:g}) {'ok' if err <= tol else 'MISMATCH'}")
        if err > tol:
            failures.append(what)

    pos = torch.tensor([[0, 1, 7, 4095, 131071]])
    angles = llama_angles(pos, 128)
    expect("llama angles vs rope_ref.freqs", angles[0].numpy(),
           rope_ref.freqs(pos[0].numpy(), 128), 0.0)
    q = torch.randn(1, 3, 5, 128, generator=g)
    k = torch.randn(1, 2, 5, 128, generator=g)
    want = rotate_reference(q, angles[0], False)
    # rope_ref rounds its f64 results to f32.
    expect("half reference vs rope_ref.rotate", want.numpy(),
           rope_ref.rotate(q.numpy(), 128, "half", angles=angles.numpy(),
                           table_map=[0, 2]), 1e-6)
    q_hf, k_hf = hf_apply()(q, k, *hf_tables(angles))
    expect("transformers apply_rotary_pos_emb on hf_tables", q_hf.numpy(),
           want.numpy(), 1e-5)
    expect("transformers apply_rotary_pos_emb (k)", k_hf.numpy(),
           rotate_reference(k, angles[0], False).numpy(), 1e-5)

    grid, dims = (2, 3, 4), (4, 6, 6)
    table = cogvideox_angles(grid, dims, "cpu")
    ref_table = rope_ref.broadcat(*[rope_ref.freqs(np.arange(n), d)
                                    for n, d in zip(grid, dims)])
    expect("3D angles vs rope_ref.broadcat", table.numpy(),
           ref_table.reshape(24, 8), 0.0)
    x = torch.randn(1, 2, 24, 16, generator=g)
    want = rotate_reference(x, table, True)
    expect("interleaved reference vs rope_ref.rotate", want.numpy(),
           rope_ref.rotate(x.numpy(), 16, "interleaved",
                           angles=table.numpy(), table_map=[2]), 1e-6)
    x_d, _ = diffusers_apply()(x, x, *diffusers_tables(table))
    expect("diffusers apply_rotary_emb on diffusers_tables", x_d.numpy(),
           want.numpy(), 1e-5)
    return 1 if failures else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true",
                   help="fewer rounds, bf16 only (a smoke run)")
    p.add_argument("--json", help="write the results here")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--min-ms", type=float, default=200.0,
                   help="GPU time per row and case, over all rounds")
    p.add_argument("--check-references", action="store_true",
                   help="check the references and the model functions' "
                        "inputs on the CPU against test/lib/rope_ref.py "
                        "(no GPU), then exit")
    args = p.parse_args()
    if args.quick:
        args.rounds, args.min_ms = 3, 30.0

    if args.check_references:
        sys.exit(check_references())
    device = torch.cuda.current_device()
    lib, chip = library_for(device)
    peak = peak_bandwidth(device)
    props = torch.cuda.get_device_properties(device)
    print(f"device: {props.name}, {props.multi_processor_count} SMs, peak "
          f"{peak / 1e12:.2f} TB/s; library {os.path.basename(lib.path)} "
          f"({chip}); torch {torch.__version__}")

    dtypes = [torch.bfloat16] if args.quick else [torch.bfloat16,
                                                  torch.float32]
    seqs = [1, 16, 4096] if args.quick else [1, 2, 4, 8, 16, 4096]
    all_results, failed = [], []
    for dtype in dtypes:
        cases = [llama_case(lib, s, dtype, device) for s in seqs]
        cases.append(cogvideox_case(lib, dtype, device))
        for case in cases:
            results = run_case(case, peak, args.rounds, args.min_ms)
            print_case(case, results)
            ours = [r for r in results if r["impl"].startswith("rope-mlir")
                    and "skipped" not in r]
            for r in ours:
                if not r["max_rel_err"] <= TOL[dtype]:
                    failed.append(f"{case.name} {r['impl']}: error "
                                  f"{r['max_rel_err']:.3g} > {TOL[dtype]:.3g}")
            all_results.append({"case": case.name, "dtype": str(dtype),
                                "bytes": case.bytes, "rows": results})
            del case
            torch.cuda.empty_cache()
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"device": props.name, "peak_Bps": peak,
                       "chip": chip, "cases": all_results}, f, indent=1)
    if failed:
        print("\nFAILED:\n  " + "\n  ".join(failed))
        sys.exit(1)
    print("\nrope-mlir results within their error bounds.")


if __name__ == "__main__":
    main()
