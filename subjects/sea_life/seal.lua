-- A seal: a plump torpedo body resting on its belly, the front raised on two
-- flippers, a round head with big dark eyes, whiskers and a dog-like muzzle,
-- rear flippers fanned together at the tail.
local F = use and use("fish")

return {
  id = "seal",
  names = {"seal", "harbor seal", "harbour seal"},
  lvis = {},
  family = "sea_life",
  size_mm = 500,
  description = "A seal",
  parts = {
    {"body", "skin", color = "#8a8682", role = "primary", names = {"body", "skin", "fur"}},
    {"fins", "skin", color = "#5e5a56", role = "secondary", names = {"flippers"}},
    {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose", "whiskers"}},
    {"tusks", "bone", color = "#f2ecdc", role = "detail", names = {"tusks"}},
    {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
  },
  variants = {
    walrus = {names = {"walrus"}, size_mm = 900, colors = {body = "#a87a5e", fins = "#8a5e46"}},
    pup = {names = {"baby seal", "seal pup"}, size_mm = 300, colors = {body = "#f4f2ee", fins = "#e8e4de"}},
    sea_lion = {names = {"sea lion", "sealion", "fur seal"}, size_mm = 700, colors = {body = "#6a4a32", fins = "#4a3222"}},
  },
  attach_to = {"head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local sl = k.variant == "sea_lion"
    local walrus = k.variant == "walrus"
    local lift = sl and 1.5 or 1
    -- spine: tail on the ground, chest raised, neck up to the head
    local spine = {{-80, 14, 0}, {-50, 22, 0}, {-10, 30, 0}, {25, 38 * lift, 0}, {42, 56 * lift, 0}, {50, 70 * lift, 0}}
    local body = F.swell(spine, {7, 20, 28, 25, 17, 14}, 6, 6)
    body = intersect(body, box(600, 400, 600):move(0, 200, 0))
    local hr = (cartoon and 20 or 16) * (walrus and 1.15 or 1)
    local head_c = {56, 76 * lift, 0}
    local head = sphere(hr):stretch(1.05, 0.95, 0.95):move(head_c[1], head_c[2], head_c[3])
    local muzzle = ellipsoid(hr * 0.55, hr * 0.5, hr * 0.7):move(head_c[1] + hr * 0.85, head_c[2] - hr * 0.25, 0)
    body = smooth(8 * soft, body, head, muzzle)
    local flips = {}
    for _, sz in ipairs({-1, 1}) do
      flips[#flips + 1] = leaf(34, 16, 4, 0.6):rotz(-60):rotx(sz * 70):move(22, 22 * lift, sz * 20)
      flips[#flips + 1] = leaf(30, 18, 3, 0.2):rotz(95):rotx(sz * 30):move(-80, 10, sz * 4)
    end
    local shape = body:part("body") + smooth(2, union(table.unpack(flips)), empty()):part("fins")
    shape = shape + sphere(hr * 0.18):move(head_c[1] + hr * 1.35, head_c[2] - hr * 0.1, 0):part("nose")
    local wh = {}
    for _, sz in ipairs({-1, 1}) do
      for i = -1, 1 do
        local b = {head_c[1] + hr * 1.2, head_c[2] - hr * 0.3 + i * 2, sz * hr * 0.5}
        wh[#wh + 1] = polyline({b, {b[1] + 6, b[2] + i * 3, b[3] + sz * 14}}, 0.6, 0.4)
      end
      local er = hr * (cartoon and 0.3 or 0.2)
      shape = shape + sphere(er):move(head_c[1] + hr * 0.6, head_c[2] + hr * 0.3, sz * hr * 0.55):part("eyes")
      if walrus then
        shape = shape + tube({{head_c[1] + hr * 1.0, head_c[2] - hr * 0.5, sz * hr * 0.3}, {head_c[1] + hr * 1.1, head_c[2] - hr * 1.6, sz * hr * 0.35},
                              {head_c[1] + hr * 0.9, head_c[2] - hr * 2.6, sz * hr * 0.3}}, 4.2, 2.2):part("tusks")
      end
    end
    shape = shape + union(table.unpack(wh)):part("nose")
    k.attach("head", {head_c[1], head_c[2] + hr * 0.95, 0}, hr * 1.6)
    k.attach("neck", {50, 60 * lift, 0}, 30, {1, 0.3, 0})
    k.attach("face", {head_c[1] + hr * 0.9, head_c[2] + hr * 0.3, 0}, hr * 1.7, {1, 0, 0})
    return shape
  end,
}
