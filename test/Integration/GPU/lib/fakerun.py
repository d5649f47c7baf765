#!/usr/bin/env python3
"""Drives a rope-gpu-aot library on zeros, for the fake-driver tests.

    fakerun.py LIB.so --manifest
    fakerun.py LIB.so SITE ROLE=DxDx... ...   the C entry point on device
                                             buffers of those shapes
    fakerun.py LIB.so --twice SITE ...       ... called twice
    fakerun.py LIB.so --func NAME TEST.mlir DxD... ...
                                             the module's function on host
                                             buffers (llvm.emit_c_interface)

Under test/Integration/GPU/Inputs/fake_libcuda.c nothing runs on a GPU: the
interesting output is the driver calls the fake prints.
"""

import ctypes
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gpucheck  # noqa: E402
import rope_gpu  # noqa: E402  (gpucheck put it on the path)


def shape(text):
    return tuple(int(d) for d in text.split("x"))


def main():
    argv = sys.argv[1:]
    library = rope_gpu.Library(argv[0])
    sys.stdout.flush()
    if argv[1] == "--manifest":
        print(json.dumps(library.manifest, indent=1, sort_keys=True))
    elif argv[1] == "--func":
        name, test = argv[2], argv[3]
        args, results = gpucheck.parse_signature(open(test).read(), name)
        arrays = [rope_gpu.to_storage(np.zeros(shape(s)), dtype)
                  for s, (_, dtype) in zip(argv[4:], args)]
        descs = [gpucheck.to_memref(a) for a in arrays]
        outs = [gpucheck.memref_type(rank)() for rank, _ in results]
        packed = type("Results", (ctypes.Structure,),
                      {"_fields_": [(f"r{i}", type(r))
                                    for i, r in enumerate(outs)]})()
        fn = getattr(library.lib, "_mlir_ciface_" + name)
        fn(ctypes.byref(packed), *[ctypes.byref(d) for d in descs])
        library.check()
    else:
        calls = 2 if argv[1] == "--twice" else 1
        argv = argv[calls - 1:]
        site = library.sites[argv[1]]
        values = {}
        for spec in argv[2:]:
            role, dims = spec.split("=")
            values[role] = np.zeros(shape(dims))
        for _ in range(calls):
            rope_gpu.run_site(site, values)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
