-- A vase: a lathe vessel rising from a foot to a full belly, narrowing to a
-- neck and flaring at the lip, with a contrasting band at the rim.
local V = use("vessel")

return {
  id = "vase",
  names = {"vase", "flower vase", "ming vase", "bud vase", "vace", "vas"},
  lvis = {"vase"},
  family = "vessels",
  size_mm = 220,
  description = "A vase with a full belly, a neck and a flared lip",
  params = {base = {32, 42}, belly = {55, 75}, neck = {18, 26}, lip = {1.2, 1.6}, belly_at = {0.3, 0.45}},
  parts = {
    {"body", "glazed", color = "#4670aa", role = "primary", names = {"body", "glaze"}},
    {"rim", "glazed", color = "#ebe1c8", role = "secondary", names = {"rim", "band", "lip", "trim"}},
  },
  variants = {
    tall = {names = {"tall vase", "floor vase", "cylinder vase"}, size_mm = 320},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local h = 220
    local base, belly, neck = k.p.base, k.p.belly, k.p.neck
    local lip = neck * k.p.lip
    local belly_at, neck_at = k.p.belly_at, 0.82
    local shape_kind = k.pick({"classic", "classic", "classic", "trumpet"})
    if k.variant == "tall" then
      h, base, belly, neck, lip, belly_at, neck_at = 320, 40, 50, 36, 48, 0.75, 0.9
    elseif shape_kind == "trumpet" then
      base, belly, neck, lip, belly_at, neck_at = 40, 58, 24, 58, 0.22, 0.62
    end
    local wall = math.max(5, h * 0.025)
    local prof = V.vase_profile(base, belly, neck, lip, belly_at, neck_at, h, 28)
    local depth = h * 0.45
    local body = V.solid_vessel(prof, wall, depth):part("body")
    local rim = torus(lip - 1, 2.4):move(0, h - 2, 0):part("rim")
    local foot = torus(base - 1.5, 2.2):move(0, 3, 0):part("rim")
    V.cavity(k, prof, wall, 0, 0.8, {inside_at = 1 - 0.45})
    k.attach("top", {0, h, 0}, 2 * lip)
    return smooth(1.5, body, rim) + foot
  end,
}
