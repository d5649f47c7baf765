"""ctypes declarations for libRopeMLIRCAPI.so: the upstream MLIR C API and the
rope C API (include/rope-c) in one shared library on top of Debian's
libMLIR.so, so the process holds a single MLIR of the project's version.

Only the functions the compiler uses are declared. The library is loaded
RTLD_LOCAL (ctypes' default) and torch-mlir's own MLIR keeps its C API symbols
to itself, so the two never resolve into each other.
"""

from __future__ import annotations

import ctypes
import os
import pathlib

LIBRARY_NAME = "libRopeMLIRCAPI.so"


class _Handle(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p)]

    def __bool__(self):
        return bool(self.ptr)


class MlirContext(_Handle): pass
class MlirDialectRegistry(_Handle): pass
class MlirModule(_Handle): pass
class MlirOperation(_Handle): pass
class MlirAttribute(_Handle): pass
class MlirType(_Handle): pass
class MlirIdentifier(_Handle): pass
class MlirLocation(_Handle): pass
class MlirDiagnostic(_Handle): pass
class MlirExecutionEngine(_Handle): pass
class MlirPassManager(_Handle): pass
class MlirOpPassManager(_Handle): pass


class MlirStringRef(ctypes.Structure):
    # Not c_char_p: MLIR's strings are not NUL-terminated, and reading a
    # c_char_p field runs strlen past the end (AddressSanitizer reports it).
    _fields_ = [("data", ctypes.c_void_p), ("length", ctypes.c_size_t)]

    @classmethod
    def of(cls, text: str | bytes) -> "MlirStringRef":
        raw = text.encode() if isinstance(text, str) else text
        # The structure keeps `raw` alive through the cast's reference.
        return cls(ctypes.cast(ctypes.c_char_p(raw), ctypes.c_void_p),
                   len(raw))

    def str(self) -> str:
        return ctypes.string_at(self.data, self.length).decode()


class MlirLogicalResult(ctypes.Structure):
    _fields_ = [("value", ctypes.c_int8)]


StringCallback = ctypes.CFUNCTYPE(None, MlirStringRef, ctypes.c_void_p)
# ctypes callbacks cannot return structures; MlirLogicalResult is one int8
# member, which the x86-64 and AArch64 C ABIs return exactly like an int8.
DiagnosticHandler = ctypes.CFUNCTYPE(ctypes.c_int8, MlirDiagnostic,
                                     ctypes.c_void_p)
WalkCallback = ctypes.CFUNCTYPE(ctypes.c_int, MlirOperation, ctypes.c_void_p)
WALK_ADVANCE = 0
WALK_PRE_ORDER = 0
SEVERITIES = {0: "error", 1: "warning", 2: "note", 3: "remark"}

