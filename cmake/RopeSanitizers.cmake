# Hardening builds (README: "Hardening"). Each is its own build directory:
#
#   -DROPE_SANITIZE=address,undefined   the project's own code under ASan and
#                                       UBSan (any -fsanitize= list);
#   -DROPE_FUZZ=ON                      libFuzzer coverage instrumentation of the
#                                       project's code, and tools/rope-fuzz
#                                       linked with libFuzzer (clang only);
#   -DROPE_COVERAGE=ON                  clang source-based coverage of the
#                                       project's code (llvm-cov).
#
# Debian's libMLIR.so/libLLVM.so are not instrumented: what they do is neither
# checked by the sanitizers nor seen by the fuzzer's coverage feedback, except
# that every allocation and free (malloc is intercepted) is still checked.
set(ROPE_SANITIZE "" CACHE STRING
    "Sanitizers for the project's own code, e.g. address,undefined")
option(ROPE_FUZZ "Instrument for libFuzzer and link rope-fuzz with it" OFF)
option(ROPE_COVERAGE "clang source-based coverage of the project's code" OFF)

set(ROPE_IS_CLANG OFF)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(ROPE_IS_CLANG ON)
endif()
if((ROPE_FUZZ OR ROPE_COVERAGE) AND NOT ROPE_IS_CLANG)
  message(FATAL_ERROR "ROPE_FUZZ and ROPE_COVERAGE need clang: configure with "
                      "-DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22")
endif()
# libFuzzer finds memory errors only with ASan behind it.
if(ROPE_FUZZ AND NOT ROPE_SANITIZE MATCHES "address")
  message(FATAL_ERROR "ROPE_FUZZ needs ROPE_SANITIZE to include address")
endif()

# The runtime library a host that was not built with the sanitizers must
# preload to load an instrumented plugin or C API library (stock mlir-opt,
# Python's ctypes); the lit suite does that for such tests.
set(ROPE_SANITIZER_RUNTIME "")

# Every compile flag added below, so that code shipped to hosts without the
# runtimes can drop them again (rope_finish_instrumentation).
set(ROPE_INSTRUMENTATION_FLAGS)

if(ROPE_SANITIZE)
  # Stops at the first report so that lit sees a failure; frame pointers give
  # whole stacks through code that was compiled without them.
  list(APPEND ROPE_INSTRUMENTATION_FLAGS -fsanitize=${ROPE_SANITIZE}
       -fno-sanitize-recover=all -fno-omit-frame-pointer -g1)
  add_compile_options(${ROPE_INSTRUMENTATION_FLAGS})
  add_link_options(-fsanitize=${ROPE_SANITIZE})
  if(ROPE_IS_CLANG)
    # Executables link the runtime statically (with its C++ part, also into
    # the C program that links the C API); a host that was not built with it
    # preloads the shared one.
    add_link_options(-fsanitize-link-c++-runtime)
    if(ROPE_SANITIZE MATCHES "address")
      set(runtime_name libclang_rt.asan-x86_64.so)
    else()
      set(runtime_name libclang_rt.ubsan_standalone-x86_64.so)
    endif()
    execute_process(
      COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime_name}
      OUTPUT_VARIABLE ROPE_SANITIZER_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT EXISTS "${ROPE_SANITIZER_RUNTIME}")
      message(FATAL_ERROR "rope-mlir: ${runtime_name} not found "
                          "(${CMAKE_CXX_COMPILER} -print-file-name)")
    endif()
  endif()
  # The runtime options every executable of this build starts with
  # (rope_finish_instrumentation links them in).
  add_library(RopeSanitizerDefaults OBJECT
    ${CMAKE_CURRENT_SOURCE_DIR}/utils/sanitizers/DefaultOptions.c)
  message(STATUS "rope-mlir: sanitizers ${ROPE_SANITIZE} (runtime ${ROPE_SANITIZER_RUNTIME})")
endif()

if(ROPE_FUZZ)
  # Coverage counters and comparison hooks in every project object; only
  # rope-fuzz links libFuzzer (-fsanitize=fuzzer, tools/rope-fuzz), the other
  # tools get the hooks' no-op defaults from the sanitizer runtime.
  list(APPEND ROPE_INSTRUMENTATION_FLAGS -fsanitize=fuzzer-no-link)
  add_compile_options(-fsanitize=fuzzer-no-link)
  message(STATUS "rope-mlir: libFuzzer instrumentation")
endif()

if(ROPE_COVERAGE)
  list(APPEND ROPE_INSTRUMENTATION_FLAGS -fprofile-instr-generate -fcoverage-mapping)
  add_compile_options(-fprofile-instr-generate -fcoverage-mapping)
  add_link_options(-fprofile-instr-generate)
  message(STATUS "rope-mlir: source-based coverage")
endif()

# Called once every target exists.
# - Libraries built with these flags need the same runtimes wherever they are
#   linked, including in projects that use the installed package
#   (test/Downstream): their link flags are exported with them.
# - Shared libraries and plugins leave the sanitizer symbols to the
#   executable that loads them, so their -Wl,--no-undefined is relaxed.
# - Every executable gets the runtime defaults (utils/sanitizers).
# - The mgpu* runtime (lib/Runtime) is not instrumented: rope-gpu-aot links it
#   into libraries that GPU hosts (Python, PyTorch) load without any of the
#   runtimes.
function(rope_finish_instrumentation)
  foreach(shipped RopeCudaRuntime RopeCudaRuntimeStatic)
    if(TARGET ${shipped})
      get_target_property(options ${shipped} COMPILE_OPTIONS)
      list(REMOVE_ITEM options ${ROPE_INSTRUMENTATION_FLAGS})
      set_property(TARGET ${shipped} PROPERTY COMPILE_OPTIONS ${options})
      set_property(TARGET ${shipped} PROPERTY ROPE_UNINSTRUMENTED ON)
    endif()
  endforeach()
  set(flags)
  if(ROPE_SANITIZE)
    list(APPEND flags -fsanitize=${ROPE_SANITIZE})
    if(ROPE_IS_CLANG)
      list(APPEND flags -fsanitize-link-c++-runtime)
    endif()
  endif()
  if(ROPE_COVERAGE)
    list(APPEND flags -fprofile-instr-generate)
  endif()
  if(NOT flags)
    return()
  endif()
  get_property(libraries GLOBAL PROPERTY ROPE_LIBRARIES)
  foreach(library ${libraries})
    set_property(TARGET ${library} APPEND PROPERTY INTERFACE_LINK_OPTIONS ${flags})
  endforeach()
  if(NOT ROPE_SANITIZE)
    return()
  endif()
  set(directories ${CMAKE_CURRENT_SOURCE_DIR})
  while(directories)
    list(POP_FRONT directories directory)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    list(APPEND directories ${subdirectories})
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target ${targets})
      get_target_property(type ${target} TYPE)
      get_target_property(uninstrumented ${target} ROPE_UNINSTRUMENTED)
      if(uninstrumented)
        continue()
      elseif(type STREQUAL "EXECUTABLE")
        target_sources(${target} PRIVATE $<TARGET_OBJECTS:RopeSanitizerDefaults>)
      elseif(type MATCHES "SHARED_LIBRARY|MODULE_LIBRARY")
        set_property(TARGET ${target} APPEND PROPERTY LINK_OPTIONS -Wl,-z,undefs)
        set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_OPTIONS ${flags})
      endif()
    endforeach()
  endwhile()
endfunction()
