/*===- DefaultOptions.c - sanitizer defaults of the hardening builds -------===*
 *
 * Linked into every executable of a -DROPE_SANITIZE build
 * (cmake/RopeSanitizers.cmake); ASAN_OPTIONS/UBSAN_OPTIONS still override.
 *
 * allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons fresh slabs and
 * unpoisons what it hands out, but only in code compiled with ASan. Our
 * instrumented copy of its slow path poisons slabs that Debian's
 * uninstrumented libMLIR then allocates from without unpoisoning, and every
 * read of an attribute or type stored there would be a false report.
 *
 *===----------------------------------------------------------------------===*/

const char *__asan_default_options(void) {
  return "allow_user_poisoning=0:detect_stack_use_after_return=1";
}

const char *__ubsan_default_options(void) { return "print_stacktrace=1"; }
