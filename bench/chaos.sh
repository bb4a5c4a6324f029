#!/usr/bin/env bash
# The full chaos run: 100 random SIGKILLs of workers and of the server under
# concurrent keyed submits with Idempotency-Keys, restarts on the same data
# directory and port, then the audit (acknowledged, succeeded, lost,
# duplicated, double captures, ledger, integrity_check, stray blobs).
#   bench/chaos.sh            100 kills
#   bench/chaos.sh 300        another count; KILN_CHAOS_SEED=N repeats a run
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-100}"
cmake --build build --target chaos_test kiln >/dev/null
log="$(mktemp /tmp/kiln-chaos.XXXXXX.log)"
status=0
KILN_CHAOS_KILLS="$kills" ./build/tests/chaos_test --gtest_brief=1 >"$log" 2>&1 || status=$?
# What went wrong, if anything, then the counts.
grep -v '^chaos' "$log" | grep -E 'Failure|Expected|Which is|job_|exited' || true
grep '^chaos' "$log" || { echo "chaos: the test did not get to its audit; full output in $log"; exit 1; }
[ "$status" -eq 0 ] && rm -f "$log" && echo "chaos: passed" || echo "chaos: FAILED (full output in $log)"
exit "$status"
