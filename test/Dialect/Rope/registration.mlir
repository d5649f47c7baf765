// rope-opt registers the dialect and the public passes and pipelines.
// RUN: rope-opt --show-dialects | FileCheck %s --check-prefix=DIALECTS
// DIALECTS: Available Dialects:
// DIALECTS-SAME: {{[ ,]}}rope,
// RUN: rope-opt --help | FileCheck %s --check-prefix=HELP
// HELP-DAG: --convert-rope-to-linalg
// HELP-DAG: --rope-cpu-pipeline
