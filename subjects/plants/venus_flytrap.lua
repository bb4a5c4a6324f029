-- A Venus flytrap: a rosette of stalks, each ending in a pair of open
-- red-lined green jaws fringed with long teeth.
local P -- the plant library, loaded when building

return {
  id = "venus_flytrap",
  names = {"venus flytrap", "venus fly trap", "flytrap", "fly trap plant", "carnivorous plant", "venus flytrap plant"},
  lvis = {},
  family = "plants",
  size_mm = 130,
  description = "A Venus flytrap",
  params = {},
  parts = {
    {"traps", "plant", color = "#6ab83a", role = "primary", names = {"traps", "leaves", "jaws", "plant"}},
    {"insides", "plant", color = "#c8283a", role = "secondary", names = {"insides", "mouths", "red"}},
    {"teeth", "plant", color = "#b8d860", role = "detail", names = {"teeth", "spikes", "cilia"}},
  },
  build = function(k)
    P = use("plant")
    local traps, insides, teeth = {}, {}, {}
    for i = 0, 5 do
      local az = 60 * i + k.rand(-10, 10)
      local el = i % 2 == 0 and 40 or 62
      local d = P.dir(az, el)
      local tip = P.mul(d, i % 2 == 0 and 80 or 95)
      traps[#traps + 1] = P.arch_leaf({0, 2, 0}, P.len(tip) * 1.02, 14, 4, az, el, 0.05, 0.4)
      -- two lobes hinged along the stalk direction, opening like a mouth
      local c = P.add(tip, {0, 2, 0})
      traps[#traps + 1] = sphere(7):move(c) -- the hinge where the lobes meet the stalk
      for _, s in ipairs({-1, 1}) do
        local lobe = ellipsoid(20, 4, 15):move(0, 0, 14):rotx(-s * 62 + (s < 0 and 180 or 0))
        local inner = ellipsoid(17, 2.5, 12):move(0, 2.5, 14):rotx(-s * 62 + (s < 0 and 180 or 0))
        local tooth = {}
        for j = 0, 6 do
          local a = math.rad(-70 + 140 * j / 6)
          tooth[#tooth + 1] = capsule({math.sin(a) * 19, 0, 14 + math.cos(a) * 14}, {math.sin(a) * 27, 0, 14 + math.cos(a) * 25}, 1.6)
        end
        local t = union(tooth):rotx(-s * 62 + (s < 0 and 180 or 0))
        local f = function(x) return x:rotz(el - 10):roty(az):move(c) end
        traps[#traps + 1] = f(lobe)
        insides[#insides + 1] = f(inner)
        teeth[#teeth + 1] = f(t)
      end
    end
    return union(union(traps):part("traps"), union(insides):part("insides"), union(teeth):part("teeth"))
  end,
}
