//===- CudaRuntime.c - the mgpu* runtime ABI on the CUDA driver -----------===//
//
// See include/rope/Runtime/CudaRuntime.h for the contract. Kept small on
// purpose: the generated host code loads one module per binary, fetches
// kernels and launches them on a stream; the memory functions serve the
// host-memory wrappers of --rope-gpu-pipeline and the test drivers.
//
// Written in C against libc and libcuda only, so that the ahead-of-time
// libraries that embed it load on machines with an older C++ runtime.
//
//===----------------------------------------------------------------------===//

#include "rope/Runtime/CudaRuntime.h"

#include <cuda.h>

#include <stdatomic.h>
#include <stdio.h>

static atomic_int lastError;
static atomic_int defaultDevice;

/* Reports a failed driver call and remembers the first failure. */
static bool check(CUresult result, const char *what) {
  if (result == CUDA_SUCCESS)
    return true;
  const char *name = NULL;
  cuGetErrorName(result, &name);
  fprintf(stderr, "rope-mlir CUDA runtime: %s failed: %s\n", what,
          name ? name : "unknown error");
  int expected = 0;
  atomic_compare_exchange_strong(&lastError, &expected, (int)result);
  return false;
}

#define ROPE_CHECK(call) check((call), #call)

/* Makes sure the calling thread has a CUDA context: the one it already has
   (e.g. PyTorch's), else the default device's primary context. */
static bool ensureContext(void) {
  CUcontext current = NULL;
  if (cuCtxGetCurrent(&current) == CUDA_SUCCESS && current)
    return true;
  /* cuInit is idempotent and thread-safe; this path runs once per thread. */
  if (!ROPE_CHECK(cuInit(0)))
    return false;
  CUdevice device;
  if (!ROPE_CHECK(cuDeviceGet(&device, atomic_load(&defaultDevice))))
    return false;
  /* The retained reference is never released: the context must outlive
     every module and stream handed out, up to process exit. */
  CUcontext primary;
  if (!ROPE_CHECK(cuDevicePrimaryCtxRetain(&primary, device)))
    return false;
  return ROPE_CHECK(cuCtxSetCurrent(primary));
}

void *mgpuModuleLoad(void *data, size_t size) {
  (void)size; /* cubins and fatbins carry their own size */
  CUmodule module = NULL;
  if (ensureContext())
    ROPE_CHECK(cuModuleLoadData(&module, data));
  return module;
}

void *mgpuModuleLoadJIT(void *data, int optLevel) {
  CUmodule module = NULL;
  if (!ensureContext())
    return NULL;
  char log[4096] = {0};
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                            CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, (void *)sizeof(log), (void *)(intptr_t)optLevel};
  if (!ROPE_CHECK(cuModuleLoadDataEx(&module, data, 3, options, values)))
    fprintf(stderr, "%s\n", log);
  return module;
}

/* The generated host code asks for the kernel at every launch; decode-sized
   launches are short enough for the driver's lookup to show, so the answers
   for the first kernels asked for are kept. Keys are the module and the
   address of the name (a constant of the library). Entries are filled under
   the lock and published by the count's release store; unloading a module
   clears its entries' module so that they never match again. */
enum { kFunctionCacheSize = 64 };
static struct {
  void *_Atomic module;
  const char *name;
  CUfunction function;
} functionCache[kFunctionCacheSize];
static atomic_int functionCacheCount;
static atomic_flag functionCacheLock = ATOMIC_FLAG_INIT;

static void lockFunctionCache(void) {
  while (atomic_flag_test_and_set_explicit(&functionCacheLock,
                                           memory_order_acquire))
    ;
}

static void unlockFunctionCache(void) {
  atomic_flag_clear_explicit(&functionCacheLock, memory_order_release);
}

void mgpuModuleUnload(void *module) {
  if (!module)
    return;
  lockFunctionCache();
  int count = atomic_load_explicit(&functionCacheCount, memory_order_relaxed);
  for (int i = 0; i < count; ++i)
    if (functionCache[i].module == module)
      functionCache[i].module = NULL;
  unlockFunctionCache();
  /* Runs from a global destructor, possibly after the driver shut down;
     then there is nothing left to unload and the error is not worth a line. */
  cuModuleUnload((CUmodule)module);
}

