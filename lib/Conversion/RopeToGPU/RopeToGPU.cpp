//===- RopeToGPU.cpp - rope.rotate sites to GPU kernels -------------------===//
//
// For each rope.rotate (a site) this pass creates, at the tensor level:
// - the site's kernel in `gpu.module @rope_kernels` (SiteKernels.h picks the
//   fused kernel or the element-per-thread one);
// - the launcher `@rope_site_<k>_memref(device buffers..., stream)` that
//   computes the launch configuration and calls the declared
//   `@rope_site_<k>_launch`, which rope-gpu-materialize-host turns into the
//   gpu.launch_func after bufferization;
// - at the site, a call of the declared host-memory wrapper
//   `@rope_site_<k>_host` on the operands' buffers and freshly allocated
//   output buffers, whose tensors replace the op's results.
//
//===----------------------------------------------------------------------===//

#include "SiteKernels.h"

#include "rope/Conversion/Passes.h"
#include "rope/Dialect/Rope/IR/RopeOps.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::rope {
#define GEN_PASS_DEF_CONVERTROPETOGPU
#include "rope/Conversion/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;
using namespace mlir::rope::gpu_site;

/// Streaming multiprocessors of the chips the pipeline targets; unknown
/// chips get the largest, which only makes small shapes split finer.
static int64_t smCountOf(StringRef chip) {
  return llvm::StringSwitch<int64_t>(chip)
      .Case("sm_80", 108)
      .Case("sm_86", 84)
      .Case("sm_89", 128)
      .Default(132);
}

namespace {

/// The site's buffers with the tensor values that fill the non-output ones.
struct SiteOperands {
  SiteBuffers buffers;
  /// Per buffer: the tensor it is made from (null for outputs).
  SmallVector<Value> tensors;
};

SiteOperands collectOperands(RotateOp op, const SiteKernel &kernel) {
  SiteOperands site;
  SiteBuffers &buffers = site.buffers;
  auto add = [&](Value tensor, Type type, std::string role) {
    auto tensorType = cast<RankedTensorType>(type);
    buffers.types.push_back(
        MemRefType::get(tensorType.getShape(), tensorType.getElementType()));
    buffers.roles.push_back(std::move(role));
    site.tensors.push_back(tensor);
    return static_cast<int>(buffers.types.size()) - 1;
  };
  buffers.numInputs = op.getInputs().size();
  for (auto [n, input] : llvm::enumerate(op.getInputs()))
    add(input, input.getType(), "input" + std::to_string(n));
  for (auto [n, input] : llvm::enumerate(op.getInputs()))
    add(Value(), input.getType(), "output" + std::to_string(n));
  auto addTable = [&](Value tensor, StringRef role) {
    return tensor ? add(tensor, tensor.getType(), role.str()) : -1;
  };
  if (kernel.readsAngleTable())
    buffers.angles = addTable(op.getAngles(), "angles");
  buffers.cos = addTable(op.getCos(), "cos");
  buffers.sin = addTable(op.getSin(), "sin");
  buffers.positions = addTable(op.getPositions(), "positions");
  buffers.xposPositions = addTable(op.getXposPositions(), "xpos_positions");
  return site;
}

/// "file:line:col" of the site, for people reading the manifest.
std::string locationString(Location loc) {
  if (auto fileLoc = dyn_cast<FileLineColLoc>(loc))
    return (fileLoc.getFilename().getValue() + ":" + Twine(fileLoc.getLine()) +
            ":" + Twine(fileLoc.getColumn()))
        .str();
  std::string text;
  llvm::raw_string_ostream os(text);
  loc.print(os);
  return text;
}

class SiteLowering {
public:
  SiteLowering(ModuleOp module, gpu::GPUModuleOp kernels,
               const KernelOptions &options)
      : module(module), kernels(kernels), symbols(module),
        kernelSymbols(kernels), options(options) {}

  LogicalResult lower(RotateOp op, unsigned index);

private:
  /// The site's kernel and its operands, or failure when its body reads
  /// host values it cannot take as buffers.
  FailureOr<gpu::GPUFuncOp> buildKernel(Location loc, StringRef name,
                                        SiteOperands &site,
                                        const SiteKernel &kernel);
  func::FuncOp buildLauncher(Location loc, StringRef name, RotateOp op,
                             unsigned index, const SiteBuffers &buffers,
                             const SiteKernel &kernel, StringRef whyNotFused,
                             gpu::GPUFuncOp gpuFunc);
  func::FuncOp declareHostWrapper(Location loc, StringRef name,
                                  const SiteBuffers &buffers,
                                  func::FuncOp launcher);
  void replaceSite(RotateOp op, const SiteOperands &site,
                   func::FuncOp hostWrapper);
  /// Inserts `op` into the module's symbol table (renaming on a clash).
  template <typename OpTy> OpTy insert(OpTy op) {
    symbols.insert(op);
    return op;
  }

