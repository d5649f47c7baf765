// REQUIRES: rope-cuda-runtime, numpy
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: clang -shared -fPIC -I%cuda_root/include %S/Inputs/fake_libcuda.c -o %t.dir/libcuda.so.1
// RUN: rope-gpu-aot %s -o %t.so
// RUN: llvm-readelf --dynamic %t.so | FileCheck %s --check-prefix=DEPS
// RUN: env LD_LIBRARY_PATH=%t.dir %python %S/lib/fakerun.py %t.so --manifest | FileCheck %s --check-prefix=MANIFEST
// RUN: env LD_LIBRARY_PATH=%t.dir ROPE_FAKE_CUDA_PARAMS=45 %python %S/lib/fakerun.py %t.so rope_site_0 input0=1x32x128 input1=1x8x128 angles=1x64 | FileCheck %s --check-prefix=DECODE
// RUN: env LD_LIBRARY_PATH=%t.dir ROPE_FAKE_CUDA_PARAMS=45 %python %S/lib/fakerun.py %t.so rope_site_0 input0=4096x32x128 input1=4096x8x128 angles=4096x64 | FileCheck %s --check-prefix=PREFILL
// RUN: env LD_LIBRARY_PATH=%t.dir %python %S/lib/fakerun.py %t.so --func qk %s 3x32x128 3x8x128 3x64 | FileCheck %s --check-prefix=HOST
// RUN: env LD_LIBRARY_PATH=%t.dir %python %S/lib/fakerun.py %t.so --twice rope_site_0 input0=2x32x128 input1=2x8x128 angles=2x64 | FileCheck %s --check-prefix=TWICE

// The host side of an ahead-of-time library, on a stand-in libcuda that
// runs no kernel but prints the driver calls (no GPU needed): what the
// library links against, its manifest, how the C entry point marshals raw
// pointers and sizes into the kernel's parameters, the launch
// configuration it computes at run time for decode and prefill shapes, and
// the host-memory wrapper's sequence of driver calls.

func.func @qk(%q: tensor<?x32x128xbf16>, %k: tensor<?x8x128xbf16>,
              %t: tensor<?x64xf32>)
    -> (tensor<?x32x128xbf16>, tensor<?x8x128xbf16>)
    attributes {llvm.emit_c_interface} {
  %q2, %k2 = rope.rotate half %q, %k : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
      angles(%t : tensor<?x64xf32>)
      {rotary_dim = 128 : i64,
       table_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>]}
  return %q2, %k2 : tensor<?x32x128xbf16>, tensor<?x8x128xbf16>
}

// Only the C library and the driver: no LLVM, no C++ runtime.
// DEPS:      (NEEDED) Shared library: [libcuda.so.1]
// DEPS-NEXT: (NEEDED) Shared library: [libc.so.6]
// DEPS-NOT:  NEEDED

// The cubin is loaded when the library is opened.
// MANIFEST:      fake-cuda: load module (ELF cubin)
// MANIFEST:      "buffers": [
// MANIFEST:        "dtype": "bf16",
// MANIFEST-NEXT:   "role": "input0",
// MANIFEST-NEXT:   "shape": [
// MANIFEST-NEXT:    -1,
// MANIFEST-NEXT:    32,
// MANIFEST-NEXT:    128
// MANIFEST:        "role": "input1",
// MANIFEST:        "role": "output0",
// MANIFEST:        "role": "output1",
// MANIFEST:        "dtype": "f32",
// MANIFEST-NEXT:   "role": "angles",
// MANIFEST:      "func": "qk",
// MANIFEST:      "kernel": "fused",
// MANIFEST:      "name": "rope_site_0",
// MANIFEST:      "sizes": [
// MANIFEST-NEXT:   [
// MANIFEST-NEXT:    "input0",
// MANIFEST-NEXT:    0
// MANIFEST:         "input1",
// MANIFEST:         "angles",

// Decode, one token: 40 heads (32 q + 8 k), one head per unit (40 groups of
// 1), 32 units per CTA of 8 x 32 threads: 2 CTAs, one launch.
// DECODE:      fake-cuda: get function rope_site_0
// DECODE:      fake-cuda: launch rope_site_0 grid (2, 1, 1) block (8, 32, 1)
// q's descriptor: pointer twice, offset 0, sizes [1, 32, 128], strides
// [4096, 128, 1].
// DECODE-NEXT: param 0 = [[QPTR:[0-9]+]]
// DECODE-NEXT: param 1 = [[QPTR]]
// DECODE-NEXT: param 2 = 0
// DECODE-NEXT: param 3 = 1
// DECODE-NEXT: param 4 = 32
// DECODE-NEXT: param 5 = 128
// DECODE-NEXT: param 6 = 4096
// DECODE-NEXT: param 7 = 128
// DECODE-NEXT: param 8 = 1
// DECODE:      param 43 = 40
// DECODE-NEXT: param 44 = 1
// DECODE-NOT:  launch

// Prefill, LLaMA-7B-like 4096 tokens: 4096 x 8 threads per head group; the
// SM90 default fills 132 x 2048 threads with 8 groups of 5 heads.
// PREFILL:      fake-cuda: launch rope_site_0 grid (1024, 1, 1) block (8, 32, 1)
// PREFILL:      param 3 = 4096
// PREFILL:      param 43 = 8
// PREFILL-NEXT: param 44 = 5

// The module's own function on host buffers: one stream, device copies of
// the inputs and the table, the launch on that stream, the outputs copied
// back, everything freed, one synchronization.
// HOST:      fake-cuda: stream create
// HOST-NEXT: fake-cuda: alloc 24576 bytes
// HOST-NEXT: fake-cuda: copy 24576 bytes
// HOST-NEXT: fake-cuda: alloc 6144 bytes
// HOST-NEXT: fake-cuda: copy 6144 bytes
// HOST-NEXT: fake-cuda: alloc 24576 bytes
// HOST-NEXT: fake-cuda: alloc 6144 bytes
// HOST-NEXT: fake-cuda: alloc 768 bytes
// HOST-NEXT: fake-cuda: copy 768 bytes
// HOST-NEXT: fake-cuda: get function rope_site_0
// HOST-NEXT: fake-cuda: launch rope_site_0 grid (4, 1, 1) block (8, 32, 1) on a stream
// HOST-NEXT: fake-cuda: copy 24576 bytes
// HOST-NEXT: fake-cuda: copy 6144 bytes
// HOST-COUNT-5: fake-cuda: free
// HOST-NEXT: fake-cuda: stream synchronize
// HOST-NEXT: fake-cuda: stream destroy

// The runtime asks the driver for the kernel once, not at every launch.
// TWICE:     fake-cuda: get function rope_site_0
// TWICE:     fake-cuda: launch rope_site_0
// TWICE-NOT: get function
// TWICE:     fake-cuda: launch rope_site_0
