#!/usr/bin/env bash
# Installs everything kiln needs to build and test on Debian 12, then
# configures and builds into build/. Safe to run any number of times.
#   scripts/setup.sh            install + configure + build (Release)
#   KILN_SKIP_APT=1 ...         skip the apt step (packages already present)
#   KILN_SKIP_BUILD=1 ...       install and check only (scripts/test.sh --sanitize builds elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git ca-certificates
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev libssl-dev
  libopenvdb-dev libboost-iostreams-dev libtbb-dev libeigen3-dev libmeshoptimizer-dev
  libtinygltf-dev libzip-dev zipcmp zipmerge ziptool unzip
  libboost-dev libsqlite3-dev libcurl4-openssl-dev
  admesh liblua5.4-dev
  libembree-dev libopencv-dev
  libavcodec-dev libavformat-dev libavutil-dev
  clang-19 libclang-rt-19-dev llvm-19
)

# Versions the build and the tests rely on (Debian 12 ships these or newer).
MIN_CMAKE=3.25
MIN_GXX=12
MIN_NODE=18.19
MIN_NPM=9

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "${KILN_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node.js and npm run the output checkers. Machines that already have them
  # (often from another packaging that bundles npm and conflicts with
  # Debian's npm package) keep theirs.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "setup: all Debian packages present"
  fi
fi

# version_at_least HAVE WANT: true when dotted version HAVE >= WANT.
version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
# require NAME HAVE WANT HINT: stops with what to do when a tool is too old.
require() {
  if [ -z "$2" ] || ! version_at_least "$2" "$3"; then
    echo "setup: $1 ${2:-is missing} but kiln needs $3 or newer; $4" >&2
    exit 1
  fi
  echo "setup: $1 $2 (needs $3+)"
}
require cmake "$(cmake --version 2>/dev/null | sed -n 's/^cmake version //p')" "$MIN_CMAKE" \
  "install Debian 12's cmake"
require g++ "$(g++ -dumpfullversion 2>/dev/null)" "$MIN_GXX" "install Debian 12's build-essential"
require node "$(node --version 2>/dev/null | sed 's/^v//')" "$MIN_NODE" \
  "install Debian 12's nodejs (apt-get install nodejs npm) or a newer Node.js"
require npm "$(npm --version 2>/dev/null)" "$MIN_NPM" "install Debian 12's npm"

# Output checkers used by the tests (Khronos glTF-Validator, glTF-Transform),
# installed locally at the versions package-lock.json pins: ones that run on
# Debian 12's Node.js 18.
if [ ! -d node_modules/gltf-validator ] || [ ! -d node_modules/@gltf-transform/cli ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm test tools"
  npm ci --no-audit --no-fund --loglevel=error
fi
# The tools must start on this Node, not just install.
if ! transform_version=$(node node_modules/@gltf-transform/cli/bin/cli.js --version 2>&1 | tail -n1) \
   || ! node -e "require('gltf-validator')" 2>/dev/null; then
  echo "setup: the npm test tools do not run on Node.js $(node --version): ${transform_version:-}" >&2
  echo "setup: remove node_modules and run scripts/setup.sh again, or use Node.js $MIN_NODE or newer" >&2
  exit 1
fi
echo "setup: gltf-transform $transform_version and gltf-validator run on Node.js $(node --version)"

[ "${KILN_SKIP_BUILD:-0}" = 1 ] && exit 0
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j "$(nproc)"
