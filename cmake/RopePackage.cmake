# `cmake --install` layout and the RopeMLIR CMake package:
#   include/rope, include/rope-c   headers, .td files and generated .inc
#   lib/libRope*.a                 the C++ libraries (RopeMLIR::<name>)
#   lib/libRopeMLIRCAPI.so         the C API (RopeMLIR::RopeMLIRCAPI)
#   lib/RopePlugin.so              the mlir-opt plugin (RopeMLIR::RopePlugin)
#   bin/rope-opt, bin/rope-lsp-server
#   lib/cmake/RopeMLIR             RopeMLIRConfig.cmake for find_package(RopeMLIR)
# Libraries made with rope_add_library install themselves; other installed
# targets are listed here.
include(CMakePackageConfigHelpers)

install(DIRECTORY ${ROPE_SOURCE_DIR}/include/rope ${ROPE_SOURCE_DIR}/include/rope-c
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${ROPE_BINARY_DIR}/include/rope ${ROPE_BINARY_DIR}/include/rope-c
  DESTINATION include
  FILES_MATCHING PATTERN "*.inc" PATTERN "CMakeFiles" EXCLUDE)

set(ROPE_INSTALLED_BINARIES rope-opt rope-lsp-server RopeMLIRCAPI RopePlugin)
# Installed binaries find Debian's libMLIR.so where they were linked against it.
set_target_properties(${ROPE_INSTALLED_BINARIES} PROPERTIES
  INSTALL_RPATH_USE_LINK_PATH ON)
install(TARGETS ${ROPE_INSTALLED_BINARIES} EXPORT RopeMLIRTargets
  RUNTIME DESTINATION bin
  LIBRARY DESTINATION lib)
target_include_directories(RopeMLIRCAPI PUBLIC $<INSTALL_INTERFACE:include>)

# The mgpu* runtime that GPU code from --rope-gpu-pipeline calls, when a CUDA
# toolkit was found. Installed, not exported: programs load it at run time
# (mlir-runner -shared-libs, or link it by path), and exporting it would make
# every find_package(RopeMLIR) user find CUDA too.
if(TARGET RopeCudaRuntime)
  install(TARGETS RopeCudaRuntime RopeCudaRuntimeStatic
    LIBRARY DESTINATION lib
    ARCHIVE DESTINATION lib)
  list(APPEND ROPE_INSTALLED_BINARIES RopeCudaRuntime RopeCudaRuntimeStatic)
endif()

install(EXPORT RopeMLIRTargets NAMESPACE RopeMLIR:: DESTINATION lib/cmake/RopeMLIR)
get_property(ROPE_LIBRARIES GLOBAL PROPERTY ROPE_LIBRARIES)
# test/Downstream installs the build tree: everything installed must be built.
add_dependencies(check-rope ${ROPE_LIBRARIES} ${ROPE_INSTALLED_BINARIES})
configure_package_config_file(
  ${ROPE_SOURCE_DIR}/cmake/RopeMLIRConfig.cmake.in
  ${ROPE_BINARY_DIR}/lib/cmake/RopeMLIR/RopeMLIRConfig.cmake
  INSTALL_DESTINATION lib/cmake/RopeMLIR)
# The libraries are built against one MLIR release; a later rope-mlir minor
# version may change them.
write_basic_package_version_file(
  ${ROPE_BINARY_DIR}/lib/cmake/RopeMLIR/RopeMLIRConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${ROPE_BINARY_DIR}/lib/cmake/RopeMLIR/RopeMLIRConfig.cmake
  ${ROPE_BINARY_DIR}/lib/cmake/RopeMLIR/RopeMLIRConfigVersion.cmake
  DESTINATION lib/cmake/RopeMLIR)
