# -*- Python -*-
# lit configuration for rope-mlir.

import os
import shutil
import subprocess

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "ROPE"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py", ".test", ".c"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt",
                   "Inputs", "lib", "__pycache__"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.rope_obj_root, "test")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.rope_tools_dir, append_path=True)

runner_utils = os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")
c_runner_utils = os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")
config.substitutions.append(("%mlir_runner_utils", runner_utils))
config.substitutions.append(("%mlir_c_runner_utils", c_runner_utils))
# The CPU pipeline's kernels run their row loops on OpenMP threads
# (Debian's libomp-22-dev).
libomp = os.path.join(config.llvm_lib_dir, "libomp.so")
config.substitutions.append(("%libomp", libomp))
# One spelling of "run @main on the CPU" for every executed test.
config.substitutions.append(
    ("%run_cpu",
     "mlir-runner -e main -entry-point-result=void "
     f"-shared-libs={runner_utils},{c_runner_utils},{libomp}"))
# Ahead of lit's default %python (lit's own interpreter, without numpy).
config.substitutions.insert(0, ("%python", config.python_executable))
config.substitutions.append(
    ("%ropecheck",
     f"{config.python_executable} {os.path.join(config.rope_src_root, 'test', 'lib', 'ropecheck.py')}"))
config.substitutions.append(("%rope_src_root", config.rope_src_root))
config.substitutions.append(("%rope_obj_root", config.rope_obj_root))
# The mlir-opt plugin (dialects and passes), loaded by stock mlir-opt.
config.substitutions.append(
    ("%rope_plugin", os.path.join(config.rope_lib_dir, "RopePlugin.so")))

tools = [ToolSubst("rope-opt", unresolved="fatal"), "mlir-runner", "mlir-opt",
         "mlir-translate", "FileCheck", "not", "split-file", "rope-gpu-aot"]

# Sanitizer builds (README: "Hardening"): a host that was built without the
# sanitizers (stock mlir-opt loading the plugin, Python loading the C API in
# test/CAPI) preloads the runtime the instrumented libraries need, without
# leak checks (the host's own allocations are not ours to judge). Only such
# hosts: the preload would clash with the runtime linked into our tools.
config.rope_host_preload = ""
if config.rope_sanitize:
    config.available_features.add("sanitizers")
    config.rope_host_preload = (
        f"env LD_PRELOAD={config.rope_sanitizer_runtime} "
        "ASAN_OPTIONS=allow_user_poisoning=0:detect_leaks=0 ")
    tools[2] = ToolSubst("mlir-opt", command=(
        config.rope_host_preload +
        os.path.join(config.llvm_tools_dir, "mlir-opt")))
if config.rope_fuzz:
    config.available_features.add("libfuzzer")
llvm_config.add_tool_substitutions(tools, [config.rope_tools_dir,
                                           config.llvm_tools_dir])

# numpy for the numeric checkers; torch + transformers (when the venv has
# them) for checks against Hugging Face's own RoPE code.
def python_can_import(modules):
    try:
        subprocess.run([config.python_executable, "-c", f"import {modules}"],
                       check=True, capture_output=True)
        return True
    except (OSError, subprocess.CalledProcessError):
        return False


# A missing package must not turn numeric tests into quiet UNSUPPORTED lines:
# scripts/setup.sh installs them, so their absence is an error unless the
# user opts out (ROPE_ALLOW_MISSING_PYTHON=1, e.g. a build without the venv).
allow_missing = os.environ.get("ROPE_ALLOW_MISSING_PYTHON") == "1"
for feature, modules in (("numpy", "numpy"),
                         ("transformers", "numpy, torch, transformers")):
    if python_can_import(modules):
        config.available_features.add(feature)
    elif not allow_missing:
        lit_config.fatal(
            f"{config.python_executable} cannot import {modules}: run "
            "scripts/setup.sh (or set ROPE_ALLOW_MISSING_PYTHON=1 to run "
            "without the tests that need them)")

# CUDA toolkit (ptxas) for cubin checks; a GPU for executed GPU tests.
if os.path.exists(os.path.join(config.cuda_root, "bin", "ptxas")):
    config.available_features.add("cuda-toolkit")
config.substitutions.append(
    ("%ptxas", os.path.join(config.cuda_root, "bin", "ptxas")))
config.substitutions.append(("%cuda_root", config.cuda_root))
# The project's mgpu* runtime (built when the toolkit was found), which
# rope-gpu-aot links into every library it makes.
if os.path.exists(os.path.join(config.rope_lib_dir, "libRopeCudaRuntime.a")):
    config.available_features.add("rope-cuda-runtime")
if shutil.which("nvidia-smi"):
    try:
        subprocess.run(["nvidia-smi", "-L"], check=True, capture_output=True)
        config.available_features.add("cuda-gpu")
    except (OSError, subprocess.CalledProcessError):
        pass
