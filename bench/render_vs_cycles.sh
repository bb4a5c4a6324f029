#!/usr/bin/env bash
# kiln's path tracer side by side with Blender Cycles (CPU, headless) in one run:
# the same model (the sculpt teapot at the standard tier, 30 000 triangles, as
# GLB), the same resolution, samples per pixel and bounce limit, a similar
# 3/4 camera, three area lights, a grey surround and a ground plane. Both
# denoisers are off (kiln --no-denoise, Cycles use_denoising = False), so the
# comparison is of path tracers at equal samples.
# Reports total wall time (process start to image on disk) and render-only
# time for each, and kiln's speed relative to Cycles.
#
# Usage: bench/render_vs_cycles.sh [path/to/kiln]   (default: build/kiln)
# Env:   SIZE (512), SAMPLES (64), BOUNCES (4), WORK (a temp dir)
set -euo pipefail

KILN=${1:-build/kiln}
SIZE=${SIZE:-512}
SAMPLES=${SAMPLES:-64}
BOUNCES=${BOUNCES:-4}
WORK=${WORK:-$(mktemp -d /tmp/kiln-vs-cycles.XXXXXX)}

if [ ! -x "$KILN" ]; then
  echo "render_vs_cycles: no kiln binary at '$KILN'; build it first (cmake --build build --target kiln)" >&2
  exit 1
fi

if ! command -v blender >/dev/null; then
  echo "render_vs_cycles: installing Debian's blender (large; only this benchmark needs it)"
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
  if ! { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q blender; } \
        >"$WORK/apt.log" 2>&1; then
    echo "render_vs_cycles: could not install blender (no root/sudo, no network or no package):"
    tail -5 "$WORK/apt.log"
    echo "render_vs_cycles: skipped — no comparison was made."
    exit 0
  fi
fi

