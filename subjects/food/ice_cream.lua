-- An ice cream cone: a waffle cone with a criss-cross grid holding one to
-- three round scoops, each with a drippy rim; a sundae is scoops in a glass cup.
local F -- the food library, loaded when building

return {
  id = "ice_cream",
  names = {"ice cream", "ice cream cone", "icecream", "ice-cream", "gelato", "ice cream scoop", "waffle cone",
           "icecream cone", "double scoop", "ice cream cone with sprinkles"},
  lvis = {"ice_cream"},
  family = "food",
  size_mm = 170,
  description = "An ice cream cone",
  params = {scoops = {1, 3}},
  parts = {
    {"scoops", "food", color = "#f6b8c8", role = "primary", names = {"scoops", "scoop", "ice cream", "cream"}},
    {"cone", "food", color = "#d89a50", role = "secondary", names = {"cone", "waffle", "wafer"}},
    {"scoop2", "food", color = "#f6ecd0", role = "detail", names = {"second scoop", "vanilla scoop"}},
    {"scoop3", "chocolate", color = "#6a3a22", role = "detail", names = {"third scoop", "chocolate scoop"}},
    {"cherry", "glazed", color = "#c8141e", role = "detail", names = {"cherry"}},
  },
  variants = {
    soft_serve = {names = {"soft serve", "soft serve cone", "soft ice cream", "whippy"}, colors = {scoops = "#f8f2e2"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local n = math.floor(k.p.scoops + 0.5)
    -- "with two scoops": as many as the prompt says
    if k.counts and k.counts.scoops then n = math.max(1, math.min(k.counts.scoops, 3)) end
    local H, R = 110, 30
    local cone_s = cone(3, R, H)
    local grid = {}
    for i = 0, 9 do
      for _, sgn in ipairs({-1, 1}) do
        local pts = {}
        for j = 0, 8 do
          local t = j / 8
          local y = 6 + t * (H - 8)
          local r = 3 + (R - 3) * y / H + 0.6
          local a = math.rad(36 * i + sgn * 80 * t)
          pts[#pts + 1] = {math.cos(a) * r, y, math.sin(a) * r}
        end
        grid[#grid + 1] = tube(pts, 1.4)
      end
    end
    local cone_part = union(cone_s, union(grid), torus(R, 3):move(0, H, 0))
    local shape = cone_part:part("cone")
    if k.variant == "soft_serve" then
      local swirl = {}
      local y = H + 4
      for i, t in ipairs({{R * 1.0, 12}, {R * 0.8, 11}, {R * 0.58, 10}, {R * 0.34, 8}}) do
        swirl[#swirl + 1] = torus(t[1] - t[2] * 0.5, t[2]):move(0, y, 0)
        y = y + t[2] * 1.55
      end
      swirl[#swirl + 1] = cone(10, 0.5, 22):rotz(-15):move(0, y - 6, 0)
      swirl[#swirl + 1] = cylinder(R * 0.5, y - H):move(0, H, 0) -- fills the swirl's core
      return shape + smooth(5, table.unpack(swirl)):part("scoops")
    end
    local y = H + 10
    local names = {"scoops", "scoop2", "scoop3"}
    for i = 1, n do
      local sr = R * (1.18 - 0.06 * i)
      local ball = sphere(sr):noise(1.4, 9, 2):move(0, y + sr * 0.45, 0)
      local lip = torus(sr * 0.95, 5):noise(2.5, 10, 1):move(0, y - sr * 0.05 + 2, 0)
      shape = shape + smooth(4, ball, lip):part(names[i])
      y = y + sr * 1.45
    end
    if n == 1 or k.chance(0.5) then shape = shape + sphere(8):move(0, y - 4 + 4, 0):part("cherry") end
    return shape
  end,
}
