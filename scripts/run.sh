#!/usr/bin/env bash
# Installs everything, builds, and makes a few models offline into ./out,
# printing what it made and where the files are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
./build/kiln make "a glazed ceramic teapot" -o out/teapot.glb
./build/kiln make "a wooden treasure chest" -o out/chest.glb
./build/kiln make "a low-poly pine tree" -o out/pine.glb
./build/kiln make "a golden retriever statue, 10cm tall" -o out/retriever.stl
cat <<TXT

Models are in $(pwd)/out. Open a .glb in any glTF viewer (e.g. drag it onto a
browser-based glTF viewer, Blender: File > Import > glTF); slice the .stl.
Make your own:   ./build/kiln make "a red mushroom" -o mushroom.glb
All options:     ./build/kiln make --help
TXT
