#!/usr/bin/env bash
# Blind recognisability sheets for text → 3D (the method of the project's
# judging notes): makes each prompt's model, renders it, and tiles the renders
# in a shuffled order under bare numbers, 16 to a sheet, so a judge who never
# saw the prompts can name each object. The key (number → prompt, made or
# refused) is written beside the sheets as key.tsv.
#   bench/judging/blind_sheet.sh PROMPTS OUTDIR [TIER] [SIZE] [SAMPLES]
#   (defaults: standard 512 16; BLIND_SEED=N changes the order; KILN=path/to/kiln)
set -u
prompts=$1; out=$2; tier=${3:-standard}; size=${4:-512}; samples=${5:-16}
kiln=${KILN:-$PWD/build/kiln}
[ -x "$kiln" ] || { echo "no kiln binary at $kiln (build first, or set KILN)"; exit 2; }
command -v montage >/dev/null || { echo "needs ImageMagick: apt-get install -y imagemagick"; exit 2; }
mkdir -p "$out/tiles"; : > "$out/key.tsv"
mapfile -t lines < <(grep -v '^\s*$' "$prompts" | shuf --random-source=<(yes "${BLIND_SEED:-1}"))
n=0
for p in "${lines[@]}"; do
  n=$((n+1)); id=$(printf '%03d' $n)
  if "$kiln" make "$p" --tier "$tier" -o "$out/tiles/$id.glb" --json >"$out/tiles/$id.json" 2>"$out/tiles/$id.log"; then
    "$kiln" render "$out/tiles/$id.glb" -o "$out/tiles/$id.png" --size "$size" --samples "$samples" >/dev/null 2>&1 \
      || echo render-failed >>"$out/tiles/$id.log"
    printf '%s\tmade\t%s\n' "$id" "$p" >> "$out/key.tsv"
  else
    convert -size "${size}x${size}" xc:white "$out/tiles/$id.png"
    printf '%s\trefused\t%s\n' "$id" "$p" >> "$out/key.tsv"
  fi
done
cd "$out/tiles"
files=( $(ls [0-9][0-9][0-9].png | sort) )
sheet=0
for ((i=0; i<${#files[@]}; i+=16)); do
  sheet=$((sheet+1))
  args=()
  for f in "${files[@]:i:16}"; do args+=(-label "${f%.png}" "$f"); done
  montage "${args[@]}" -font DejaVu-Sans -tile 4x4 -geometry 300x300+6+6 -pointsize 28 "../sheet$(printf '%02d' $sheet).png"
done
echo "made $(grep -c $'\tmade\t' ../key.tsv) of $n; sheets: $sheet in $out"
