-- A manatee (sea cow): a huge rounded grey body, wrinkled and a little
-- flattened, no neck to speak of and no hind limbs; a blunt head ending in
-- a broad bristly muzzle with a heavy split upper lip and nostrils on top;
-- tiny eyes; two small paddle flippers with nails; and one flat, round,
-- paddle-shaped tail (not the two-lobed fluke of a whale or a dugong).
local F = use and use("fish")

return {
  id = "manatee",
  names = {"manatee", "sea cow", "west indian manatee", "florida manatee", "seacow", "manattee", "manitee", "baby manatee",
           "amazonian manatee", "african manatee"},
  lvis = {},
  family = "sea_life",
  size_mm = 900,
  description = "A manatee with a round paddle tail",
  params = {girth = {52, 58}, tail_w = {62, 70}, dip = {4, 9}},
  parts = {
    {"body", "skin", color = "#87888a", role = "primary", names = {"body", "skin", "hide", "tail", "paddle"}},
    {"fins", "skin", color = "#75777a", role = "secondary", names = {"flippers", "flipper", "fins", "arms"}},
    {"muzzle", "skin", color = "#6a6a6a", role = "detail", names = {"muzzle", "snout", "whiskers", "lips", "nose", "face"}},
    {"nails", "bone", color = "#d6cfbe", role = "detail", names = {"nails", "claws"}},
    {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face", "mouth"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local g = k.p.girth
    local dip = k.p.dip
    -- The body: fat in the middle, a short thick tail stock behind, the
    -- head tapering a little in front, the front end dipping as it grazes.
    local spine = {{-150, 12, 0}, {-115, 5, 0}, {-60, 0, 0}, {0, 0, 0}, {50, -2, 0}, {95, -dip * 0.6, 0}, {128, -dip - 4, 0}}
    local radii = {g * 0.22, g * 0.5, g * 0.92, g, g * 0.86, g * 0.62, g * 0.44}
    local body = F.swell(spine, radii, 10, 5):stretch(1, 0.88, 1.08):noise(1.2, 22)
    -- the round paddle tail, flat and wide, blended onto the tail stock
    local tw = k.p.tail_w
    local tail = ellipsoid(tw * 0.85, 9, tw):rotz(-16):move(-174, 20, 0)
    body = smooth(16 * soft, body, tail)
    -- the head: a domed crown and the big muzzle below the nose
    local hx, hy = 128, -dip - 4
    local crown = ellipsoid(30, 26, 30):move(hx - 6, hy + 4, 0)
    local snout = ellipsoid(22, 24, 28):move(hx + 16, hy - 6, 0)
    body = smooth(12 * soft, body, crown, snout)
    -- the split upper lip: two heavy lobes hanging at the front
    local lips = {}
    for _, sz in ipairs({-1, 1}) do
      lips[#lips + 1] = ellipsoid(16, 18, 15):move(hx + 28, hy - 14, sz * 11)
    end
    local muzzle = smooth(6, table.unpack(lips))
    -- nostrils on top of the snout, and wrinkle creases round the neck
    local cuts = {}
    for _, sz in ipairs({-1, 1}) do
      cuts[#cuts + 1] = ellipsoid(5, 3.5, 3.2):rotx(sz * 20):move(hx + 30, hy + 14, sz * 8)
    end
    for i, x in ipairs({86, 98, 110}) do
      cuts[#cuts + 1] = torus(g * (0.74 - i * 0.07) + 3, 2.2):rotz(90 + 10):stretch(1, 0.88, 1.08):move(x, -dip * 0.6 - (i - 1) * 2, 0)
    end
    body = smooth_sub(body, union(table.unpack(cuts)), 2)

    -- The muzzle patch: the bristly front of the face and the lips.
    local face = intersect(smooth(8, body, muzzle):round(0.6), box(60, 120, 120):move(hx + 50, hy - 10, 0))
    local bristles = {}
    for _, sz in ipairs({-1, 1}) do
      for i = 0, 3 do
        for j = 0, 1 do
          local a = math.rad(-30 + i * 22)
          bristles[#bristles + 1] = sphere(2.4):move(hx + 38 + j * 2 - i * 1.5, hy - 10 - j * 8 + math.sin(a) * 4, sz * (8 + i * 4))
        end
      end
    end

    -- Small paddle flippers low on the chest, angled down and out, with
    -- three nails near each tip.
    local flips, nails = {}, {}
    for _, sz in ipairs({-1, 1}) do
      local root = {78, -g * 0.52, sz * g * 0.72}
      local fl = leaf(50, 26, 9, 0.1):rotz(-125):rotx(-sz * 35)
      flips[#flips + 1] = fl:move(root[1], root[2], root[3])
      -- along the flipper, across it, and out of its outer face
      local c, s35 = math.cos(math.rad(35)), math.sin(math.rad(35))
      local ax = {math.sin(math.rad(125)), math.cos(math.rad(125)) * c, -math.cos(math.rad(125)) * s35 * sz}
      local nx = {0, s35, sz * c}
      local wx = {ax[2] * nx[3] - ax[3] * nx[2], ax[3] * nx[1] - ax[1] * nx[3], ax[1] * nx[2] - ax[2] * nx[1]}
      for n = -1, 1 do
        local f = 40 - math.abs(n) * 4
        local q = {root[1] + ax[1] * f + wx[1] * n * 6 + nx[1] * 3.5, root[2] + ax[2] * f + wx[2] * n * 6 + nx[2] * 3.5,
                   root[3] + ax[3] * f + wx[3] * n * 6 + nx[3] * 3.5}
        nails[#nails + 1] = sphere(2.8):move(q[1], q[2], q[3])
      end
    end

    local shape = body:part("body") + muzzle:part("muzzle") + face:part("muzzle") + union(table.unpack(bristles)):part("muzzle")
    shape = shape + smooth(3, union(table.unpack(flips)), empty()):part("fins") + union(table.unpack(nails)):part("nails")
    -- tiny eyes set back on the sides of the head
    local er = cartoon and 5 or 3.4
    for _, sz in ipairs({-1, 1}) do
      shape = shape + sphere(er):move(hx + 4, hy + 10, sz * 30.5):part("eyes")
    end
    k.attach("head", {hx - 6, hy + 28, 0}, 50)
    k.attach("back", {-10, g * 0.88, 0}, g * 1.6)
    k.attach("face", {hx + 36, hy + 6, 0}, 50, {1, 0, 0})
    k.attach("mouth", {hx + 40, hy - 22, 0}, 30)
    return shape
  end,
}
