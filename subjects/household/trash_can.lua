-- A trash can: a tall round bin with a domed or flat lid and a foot-pedal
-- (a pedal bin), or an open office wastebasket; "square" makes it a box bin.
local V = use("vessel")

return {
  id = "trash_can",
  names = {"trash can", "rubbish bin", "waste bin", "trash bin", "dustbin", "bin", "garbage bin", "recycling bin",
           "pedal bin", "litter bin", "trashcan", "garbage pail", "kitchen bin", "trash bin can"},
  lvis = {"trash_can"},
  family = "household",
  size_mm = 650,
  description = "A pedal trash can with a lid",
  params = {radius = {150, 180}},
  parts = {
    {"body", "steel", color = "#b8bec4", role = "primary", names = {"body", "bin", "can"}},
    {"lid", "plastic", color = "#2a2a2e", role = "secondary", names = {"lid", "top", "pedal", "rim", "handles"}},
  },
  variants = {
    office = {names = {"wastebasket", "waste basket", "office bin", "wastepaper basket", "paper bin"}, size_mm = 320,
              colors = {body = "#3a3c40", lid = "#3a3c40"}},
    outdoor = {names = {"garbage can", "metal garbage can", "outdoor trash can", "oscar trash can"}, size_mm = 700,
               colors = {body = "#9aa2a8", lid = "#9aa2a8"}},
  },
  points = {"top", "inside", "fill"},
  build = function(k)
    local v = k.variant
    local r = k.p.radius
    if v == "office" then
      local prof = {{110, 0}, {140, 300}}
      local body = vessel(prof, 6, 8)
      -- Mesh holes: rings of slots.
      local slot = box(20, 36, 10, 3):move(130, 0, 0)
      for i = 0, 3 do body = subtract(body, radial(slot:move(0, 80 + i * 55, 0), 24, (i % 2) * 7.5)) end
      k.attach("inside", {0, 6, 0}, 200)
      k.attach("fill", {0, 200, 0}, 220)
      return body:part("body") + torus(140, 4):move(0, 300, 0):part("lid")
    end
    local h = v == "outdoor" and 620 or 600
    local prof = v == "outdoor" and {{r * 0.92, 0}, {r, h}} or {{r - 4, 0}, {r, 10}, {r, h}}
    local body = lathe(prof) -- solid under its lid: a closed hollow would be a loose inner skin
    local shape = body
    if v == "outdoor" then
      -- Corrugated ribs, side handles and a domed lid with a handle.
      for _, y in ipairs({h * 0.18, h * 0.5, h * 0.82}) do
        shape = shape + torus(V.radius_at(prof, y) + 1, 6):move(0, y, 0)
      end
      local lid = lathe({{r + 10, 0}, {r + 10, 14}, {r * 0.9, 40}, {r * 0.5, 62}, {1, 66}}):move(0, h - 6, 0)
        + tube({{-40, h + 56, 0}, {-30, h + 90, 0}, {30, h + 90, 0}, {40, h + 56, 0}}, 7)
      local handles = union(tube({{r - 6, h - 60, -40}, {r + 28, h - 70, -30}, {r + 28, h - 70, 30}, {r - 6, h - 60, 40}}, 6))
      handles = handles + handles:flip("x")
      k.attach("top", {0, h + 95, 0}, 80)
      k.attach("inside", {0, 8, 0}, 2 * r * 0.85)
      return shape:part("body") + (lid + handles):part("lid")
    end
    local lid = lathe({{r + 3, 0}, {r + 3, 20}, {r * 0.85, 45}, {r * 0.3, 60}, {1, 62}}):move(0, h - 4, 0)
    local pedal = box(70, 14, 110, 4):move(r + 20, 40, 0) + box(40, 30, 60, 4):move(r - 5, 30, 0)
    local base = torus(r - 10, 10):move(0, 8, 0)
    k.attach("top", {0, h + 58, 0}, r)
    k.attach("inside", {0, 10, 0}, 2 * (r - 7))
    return (shape + base):part("body") + (lid + pedal):part("lid")
  end,
}
