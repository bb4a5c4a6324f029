-- A colander: a deep perforated metal bowl on a ring foot with two side
-- handles.
local V = use("vessel")

return {
  id = "colander",
  names = {"colander", "strainer", "pasta strainer", "sieve bowl", "collander", "cullender", "kitchen strainer"},
  lvis = {"colander", "strainer"},
  family = "kitchen",
  size_mm = 130,
  description = "A perforated colander with two handles",
  params = {R = {110, 125}},
  parts = {
    {"metal", "steel", color = "#c8ccd2", role = "primary", names = {"metal", "bowl", "body"}},
    {"handles", "steel", color = "#b8bcc2", role = "secondary", names = {"handles", "handle", "foot"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local R = k.p.R
    local H = 110
    local foot_h = 18
    local prof = V.profile(function(t) return R * 0.55 + R * 0.45 * math.sin(t * math.pi * 0.5) end, H, 16)
    for _, p in ipairs(prof) do p[2] = p[2] + foot_h end
    local bowl = vessel(prof, 5, 6)
    local holes = {}
    for ring = 0, 3 do
      local y = foot_h + 25 + ring * 20
      local r = V.radius_at(prof, y)
      local n = math.floor(2 * math.pi * r / 26)
      holes[#holes + 1] = radial(cylinder(4.5, 30):rotz(-90):move(r - 15, y, 0), n, (ring % 2) * 180 / n)
    end
    bowl = subtract(bowl, union(holes))
    local foot = subtract(cylinder(R * 0.5, foot_h + 4), cylinder(R * 0.5 - 6, foot_h + 10):move(0, -2, 0))
    local handles = {}
    for _, s in ipairs({-1, 1}) do
      handles[#handles + 1] = V.loop_handle({s * (R - 4), foot_h + H - 8, -30}, {s * (R - 4), foot_h + H - 8, 30}, {s, 0.3, 0}, 30, 6)
    end
    k.attach("inside", {0, foot_h + 30, 0}, 2 * V.radius_at(prof, foot_h + 30) - 12)
    k.attach("top", {0, foot_h + H, 0}, 2 * R * 0.8)
    return bowl:part("metal") + (foot + union(handles)):part("handles")
  end,
}