void *mgpuModuleGetFunction(void *module, const char *name) {
  if (!module)
    return NULL;
  int count = atomic_load_explicit(&functionCacheCount, memory_order_acquire);
  for (int i = 0; i < count; ++i)
    if (functionCache[i].module == module && functionCache[i].name == name)
      return functionCache[i].function;
  CUfunction function = NULL;
  if (!ROPE_CHECK(cuModuleGetFunction(&function, (CUmodule)module, name)))
    return NULL;
  lockFunctionCache();
  int slot = atomic_load_explicit(&functionCacheCount, memory_order_relaxed);
  if (slot < kFunctionCacheSize) {
    functionCache[slot].module = module;
    functionCache[slot].name = name;
    functionCache[slot].function = function;
    atomic_store_explicit(&functionCacheCount, slot + 1, memory_order_release);
  }
  unlockFunctionCache();
  return function;
}

void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t sharedMemBytes, void *stream,
                      void **params, void **extra, size_t paramsCount) {
  (void)paramsCount;
  if (!function || !ensureContext())
    return;
  /* Empty tensors: nothing to do, and the driver rejects an empty grid. */
  if (gridX == 0 || gridY == 0 || gridZ == 0)
    return;
  ROPE_CHECK(cuLaunchKernel(
      (CUfunction)function, (unsigned)gridX, (unsigned)gridY, (unsigned)gridZ,
      (unsigned)blockX, (unsigned)blockY, (unsigned)blockZ,
      (unsigned)sharedMemBytes, (CUstream)stream, params, extra));
}

void *mgpuStreamCreate(void) {
  CUstream stream = NULL;
  if (ensureContext())
    ROPE_CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  return stream;
}

void mgpuStreamDestroy(void *stream) {
  if (stream)
    ROPE_CHECK(cuStreamDestroy((CUstream)stream));
}

void mgpuStreamSynchronize(void *stream) {
  if (ensureContext())
    ROPE_CHECK(cuStreamSynchronize((CUstream)stream));
}

void mgpuStreamWaitEvent(void *stream, void *event) {
  ROPE_CHECK(cuStreamWaitEvent((CUstream)stream, (CUevent)event, 0));
}

void *mgpuEventCreate(void) {
  CUevent event = NULL;
  if (ensureContext())
    ROPE_CHECK(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

void mgpuEventDestroy(void *event) {
  ROPE_CHECK(cuEventDestroy((CUevent)event));
}

void mgpuEventSynchronize(void *event) {
  ROPE_CHECK(cuEventSynchronize((CUevent)event));
}

void mgpuEventRecord(void *event, void *stream) {
  ROPE_CHECK(cuEventRecord((CUevent)event, (CUstream)stream));
}

void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared) {
  if (sizeBytes == 0 || !ensureContext())
    return NULL;
  CUdeviceptr ptr = 0;
  if (isHostShared)
    ROPE_CHECK(cuMemAllocManaged(&ptr, sizeBytes, CU_MEM_ATTACH_GLOBAL));
  else
    ROPE_CHECK(cuMemAllocAsync(&ptr, sizeBytes, (CUstream)stream));
  return (void *)ptr;
}

void mgpuMemFree(void *ptr, void *stream) {
  if (!ptr || !ensureContext())
    return;
  /* Managed memory (isHostShared) is not stream-ordered. */
  unsigned int managed = 0;
  cuPointerGetAttribute(&managed, CU_POINTER_ATTRIBUTE_IS_MANAGED,
                        (CUdeviceptr)ptr);
  if (managed)
    ROPE_CHECK(cuMemFree((CUdeviceptr)ptr));
  else
    ROPE_CHECK(cuMemFreeAsync((CUdeviceptr)ptr, (CUstream)stream));
}

void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream) {
  if (sizeBytes == 0 || !ensureContext())
    return;
  ROPE_CHECK(cuMemcpyAsync((CUdeviceptr)dst, (CUdeviceptr)src, sizeBytes,
                           (CUstream)stream));
}

void mgpuMemset32(void *dst, unsigned int value, size_t count, void *stream) {
  if (count == 0 || !ensureContext())
    return;
  ROPE_CHECK(
      cuMemsetD32Async((CUdeviceptr)dst, value, count, (CUstream)stream));
}

void mgpuSetDefaultDevice(int32_t device) {
  atomic_store(&defaultDevice, device);
}

int32_t ropeRuntimeLastError(void) { return atomic_exchange(&lastError, 0); }
