#!/usr/bin/env bash
# Installs everything kiln needs to build and test on Debian 12, then
# configures and builds into build/. Safe to run any number of times.
#   scripts/setup.sh            install + configure + build (Release)
#   KILN_SKIP_APT=1 ...         skip the apt step (packages already present)
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
)

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

# Output checkers used by the tests (Khronos glTF-Validator, glTF-Transform), installed locally.
if [ ! -d node_modules/gltf-validator ] || [ ! -d node_modules/@gltf-transform/cli ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm test tools"
  npm ci --no-audit --no-fund --loglevel=error
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j "$(nproc)"
