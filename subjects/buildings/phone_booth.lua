-- A red telephone box: a tall square kiosk with a stepped, domed roof, a
-- white sign band under the roof on each face, and glazed doors and walls
-- of small panes.
local B = use and use("building")

return {
  id = "phone_booth",
  names = {"phone booth", "telephone booth", "phone box", "telephone box", "red phone box", "call box", "telephone kiosk",
           "payphone booth", "british phone box"},
  lvis = {"telephone_booth"},
  family = "buildings",
  size_mm = 2500,
  description = "A red telephone box with small glass panes",
  params = {w = {96, 104}},
  parts = {
    {"body", "iron", color = "#c8161e", role = "primary", names = {"body", "frame", "booth", "box"}},
    {"windows", "gloss", color = "#c8d8e0", role = "detail", names = {"windows", "glass", "panes"}},
    {"sign", "plastic", color = "#f4f2e8", role = "secondary", names = {"sign", "signs", "telephone sign"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local hw = w / 2
    local h = w * 2.55
    local base = B.block(-hw - 6, 0, -hw - 6, hw + 6, 10, hw + 6)
    local body = B.block(-hw, 0, -hw, hw, h, hw, 2)
    -- corner posts stand proud
    local posts = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = B.block(sx * hw - 6, 0, sz * hw - 6, sx * hw + 6, h + 6, sz * hw + 6, 1.5)
      end
    end
    local roof1 = B.block(-hw - 8, h, -hw - 8, hw + 8, h + 12, hw + 8, 2)
    local dome = intersect(cylinder(w * 1.2, w * 0.4):rotx(90):move(0, h + 12 - w * 1.2 + w * 0.28, -w * 0.2),
                           cylinder(w * 1.2, w * 0.4):rotx(90):move(0, h + 12 - w * 1.2 + w * 0.28, -w * 0.2):roty(90))
    dome = intersect(dome, B.block(-hw - 2, h + 8, -hw - 2, hw + 2, h + 60, hw + 2))
    -- glazing: a grid of small panes on each face below the sign band
    local gy0, gy1 = h * 0.14, h * 0.84
    local panes = {}
    local cols, rows = 3, 8
    local pw = (w - 30) / cols
    local ph = (gy1 - gy0) / rows
    for face = 0, 3 do
      local g = {}
      for i = 0, cols - 1 do
        for j = 0, rows - 1 do
          g[#g + 1] = box(pw - 4, ph - 4, 3):move(-(w - 30) / 2 + pw * (i + 0.5), gy0 + ph * (j + 0.5), hw + 0.6)
        end
      end
      panes[#panes + 1] = union(g):roty(90 * face)
    end
    local signs = {}
    for face = 0, 3 do
      signs[#signs + 1] = box(w - 18, 16, 3):move(0, h * 0.905, hw + 0.8):roty(90 * face)
    end
    local shape = (base + body + union(posts) + roof1 + dome):part("body") + union(panes):part("windows") + union(signs):part("sign")
    shape = shape + box(w * 0.12, 4, w * 0.12):move(0, h + 66, 0):part("body")
    k.attach("top", {0, h + 40, 0}, w * 0.6)
    return shape
  end,
}
