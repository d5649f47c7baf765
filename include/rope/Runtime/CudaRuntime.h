//===- CudaRuntime.h - the mgpu* runtime ABI on the CUDA driver ---*- C -*-===//
//
// Host code produced by --rope-gpu-pipeline (gpu-to-llvm and the gpu dialect's
// LLVM IR translation) calls these functions. They are MLIR's usual `mgpu*`
// ABI; Debian's MLIR does not ship an implementation, so rope-mlir provides
// this one, written on the CUDA driver API (libcuda.so.1 at run time).
//
// Contexts: every call runs in the calling thread's current CUDA context, or,
// when the thread has none, in the primary context of the default device
// (device 0 unless mgpuSetDefaultDevice chose another). That is the context
// the CUDA runtime API (and so PyTorch) uses, so pointers and streams from
// PyTorch can be passed straight in.
//
// Errors never abort: they are printed to stderr once with the failing call
// and kept for ropeRuntimeLastError().
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_RUNTIME_CUDARUNTIME_H
#define ROPE_RUNTIME_CUDARUNTIME_H

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// Modules and kernels. The blob is a cubin or fatbin (mgpuModuleLoad) or
/// PTX text (mgpuModuleLoadJIT, compiled by the driver at `optLevel`).
void *mgpuModuleLoad(void *data, size_t size);
void *mgpuModuleLoadJIT(void *data, int optLevel);
void mgpuModuleUnload(void *module);
void *mgpuModuleGetFunction(void *module, const char *name);
void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t sharedMemBytes, void *stream,
                      void **params, void **extra, size_t paramsCount);

/// Streams and events (a null stream is the legacy default stream).
void *mgpuStreamCreate(void);
void mgpuStreamDestroy(void *stream);
void mgpuStreamSynchronize(void *stream);
void mgpuStreamWaitEvent(void *stream, void *event);
void *mgpuEventCreate(void);
void mgpuEventDestroy(void *event);
void mgpuEventSynchronize(void *event);
void mgpuEventRecord(void *event, void *stream);

/// Device memory, ordered on `stream`. `isHostShared` asks for managed memory.
void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream);
void mgpuMemset32(void *dst, unsigned int value, size_t count, void *stream);

/// The device whose primary context calls use when a thread has no context.
void mgpuSetDefaultDevice(int32_t device);

/// The CUresult of the first failed call since the last query (0: none),
/// cleared by the query.
int32_t ropeRuntimeLastError(void);

#ifdef __cplusplus
}
#endif

#endif // ROPE_RUNTIME_CUDARUNTIME_H
