#!/usr/bin/env bash
# The slow check of the whole subject library: every subject and variant at
# every tier with five seeds — watertight, one part, within budget, Khronos
# glTF-Validator clean as GLB and admesh clean as STL — then the speed of
# every subject at draft and standard.
#   bench/all_subjects.sh            (after scripts/setup.sh has built build/)
set -euo pipefail
cd "$(dirname "$0")/.."
KILN_ALL_SUBJECTS_FULL=1 ./build/src/engines/subjects_test --gtest_filter='AllSubjects*'
./build/bench/kiln_bench_subjects