  ModuleOp module;
  gpu::GPUModuleOp kernels;
  SymbolTable symbols, kernelSymbols;
  KernelOptions options;
};

LogicalResult SiteLowering::lower(RotateOp op, unsigned index) {
  Location loc = op.getLoc();
  std::string name = "rope_site_" + std::to_string(index);
  std::string whyNot;
  std::unique_ptr<SiteKernel> kernel = planFusedKernel(op, options, whyNot);
  if (!kernel)
    kernel = planElementwiseKernel(op);
  SiteOperands site = collectOperands(op, *kernel);
  FailureOr<gpu::GPUFuncOp> gpuFunc = buildKernel(loc, name, site, *kernel);
  if (failed(gpuFunc)) {
    // The angles' producers read host values in a way a kernel cannot: read
    // the materialized table instead.
    KernelOptions tableOptions = options;
    tableOptions.computeAngles = false;
    kernel = planFusedKernel(op, tableOptions, whyNot);
    site = collectOperands(op, *kernel);
    gpuFunc = buildKernel(loc, name, site, *kernel);
    if (failed(gpuFunc))
      return op.emitError("cannot build a GPU kernel for this site: its "
                          "kernel reads host values it cannot take as "
                          "buffers");
  }
  func::FuncOp launcher = buildLauncher(loc, name, op, index, site.buffers,
                                        *kernel, whyNot, *gpuFunc);
  func::FuncOp host = declareHostWrapper(loc, name, site.buffers, launcher);
  replaceSite(op, site, host);
  return success();
}

FailureOr<gpu::GPUFuncOp> SiteLowering::buildKernel(Location loc,
                                                    StringRef name,
                                                    SiteOperands &site,
                                                    const SiteKernel &kernel) {
  MLIRContext *ctx = module.getContext();
  SiteBuffers &buffers = site.buffers;
  SmallVector<Type> argTypes(buffers.types.begin(), buffers.types.end());
  llvm::append_range(argTypes, kernel.extraArgTypes(ctx));
  OpBuilder b = OpBuilder::atBlockEnd(kernels.getBody());
  auto func = gpu::GPUFuncOp::create(b, loc, name,
                                     FunctionType::get(ctx, argTypes, {}));
  kernelSymbols.insert(func);
  func->setAttr(gpu::GPUDialect::getKernelFuncAttrName(), b.getUnitAttr());
  func.setKnownBlockSizeAttr(b.getDenseI32ArrayAttr(kernel.blockSize()));
  Block &entry = func.getBody().front();
  b.setInsertionPointToEnd(&entry);
  auto ret = gpu::ReturnOp::create(b, loc);
  b.setInsertionPoint(ret);
  ValueRange args = entry.getArguments();
  unsigned numBuffers = buffers.types.size();
  kernel.buildBody(b, loc, buffers, args.take_front(numBuffers),
                   args.drop_front(numBuffers));

  // Host tensors the body reads (the positions of computed angles) become
  // buffers after the others.
  FailureOr<SmallVector<Value>> captured = captureOuterValues(func, numBuffers);
  if (failed(captured)) {
    func.erase();
    return failure();
  }
  for (auto [k, tensor] : llvm::enumerate(*captured)) {
    auto type = cast<RankedTensorType>(tensor.getType());
    buffers.types.push_back(
        MemRefType::get(type.getShape(), type.getElementType()));
    buffers.roles.push_back("positions" + std::to_string(k));
    site.tensors.push_back(tensor);
  }
  return func;
}

func::FuncOp SiteLowering::buildLauncher(Location loc, StringRef name,
                                         RotateOp op, unsigned index,
                                         const SiteBuffers &buffers,
                                         const SiteKernel &kernel,
                                         StringRef whyNotFused,
                                         gpu::GPUFuncOp gpuFunc) {
  MLIRContext *ctx = module.getContext();
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  Type index_ = b.getIndexType();
  Type stream = LLVM::LLVMPointerType::get(ctx);
  SmallVector<Type> kernelArgs(buffers.types.begin(), buffers.types.end());
  llvm::append_range(kernelArgs, kernel.extraArgTypes(ctx));

  // The placeholder for the launch: grid, block, kernel arguments, stream.
  SmallVector<Type> launchArgs(6, index_);
  llvm::append_range(launchArgs, kernelArgs);
  launchArgs.push_back(stream);
  auto launch =
      insert(func::FuncOp::create(b, loc, (name + kLaunchSuffix).str(),
                                  FunctionType::get(ctx, launchArgs, {})));
  launch.setPrivate();
  launch->setAttr(kLaunchAttr,
                  SymbolRefAttr::get(kernels.getSymNameAttr(),
                                     {FlatSymbolRefAttr::get(gpuFunc)}));

  SmallVector<Type> launcherArgs(buffers.types.begin(), buffers.types.end());
  launcherArgs.push_back(stream);
  auto launcher =
      insert(func::FuncOp::create(b, loc, (name + kLauncherSuffix).str(),
                                  FunctionType::get(ctx, launcherArgs, {})));
  auto parentFunc = op->getParentOfType<FunctionOpInterface>();
  SmallVector<NamedAttribute> info = {
      b.getNamedAttr("index", b.getI64IntegerAttr(index)),
      b.getNamedAttr("kernel", b.getStringAttr(kernel.kind())),
      b.getNamedAttr("func", b.getStringAttr(parentFunc ? parentFunc.getName()
                                                        : StringRef())),
      b.getNamedAttr("loc", b.getStringAttr(locationString(loc)))};
  if (!whyNotFused.empty())
    info.push_back(b.getNamedAttr("not_fused", b.getStringAttr(whyNotFused)));
  launcher->setAttr(kSiteAttr, b.getDictionaryAttr(info));
  for (auto [i, role] : llvm::enumerate(buffers.roles))
    launcher.setArgAttr(i, kRoleAttr, b.getStringAttr(role));

  Block *entry = launcher.addEntryBlock();
  b.setInsertionPointToStart(entry);
  ValueRange args = entry->getArguments();
  ValueRange deviceBuffers = args.drop_back();
  LaunchConfig config = kernel.buildLaunchConfig(b, loc, deviceBuffers);
  SmallVector<Value> operands(config.grid.begin(), config.grid.end());
  llvm::append_range(operands, config.block);
  llvm::append_range(operands, deviceBuffers);
  llvm::append_range(operands, config.extraArgs);
  operands.push_back(args.back());
  func::CallOp::create(b, loc, launch, operands);
  func::ReturnOp::create(b, loc);
  return launcher;
}

func::FuncOp SiteLowering::declareHostWrapper(Location loc, StringRef name,
                                              const SiteBuffers &buffers,
                                              func::FuncOp launcher) {
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  SmallVector<Type> types(buffers.types.begin(), buffers.types.end());
  auto host = insert(
      func::FuncOp::create(b, loc, (name + kHostSuffix).str(),
                           FunctionType::get(module.getContext(), types, {})));
  host.setPrivate();
  host->setAttr(kHostAttr, FlatSymbolRefAttr::get(launcher));
  for (auto [i, role] : llvm::enumerate(buffers.roles))
    host.setArgAttr(i, kRoleAttr, b.getStringAttr(role));
  return host;
}

void SiteLowering::replaceSite(RotateOp op, const SiteOperands &site,
                               func::FuncOp hostWrapper) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  const SiteBuffers &buffers = site.buffers;
  SmallVector<Value> operands;
  for (auto [i, type] : llvm::enumerate(buffers.types)) {
    if (Value tensor = site.tensors[i]) {
      operands.push_back(bufferization::ToBufferOp::create(b, loc, type, tensor,
                                                           /*read_only=*/true));
      continue;
    }
    // Outputs take their input's sizes.
    Value input = op.getInputs()[i - buffers.numInputs];
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynamicSizes.push_back(tensor::DimOp::create(b, loc, input, d));
    operands.push_back(memref::AllocOp::create(b, loc, type, dynamicSizes));
  }
  func::CallOp::create(b, loc, hostWrapper, operands);
  SmallVector<Value> results;
  for (auto [n, result] : llvm::enumerate(op.getResults()))
    results.push_back(bufferization::ToTensorOp::create(
        b, loc, result.getType(), operands[buffers.output(n)],
        /*restrict=*/b.getUnitAttr(), /*writable=*/b.getUnitAttr()));
  op->replaceAllUsesWith(results);
  op->erase();
}

