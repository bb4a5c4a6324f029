-- A knitted mitten standing on its cuff: a flat rounded hand with the
-- fingers in one pocket, a separate thumb lobe to one side, and a ribbed
-- cuff in a second colour. The `pair` variant stands two side by side,
-- thumbs outward; `oven` is a long quilted oven mitt with a hanging loop.

-- One mitten, thumb towards +X, flat face towards +Z, cuff on y = 0.
local function mitten(k, long)
  local cuff_h = long and 120 or 78
  local y0 = cuff_h - 6
  local hand = loft({
    {y = y0, rx = 44, rz = 21},
    {y = y0 + 40, rx = 50, rz = 24},
    {y = y0 + 100, rx = 53, rz = 25},
    {y = y0 + 140, rx = 49, rz = 23},
    {y = y0 + 160, rx = 38, rz = 19},
  })
  hand = smooth(10, hand, ellipsoid(42, 34, 19):move(-2, y0 + 160, 0))
  -- The thumb: a lobe of its own, springing from the side and leaning out.
  local thumb = limb({28, y0 + 28, 0}, {70, y0 + 100, 0}, 22, 17):stretch(1, 1, 0.85)
    + sphere(17):stretch(1, 1.1, 0.85):move(70, y0 + 100, 0)
  local body = smooth(6, hand, thumb)
  body = body:noise(0.9, 6)
  -- The cuff: an oval band, knitted ribs round it (a plain bound band on
  -- an oven mitt, with a hanging loop).
  local rx, rz = long and 52 or 47, long and 28 or 25
  local cuff = loft({{y = 0, rx = rx, rz = rz}, {y = cuff_h, rx = rx - 2, rz = rz - 1}})
  if long then
    -- diamond quilting: shallow grooves across both faces of the hand
    local core = loft({
      {y = y0 - 10, rx = 40, rz = 17}, {y = y0 + 40, rx = 46, rz = 20}, {y = y0 + 100, rx = 49, rz = 21},
      {y = y0 + 140, rx = 45, rz = 19}, {y = y0 + 175, rx = 30, rz = 14},
    })
    local lines = {}
    for i = -3, 3 do
      lines[#lines + 1] = box(4, 260, 80):rotz(40):move(i * 34, y0 + 90, 0)
      lines[#lines + 1] = box(4, 260, 80):rotz(-40):move(i * 34, y0 + 90, 0)
    end
    local faces = box(300, 400, 30):move(0, y0, 30) + box(300, 400, 30):move(0, y0, -30)
    body = subtract(body, subtract(intersect(union(lines), faces), core))
    cuff = cuff + loft({{y = 0, rx = rx + 2, rz = rz + 2}, {y = 8, rx = rx + 2, rz = rz + 2}})
      + torus(15, 4):rotx(90):move(-rx - 9, cuff_h - 14, 0)
  else
    local ribs = {}
    local n = 30
    for i = 0, n - 1 do
      local a = 2 * math.pi * i / n
      local x, z = math.cos(a) * (rx - 0.5), math.sin(a) * (rz - 0.5)
      ribs[#ribs + 1] = capsule({x, 3, z}, {x * 0.96, cuff_h - 3, z * 0.96}, 3.2)
    end
    cuff = cuff + union(ribs)
  end
  return body:part("body") + cuff:part("cuff")
end

return {
  id = "mitten",
  names = {"mitten", "knitted mitten", "wool mitten", "winter mitten", "knit mitten", "woolen mitten", "woollen mitten",
           "wooly mitten", "woolly mitten", "miten", "mittin", "ski mitten"},
  lvis = {"mitten"},
  family = "accessories",
  size_mm = 250,
  description = "A knitted mitten with a thumb and a ribbed cuff",
  parts = {
    {"body", "fabric", color = "#c0302e", role = "primary", names = {"body", "mitten", "hand", "thumb", "wool", "knit"}},
    {"cuff", "fabric", color = "#f0e8d8", role = "secondary", names = {"cuff", "wrist", "ribbing", "band", "loop"}},
  },
  variants = {
    pair = {names = {"pair of mittens", "mittens", "mitten pair", "pair of mitts", "pair of knitted mittens", "pair of wool mittens"}},
    oven = {names = {"oven mitt", "oven mitten", "oven glove", "pot holder mitt", "kitchen mitt"},
            size_mm = 300, colors = {body = "#e8e2d4", cuff = "#c0302e"}},
  },
  build = function(k)
    if k.variant == "pair" then
      -- side by side, thumbs outward, the left one a little behind and
      -- overlapping the right so the pair is one piece
      local right = mitten(k, false):move(48, 0, 12)
      local left = mitten(k, false):flip("x"):move(-48, 0, -12)
      return (right + left):roty(30)
    end
    return mitten(k, k.variant == "oven"):roty(35)
  end,
}