now() { date +%s.%N; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "model:   a glazed ceramic teapot, standard tier; ${SIZE}x${SIZE}, ${SAMPLES} spp, ${BOUNCES} bounces"
"$KILN" make "a glazed ceramic teapot" --tier standard -o "$WORK/teapot.glb" | head -1

# --- kiln ---
t0=$(now)
kiln_out=$("$KILN" render "$WORK/teapot.glb" -o "$WORK/kiln.png" --size "$SIZE" --samples "$SAMPLES" \
           --bounces "$BOUNCES" --lighting studio --scene product --no-denoise)
t1=$(now)
echo "$kiln_out" | head -1
kiln_total=$(echo "$t1 - $t0" | bc -l)
kiln_render=$(echo "$kiln_out" | sed -n 's/.* in \([0-9.]*\) s$/\1/p' | head -1)

# --- Cycles ---
cat >"$WORK/cycles_scene.py" <<'PY'
import math, os, sys, time
import bpy
import numpy as np
from mathutils import Vector

# Debian's Blender 3.4 glTF importer still uses np.bool, which NumPy 1.24 removed.
if not hasattr(np, "bool") or "bool" not in np.__dict__:
    np.bool = bool

glb, out = os.environ["KILN_GLB"], os.environ["KILN_OUT"]
size, spp, bounces = int(os.environ["SIZE"]), int(os.environ["SAMPLES"]), int(os.environ["BOUNCES"])
bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.import_scene.gltf(filepath=glb)
meshes = [o for o in bpy.context.scene.objects if o.type == "MESH"]
lo = Vector((1e9, 1e9, 1e9)); hi = Vector((-1e9, -1e9, -1e9))
for o in meshes:
    for c in o.bound_box:
        w = o.matrix_world @ Vector(c)
        lo = Vector(map(min, lo, w)); hi = Vector(map(max, hi, w))
center = (lo + hi) / 2
radius = (hi - lo).length / 2

def direction(az_deg, el_deg):
    # kiln's azimuth is from +Z towards +X with Y up; glTF import maps (x, y, z) to Blender (x, -z, y).
    az, el = math.radians(az_deg), math.radians(el_deg)
    return Vector((math.sin(az) * math.cos(el), -math.cos(az) * math.cos(el), math.sin(el)))

scene = bpy.context.scene
scene.render.engine = "CYCLES"
scene.cycles.device = "CPU"
scene.cycles.samples = spp
scene.cycles.use_adaptive_sampling = False
scene.cycles.use_denoising = False
scene.cycles.max_bounces = bounces
scene.cycles.diffuse_bounces = bounces
scene.cycles.glossy_bounces = bounces
scene.cycles.transmission_bounces = bounces
scene.cycles.transparent_max_bounces = 0
scene.cycles.caustics_reflective = False
scene.cycles.caustics_refractive = False
scene.render.threads_mode = "AUTO"
scene.render.resolution_x = size
scene.render.resolution_y = size
scene.render.resolution_percentage = 100
scene.render.image_settings.file_format = "PNG"
scene.render.filepath = out
scene.view_settings.view_transform = "Filmic"

fov = math.radians(35.0)
cam_data = bpy.data.cameras.new("cam")
cam_data.angle = fov
cam = bpy.data.objects.new("cam", cam_data)
scene.collection.objects.link(cam)
to_cam = direction(35.0, 22.0)
cam.location = center + to_cam * (radius / math.tan(fov / 2) / 0.86 * 0.75)
cam.rotation_euler = (center - cam.location).to_track_quat("-Z", "Y").to_euler()
scene.camera = cam

for az, el, size_r, watts in ((35 + 50, 45, 2.5, 2200), (35 - 65, 20, 3.0, 600), (35 + 160, 55, 2.0, 1200)):
    light = bpy.data.lights.new("soft box", type="AREA")
    light.size = size_r * radius
    light.energy = 0.12 * watts * radius * radius  # roughly kiln's exposure
    obj = bpy.data.objects.new("soft box", light)
    obj.location = center + direction(az, el) * 4 * radius
    obj.rotation_euler = (center - obj.location).to_track_quat("-Z", "Y").to_euler()
    scene.collection.objects.link(obj)

bpy.ops.mesh.primitive_plane_add(size=120 * radius, location=(center.x, center.y, lo.z))
world = bpy.data.worlds.new("surround")
world.use_nodes = True
world.node_tree.nodes["Background"].inputs[0].default_value = (0.15, 0.15, 0.16, 1)
scene.world = world

t = time.time()
bpy.ops.render.render(write_still=True)
print("CYCLES_RENDER_SECONDS=%.3f" % (time.time() - t))
PY
t0=$(now)
cycles_out=$(KILN_GLB="$WORK/teapot.glb" KILN_OUT="$WORK/cycles.png" SIZE=$SIZE SAMPLES=$SAMPLES BOUNCES=$BOUNCES \
             blender -b --factory-startup --python-exit-code 1 --python "$WORK/cycles_scene.py" 2>&1) || {
  echo "$cycles_out" | tail -20
  echo "render_vs_cycles: Blender failed; no comparison was made."
  exit 1
}
t1=$(now)
cycles_total=$(echo "$t1 - $t0" | bc -l)
cycles_render=$(echo "$cycles_out" | sed -n 's/^CYCLES_RENDER_SECONDS=//p' | tail -1)
if [ -z "$cycles_render" ] || [ -z "$kiln_render" ]; then
  echo "$cycles_out" | tail -20
  echo "render_vs_cycles: a render time is missing; no comparison was made."
  exit 1
fi
blender_version=$(blender --version 2>/dev/null | head -1)

printf '\n%-28s %10s %12s\n' "" "total (s)" "render (s)"
printf '%-28s %10.2f %12.2f\n' "kiln" "$kiln_total" "$kiln_render"
printf '%-28s %10.2f %12.2f\n' "$blender_version Cycles CPU" "$cycles_total" "$cycles_render"
printf '\nkiln speed / Cycles speed: %.2fx (render only), %.2fx (total)   target >= 2x\n' \
  "$(echo "$cycles_render / $kiln_render" | bc -l)" "$(echo "$cycles_total / $kiln_total" | bc -l)"
echo "images: $WORK/kiln.png $WORK/cycles.png"