struct ConvertRopeToGPUPass
    : rope::impl::ConvertRopeToGPUBase<ConvertRopeToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<RotateOp> sites;
    WalkResult walk = module.walk([&](RotateOp op) {
      if (op->getParentOfType<gpu::GPUModuleOp>())
        return WalkResult::advance();
      // Kernels and host functions go into this module's symbol table,
      // which a site in a nested module cannot call into.
      if (op->getParentOfType<ModuleOp>() != module) {
        op.emitError("convert-rope-to-gpu: a rope.rotate in a nested module; "
                     "run the pass on that module (nest it under "
                     "builtin.module in the pipeline)");
        return WalkResult::interrupt();
      }
      sites.push_back(op);
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return signalPassFailure();
    if (sites.empty())
      return;
    if (numSMs < 0 || blockThreads < 1 || unroll < 1) {
      module.emitError("convert-rope-to-gpu: num-sms must be >= 0 and "
                       "block-threads and unroll >= 1, got ")
          << numSMs << ", " << blockThreads << ", " << unroll;
      return signalPassFailure();
    }

    MLIRContext *ctx = &getContext();
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    UnitAttr::get(ctx));
    auto kernels = dyn_cast_or_null<gpu::GPUModuleOp>(
        SymbolTable::lookupSymbolIn(module, kKernelModule));
    if (!kernels) {
      OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
      kernels = gpu::GPUModuleOp::create(b, module.getLoc(), kKernelModule);
    }

    KernelOptions options;
    options.deviceThreads = (numSMs > 0 ? numSMs : smCountOf(chip)) * 2048;
    options.blockThreads = blockThreads;
    options.unroll = unroll;
    SiteLowering lowering(module, kernels, options);
    unsigned index = 0;
    for (RotateOp op : sites)
      if (failed(lowering.lower(op, index++)))
        return signalPassFailure();
  }
};

} // namespace
