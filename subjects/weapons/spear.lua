-- A spear: a long wooden shaft with a leaf-shaped steel head bound on with
-- cord, standing butt down; a trident variant has three barbed prongs.
return {
  id = "spear",
  names = {"spear", "lance", "javelin", "pike", "spear weapon", "speer"},
  lvis = {"spear", "pitchfork"},
  family = "weapons",
  size_mm = 1700,
  description = "A spear",
  params = {len = {1600, 1800}},
  parts = {
    {"head", "steel", color = "#b8c0c8", role = "primary", names = {"head", "tip", "blade", "point", "prongs", "tines"}},
    {"shaft", "wood", color = "#9a6a3a", role = "secondary", names = {"shaft", "pole", "handle"}},
    {"binding", "leather", color = "#4a2e1e", role = "detail", names = {"binding", "cord", "wrap", "grip"}},
  },
  variants = {
    trident = {names = {"trident", "neptune's trident", "poseidon's trident", "tridant"}, colors = {head = "#d8b040", shaft = "#c8a040"}},
    pitchfork = {names = {"pitchfork", "hay fork", "garden fork"}, size_mm = 1400, colors = {head = "#6a6e74"}},
    halberd = {names = {"halberd", "polearm", "poleaxe", "pole axe"}, size_mm = 2000},
  },
  build = function(k)
    local v = k.variant
    local L = k.p.len
    if v == "pitchfork" then L = L * 0.8 end
    local shaft = cylinder(v == "trident" and 22 or 21, L)
    local top = L
    local head, bind
    if v == "trident" or v == "pitchfork" then
      local n = v == "trident" and 3 or 4
      local W = v == "trident" and 220 or 200
      local prongs = {}
      local base = top + 40
      prongs[#prongs + 1] = tube({{-W / 2, base + 60, 0}, {-W * 0.42, base + 6, 0}, {0, base - 10, 0}, {W * 0.42, base + 6, 0}, {W / 2, base + 60, 0}}, 20, 20)
      for i = 0, n - 1 do
        local x = -W / 2 + W * i / (n - 1)
        local pl = (v == "trident" and (i == 1 and 340 or 280)) or 320
        local ty = base + (x == 0 and 0 or 50) + pl - 40
        -- each prong starts down in the crossbar
        local y0 = math.abs(x) > W * 0.4 and base + 10 or base - 12
        prongs[#prongs + 1] = cylinder(v == "trident" and 16 or 15, ty - y0):move(x, y0, 0)
        if v == "trident" then
          prongs[#prongs + 1] = extrude({{-32, 8}, {0, 100}, {32, 8}, {0, -12}}, 30, 5):move(x, ty - 10, 0)
        else
          prongs[#prongs + 1] = cone(15, 5, 50):move(x, ty - 2, 0)
        end
      end
      head = union(union(prongs), cylinder(22, 60, 6):move(0, top - 30, 0))
      if v == "trident" then head = union(head, sphere(26):move(0, top + 20, 0)) end
      bind = empty()
    elseif v == "halberd" then
      head = union(extrude({{-10, 0}, {0, 260}, {10, 0}}, 14, 3):move(0, top, 0),
                   extrude({{0, 40}, {150, -10}, {170, 90}, {150, 170}, {0, 120}}, 8, 2):move(0, top - 120, 0),
                   extrude({{0, 30}, {-100, 70}, {0, 90}}, 10, 2):move(0, top - 110, 0),
                   cylinder(22, 140, 5):move(0, top - 150, 0))
      bind = cylinder(19, 200, 4):move(0, top * 0.35, 0)
    else
      local blade = lathe({{22, 0}, {20, 80}, {56, 150}, {44, 260}, {14, 340}, {1, 380}}):stretch(1, 1, 0.3)
      local socket = lathe({{19, 0}, {17, 70}, {12, 80}})
      head = union(blade:move(0, top + 60, 0), socket:move(0, top - 10, 0))
      local wraps = {}
      for i = 0, 6 do wraps[#wraps + 1] = torus(17, 3):rotz(10):move(0, top - 60 + i * 8, 0) end
      bind = union(union(wraps), cylinder(18, 240, 4):move(0, L * 0.45, 0))
    end
    return union(shaft:part("shaft"), head:part("head"), bind:part("binding"))
  end,
}
