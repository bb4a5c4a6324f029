-- An excavator (digger): a body with a cab on two tracks, and a long
-- jointed arm — boom, stick and a toothed bucket — reaching forward and down.
local V = use and use("vehicle")

return {
  id = "excavator",
  names = {"excavator", "digger", "backhoe", "power shovel", "mechanical digger", "steam shovel", "crawler excavator",
           "toy digger", "construction vehicle"},
  lvis = {},
  family = "vehicles",
  size_mm = 3200,
  description = "An excavator with a boom arm and bucket",
  params = {reach = {0.9, 1.1}},
  parts = {
    {"body", "paint", color = "#f2b414", role = "primary", names = {"body", "paint", "arm", "boom"}},
    {"bucket", "steel", color = "#3a3a3e", role = "secondary", names = {"bucket", "scoop", "teeth"}},
    {"wheels", "rubber", color = "#2a2a2c", role = "detail", names = {"tracks", "treads", "track", "wheels"}},
    {"hubs", "steel", color = "#6a6a6e", role = "detail", names = {"rollers", "road wheels"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "cab glass", "glass"}},
    {"trim", "steel", color = "#2a2a2e", role = "detail", names = {"trim", "pistons", "exhaust", "counterweight"}},
  },
  points = {"top"},
  build = function(k)
    local W = 180
    local hw = W / 2
    local tr, tw = 30, 46
    local x0, x1 = -130, 110
    local shape = V.track(x0, x1, tr, hw - tw / 2, tw, 1) + V.track(x0, x1, tr, -(hw - tw / 2), tw, -1)
    shape = shape + V.block(x0, 20, -hw + tw - 2, x1, 52, hw - tw + 2, 4):part("trim")
    shape = shape + cylinder(60, 14):move(0, 52, 0):part("trim")
    -- upper house
    local hy = 66
    local house = V.block(-150, hy, -hw, 80, hy + 70, hw, 8)
    local counter = V.block(-170, hy + 4, -hw + 4, -130, hy + 66, hw - 4, 14)
    local cw = (hw - 10) / 2
    local cab = V.block(10, hy + 60, -cw, 84, hy + 170, cw, 6)
    local glass = V.glaze(cab, hy + 82, hy + 162, 18, 76, cw, {corner = 7, pillars = {}}):move(0, 0, cw + 8)
    cab = cab:move(0, 0, cw + 8)
    local exhaust = cylinder(5, 40):move(-100, hy + 64, -hw * 0.5)
    local parts_body = house + cab
    -- arm: boom up and forward, stick down, bucket
    local s = k.p.reach
    local pivot = {50, hy + 60, -hw * 0.35}
    local elbow = {50 + 150 * s, hy + 200 * s, -hw * 0.35}
    local wrist = {50 + 250 * s, 60, -hw * 0.35}
    local boom = tube({pivot, {50 + 80 * s, hy + 180 * s, -hw * 0.35}, elbow}, 14, 11)
    local stick = limb(elbow, wrist, 10, 8)
    local piston = capsule({40, hy + 40, -hw * 0.35}, {50 + 90 * s, hy + 150 * s, -hw * 0.35}, 5)
    local piston2 = capsule({elbow[1] - 10, elbow[2] + 20, -hw * 0.35}, {wrist[1] - 10, wrist[2] + 60, -hw * 0.35}, 4.5)
    -- bucket: a curved scoop with teeth, hanging from the wrist
    local bk = {}
    for i = 0, 8 do
      local a = math.pi * (0.1 + 0.8 * i / 8)
      bk[#bk + 1] = {36 * math.cos(a), -36 * math.sin(a)}
    end
    bk[#bk + 1] = {0, 0}
    local bucket = extrude(bk, 56, 3):rotz(-20):move(wrist[1] + 4, wrist[2] + 4, -hw * 0.35)
    local teeth = {}
    for i = -1, 1 do
      teeth[#teeth + 1] = cone(5, 1, 14):rotz(150):move(wrist[1] - 30, wrist[2] - 26, -hw * 0.35 + i * 18)
    end
    shape = shape + (parts_body + boom + stick):part("body") + glass + (counter + exhaust + piston + piston2):part("trim")
    shape = shape + (bucket + union(teeth)):part("bucket")
    k.attach("top", {40, hy + 170, hw * 0.5}, 60)
    return shape
  end,
}
