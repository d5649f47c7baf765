# RUN: %python %s %rope_capi_lib 2>&1 | FileCheck %s
#
# libRopeMLIRCAPI.so loaded at run time with dlopen (Python's ctypes), as a
# binding does, with nothing linked in advance: every function a host needs
# resolves from this one library, and an error comes back as a diagnostic.

import ctypes
import sys

lib = ctypes.CDLL(sys.argv[1])


class Handle(ctypes.Structure):
    """MlirContext, MlirModule, ...: a struct holding one pointer."""
    _fields_ = [("ptr", ctypes.c_void_p)]


class StringRef(ctypes.Structure):
    # Not c_char_p: MLIR's strings are not NUL-terminated, and reading a
    # c_char_p field runs strlen past the end (AddressSanitizer reports it).
    _fields_ = [("data", ctypes.c_void_p), ("length", ctypes.c_size_t)]


class LogicalResult(ctypes.Structure):
    _fields_ = [("value", ctypes.c_int8)]


def string_ref(text):
    data = text.encode()
    return StringRef(ctypes.cast(ctypes.c_char_p(data), ctypes.c_void_p),
                     len(data))


def declare(name, restype, *argtypes):
    fn = getattr(lib, name)
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


registry_create = declare("mlirDialectRegistryCreate", Handle)
register_all = declare("mlirRegisterAllDialects", None, Handle)
register_rope = declare("mlirRegisterAllRopeDialects", None, Handle)
context_create = declare("mlirContextCreateWithRegistry", Handle, Handle,
                         ctypes.c_bool)
module_parse = declare("mlirModuleCreateParse", Handle, Handle, StringRef)
module_op = declare("mlirModuleGetOperation", Handle, Handle)
lower_to_cpu = declare("ropeLowerToCPU", LogicalResult, Handle, StringRef)
PrintCallback = ctypes.CFUNCTYPE(None, StringRef, ctypes.c_void_p)
op_print = declare("mlirOperationPrint", None, Handle, PrintCallback,
                   ctypes.c_void_p)
# ctypes callbacks cannot return structs; MlirLogicalResult, one int8_t, is
# returned exactly like an int8_t.
DiagnosticHandler = ctypes.CFUNCTYPE(ctypes.c_int8, Handle, ctypes.c_void_p)
attach_handler = declare("mlirContextAttachDiagnosticHandler", ctypes.c_uint64,
                         Handle, DiagnosticHandler, ctypes.c_void_p,
                         ctypes.c_void_p)
diagnostic_print = declare("mlirDiagnosticPrint", None, Handle, PrintCallback,
                           ctypes.c_void_p)

chunks = []
collect = PrintCallback(lambda s, _: chunks.append(ctypes.string_at(s.data, s.length).decode()))


def on_diagnostic(diagnostic, _):
    chunks.clear()
    diagnostic_print(diagnostic, collect, None)
    print("diagnostic:", "".join(chunks))
    return 1


handler = DiagnosticHandler(on_diagnostic)

registry = registry_create()
register_all(registry)
register_rope(registry)
ctx = context_create(registry, False)
attach_handler(ctx, handler, None, None)

source = """
func.func @table() -> tensor<4x2xf32> {
  %t = rope.freqs length 4 {dim = 4 : i64}
  return %t : tensor<4x2xf32>
}
"""
module = module_parse(ctx, string_ref(source))
print("parsed:", bool(module.ptr))
print("bad option lowered:", bool(lower_to_cpu(module, string_ref("bogus=1")).value))
print("lowered:", bool(lower_to_cpu(module, string_ref("")).value))
chunks.clear()
op_print(module_op(module), collect, None)
print("".join(chunks))

# CHECK: parsed: True
# CHECK: diagnostic: rope: cannot run 'rope-cpu-pipeline{bogus=1}': {{.*}}no such option bogus
# CHECK: bad option lowered: False
# CHECK: lowered: True
# CHECK: llvm.func @table
# CHECK-NOT: rope.
