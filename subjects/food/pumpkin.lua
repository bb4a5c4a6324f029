-- A pumpkin: a squat ribbed orange globe with a thick curled stem; a
-- jack-o'-lantern has a carved, glowing face.
local P -- the plant library, loaded when building

return {
  id = "pumpkin",
  names = {"pumpkin", "squash", "gourd", "pumkin", "pumpkn"},
  lvis = {"pumpkin", "squash"},
  family = "food",
  size_mm = 220,
  description = "A pumpkin",
  params = {r = {110, 125}, squash = {0.68, 0.78}, ribs = {10, 12}},
  parts = {
    {"skin", "food", color = "#ea7a16", role = "primary", names = {"skin", "pumpkin", "body", "rind"}},
    {"stem", "wood", color = "#6a6a30", role = "secondary", names = {"stem", "stalk"}},
    {"glow", "wax", color = "#ffd040", role = "detail", names = {"face", "glow", "light", "candle"}},
  },
  variants = {
    lantern = {names = {"jack o lantern", "jack-o-lantern", "jack o'lantern", "jackolantern", "carved pumpkin", "halloween pumpkin"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local r, sq = k.p.r, k.p.squash
    local h = 2 * r * sq
    local prof = {}
    for i = 0, 16 do
      local a = -math.pi / 2 + math.pi * i / 16
      local rr = r * math.cos(a)
      if i == 0 then rr = r * 0.25 end
      if i == 16 then rr = r * 0.18 end
      prof[#prof + 1] = {math.max(rr, 0.6), h / 2 + h / 2 * math.sin(a) * 0.98}
    end
    local ribs = 2 * math.floor(k.p.ribs / 2 + 0.5)
    local body = P.ribbed(prof, ribs, 0.1)
    local stem = tube({{0, h - 14, 0}, {2, h + 12, 0}, {10, h + 28, 4}, {22, h + 32, 6}}, 11, 7):noise(1, 8, 1)
    local shape = union(body:part("skin"), stem:part("stem"))
    if k.variant == "lantern" then
      local depth = 40
      local function cut(outline)
        return extrude(outline, depth):roty(90):move(r - depth * 0.35, 0, 0)
      end
      local eye = {{-16, 0}, {16, 0}, {0, 26}}
      local face = union(
        cut(eye):move(0, h * 0.58, -34), cut(eye):move(0, h * 0.58, 34),
        cut({{-8, 0}, {8, 0}, {0, 14}}):move(0, h * 0.44, 0),
        cut({{-58, 10}, {-40, 0}, {-22, 8}, {-10, -6}, {10, 8}, {24, -6}, {40, 6}, {58, 10}, {40, -22}, {0, -32}, {-40, -22}}):move(0, h * 0.3, 0))
      local carved = subtract(shape, face)
      local glow = intersect(face, body:scale(0.97))
      shape = carved + glow:part("glow")
      shape = shape:roty(-40)
    end
    return shape
  end,
}
