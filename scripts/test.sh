#!/usr/bin/env bash
# Installs everything, builds, and runs the whole test suite (unit and
# integration). ctest's closing line says how many tests ran and passed.
#   scripts/test.sh                 everything
#   scripts/test.sh -L unit         only the unit tests (any ctest arguments pass through)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)" "$@"
