# rope_add_library(name SOURCES... [DEPENDS tablegen targets] [LINK libs])
#
# Every project library is a position-independent static archive that links
# against Debian's shared libMLIR/libLLVM. One copy of MLIR per process is what
# lets the same code go into rope-opt, the mlir-opt plugin and the C API.
# Each one is installed and exported as RopeMLIR::<name> (cmake/RopePackage.cmake).
function(rope_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LINK" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(${name} PUBLIC ${ARG_LINK} MLIR LLVM)
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${ROPE_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${ROPE_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:include>)
  # Headers only lib/ uses live next to their sources (private, not installed).
  target_include_directories(${name} PRIVATE ${ROPE_SOURCE_DIR}/lib)
  target_compile_features(${name} PUBLIC cxx_std_17)
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  install(TARGETS ${name} EXPORT RopeMLIRTargets ARCHIVE DESTINATION lib)
  set_property(GLOBAL APPEND PROPERTY ROPE_LIBRARIES ${name})
endfunction()
