#!/usr/bin/env python3
"""rope-gpu-aot: a module with rope ops -> a self-contained shared library.

    rope-gpu-aot model.mlir -o model.so [--chip sm_90] [--features +ptx80]
                 [--opt-level 3] [--num-sms N] [--raise] [--ptx model.ptx]
                 [--keep-temps DIR]
    rope-gpu-aot model.mlir --ptx model.ptx      (PTX only)

Runs, ahead of time on a machine with LLVM/MLIR 22 and the CUDA toolkit:

    rope-opt [--rope-raise] --rope-gpu-pipeline="chip=... format=bin"
      | mlir-translate --mlir-to-llvmir
      | clang -shared  (+ libRopeCudaRuntime.a, + -lcuda from the toolkit stubs)

The library embeds the cubin (loaded by a constructor when the library is
opened), carries the project's mgpu* runtime, and needs only libc and the
driver's libcuda.so.1 at run time: copy it to a GPU machine without LLVM.
It exports
  - one C entry point per RoPE site,
        void rope_site_<k>(void *buffers..., int64_t sizes..., void *stream)
    on raw, contiguous, 16-byte aligned device buffers (inputs, outputs,
    then the table operands; an output may alias its input), the dynamic
    sizes of the non-output buffers in order, and a CUstream (0: the legacy
    default stream); the launch is asynchronous on that stream;
  - const char *rope_manifest(void), a JSON description of those entry
    points (buffer roles, element types, shapes);
  - every public function of the module (host buffers, synchronous);
  - the mgpu* runtime and int ropeRuntimeLastError(void).
rope_gpu.py (next to this tool) loads such a library from Python (ctypes).

--ptx also writes the kernels' PTX (the same pipeline with format=isa), for
`ptxas -v` (registers, spills) and FileCheck.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Filled in by CMake (tools/rope-gpu-aot/CMakeLists.txt).
ROPE_OPT = "@ROPE_OPT@"
MLIR_TRANSLATE = "@ROPE_MLIR_TRANSLATE@"
CLANG = "@ROPE_CLANG@"
RUNTIME_ARCHIVE = "@ROPE_RUNTIME_ARCHIVE@"
CUDA_STUBS = "@ROPE_CUDA_STUBS@"
CUDA_TOOLKIT = "@ROPE_CUDA_TOOLKIT@"


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit(f"rope-gpu-aot: failed: {' '.join(cmd)}")
    return result.stdout


def pipeline(args, fmt):
    options = [f"chip={args.chip}", f"features={args.features}",
               f"opt-level={args.opt_level}", f"format={fmt}",
               f"toolkit={CUDA_TOOLKIT}", f"num-sms={args.num_sms}"]
    passes = ["--rope-raise"] if args.raise_ else []
    return passes + ["--rope-gpu-pipeline=" + " ".join(options)]


def extract_ptx(mlir_text):
    """The PTX texts of the gpu.binary objects (MLIR string escapes undone)."""
    out = []
    for m in re.finditer(r'assembly = "((?:[^"\\]|\\.)*)"', mlir_text):
        raw = re.sub(r"\\([0-9A-Fa-f]{2})",
                     lambda e: chr(int(e.group(1), 16)), m.group(1))
        out.append(raw.replace('\\"', '"').replace("\\\\", "\\"))
    return "\n".join(out)


def main():
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("input")
    p.add_argument("-o", "--output", help="the shared library to write")
    p.add_argument("--chip", default="sm_90")
    p.add_argument("--features", default="+ptx80")
    p.add_argument("--opt-level", default="3")
    p.add_argument("--num-sms", default="0")
    p.add_argument("--raise", dest="raise_", action="store_true",
                   help="run --rope-raise first (model IR on linalg)")
    p.add_argument("--ptx", help="also write the kernels' PTX here")
    p.add_argument("--keep-temps", help="keep the intermediate files here")
    args = p.parse_args()
    if not args.output and not args.ptx:
        p.error("nothing to do: give -o and/or --ptx")

    if args.ptx:
        isa = run([ROPE_OPT, args.input, *pipeline(args, "isa")])
        with open(args.ptx, "w") as f:
            f.write(extract_ptx(isa))
    if not args.output:
        return
    if not os.path.exists(RUNTIME_ARCHIVE):
        sys.exit("rope-gpu-aot: the CUDA runtime library was not built (no "
                 "CUDA toolkit when configuring); reconfigure with "
                 "-DCUDAToolkit_ROOT=<toolkit>")
    temps = args.keep_temps or tempfile.mkdtemp(prefix="rope-gpu-aot-")
    os.makedirs(temps, exist_ok=True)
    try:
        host_mlir = os.path.join(temps, "host.mlir")
        host_ll = os.path.join(temps, "host.ll")
        run([ROPE_OPT, args.input, *pipeline(args, "bin"), "-o", host_mlir])
        run([MLIR_TRANSLATE, "--mlir-to-llvmir", host_mlir, "-o", host_ll])
        run([CLANG, "-shared", "-fPIC", "-O2", "-Wno-override-module",
             host_ll, RUNTIME_ARCHIVE, "-L" + CUDA_STUBS, "-lcuda",
             "-Wl,--no-undefined", "-o", args.output])
    finally:
        if not args.keep_temps:
            shutil.rmtree(temps, ignore_errors=True)


if __name__ == "__main__":
    main()
