#!/usr/bin/env bash
# Installs everything, builds, and runs the whole test suite (unit and
# integration). ctest's closing line says how many tests ran and passed.
#   scripts/test.sh                 everything (Release build in build/)
#   scripts/test.sh -L unit         only the unit tests (any ctest arguments pass through)
#   scripts/test.sh --sanitize ...  the same suite built with AddressSanitizer and
#                                   UndefinedBehaviorSanitizer (the asan preset, build-asan/);
#                                   any report fails the test that triggered it
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  shift
  KILN_SKIP_BUILD=1 scripts/setup.sh
  [ -f build-asan/CMakeCache.txt ] || cmake --preset asan -G Ninja >/dev/null
  cmake --build build-asan -j "$(nproc)"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
  export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
  exec ctest --test-dir build-asan --output-on-failure --timeout 1800 -j "$(nproc)" "$@"
fi
scripts/setup.sh
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)" "$@"
