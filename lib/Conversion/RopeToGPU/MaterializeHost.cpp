//===- MaterializeHost.cpp - host side of the GPU rope sites --------------===//
//
// Runs after bufferization and buffer deallocation (which reject the gpu
// host ops, hence the hand-over through declared functions, see
// RopeToGPU.h). Creates the launches, the host-memory wrappers, the C entry
// points and the manifest.
//
//===----------------------------------------------------------------------===//

#include "rope/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/JSON.h"

namespace mlir::rope {
#define GEN_PASS_DEF_ROPEGPUMATERIALIZEHOST
#include "rope/Conversion/Passes.h.inc"
} // namespace mlir::rope

using namespace mlir;
using namespace mlir::rope;
using namespace mlir::rope::gpu_site;

namespace {

/// The stream of an async chain as the token gpu-to-llvm maps it to, and
/// back: both casts fold away once the host code is in the LLVM dialect.
Value streamToToken(OpBuilder &b, Location loc, Value stream) {
  return UnrealizedConversionCastOp::create(
             b, loc, gpu::AsyncTokenType::get(b.getContext()), stream)
      .getResult(0);
}
Value tokenToStream(OpBuilder &b, Location loc, Value token) {
  return UnrealizedConversionCastOp::create(
             b, loc, LLVM::LLVMPointerType::get(b.getContext()), token)
      .getResult(0);
}

/// Replaces every call of the declared `launch` by the gpu.launch_func it
/// stands for: (grid x3, block x3, kernel operands..., stream).
LogicalResult materializeLaunches(ModuleOp module, func::FuncOp launch) {
  auto kernel = launch->getAttrOfType<SymbolRefAttr>(kLaunchAttr);
  std::optional<SymbolTable::UseRange> uses = launch.getSymbolUses(module);
  if (!uses)
    return launch.emitError("cannot enumerate the uses of ")
           << launch.getName();
  for (SymbolTable::SymbolUse use : *uses) {
    auto call = dyn_cast<func::CallOp>(use.getUser());
    if (!call)
      return use.getUser()->emitError("expected a call of ")
             << launch.getName();
    OpBuilder b(call);
    Location loc = call.getLoc();
    ValueRange args = call.getOperands();
    gpu::KernelDim3 grid{args[0], args[1], args[2]};
    gpu::KernelDim3 block{args[3], args[4], args[5]};
    Value token = streamToToken(b, loc, args.back());
    gpu::LaunchFuncOp::create(
        b, loc, kernel, grid, block, /*dynamicSharedMemorySize=*/Value(),
        args.drop_front(6).drop_back(),
        gpu::AsyncTokenType::get(b.getContext()), ValueRange{token});
    call.erase();
  }
  launch.erase();
  return success();
}

bool isOutput(func::FuncOp func, unsigned arg) {
  auto role = func.getArgAttrOfType<StringAttr>(arg, kRoleAttr);
  return role && role.getValue().starts_with("output");
}

/// Host buffers in, host buffers out: device copies around the launcher,
/// one stream, synchronized before returning.
void buildHostWrapper(func::FuncOp host, func::FuncOp launcher) {
  Location loc = host.getLoc();
  Block *entry = host.addEntryBlock();
  OpBuilder b = OpBuilder::atBlockBegin(entry);
  Type tokenType = gpu::AsyncTokenType::get(b.getContext());
  Value token =
      gpu::WaitOp::create(b, loc, tokenType, ValueRange{}).getAsyncToken();
  SmallVector<Value> deviceBuffers;
  for (auto [i, hostBuffer] : llvm::enumerate(entry->getArguments())) {
    auto type = cast<MemRefType>(hostBuffer.getType());
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynamicSizes.push_back(memref::DimOp::create(b, loc, hostBuffer, d));
    auto alloc = gpu::AllocOp::create(
        b, loc, type, tokenType, ValueRange{token}, dynamicSizes, ValueRange{});
    deviceBuffers.push_back(alloc.getMemref());
    token = alloc.getAsyncToken();
    if (!isOutput(host, i))
      token = gpu::MemcpyOp::create(b, loc, tokenType, ValueRange{token},
                                    alloc.getMemref(), hostBuffer)
                  .getAsyncToken();
  }
  SmallVector<Value> operands(deviceBuffers);
  operands.push_back(tokenToStream(b, loc, token));
  func::CallOp::create(b, loc, launcher, operands);
  for (auto [i, hostBuffer] : llvm::enumerate(entry->getArguments()))
    if (isOutput(host, i))
      token = gpu::MemcpyOp::create(b, loc, tokenType, ValueRange{token},
                                    hostBuffer, deviceBuffers[i])
                  .getAsyncToken();
  for (Value buffer : deviceBuffers)
    token = gpu::DeallocOp::create(b, loc, tokenType, ValueRange{token}, buffer)
                .getAsyncToken();
  gpu::WaitOp::create(b, loc, Type(), ValueRange{token});
  func::ReturnOp::create(b, loc);
  host->removeAttr(kHostAttr);
  host.removeArgAttrsAttr();
  // Only the module's own functions call it.
  host->setAttr(
      "llvm.linkage",
      LLVM::LinkageAttr::get(host.getContext(), LLVM::Linkage::Internal));
}

StringRef elementTypeName(Type type) {
  if (type.isF32())
    return "f32";
  if (type.isF16())
    return "f16";
  if (type.isBF16())
    return "bf16";
  if (type.isIndex())
    return "index";
  if (type.isInteger(64))
    return "i64";
  if (type.isInteger(32))
    return "i32";
  if (type.isInteger(16))
    return "i16";
  if (type.isInteger(8))
    return "i8";
  if (type.isF64())
    return "f64";
  return "unknown";
}

/// `void <name>(ptr buffers..., i64 sizes..., ptr stream)`: one plain C
/// entry point per site on raw, contiguous device buffers. The sizes are the
/// dynamic dims of the non-output buffers in order; outputs share their
/// input's. Returns its manifest entry.
llvm::json::Object buildCEntry(ModuleOp module, SymbolTable &symbols,
                               func::FuncOp launcher) {
  MLIRContext *ctx = module.getContext();
  Location loc = launcher.getLoc();
  auto info = launcher->getAttrOfType<DictionaryAttr>(kSiteAttr);
  int64_t index = cast<IntegerAttr>(info.get("index")).getInt();
  Type ptr = LLVM::LLVMPointerType::get(ctx);
  Type i64 = IntegerType::get(ctx, 64);
  unsigned numBuffers = launcher.getNumArguments() - 1;
  auto bufferType = [&](unsigned i) {
    return cast<MemRefType>(launcher.getArgumentTypes()[i]);
  };
  auto role = [&](unsigned i) {
    return launcher.getArgAttrOfType<StringAttr>(i, kRoleAttr).getValue();
  };

  // Where each buffer's dynamic sizes come from: an entry argument, or for
  // an output the matching input's.
  SmallVector<Type> argTypes(numBuffers, ptr);
  SmallVector<SmallVector<int64_t>> sizeArg(numBuffers);
  llvm::json::Array sizes;
  unsigned numInputs = 0;
  for (unsigned i = 0; i < numBuffers; ++i)
    numInputs += role(i).starts_with("input");
  for (unsigned i = 0; i < numBuffers; ++i) {
    MemRefType type = bufferType(i);
    for (int64_t d = 0; d < type.getRank(); ++d) {
      if (!type.isDynamicDim(d)) {
        sizeArg[i].push_back(-1);
      } else if (role(i).starts_with("output")) {
        sizeArg[i].push_back(sizeArg[i - numInputs][d]);
      } else {
        sizeArg[i].push_back(argTypes.size());
        argTypes.push_back(i64);
        sizes.push_back(llvm::json::Array{role(i), d});
      }
    }
  }
  argTypes.push_back(ptr);

  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  auto entryFunc =
      func::FuncOp::create(b, loc, "rope_site_" + std::to_string(index),
                           FunctionType::get(ctx, argTypes, {}));
  symbols.insert(entryFunc);
  Block *entry = entryFunc.addEntryBlock();
  b.setInsertionPointToStart(entry);
  ValueRange args = entry->getArguments();
  auto constant = [&](int64_t v) -> Value {
    return LLVM::ConstantOp::create(b, loc, i64, b.getI64IntegerAttr(v));
  };

  SmallVector<Value> operands;
  llvm::json::Array buffers;
  for (unsigned i = 0; i < numBuffers; ++i) {
    MemRefType type = bufferType(i);
    int64_t rank = type.getRank();
    SmallVector<Type> fields = {ptr, ptr, i64};
    if (rank > 0) {
      fields.push_back(LLVM::LLVMArrayType::get(i64, rank));
      fields.push_back(LLVM::LLVMArrayType::get(i64, rank));
    }
    auto descType = LLVM::LLVMStructType::getLiteral(ctx, fields);
    Value desc = LLVM::PoisonOp::create(b, loc, descType);
    desc = LLVM::InsertValueOp::create(b, loc, desc, args[i],
                                       ArrayRef<int64_t>{0});
    desc = LLVM::InsertValueOp::create(b, loc, desc, args[i],
                                       ArrayRef<int64_t>{1});
    desc = LLVM::InsertValueOp::create(b, loc, desc, constant(0),
                                       ArrayRef<int64_t>{2});
    // Contiguous row-major strides.
    Value stride = constant(1);
    llvm::json::Array shape;
    for (int64_t d = rank - 1; d >= 0; --d) {
      Value size = sizeArg[i][d] >= 0 ? args[sizeArg[i][d]]
                                      : constant(type.getDimSize(d));
      desc = LLVM::InsertValueOp::create(b, loc, desc, size,
                                         ArrayRef<int64_t>{3, d});
      desc = LLVM::InsertValueOp::create(b, loc, desc, stride,
                                         ArrayRef<int64_t>{4, d});
      if (d > 0)
        stride = LLVM::MulOp::create(b, loc, stride, size);
    }
    for (int64_t d = 0; d < rank; ++d)
      shape.push_back(type.isDynamicDim(d) ? -1 : type.getDimSize(d));
    operands.push_back(
        UnrealizedConversionCastOp::create(b, loc, type, desc).getResult(0));
    buffers.push_back(
        llvm::json::Object{{"role", role(i)},
                           {"dtype", elementTypeName(type.getElementType())},
                           {"shape", std::move(shape)}});
  }
  operands.push_back(args.back());
  func::CallOp::create(b, loc, launcher, operands);
  func::ReturnOp::create(b, loc);

  llvm::json::Object site{{"name", entryFunc.getName()},
                          {"index", index},
                          {"buffers", std::move(buffers)},
                          {"sizes", std::move(sizes)}};
  for (NamedAttribute attr : info)
    if (auto text = dyn_cast<StringAttr>(attr.getValue()))
      site[attr.getName().getValue()] = text.getValue();
  return site;
}

/// `const char *rope_manifest(void)`: the JSON list of the entry points.
void buildManifest(ModuleOp module, SymbolTable &symbols,
                   llvm::json::Array sites) {
  MLIRContext *ctx = module.getContext();
  Location loc = module.getLoc();
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::json::Value(llvm::json::Object{{"sites", std::move(sites)}});
  text.push_back('\0');
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  auto type = LLVM::LLVMArrayType::get(IntegerType::get(ctx, 8), text.size());
  auto global = LLVM::GlobalOp::create(
      b, loc, type, /*isConstant=*/true, LLVM::Linkage::Internal,
      "rope_manifest_text", b.getStringAttr(text));
  symbols.insert(global);
  Type ptr = LLVM::LLVMPointerType::get(ctx);
  auto func = LLVM::LLVMFuncOp::create(b, loc, kManifestFunc,
                                       LLVM::LLVMFunctionType::get(ptr, {}));
  symbols.insert(func);
  b.setInsertionPointToStart(func.addEntryBlock(b));
  Value address = LLVM::AddressOfOp::create(b, loc, global);
  LLVM::ReturnOp::create(b, loc, address);
}

struct RopeGPUMaterializeHostPass
    : rope::impl::RopeGPUMaterializeHostBase<RopeGPUMaterializeHostPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<func::FuncOp> launches, hosts, launchers;
    for (auto func : module.getOps<func::FuncOp>()) {
      if (func->hasAttr(kLaunchAttr))
        launches.push_back(func);
      else if (func->hasAttr(kHostAttr))
        hosts.push_back(func);
      else if (func->hasAttr(kSiteAttr))
        launchers.push_back(func);
    }
    for (func::FuncOp launch : launches)
      if (failed(materializeLaunches(module, launch)))
        return signalPassFailure();
    for (func::FuncOp host : hosts) {
      auto launcher = symbols.lookup<func::FuncOp>(
          host->getAttrOfType<FlatSymbolRefAttr>(kHostAttr).getValue());
      if (!launcher) {
        host.emitError("no launcher for host wrapper ") << host.getName();
        return signalPassFailure();
      }
      // A wrapper whose site was dead code has no callers left.
      if (SymbolTable::symbolKnownUseEmpty(host, module)) {
        host.erase();
        continue;
      }
      buildHostWrapper(host, launcher);
    }
    if (launchers.empty())
      return;
    llvm::json::Array sites;
    for (func::FuncOp launcher : launchers) {
      sites.push_back(buildCEntry(module, symbols, launcher));
      launcher->removeAttr(kSiteAttr);
      launcher.removeArgAttrsAttr();
    }
    buildManifest(module, symbols, std::move(sites));
  }
};

} // namespace
