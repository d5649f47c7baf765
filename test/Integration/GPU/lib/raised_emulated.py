#!/usr/bin/env python3
"""Differential execution of the raise tests through the GPU kernels.

    raised_emulated.py ROPE_OPT MLIR_RUNNER RUNNER_UTILS RAISE_DIR

Every chunk with a @main of RAISE_DIR/*.mlir runs twice, as
test/Integration/Raise/differential.py does, except that the raised side
goes through --rope-gpu-pipeline with the kernels emulated on the host:
model IR (HF, Meta complex, GPT-J, vLLM, 3D, mRoPE, low precision...),
raised, must print what plain upstream lowering of the same IR prints.
"""

import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# No __pycache__ in test/Integration/Raise: lit would take it for tests.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "..", "Raise"))
import differential  # noqa: E402

RAISED_GPU = ("--rope-raise", "--rope-gpu-pipeline=emulate=1")


def main():
    rope_opt, runner, runner_utils, raise_dir = sys.argv[1:5]
    libdir = os.path.dirname(runner_utils)
    status = 0
    for path in sorted(glob.glob(os.path.join(raise_dir, "*.mlir"))):
        ok, ran, out = differential.check_file(path, rope_opt, runner, libdir,
                                               RAISED_GPU)
        if not ran:
            continue
        print(f"raised_emulated: {os.path.basename(path)}: "
              f"{'ok' if ok else 'FAILED'} ({ran} chunks)\n{out}")
        status |= not ok
    sys.exit(status)


if __name__ == "__main__":
    main()
