"""torch.compile (Inductor, CPU) rows of the CPU benchmark, for any callable
`fn(*inputs) -> outputs` (the model's own function: the whole module, table
included, as the fused kernel computes it).

Two modes, `default` and `max-autotune-no-cudagraphs`, each two ways:

  inductor[-max]      fn compiled as is: every call returns fresh outputs
                      (allocated, and page-faulted in, inside the call)
  inductor[-max]-out  `def into(*inputs, *outs): outs[i].copy_(fn(...)[i])`
                      compiled: Inductor turns the copies into mutations of
                      the graph inputs and fuses them into its kernel, which
                      then stores straight into the caller's buffers (its
                      generated code has no output allocation and no copy
                      loop; bench/README.md): the kernel-vs-kernel row

Graphs are compiled whole (fullgraph=True: a graph break would fail, not
fall back to eager for part of the work) and static (dynamic=False), with
Dynamo's caches reset before each, so no row runs a graph compiled for
another shape or falls back to eager after a recompile limit. Inductor runs
its kernels on torch's intra-op threads (torch.set_num_threads).

    available() -> None, or why the rows are skipped
    compiled_rows(fn, inputs, modes) -> {row name: cpu_rows.Row}
"""

from __future__ import annotations

import torch

from cpu_rows import eager_into_row, eager_row

MODES = {"inductor": "default", "inductor-max": "max-autotune-no-cudagraphs"}


def available() -> str | None:
    """None when Inductor can compile for the CPU here, else the reason."""
    try:
        from torch._inductor import cpp_builder
        cpp_builder.get_cpp_compiler()
    except Exception as e:  # noqa: BLE001 (Inductor raises many kinds)
        return f"torch.compile has no C++ compiler for its CPU backend ({e})"
    return None


def _compile(fn, mode: str):
    return torch.compile(fn, mode=mode, fullgraph=True, dynamic=False)


def compiled_rows(fn, inputs: list, modes=MODES) -> dict:
    """Row name -> cpu_rows.Row for each mode: fresh outputs and
    preallocated ones. Dynamo compiles a graph on its first call (the
    check, before timing); the four graphs of a case share two code objects
    (fn's and into's), and a recompile limit hit would run eager silently,
    so it fails instead."""
    import torch._dynamo
    torch._dynamo.reset()
    torch._dynamo.config.fail_on_recompile_limit_hit = True

    def into(*args):
        results = fn(*args[:len(inputs)])
        for out, result in zip(args[len(inputs):], results):
            out.copy_(result)

    rows = {}
    for name, mode in modes.items():
        fresh, out = _compile(fn, mode), _compile(into, mode)
        rows[name] = eager_row((lambda f: lambda: f(*inputs))(fresh))
        rows[f"{name}-out"] = eager_into_row(
            (lambda f: lambda outs: lambda: f(*inputs, *outs))(out))
    return rows
