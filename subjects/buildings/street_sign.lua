-- A street sign: a grey pole topped by a bracket carrying two green name
-- blades, crossed at right angles, each with a white border and white
-- lettering. The warning variant is a yellow diamond with a black border
-- and an exclamation mark, bolted to a square post.
return {
  id = "street_sign",
  names = {"street sign", "signpost", "sign post", "street name sign", "sign", "street name", "street corner sign",
           "intersection sign", "road name sign", "street sign post", "streetsign", "street plate"},
  lvis = {"street_sign"},
  family = "buildings",
  size_mm = 2700,
  description = "Two crossed green street name signs on a pole",
  params = {h = {330, 350}, len = {165, 180}},
  parts = {
    {"sign", "paint", color = "#1f7a44", role = "primary", names = {"sign", "signs", "blade", "blades", "face", "board", "plate", "diamond"}},
    {"border", "paint", color = "#f6f6f2", role = "secondary",
     names = {"border", "letters", "lettering", "text", "writing", "symbol", "exclamation mark", "trim", "edge"}},
    {"post", "steel", color = "#8a8e94", role = "detail", names = {"post", "pole", "bracket", "cap"}},
  },
  variants = {
    warning = {names = {"warning sign", "caution sign", "hazard sign", "yellow road sign", "diamond sign", "danger sign",
                        "yellow warning sign", "road warning sign"},
               size_mm = 2300, colors = {sign = "#f4c20d", border = "#161616", post = "#9a9ea4"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    if k.variant == "warning" then
      -- a diamond in the XY plane, facing +Z, on a square post
      local s = 70 -- half the diagonal
      local function diamond(r, depth, round)
        return extrude({{0, -r}, {r, 0}, {0, r}, {-r, 0}}, depth, round)
      end
      local cy = h - s * 0.4
      local board = diamond(s, 6, 1.5):move(0, cy, 8)
      local ring = (diamond(s - 3, 9, 1) - diamond(s - 10, 14, 0)):move(0, cy, 8)
      local mark = (box(11, 32, 9, 3):move(0, 13, 0) + box(11, 11, 9, 4):move(0, -16, 0)):move(0, cy, 8)
      local symbol = ring + mark
      local post = box(10, cy + 10, 8, 1):move(0, (cy + 10) / 2, 0) + box(18, 8, 14, 2):move(0, 4, 0)
      local bolts = sphere(3):stretch(1, 1, 0.6):move(0, cy + s * 0.62, 11) + sphere(3):stretch(1, 1, 0.6):move(0, cy - s * 0.62, 11)
      local shape = board:part("sign") + symbol:part("border") + (post + bolts):part("post")
      k.attach("top", {0, cy + s, 6}, 30)
      return shape:roty(25)
    end
    local L = k.p.len
    local bh = L * 0.21
    -- one blade along X (faces Z): a white plate with green faces inset on both sides
    local function blade()
      local plate = box(L, bh, 5, 1.5)
      local face = box(L - 8, bh - 8, 6.4, 0.6)
      -- blocky lettering: a row of capitals on each face
      local letters = {}
      local n = 7
      local lw = (L - 36) / n
      for i = 0, n - 1 do
        local x = -(L - 36) / 2 + lw * (i + 0.5)
        local tall = (i == 0) and bh * 0.36 or bh * 0.27
        local wide = lw * ((i % 3 == 1) and 0.42 or 0.56)
        letters[#letters + 1] = box(wide, tall, 7.8, 0.3):move(x, (tall - bh * 0.27) / 2, 0)
      end
      return plate:part("border") + face:part("sign") + union(letters):part("border")
    end
    local y1 = h + bh * 0.5 + 4
    local y2 = y1 + bh + 6
    local blades = blade():move(0, y1, 0) + blade():roty(90):move(0, y2, 0)
    local pole = cylinder(6.5, h) + cylinder(11, 6, 2)
    local bracket = cylinder(8, y2 + bh * 0.5 + 2 - (h - 10)):move(0, h - 10, 0) + cylinder(9, 4, 1.5):move(0, h - 12, 0)
    local cap = cylinder(9.5, 4, 1.5):move(0, y2 + bh * 0.5, 0) + sphere(6):move(0, y2 + bh * 0.5 + 5, 0)
    local shape = blades + (pole + bracket + cap):part("post")
    k.attach("top", {0, y2 + bh * 0.5 + 10, 0}, 24)
    return shape:roty(10)
  end,
}
