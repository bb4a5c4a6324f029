-- A jar of jam: a see-through glass jar full of dark red jam (kept a
-- little clear of the glass, so it shows through it; the space between
-- them breathes out through a pinhole under the base), a cream paper
-- label on the front, and a red-and-white gingham cloth over the lid, its
-- edge hanging round the neck, tied on with string in a bow.
-- Marmalade is orange; peanut butter is light brown under a red screw
-- lid, with a bigger label and no cloth.
local V = use("vessel")

return {
  id = "jam",
  names = {"jam", "preserves", "fruit preserves", "jar of preserves", "strawberry jam", "raspberry jam", "cherry jam",
           "homemade jam", "jar of jelly", "jar of strawberry jam", "jar of raspberry jam", "jar of cherry jam",
           "jar of homemade jam", "jar of fruit jam", "jar of grape jelly", "jar of strawberry preserves",
           "fruit jam", "jam with a cloth lid", "conserve", "fruit spread",
           "strawberry preserves", "grape jelly", "jelly preserves", "jamm"},
  lvis = {"jam"},
  family = "food",
  size_mm = 130,
  description = "A glass jar of red jam with a gingham cloth lid tied with string",
  params = {},
  parts = {
    {"jam", "food", color = "#9a101c", role = "primary", names = {"jam", "preserves", "filling", "contents"}},
    {"glass", "glass", color = "#eef4f2", role = "detail", names = {"glass", "jar"}},
    {"cloth", "fabric", color = "#f8f4ee", role = "secondary", names = {"cloth", "fabric", "cover", "gingham"}},
    {"checks", "fabric", color = "#d0202a", role = "detail", names = {"checks", "check", "squares", "gingham pattern"}},
    {"string", "fabric", color = "#d8c8a0", role = "detail", names = {"string", "twine", "ribbon", "bow"}},
    {"label", "paper", color = "#f4ead0", role = "detail", names = {"label", "sticker", "tag"}},
    {"lid", "steel", color = "#d02a20", role = "detail", names = {"lid", "cap", "screw lid", "top"}},
  },
  variants = {
    marmalade = {names = {"marmalade", "orange marmalade", "jar of marmalade", "marmelade", "marmalade jar", "apricot jam",
                          "orange jam", "lemon curd", "jar of apricot jam", "jar of orange marmalade", "jar of lemon curd"},
                 colors = {jam = "#f08a18", checks = "#e88a1a"}},
    peanut_butter = {names = {"peanut butter", "jar of peanut butter", "peanut butter jar", "pb jar", "nut butter",
                              "almond butter", "peanutbutter", "chocolate spread", "jar of chocolate spread"},
                     colors = {jam = "#b87a3c", label = "#f6d848"}},
  },
  points = {"top"},
  build = function(k)
    local pb = k.variant == "peanut_butter"
    local r, h = 46, 118
    local neck = 38
    local prof = V.keyed({{0, r - 3}, {0.03, r}, {0.8, r}, {0.88, neck + 2}, {0.93, neck}, {1, neck}}, h, 24)
    local wall, floor = 3.5, 6
    local glass = vessel(prof, wall, floor)
    glass = glass + torus(neck, 1.5):move(0, h * 0.95, 0) + torus(neck, 1.5):move(0, h * 0.9, 0)
    -- the jam: the inside kept 4 mm clear of the glass, narrowed at the floor
    -- so the gap round it reaches the pinhole, up to the shoulder
    local c = wall + 4
    local top = pb and h * 0.86 or h * 0.8
    local jp = {{0, floor - 1}, {r - c - 8, floor - 1}, {r - c - 8, floor + 5}}
    for _, p in ipairs(prof) do
      if p[2] > floor + 10 and p[2] < top then jp[#jp + 1] = {p[1] - c, p[2]} end
    end
    jp[#jp + 1] = {V.radius_at(prof, top) - c, top}
    jp[#jp + 1] = {0, top}
    local jam = revolve(jp)
    -- a few fruit pieces and seeds showing at the glass
    local bits = {}
    if not pb then
      for i = 0, 6 do
        local a = i * 2.39996 * 2
        local y = floor + 14 + (i * 37 % 70)
        local rr = V.radius_at(prof, y) - c + 0.4
        bits[#bits + 1] = ellipsoid(5, 4, 5):move(math.cos(a) * (rr - 2.5), y, math.sin(a) * (rr - 2.5))
      end
      jam = jam + union(bits)
    end
    -- the pinhole through the floor into the gap
    local hr = r - c - 3.5
    glass = subtract(glass, cylinder(2.4, 30):move(hr * 0.7071, -10, hr * 0.7071))
    local shape = union(glass:part("glass"), jam:part("jam"))
    -- a paper label on the front
    local l0, l1 = h * 0.28, h * 0.6
    if pb then l0, l1 = h * 0.2, h * 0.68 end
    local label = subtract(cylinder(r + 0.9, l1 - l0), cylinder(r - 1.5, 200):move(0, -50, 0)):move(0, l0, 0)
    if not pb then label = intersect(label, box(200, 200, 54, 6):move(100, 0, 0):roty(-30)) end
    shape = shape + label:part("label")
    -- the lid
    local lid = cylinder(neck + 3, 14, 2.5):move(0, h - 4, 0)
    if pb then
      lid = lid + torus(neck + 3, 1.4):move(0, h + 1, 0) + torus(neck + 3, 1.4):move(0, h + 5.5, 0)
      shape = shape + lid:part("lid")
      k.attach("top", {0, h + 10, 0}, 2 * neck)
      return shape:roty(-30)
    end
    shape = shape + lid:part("lid")
    -- the cloth: a round of fabric over the lid, hanging in a skirt round
    -- the neck
    local ct = h + 10 + 3
    local cloth = revolve({{0, ct - 3}, {neck + 4, ct - 3}, {neck + 5.5, ct - 6}, {neck + 6.5, h - 5}, {neck + 19, h - 20},
                           {neck + 15.5, h - 23}, {neck + 1, h - 6}, {neck + 1, ct - 6}, {0, ct - 6}})
    cloth = cloth + cylinder(neck + 4, 3, 1.2):move(0, ct - 3, 0)
    -- gingham: red squares over the cloth, just proud of it
    local sq = {}
    local s = 13
    for i = -6, 6 do
      for j = -6, 6 do
        if (i + j) % 2 == 0 and i * i + j * j <= 21 then sq[#sq + 1] = box(s, 40, s):move(i * s, h - 5, j * s) end
      end
    end
    local checks = intersect(cloth:round(0.7), union(sq))
    shape = shape + cloth:part("cloth") + checks:part("checks")
    -- string tied round the gathered cloth, a bow at the front
    local sy = h - 4
    local string = torus(neck + 6.8, 1.8):move(0, sy, 0)
    local bx, bz = (neck + 8) * 0.866, (neck + 8) * 0.5
    local knot = sphere(3.2):move(bx, sy, bz)
    local ends = union(capsule({bx, sy, bz}, {bx + 4, sy - 16, bz + 6}, 1.6), capsule({bx, sy, bz}, {bx + 2, sy - 15, bz - 7}, 1.6))
    local lp = {}
    for _, side in ipairs({-1, 1}) do
      -- each loop lies along the jar's side, off to one side of the knot
      local tang = {-0.5 * side, 0, 0.866 * side}
      lp[#lp + 1] = torus(5.5, 1.6):rotx(90):roty(60):move(bx + tang[1] * 6, sy + 1, bz + tang[3] * 6)
    end
    shape = shape + union(string, knot, ends, union(lp)):part("string")
    k.attach("top", {0, ct + 2, 0}, 2 * neck)
    return shape:roty(-30)
  end,
}
