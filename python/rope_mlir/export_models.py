"""Writes the imported linalg IR of every reference model to files.

    python -m rope_mlir.export_models --out test/Models

One file per model and variant: <name>.mlir (f32, static sequence length),
<name>_dyn.mlir (dynamic sequence length), and the same with _bf16 (bf16
activations, as models run in bf16). Each file starts with lit RUN lines, so
check-rope proves every file still parses and lowers with the project's MLIR;
`rope-opt --rope-raise` can be run on any of them by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import pathlib
import sys
from importlib import metadata

import torch

from . import frontend
from .models import MAX_POSITIONS, REFERENCE_MODELS, SEQ, ReferenceModel

DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16}


@dataclasses.dataclass(frozen=True)
class Variant:
    model: ReferenceModel
    dtype_name: str
    dynamic: bool

    @property
    def file_stem(self) -> str:
        suffix = "" if self.dtype_name == "f32" else f"_{self.dtype_name}"
        return self.model.name + suffix + ("_dyn" if self.dynamic else "")


def variants(names=None):
    for name, model in REFERENCE_MODELS.items():
        if names and name not in names:
            continue
        for dtype_name in DTYPES:
            for dynamic in (False, True):
                if dynamic and not model.dynamic_seq:
                    continue
                yield Variant(model, dtype_name, dynamic)


def build_for_dtype(model: ReferenceModel, dtype: torch.dtype):
    """The module with its weights in `dtype`, as a model loaded in that
    dtype has them; buffers (frequency tables) stay as the library made them."""
    module = model.build()
    for p in module.parameters():
        p.data = p.data.to(dtype)
    return module


def import_variant(v: Variant, seq: int = SEQ) -> tuple:
    """(module, example inputs, linalg text) for one variant."""
    dtype = DTYPES[v.dtype_name]
    module = build_for_dtype(v.model, dtype)
    inputs = v.model.inputs(seq, dtype)
    dyn = (frontend.dynamic_shapes_for(inputs, v.model.seq_dims, MAX_POSITIONS)
           if v.dynamic else None)
    return module, inputs, frontend.import_linalg(module, inputs, dynamic_shapes=dyn)


def _header(v: Variant) -> str:
    versions = ", ".join(f"{p} {metadata.version(p)}"
                         for p in ("torch", "torch-mlir", "transformers",
                                   "diffusers"))
    shape = "dynamic" if v.dynamic else f"static (seq {SEQ})"
    return (f"// {v.model.description}.\n"
            f"// {v.dtype_name}, {shape} sequence length; RoPE sites: "
            f"{v.model.sites}.\n"
            f"// Imported by torch-mlir's FX importer (linalg-on-tensors) with "
            f"{versions}.\n"
            "// Generated: python -m rope_mlir.export_models --out test/Models"
            " (do not edit).\n"
            "// RUN: rope-opt %s --rope-cpu-pipeline | FileCheck %s\n"
            "// CHECK: llvm.func @main\n\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("models", nargs="*",
                        help=f"subset of: {', '.join(REFERENCE_MODELS)}")
    args = parser.parse_args(argv)
    unknown = set(args.models) - set(REFERENCE_MODELS)
    if unknown:
        parser.error(f"unknown model(s): {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)
    for v in variants(args.models):
        _, _, text = import_variant(v)
        path = args.out / f"{v.file_stem}.mlir"
        path.write_text(_header(v) + text)
        print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
