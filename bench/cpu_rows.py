"""Rows of the CPU benchmark: one implementation of a case each, built from
any callable, so that a new case (or a new implementation) is a few lines.

A Row's `bind(outs)` gives the no-argument callable that is timed. Rows
that write into preallocated outputs write `outs` (every compiled kernel,
IREE, the *-out PyTorch and torch.compile rows, the copy); rows that
allocate (`allocates`: PyTorch eager and torch.compile returning fresh
tensors, as a model calls them) return their outputs and ignore `outs`.
`tolerance` names the bound its check uses (cpu_measure.TOLERANCES): the
fused kernels' own, or a looser one for rows that round with their own
bf16 tables and intermediates or approximate sin/cos differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import torch


@dataclass
class Row:
    bind: Callable[[list], Callable[[], Any]]
    allocates: bool = False
    tolerance: str = "kernel"
    checked: bool = True

    def outputs(self, outs: list) -> list:
        """Runs the row once and returns what it computed: `outs` (which it
        must have written) or the fresh tensors it returned."""
        result = self.bind(outs)()
        return list(result) if self.allocates else outs


def kernel_row(kernel, inputs: list, tolerance: str = "kernel") -> Row:
    """A compiled kernel (cpu_kernels.Kernel, cpu_iree.IreeKernel) called on
    the inputs and the caller's output buffers."""
    return Row(lambda outs: kernel.bind(list(inputs) + list(outs)),
               tolerance=tolerance)


def copy_row(kernel, sources: list) -> Row:
    """The copy of `sources` into the outputs: the bandwidth limit, nothing
    to check."""
    return Row(lambda outs: kernel.bind(list(sources) + list(outs)),
               checked=False)


def eager_row(fn: Callable[[], Any]) -> Row:
    """PyTorch eager returning fresh outputs: `fn()` under no_grad."""
    return Row(lambda outs: _no_grad(fn), allocates=True,
               tolerance="own-roundings")


def eager_into_row(make: Callable[[list], Callable[[], Any]]) -> Row:
    """PyTorch eager writing into preallocated outputs: `make(outs)()`."""
    return Row(lambda outs: _no_grad(make(outs)), tolerance="own-roundings")


def _no_grad(fn):
    def call():
        with torch.no_grad():
            return fn()
    return call
