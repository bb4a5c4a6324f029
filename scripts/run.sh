#!/usr/bin/env bash
# Installs everything, builds, and starts `kiln serve` on the embedded store
# (./var), printing where to point a browser or a script. Ctrl-C stops it
# gracefully (running jobs finish; queued jobs wait in ./var for next time).
#   scripts/run.sh [kiln serve options…]     e.g. --listen 0.0.0.0:8080 --workers 4
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cat <<TXT

kiln is built. Offline, without a server:   ./build/kiln make "a wooden treasure chest" -o chest.glb
Starting the server (open the printed address in a browser, or script against it):
TXT
exec ./build/kiln serve --data ./var "$@"
