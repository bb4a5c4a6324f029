-- A tambourine: a shallow round wooden frame with a drum head, and pairs of
-- shiny metal jingles set in slots around the rim; shown tilted up.
return {
  id = "tambourine",
  names = {"tambourine", "tamborine", "tambourin", "timbrel", "jingle drum"},
  lvis = {"tambourine"},
  family = "instruments",
  size_mm = 180,
  description = "A tambourine",
  params = {},
  parts = {
    {"frame", "wood", color = "#c8904e", role = "primary", names = {"frame", "rim", "body"}},
    {"head", "leather", color = "#f0e2c4", role = "secondary", names = {"head", "skin", "drumhead"}},
    {"jingles", "brass", color = "#e0c050", role = "detail", names = {"jingles", "cymbals", "zils"}},
  },
  build = function(k)
    local R, H = 120, 44
    local frame = subtract(cylinder(R, H, 3), cylinder(R - 8, H + 4):move(0, -2, 0))
    local slots = {}
    local jingles = {}
    for i = 0, 4 do
      local a = 72 * i + 36
      slots[#slots + 1] = box(40, 24, 40):move(R, H / 2, 0):roty(a)
      for _, dx in ipairs({-3, 3}) do
        jingles[#jingles + 1] = cylinder(17, 3.5, 1):rotz(90):move(R + 2 + dx, H / 2, 0):roty(a)
      end
    end
    frame = subtract(frame, union(slots))
    local head = cylinder(R - 5, 5):move(0, H - 4, 0)
    return union(frame:part("frame"), head:part("head"), union(jingles):part("jingles")):rotx(40):move(0, 100, 0)
  end,
}
