"""The export command writes what test/Models holds (so the committed IR is
what the pinned front end produces), and the files have what lit needs."""

import pathlib
import subprocess
import sys

import pytest

from rope_mlir.export_models import variants

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODELS_DIR = ROOT / "test" / "Models"
PYTHON_DIR = ROOT / "python"


def _export(out, *names):
    return subprocess.run([sys.executable, "-m", "rope_mlir.export_models",
                           "--out", str(out), *names],
                          cwd=PYTHON_DIR, capture_output=True, text=True)


def test_committed_files_are_what_the_command_writes(tmp_path):
    names = ("llama_rope_yarn", "cogvideox_3d_rope")
    run = _export(tmp_path, *names)
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{v.file_stem}.mlir" for v in variants(names))
    for name in written:
        assert (tmp_path / name).read_text() == (MODELS_DIR / name).read_text(), (
            f"test/Models/{name} is stale: rerun "
            "python -m rope_mlir.export_models --out test/Models")


def test_every_variant_is_committed_with_run_lines():
    expected = {f"{v.file_stem}.mlir" for v in variants()}
    assert {p.name for p in MODELS_DIR.glob("*.mlir")} == expected
    for name in expected:
        head = (MODELS_DIR / name).read_text().split("\n#map", 1)[0]
        assert "// RUN: rope-opt %s --rope-cpu-pipeline" in head
        assert "func.func @main" in (MODELS_DIR / name).read_text()


def test_unknown_model_is_refused(tmp_path):
    run = _export(tmp_path, "no_such_model")
    assert run.returncode == 2
    assert "unknown model(s): no_such_model" in run.stderr
