-- A barrel (cask, keg): a bulging body of staves with a recessed head and
-- iron hoops that follow the bulge.
local V = use("vessel")

return {
  id = "barrel",
  names = {"barrel", "wooden barrel", "wine barrel", "cask", "whiskey barrel", "whisky barrel", "beer barrel",
           "rain barrel", "hogshead", "barell", "barrle"},
  lvis = {"barrel", "keg"},
  family = "vessels",
  size_mm = 450,
  description = "A wooden barrel with iron hoops",
  params = {height = {420, 480}, r_end = {130, 145}, bulge = {1.15, 1.25}, staves = {16, 22}},
  parts = {
    {"staves", "wood", color = "#9a6438", role = "primary", names = {"staves", "wood", "body"}},
    {"hoops", "iron", color = "#3c3c40", role = "secondary", names = {"hoops", "hoop", "bands", "band", "rings"}},
    -- Built only when asked: a brass tap near the foot of the front.
    {"tap", "brass", color = "#c8a040", role = "detail", names = {"tap", "spigot", "faucet", "spout"}},
  },
  variants = {
    keg = {names = {"keg", "small barrel", "powder keg", "beer keg"}, size_mm = 300},
  },
  points = {"top", "inside"},
  build = function(k)
    local keg = k.variant == "keg"
    local h = keg and 300 or k.p.height
    local r_end = keg and 120 or k.p.r_end
    local r_mid = r_end * k.p.bulge
    local function radius(t)
      local s = 2 * t - 1
      return r_end + (r_mid - r_end) * (1 - s * s)
    end
    local prof = V.profile(radius, h, 24)
    local body = lathe(prof)
    -- Stave joints: shallow vertical grooves round the body.
    local n = math.floor(k.p.staves)
    local slab = box(r_mid + 10, h + 20, 3):move((r_mid + 10) / 2, h / 2, 0)
    body = subtract(body, intersect(radial(slab, n), lathe(prof):shell(2)))
    local recess = 10
    local heads = cylinder(r_end - 10, recess + 2):move(0, h - recess, 0) + cylinder(r_end - 10, recess):move(0, -2, 0)
    local shape = subtract(body, heads):part("staves")
    local hoops = {}
    local ts = keg and {0.12, 0.88} or {0.1, 0.28, 0.72, 0.9}
    for _, t in ipairs(ts) do
      local r = radius(t)
      hoops[#hoops + 1] = subtract(cylinder(r + 3, 16):move(0, t * h - 8, 0), cylinder(r - 12, 20):move(0, t * h - 10, 0))
    end
    shape = shape + union(hoops):part("hoops")
    local bung = k.chance(0.7)
    if not keg and bung and not k.asked.tap then
      shape = subtract(shape, cylinder(9, 30):rotz(-90):move(r_mid - 15, h / 2, 0))
    end
    if k.asked.tap then
      -- a wooden barrel lies on its side on a cradle in a tavern; standing
      -- up, the tap goes in the front stave low down, spout turned down
      local y = h * 0.2
      local r = radius(0.2)
      local tap = cylinder(9, 42):rotz(-90):move(r - 6, y, 0) + cylinder(13, 8):rotz(-90):move(r - 2, y, 0)
        + cylinder(6, 22):move(r + 30, y - 20, 0) + box(8, 26, 6, 2):move(r + 30, y + 14, 0)
      shape = shape + tap:part("tap")
    end
    k.attach("top", {0, h - recess, 0}, 2 * (r_end - 10))
    k.attach("inside", {0, h - recess, 0}, 2 * (r_end - 10))
    return shape
  end,
}