_SIGNATURES = {
    "mlirDialectRegistryCreate": ([], MlirDialectRegistry),
    "mlirDialectRegistryDestroy": ([MlirDialectRegistry], None),
    "mlirRegisterAllDialects": ([MlirDialectRegistry], None),
    "mlirRegisterAllRopeDialects": ([MlirDialectRegistry], None),
    "mlirRegisterAllRopePasses": ([], None),
    "mlirRegisterAllLLVMTranslations": ([MlirContext], None),
    "mlirContextCreateWithRegistry": ([MlirDialectRegistry, ctypes.c_bool],
                                      MlirContext),
    "mlirContextDestroy": ([MlirContext], None),
    "mlirContextAttachDiagnosticHandler": (
        [MlirContext, DiagnosticHandler, ctypes.c_void_p, ctypes.c_void_p],
        ctypes.c_uint64),
    "mlirDiagnosticPrint": ([MlirDiagnostic, StringCallback, ctypes.c_void_p],
                            None),
    "mlirDiagnosticGetSeverity": ([MlirDiagnostic], ctypes.c_int),
    "mlirDiagnosticGetLocation": ([MlirDiagnostic], MlirLocation),
    "mlirLocationPrint": ([MlirLocation, StringCallback, ctypes.c_void_p], None),
    "mlirModuleCreateParse": ([MlirContext, MlirStringRef], MlirModule),
    "mlirModuleDestroy": ([MlirModule], None),
    "mlirModuleGetOperation": ([MlirModule], MlirOperation),
    "mlirOperationWalk": ([MlirOperation, WalkCallback, ctypes.c_void_p,
                           ctypes.c_int], None),
    "mlirOperationGetName": ([MlirOperation], MlirIdentifier),
    "mlirIdentifierStr": ([MlirIdentifier], MlirStringRef),
    "mlirOperationPrint": ([MlirOperation, StringCallback, ctypes.c_void_p],
                           None),
    "mlirOperationGetAttributeByName": ([MlirOperation, MlirStringRef],
                                        MlirAttribute),
    "mlirOperationSetDiscardableAttributeByName": (
        [MlirOperation, MlirStringRef, MlirAttribute], None),
    "mlirStringAttrGetValue": ([MlirAttribute], MlirStringRef),
    "mlirTypeAttrGetValue": ([MlirAttribute], MlirType),
    "mlirTypePrint": ([MlirType, StringCallback, ctypes.c_void_p], None),
    "mlirUnitAttrGet": ([MlirContext], MlirAttribute),
    "mlirPassManagerCreate": ([MlirContext], MlirPassManager),
    "mlirPassManagerDestroy": ([MlirPassManager], None),
    "mlirPassManagerGetAsOpPassManager": ([MlirPassManager], MlirOpPassManager),
    "mlirParsePassPipeline": ([MlirOpPassManager, MlirStringRef, StringCallback,
                               ctypes.c_void_p], MlirLogicalResult),
    "ropeRaiseModule": ([MlirModule, MlirStringRef], MlirLogicalResult),
    "ropeLowerToCPU": ([MlirModule, MlirStringRef], MlirLogicalResult),
    "mlirExecutionEngineCreate": (
        [MlirModule, ctypes.c_int, ctypes.c_int, ctypes.POINTER(MlirStringRef),
         ctypes.c_bool, ctypes.c_bool], MlirExecutionEngine),
    "mlirExecutionEngineDestroy": ([MlirExecutionEngine], None),
    "mlirExecutionEngineLookup": ([MlirExecutionEngine, MlirStringRef],
                                  ctypes.c_void_p),
}


def _candidates():
    env = os.environ.get("ROPE_MLIR_CAPI_LIB")
    if env:
        yield pathlib.Path(env)
        return
    root = pathlib.Path(__file__).resolve().parents[2]
    build = pathlib.Path(os.environ.get("BUILD_DIR", root / "build"))
    yield build / "lib" / LIBRARY_NAME


def runtime_library() -> pathlib.Path:
    """MLIR's C runner utils (memrefCopy, which bufferized code calls), from the
    LLVM installation the project builds against."""
    prefix = pathlib.Path(os.environ.get("ROPE_LLVM_PREFIX", "/usr/lib/llvm-22"))
    return prefix / "lib" / "libmlir_c_runner_utils.so"


def load() -> ctypes.CDLL:
    tried = []
    for path in _candidates():
        if path.is_file():
            lib = ctypes.CDLL(str(path))
            break
        tried.append(str(path))
    else:
        raise OSError(f"{LIBRARY_NAME} not found (looked at {', '.join(tried)});"
                      " build the project (ninja -C build) or set "
                      "ROPE_MLIR_CAPI_LIB")
    for name, (argtypes, restype) in _SIGNATURES.items():
        fn = getattr(lib, name)
        fn.argtypes = argtypes
        fn.restype = restype
    return lib


def collect_string(printer, *args) -> str:
    """Calls an mlir*Print function and returns what it printed."""
    chunks = []

    @StringCallback
    def sink(ref, _):
        chunks.append(ctypes.string_at(ref.data, ref.length))

    printer(*args, sink, None)
    return b"".join(chunks).decode()
