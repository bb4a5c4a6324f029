#!/usr/bin/env bash
# Installs everything, builds, and runs the whole test suite (unit and
# integration) from the Release build (build/). The closing line counts what
# ran: "N passed, N failed".
#   scripts/test.sh                  the Release suite (what CI runs)
#   scripts/test.sh --sanitize ...   the same suite from the sanitizer build
#                                    (build-asan/: the asan preset, clang 19 with
#                                    AddressSanitizer and UndefinedBehaviorSanitizer),
#                                    plus a few seconds of every libFuzzer target;
#                                    any sanitizer report fails its test
#   scripts/test.sh --all ...        both, one after the other
#   scripts/test.sh -L unit          ctest arguments pass through
# The sanitizer build is a second build of everything; from a cold compiler
# cache it takes longer on 2 cores than a CI run has, so with --all it gets a
# deadline (KILN_SANITIZE_BUILD_DEADLINE, minutes since this script started,
# default 30): past it the sanitizer suite is reported as not run, and the
# cache keeps what was compiled for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

# Compiler cache keys are taken relative to the checkout, so another clone of
# the same sources (CI's) reuses what this one compiled, debug info included.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

stages=(release)
case "${1:-}" in
  --release) shift ;;
  --sanitize) stages=(sanitize); shift ;;
  --all) stages=(release sanitize); shift ;;
esac

passed=0
failed=0
status=0
summary=()
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# run_suite NAME BUILD_DIR TIMEOUT [ctest args…]: runs ctest, echoing its
# output, and adds its counts to the totals.
run_suite() {
  local name=$1 dir=$2 timeout=$3
  shift 3
  local log=$logs/$name.log rc=0
  ctest --test-dir "$dir" --output-on-failure --timeout "$timeout" -j "$(nproc)" "$@" 2>&1 | tee "$log" || rc=$?
  [ "$rc" -eq 0 ] || status=1
  local line total bad
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1 || true)
  if [ -z "$line" ]; then
    summary+=("$name: no tests ran")
    status=1
    return
  fi
  bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + total - bad))
  failed=$((failed + bad))
  summary+=("$name: $((total - bad)) passed, $bad failed")
}

for stage in "${stages[@]}"; do
  case "$stage" in
    release)
      scripts/setup.sh
      run_suite release build 900 "$@"
      ;;
    sanitize)
      KILN_SKIP_BUILD=1 scripts/setup.sh
      [ -f build-asan/CMakeCache.txt ] || cmake --preset asan -G Ninja >/dev/null
      deadline=$(( ${KILN_SANITIZE_BUILD_DEADLINE:-30} * 60 - ($(date +%s) - start) ))
      if [ "${#stages[@]}" -eq 1 ]; then deadline=$((24 * 3600)); fi
      if [ "$deadline" -le 60 ]; then
        summary+=("sanitize: not run (no time left before the ${KILN_SANITIZE_BUILD_DEADLINE:-30}-minute build deadline)")
        continue
      fi
      echo "test: building the sanitizer suite (build-asan/, at most $((deadline / 60)) minutes)"
      rc=0
      timeout --foreground "$deadline" cmake --build build-asan -j "$(nproc)" || rc=$?
      if [ "$rc" -eq 124 ]; then
        summary+=("sanitize: not run (its build did not finish by the deadline; the compiler cache keeps what was built)")
        continue
      elif [ "$rc" -ne 0 ]; then
        summary+=("sanitize: the sanitizer build failed")
        status=1
        continue
      fi
      # Crashes die by their signal, as they do in a Release build, so the
      # server's poison-input accounting sees the same thing.
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:handle_segv=0:handle_sigbus=0:handle_sigfpe=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
      export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
      # Stack traces with function names and lines.
      for symbolizer in /usr/lib/llvm-19/bin/llvm-symbolizer /usr/bin/llvm-symbolizer; do
        if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x "$symbolizer" ]; then export ASAN_SYMBOLIZER_PATH=$symbolizer; fi
      done
      run_suite sanitize build-asan 900 "$@"
      ;;
  esac
done

echo
for line in "${summary[@]}"; do echo "test: $line"; done
echo "test: $(( ($(date +%s) - start) / 60 )) minutes"
echo "$passed passed, $failed failed"
exit "$status"
