-- A sloth: a shaggy grey-brown tree dweller sitting hunched on a short piece
-- of branch and clinging to it, its very long arms wrapped round and
-- hooked over the wood with long curved claws, short legs gripping it too;
-- a round head with a pale face, dark stripes running back from the little
-- eyes, a button nose and a gentle built-in smile. The branch has bark, cut
-- ends and a sprig of leaves.
local S = use and use("shapes")

return {
  id = "sloth",
  names = {"sloth", "three toed sloth", "two toed sloth", "tree sloth"},
  lvis = {},
  family = "animals",
  size_mm = 250,
  description = "A sloth clinging to a branch",
  parts = {
    {"fur", "fur", color = "#8c7b63", role = "primary", names = {"fur", "coat", "body"}},
    {"face", "fur", color = "#e6dac0", role = "secondary", names = {"face", "mask"}},
    {"stripes", "fur", color = "#3e2c1e", role = "detail", names = {"stripes", "eye stripes", "eye patches"}},
    {"claws", "bone", color = "#e2d6bc", role = "detail", names = {"claws", "nails"}},
    {"branch", "wood", color = "#6a4a30", role = "detail", names = {"branch", "bark", "wood", "log"}},
    {"ends", "wood", color = "#d0aa78", role = "detail", names = {"end grain"}},
    {"leaves", "plant", color = "#5a9a3a", role = "detail", names = {"leaves", "leaf"}},
    {"nose", "leather", color = "#2a1e18", role = "detail", names = {"nose", "mouth"}},
    {"eyes", "gloss", color = "#120c0a", role = "fixed"},
  },
  variants = {
    baby = {names = {"baby sloth", "sloth baby"}, size_mm = 150},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local baby = k.variant == "baby"
    local br = 8                                   -- branch radius
    local by = br                                  -- branch axis height (it lies on the ground)
    local half = 62                                -- half the branch length
    local hr = (baby and 16 or 14) * (cartoon and 1.2 or 1)
    local arm = k.rand(0.95, 1.05)

    -- the branch: along Z, bark roughened, cut square at both ends, with a
    -- sprig of leaves rising from one end
    local log = cylinder(br, half * 2):rotx(90):move(0, by, -half)
    local twig = tube({{0, by + br * 0.5, -half * 0.72}, {-6, by + br + 12, -half * 0.8}, {-12, by + br + 24, -half * 0.9}}, br * 0.35, br * 0.2)
    local bark = smooth(3, log, twig):noise(0.8, 6, 1)
    bark = intersect(bark, box(60, 120, half * 2 - 1))
    local ends = intersect(bark:round(0.6), union(cylinder(br - 1.0, 4):rotx(90):move(0, by, half - 0.7),
                                                  cylinder(br - 1.0, 4):rotx(90):move(0, by, -half - 3.3)))
    local leaves = {}
    local tip = {-12, by + br + 24, -half * 0.9}
    for i, a in ipairs({-50, 10, 70}) do
      leaves[#leaves + 1] = leaf(16, 8, 2.6, 0.8):rotz(a):roty(20 * i):move(tip[1], tip[2] - 2, tip[3])
    end

    -- the body: a hunched pear sitting on top of the branch
    local seat = by + br - 2
    local body = smooth(10 * soft, ellipsoid(21, 22, 19):move(-2, seat + 20, 0),
                        ellipsoid(17, 17, 16):move(2, seat + 40, 0))
    local hc = {9, seat + 58, 0}
    local head = smooth(4 * soft, ellipsoid(hr * 0.95, hr * 0.92, hr):move(hc[1], hc[2], 0),
                        ellipsoid(hr * 0.5, hr * 0.38, hr * 0.55):move(hc[1] + hr * 0.68, hc[2] - hr * 0.25, 0))
    local fur = smooth(7 * soft, body, head)

    -- long arms wrapped round the sides, hands hooked over the front of the
    -- branch; short legs bent with the feet gripping its back
    local limbs, claws = {}, {}
    local function hook(wrist, z0, dirx)
      -- three long curved claws from the wrist round the branch
      for j = -1, 1 do
        local z = z0 + j * 3.2
        local pts = {}
        for i, t in ipairs({0, 0.35, 0.7, 1.0}) do
          local a = math.rad(dirx > 0 and (25 + t * 95) or (-25 - t * 95))
          local r = br + 2.2 - t * 0.6
          pts[i] = {math.sin(a) * r, by + math.cos(a) * r, z}
        end
        pts[1] = {wrist[1], wrist[2], z}
        claws[#claws + 1] = tube(pts, 1.6, 1.05)
      end
    end
    for _, sz in ipairs({-1, 1}) do
      local sh = {4, seat + 44, sz * 14}
      local el = {16 * arm, seat + 28, sz * 27 * arm}
      local wr = {9, by + br + 3.5, sz * 27}
      limbs[#limbs + 1] = tube({sh, el, wr}, 6, 4.2)
      limbs[#limbs + 1] = ellipsoid(4.5, 3.5, 5):move(wr[1], wr[2], wr[3])
      hook(wr, wr[3], 1)
      local hip = {-8, seat + 12, sz * 13}
      local kn = {2, seat + 10, sz * 21}
      local ft = {-7, by + br + 2.5, sz * 19}
      limbs[#limbs + 1] = tube({hip, kn, ft}, 7, 4.6)
      hook(ft, ft[3], -1)
    end
    fur = smooth(4 * soft, fur, union(table.unpack(limbs)))
    fur = fur:noise(0.7, 5, 1)

    -- the face: a pale mask, dark stripes back from the eyes, button nose
    -- and a smile
    local skin = fur:round(0.5)
    local face = intersect(skin, ellipsoid(hr * 0.55, hr * 0.8, hr * 0.85):move(hc[1] + hr * 0.75, hc[2] - hr * 0.05, 0))
    local stripes, eyes = {}, {}
    for _, sz in ipairs({-1, 1}) do
      local e = {hc[1] + hr * 0.82, hc[2] + hr * 0.12, sz * hr * 0.4}
      stripes[#stripes + 1] = ellipsoid(hr * 0.28, hr * 0.17, hr * 0.42):rotx(sz * 28):roty(sz * 20):move(e[1] - hr * 0.05, e[2] - hr * 0.05, e[3] + sz * hr * 0.18)
      eyes[#eyes + 1] = sphere(hr * 0.1 * (cartoon and 1.5 or 1)):move(e[1] + hr * 0.06, e[2], e[3])
    end
    local stripe = intersect(fur:round(0.8), union(table.unpack(stripes)))
    local nose = ellipsoid(hr * 0.17, hr * 0.13, hr * 0.22):move(hc[1] + hr * 1.15, hc[2] - hr * 0.12, 0)
    local smile = tube({{hc[1] + hr * 1.02, hc[2] - hr * 0.38, -hr * 0.3}, {hc[1] + hr * 1.12, hc[2] - hr * 0.48, 0},
                        {hc[1] + hr * 1.02, hc[2] - hr * 0.38, hr * 0.3}}, hr * 0.055, hr * 0.055)

    local shape = fur:part("fur") + face:part("face") + stripe:part("stripes") + union(table.unpack(eyes)):part("eyes")
      + union(nose, smile):part("nose") + union(table.unpack(claws)):part("claws")
      + bark:part("branch") + ends:part("ends") + union(table.unpack(leaves)):part("leaves")
    k.attach("head", {hc[1] - hr * 0.1, hc[2] + hr * 0.9, 0}, hr * 2)
    k.attach("face", {hc[1] + hr * 1.0, hc[2] + hr * 0.15, 0}, hr * 1.6, {1, 0, 0})
    k.attach("back", {-16, seat + 36, 0}, 30, {-1, 0.3, 0})
    return shape
  end,
}
