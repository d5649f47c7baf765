"""PyTorch -> linalg-on-tensors text, through torch-mlir's FX importer.

torch-mlir carries its own (newer) MLIR; what crosses over to rope-mlir's
MLIR 22 is text only, so the two never share a process-level MLIR object.
"""

from __future__ import annotations

import contextlib
from typing import Sequence

import torch
from torch import nn


@contextlib.contextmanager
def _buffers_persistent(module: nn.Module):
    """torch-mlir's frozen import looks buffers up in the state dict only, so
    non-persistent buffers (transformers' inv_freq, GPT-J's sin/cos cache) make
    it fail with "Could not find state mapping for buffer". Marking them
    persistent for the export changes no computation."""
    saved = [(m, set(m._non_persistent_buffers_set)) for m in module.modules()]
    try:
        for m, _ in saved:
            m._non_persistent_buffers_set.clear()
        yield
    finally:
        for m, names in saved:
            m._non_persistent_buffers_set.update(names)


def dynamic_shapes_for(inputs: Sequence, seq_dims: Sequence, max_seq: int):
    """torch.export dynamic_shapes giving every input's sequence dimension the
    same symbolic size, up to max_seq (models slicing a position table of that
    many rows need the bound)."""
    seq = torch.export.Dim("seq", min=2, max=max_seq)
    return tuple(None if d is None or not isinstance(x, torch.Tensor) else {d: seq}
                 for x, d in zip(inputs, seq_dims))


def import_linalg(module: nn.Module, inputs: Sequence, *,
                  dynamic_shapes=None, func_name: str = "main") -> str:
    """Returns the module's forward as linalg-on-tensors MLIR text (generic op
    form, which MLIR 22 parses whatever newer custom syntax torch-mlir's MLIR
    prints)."""
    from torch_mlir import fx

    with torch.no_grad():
        # One eager call first, as a model runs before it is exported: state
        # that depends on the data (dynamic NTK's inv_freq) is then what these
        # inputs need.
        module(*inputs)
    with _buffers_persistent(module), torch.no_grad():
        mlir_module = fx.export_and_import(
            module, *inputs, output_type="linalg-on-tensors",
            dynamic_shapes=dynamic_shapes, func_name=func_name)
    return mlir_module.operation.get_asm(print_generic_op_form=False,
                                         large_elements_limit=None)
