//===- Emulate.cpp - run the site kernels on the host ---------------------===//
//
// See RopeGPUEmulate in Passes.td. Runs after rope-gpu-materialize-host, on
// buffers: launches and device memory operations are the only gpu ops left
// in host code.
//
//===----------------------------------------------------------------------===//

#include "rope/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::rope {
#define GEN_PASS_DEF_ROPEGPUEMULATE
#include "rope/Conversion/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;

namespace {

/// The value of a gpu.thread_id / block_id / block_dim / grid_dim inside the
/// loop nest: indices[kind][dim] (kind 0: thread, 1: block, 2: block size,
/// 3: grid size).
using IdValues = std::array<std::array<Value, 3>, 4>;

void replaceIds(Region &body, const IdValues &ids) {
  SmallVector<Operation *> idOps;
  body.walk([&](Operation *op) {
    if (isa<gpu::ThreadIdOp, gpu::BlockIdOp, gpu::BlockDimOp, gpu::GridDimOp>(
            op))
      idOps.push_back(op);
  });
  for (Operation *op : idOps) {
    auto dimension = [](Operation *op) {
      return static_cast<unsigned>(
          op->getAttrOfType<gpu::DimensionAttr>("dimension").getValue());
    };
    unsigned kind = isa<gpu::ThreadIdOp>(op)   ? 0
                    : isa<gpu::BlockIdOp>(op)  ? 1
                    : isa<gpu::BlockDimOp>(op) ? 2
                                               : 3;
    op->getResult(0).replaceAllUsesWith(ids[kind][dimension(op)]);
    op->erase();
  }
}

/// Makes the kernel constants the inlined body reads (memref.get_global of
/// a global in the gpu.module) globals of the host module.
void hoistGlobals(Region &body, gpu::GPUModuleOp kernels, ModuleOp module,
                  DenseMap<Operation *, StringAttr> &hoisted) {
  SymbolTable hostSymbols(module);
  body.walk([&](memref::GetGlobalOp get) {
    Operation *global = SymbolTable::lookupSymbolIn(kernels, get.getNameAttr());
    auto [it, inserted] = hoisted.try_emplace(global);
    if (inserted) {
      Operation *copy = global->clone();
      it->second = hostSymbols.insert(copy, module.getBody()->begin());
    }
    get.setNameAttr(FlatSymbolRefAttr::get(it->second));
  });
}

/// A loop nest over blocks then threads, with the kernel body inlined.
void emulateLaunch(gpu::LaunchFuncOp launch,
                   DenseMap<Operation *, StringAttr> &hoisted) {
  auto kernel = SymbolTable::lookupNearestSymbolFrom<gpu::GPUFuncOp>(
      launch, launch.getKernel());
  OpBuilder b(launch);
  Location loc = launch.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  gpu::KernelDim3 grid = launch.getGridSizeOperandValues();
  gpu::KernelDim3 block = launch.getBlockSizeOperandValues();
  IdValues ids;
  ids[2] = {block.x, block.y, block.z};
  ids[3] = {grid.x, grid.y, grid.z};
  std::array<Value, 6> bounds = {grid.z,  grid.y,  grid.x,
                                 block.z, block.y, block.x};
  std::array<Value *, 6> indices = {&ids[1][2], &ids[1][1], &ids[1][0],
                                    &ids[0][2], &ids[0][1], &ids[0][0]};
  for (auto [bound, index] : llvm::zip(bounds, indices)) {
    auto loop = scf::ForOp::create(b, loc, zero, bound, one);
    *index = loop.getInductionVar();
    b.setInsertionPointToStart(loop.getBody());
  }

  IRMapping mapping;
  Block &entry = kernel.getBody().front();
  mapping.map(entry.getArguments(), launch.getKernelOperands());
  for (Operation &op : entry.without_terminator())
    b.clone(op, mapping);
  Region *nest = b.getInsertionBlock()->getParent();
  replaceIds(*nest, ids);
  hoistGlobals(*nest, kernel->getParentOfType<gpu::GPUModuleOp>(),
               launch->getParentOfType<ModuleOp>(), hoisted);
  // Host memory carries no alignment promise.
  nest->walk([](Operation *op) {
    if (isa<vector::LoadOp, vector::StoreOp>(op))
      op->removeAttr("alignment");
  });
  if (Value token = launch.getAsyncToken())
    token.replaceAllUsesWith(launch.getAsyncDependencies().front());
  launch.erase();
}

/// Device memory operations on host memory; async tokens disappear.
void emulateHostOp(Operation *op) {
  OpBuilder b(op);
  Location loc = op->getLoc();
  if (auto alloc = dyn_cast<gpu::AllocOp>(op)) {
    Value memory = memref::AllocOp::create(b, loc, alloc.getMemref().getType(),
                                           alloc.getDynamicSizes());
    alloc.getMemref().replaceAllUsesWith(memory);
  } else if (auto copy = dyn_cast<gpu::MemcpyOp>(op)) {
    memref::CopyOp::create(b, loc, copy.getSrc(), copy.getDst());
  } else if (auto dealloc = dyn_cast<gpu::DeallocOp>(op)) {
    memref::DeallocOp::create(b, loc, dealloc.getMemref());
  } else if (!isa<gpu::WaitOp>(op)) {
    return;
  }
  op->erase();
}

struct RopeGPUEmulatePass : rope::impl::RopeGPUEmulateBase<RopeGPUEmulatePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<gpu::LaunchFuncOp> launches;
    module.walk([&](gpu::LaunchFuncOp op) { launches.push_back(op); });
    DenseMap<Operation *, StringAttr> hoisted;
    for (gpu::LaunchFuncOp launch : launches)
      emulateLaunch(launch, hoisted);

    // Users before producers, so that every token is unused when its
    // producer goes.
    SmallVector<Operation *> ops;
    module.walk([&](func::FuncOp func) {
      func.walk([&](Operation *op) { ops.push_back(op); });
    });
    for (Operation *op : llvm::reverse(ops)) {
      if (auto cast = dyn_cast<UnrealizedConversionCastOp>(op)) {
        bool fromToken = isa<gpu::AsyncTokenType>(cast.getOperand(0).getType());
        if (!fromToken && !isa<gpu::AsyncTokenType>(cast.getType(0)))
          continue;
        // A token handed on as a stream: there is no stream on the host.
        if (fromToken) {
          OpBuilder b(cast);
          cast.getResult(0).replaceAllUsesWith(
              LLVM::ZeroOp::create(b, cast.getLoc(), cast.getType(0)));
        }
        cast.erase();
        continue;
      }
      emulateHostOp(op);
    }
    for (auto kernels :
         llvm::make_early_inc_range(module.getOps<gpu::GPUModuleOp>()))
      kernels.erase();
    module->removeAttr(gpu::GPUDialect::getContainerModuleAttrName());
  }
};

} // namespace
