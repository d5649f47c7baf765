// A stand-in libcuda.so.1 for machines without a GPU: it runs no kernel, but
// lets the host side of a rope-gpu-aot library run (load, manifest, launch
// configuration, buffer marshalling, host-memory wrappers) and prints every
// driver call that matters, for FileCheck. Device memory is host memory.
//
// ROPE_FAKE_CUDA_PARAMS=N prints the first N kernel parameters of each
// launch as 64-bit integers (the driver's real API carries no count).

#include <cuda.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// printf, flushed at once: the driver's lines interleave with the Python
/// driver's own output in call order.
#define SAY(...)                                                               \
  do {                                                                         \
    printf(__VA_ARGS__);                                                       \
    fflush(stdout);                                                            \
  } while (0)

static int paramsToPrint(void) {
  const char *n = getenv("ROPE_FAKE_CUDA_PARAMS");
  return n ? atoi(n) : 0;
}

static CUcontext current;
static int contextObject, streamObject, eventObject;

CUresult cuInit(unsigned flags) {
  (void)flags;
  return CUDA_SUCCESS;
}
CUresult cuGetErrorName(CUresult error, const char **name) {
  *name = error == CUDA_SUCCESS ? "CUDA_SUCCESS" : "FAKE_ERROR";
  return CUDA_SUCCESS;
}
CUresult cuCtxGetCurrent(CUcontext *ctx) {
  *ctx = current;
  return CUDA_SUCCESS;
}
CUresult cuCtxSetCurrent(CUcontext ctx) {
  current = ctx;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGet(CUdevice *device, int ordinal) {
  *device = ordinal;
  return CUDA_SUCCESS;
}
CUresult cuDevicePrimaryCtxRetain(CUcontext *ctx, CUdevice device) {
  SAY("fake-cuda: primary context of device %d\n", device);
  *ctx = (CUcontext)&contextObject;
  return CUDA_SUCCESS;
}

// A module remembers nothing; a function is its name.
CUresult cuModuleLoadData(CUmodule *module, const void *image) {
  const unsigned char *elf = image;
  SAY("fake-cuda: load module (%s)\n",
      elf[0] == 0x7f && elf[1] == 'E' ? "ELF cubin" : "not an ELF image");
  *module = (CUmodule)malloc(1);
  return CUDA_SUCCESS;
}
CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned n,
                            CUjit_option *options, void **values) {
  (void)n, (void)options, (void)values;
  return cuModuleLoadData(module, image);
}
CUresult cuModuleUnload(CUmodule module) {
  free(module);
  return CUDA_SUCCESS;
}
CUresult cuModuleGetFunction(CUfunction *function, CUmodule module,
                             const char *name) {
  (void)module;
  SAY("fake-cuda: get function %s\n", name);
  *function = (CUfunction)strdup(name);
  return CUDA_SUCCESS;
}
CUresult cuLaunchKernel(CUfunction f, unsigned gx, unsigned gy, unsigned gz,
                        unsigned bx, unsigned by, unsigned bz, unsigned smem,
                        CUstream stream, void **params, void **extra) {
  (void)smem, (void)extra;
  SAY("fake-cuda: launch %s grid (%u, %u, %u) block (%u, %u, %u) on %s\n",
      (const char *)f, gx, gy, gz, bx, by, bz,
      stream ? "a stream" : "the default stream");
  int n = paramsToPrint();
  for (int i = 0; i < n; ++i)
    SAY("fake-cuda:   param %d = %lld\n", i, (long long)*(int64_t *)params[i]);
  return CUDA_SUCCESS;
}

CUresult cuStreamCreate(CUstream *stream, unsigned flags) {
  (void)flags;
  SAY("fake-cuda: stream create\n");
  *stream = (CUstream)&streamObject;
  return CUDA_SUCCESS;
}
CUresult cuStreamDestroy_v2(CUstream stream) {
  (void)stream;
  SAY("fake-cuda: stream destroy\n");
  return CUDA_SUCCESS;
}
CUresult cuStreamSynchronize(CUstream stream) {
  (void)stream;
  SAY("fake-cuda: stream synchronize\n");
  return CUDA_SUCCESS;
}
CUresult cuStreamWaitEvent(CUstream stream, CUevent event, unsigned flags) {
  (void)stream, (void)event, (void)flags;
  return CUDA_SUCCESS;
}
CUresult cuEventCreate(CUevent *event, unsigned flags) {
  (void)flags;
  *event = (CUevent)&eventObject;
  return CUDA_SUCCESS;
}
CUresult cuEventDestroy_v2(CUevent event) {
  (void)event;
  return CUDA_SUCCESS;
}
CUresult cuEventSynchronize(CUevent event) {
  (void)event;
  return CUDA_SUCCESS;
}
CUresult cuEventRecord(CUevent event, CUstream stream) {
  (void)event, (void)stream;
  return CUDA_SUCCESS;
}

CUresult cuMemAllocAsync(CUdeviceptr *ptr, size_t bytes, CUstream stream) {
  (void)stream;
  SAY("fake-cuda: alloc %zu bytes\n", bytes);
  *ptr = (CUdeviceptr)calloc(1, bytes);
  return CUDA_SUCCESS;
}
CUresult cuMemAllocManaged(CUdeviceptr *ptr, size_t bytes, unsigned flags) {
  (void)flags;
  return cuMemAllocAsync(ptr, bytes, NULL);
}
CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute,
                               CUdeviceptr ptr) {
  (void)attribute, (void)ptr;
  *(unsigned *)data = 0;
  return CUDA_SUCCESS;
}
CUresult cuMemFreeAsync(CUdeviceptr ptr, CUstream stream) {
  (void)stream;
  SAY("fake-cuda: free\n");
  free((void *)ptr);
  return CUDA_SUCCESS;
}
CUresult cuMemFree_v2(CUdeviceptr ptr) { return cuMemFreeAsync(ptr, NULL); }
CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t bytes,
                       CUstream stream) {
  (void)stream;
  SAY("fake-cuda: copy %zu bytes\n", bytes);
  memcpy((void *)dst, (const void *)src, bytes);
  return CUDA_SUCCESS;
}
CUresult cuMemsetD32Async(CUdeviceptr dst, unsigned value, size_t count,
                          CUstream stream) {
  (void)stream;
  for (size_t i = 0; i < count; ++i)
    ((unsigned *)dst)[i] = value;
  return CUDA_SUCCESS;
}
