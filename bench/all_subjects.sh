#!/usr/bin/env bash
# The slow check of the whole subject library: every subject and variant at
# every tier with five seeds — watertight, one part, within budget, Khronos
# glTF-Validator clean as GLB and admesh clean as STL — then the speed of
# every subject at draft and standard.
#   bench/all_subjects.sh                  (after scripts/setup.sh has built build/)
#   bench/all_subjects.sh --shard K/N      only every N-th subject from the K-th
#                                          (0-based), and no speed run: the
#                                          check in N runs of about 3/N hours
#                                          each on 2 cores
set -euo pipefail
cd "$(dirname "$0")/.."
shard=""
case "${1:-}" in
  --shard) shard=$2; shift 2 ;;
  "") ;;
  *) echo "usage: bench/all_subjects.sh [--shard K/N]" >&2; exit 2 ;;
esac
if [ -n "$shard" ]; then
  KILN_SUBJECT_SHARD=$shard KILN_ALL_SUBJECTS_FULL=1 ./build/src/engines/subjects_test --gtest_filter='AllSubjects*'
else
  KILN_ALL_SUBJECTS_FULL=1 ./build/src/engines/subjects_test --gtest_filter='AllSubjects*'
  ./build/bench/kiln_bench_subjects
fi
