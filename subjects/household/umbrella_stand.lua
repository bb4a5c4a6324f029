-- An umbrella stand: a tall glazed cylinder with a rolled rim, a foot ring
-- and two raised bands, holding two or three furled umbrellas that lean
-- against the rim at different angles, their J handles hooked over the top.
local V = use("vessel")
local S = use("shapes")

return {
  id = "umbrella_stand",
  names = {"umbrella stand", "umbrella holder", "umbrella bucket", "umbrella rack", "umbrella bin",
           "umbrella pot", "brolly stand", "cane stand", "stick stand"},
  lvis = {},
  family = "household",
  size_mm = 900,
  description = "A cylindrical umbrella stand with furled umbrellas in it",
  params = {radius = {112, 124}, height = {480, 530}, count = {2, 3}, spin = {0, 360}},
  parts = {
    {"stand", "glazed", color = "#2d5876", role = "primary", names = {"stand", "holder", "body", "pot"}},
    {"bands", "glazed", color = "#d9cfb8", role = "secondary", names = {"bands", "rim", "trim", "stripes"}},
    {"umbrellas", "fabric", color = "#b8242c", role = "detail", names = {"umbrellas", "umbrella", "canopy", "canopies"}},
    {"umbrella2", "fabric", color = "#1f2a44", role = "detail", names = {"second umbrella"}},
    {"umbrella3", "fabric", color = "#2f6a3a", role = "detail", names = {"third umbrella"}},
    {"handles", "wood", color = "#5a3520", role = "detail", names = {"handles", "handle", "hooks", "shafts"}},
  },
  points = {"top"},
  build = function(k)
    local R, H = k.p.radius, k.p.height
    local n = math.floor(k.p.count + 0.5)
    -- The stand: a gently waisted cylinder, solid below a deep well.
    local prof = {{R - 4, 0}, {R, 6}, {R, 30}, {R * 0.96, 60}, {R * 0.95, H * 0.5}, {R * 0.97, H - 20}, {R, H}}
    local body = V.solid_vessel(prof, 10, H * 0.8)
    local function band(y, h)
      local r = V.radius_at(prof, y + h / 2)
      return subtract(cylinder(r + 6, h, 1), cylinder(r - 4, h + 2):move(0, -1, 0)):move(0, y, 0)
    end
    local bands = torus(R + 1, 8):move(0, H - 2, 0)
      + band(0, 26) + band(H - 90, 20) + band(72, 16)
    local shape = body:part("stand") + bands:part("bands")

    -- A furled umbrella along +Y from its ferrule at the origin: the canopy
    -- bundle widest just below the runner, the shaft, and a J handle.
    local L = 770
    local function umbrella(hook_deg)
      local canopy = lathe({{2, 0}, {5, 12}, {9, 40}, {17, 180}, {26, 380}, {33, 540}, {34, 575}, {26, 600}, {14, 618}, {7, 630}})
      -- a few soft folds down the bundle
      local folds = radial(limb({0, 60, 11}, {0, 560, 31}, 2.5, 5), 5, k.rand(0, 72))
      local strap = torus(32, 4.5):stretch(1, 1.6, 1):move(0, 470, 0)
      local cloth = canopy + folds + strap
      local shaft = cylinder(8, L - 620):move(0, 620, 0) + cone(11, 8, 20):move(0, 618, 0)
      local ferrule = limb({0, -18, 0}, {0, 4, 0}, 2.5, 4)
      local hr = 36
      local hook = {}
      for i = 0, 10 do
        local a = math.pi * i / 10
        hook[#hook + 1] = {hr - hr * math.cos(a), L + hr * math.sin(a) * 0.95, 0}
      end
      hook[#hook + 1] = {2 * hr + 2, L - 24, 0}
      local handle = tube(hook, 12, 11) + sphere(11):move(2 * hr + 2, L - 24, 0)
      handle = handle:roty(hook_deg)
      return cloth, shaft + ferrule + handle
    end

    -- Lean each umbrella from its ferrule (on the well's floor, off-centre)
    -- out across the mouth so that it rests on the far side of the rim.
    local floor_y = H * 0.2 - 10
    local leans = {{0, 13, 0}, {140, 17, 1}, {250, 10, 2}}
    local cloth_parts = {"umbrellas", "umbrella2", "umbrella3"}
    local handles = {}
    for i = 1, n do
      local az = leans[i][1] + k.p.spin + k.rand(-15, 15)
      local tilt = leans[i][2] + k.rand(-2, 2)
      local a = math.rad(az)
      -- ferrule on the near side of the floor, shaft leaning over the far side
      local off = R * 0.55
      local base = {-math.cos(a) * off, floor_y, math.sin(a) * off}
      local cloth, rest = umbrella(k.rand(-60, 60) + az)
      local function place(s)
        return s:rotz(-tilt):roty(az):move(base[1], base[2], base[3])
      end
      shape = shape + place(cloth):part(cloth_parts[i])
      handles[#handles + 1] = place(rest)
    end
    shape = shape + union(table.unpack(handles)):part("handles")
    k.attach("top", {0, H, 0}, 2 * R)
    return shape
  end,
}
