//===- RopeToGPU.h - rope sites to GPU kernels ------------------*- C++ -*-===//
//
// convert-rope-to-gpu (tensor level) and rope-gpu-materialize-host (after
// bufferization) hand a site over through symbols and attributes; their
// names live here so both passes, the tests and the ahead-of-time tool agree.
//
//===----------------------------------------------------------------------===//

#ifndef ROPE_CONVERSION_ROPETOGPU_ROPETOGPU_H
#define ROPE_CONVERSION_ROPETOGPU_ROPETOGPU_H

#include "llvm/ADT/StringRef.h"

namespace mlir::rope::gpu_site {

/// The gpu.module holding every site's kernel.
constexpr llvm::StringLiteral kKernelModule = "rope_kernels";

/// On a launcher `@rope_site_<k>_memref`: a dictionary describing the site
/// (`index`, `kernel` = "fused" | "elementwise", `func`, `loc`).
constexpr llvm::StringLiteral kSiteAttr = "rope.gpu.site";
/// On a launcher argument: what the buffer holds ("input0", "output0",
/// "angles", "cos", "sin", "positions" (a gather's), "xpos_positions", or
/// "positions0", "positions1"...: tensors the kernel reads to compute the
/// angles, in the order of capture).
constexpr llvm::StringLiteral kRoleAttr = "rope.gpu.role";
/// On the declared `@rope_site_<k>_launch`: the kernel it stands for.
constexpr llvm::StringLiteral kLaunchAttr = "rope.gpu.launch";
/// On the declared host-memory wrapper `@rope_site_<k>_host`: its launcher.
constexpr llvm::StringLiteral kHostAttr = "rope.gpu.host_for";

/// Suffixes of a site's symbols; the C entry point is the bare site name.
constexpr llvm::StringLiteral kLauncherSuffix = "_memref";
constexpr llvm::StringLiteral kLaunchSuffix = "_launch";
constexpr llvm::StringLiteral kHostSuffix = "_host";

/// The exported function returning the JSON manifest of the entry points.
constexpr llvm::StringLiteral kManifestFunc = "rope_manifest";

} // namespace mlir::rope::gpu_site

#endif // ROPE_CONVERSION_ROPETOGPU_ROPETOGPU_H
