-- A round rain shower head in polished chrome: a wide thin disc whose face
-- is dotted with a grid of dark rubber nozzles, joined by a ball swivel to
-- a short angled arm that rises from its round wall flange. Out of the wall
-- the flange lies flat as the base plate, the arm leaning back from it, and
-- the disc hangs over the plate, tipped so its nozzle face looks forward and
-- down towards the viewer.
local function norm(v)
  local l = math.sqrt(v[1] * v[1] + v[2] * v[2] + v[3] * v[3])
  return {v[1] / l, v[2] / l, v[3] / l}
end

return {
  id = "shower_head",
  names = {"shower head", "showerhead", "rain shower head", "rainfall shower head", "shower",
           "rain showerhead", "rainfall showerhead", "overhead shower", "shower rose", "rain shower"},
  lvis = {"shower_head"},
  family = "household",
  size_mm = 240,
  description = "A round chrome rain shower head on a short arm with a wall flange",
  params = {tilt = {18, 26}, yaw = {-11, -5}, radius = {92, 102}},
  parts = {
    {"head", "steel", color = "#bfc4cb", role = "primary", names = {"head", "disc", "plate", "arm", "flange", "body"}},
    {"nozzles", "rubber", color = "#2c2f34", role = "secondary", names = {"nozzles", "jets", "holes", "face"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.radius
    local T = 12
    -- The head is built face down, then stood up so its nozzle face looks
    -- forward (+z, round towards the viewer) and a little down; the arm
    -- leaves the middle of its back, runs back level and bends down into
    -- the flange lying on the floor.
    local yaw = math.rad(k.p.yaw)
    local dip = math.rad(k.p.tilt)
    local face = {math.sin(yaw) * math.cos(dip), -math.sin(dip), math.cos(yaw) * math.cos(dip)}
    local C = {0, R * math.cos(dip) + 24, 0}
    local swivel = {C[1] - face[1] * (T + 16), C[2] - face[2] * (T + 16), C[3] - face[3] * (T + 16)}
    local back = {-math.sin(yaw), 0, -math.cos(yaw)}
    local elbow = {swivel[1] + back[1] * 150, swivel[2] + 6, swivel[3] + back[3] * 150}
    local foot = {elbow[1] + back[1] * 14, 0, elbow[3] + back[3] * 14}
    local arm = tube({swivel, {swivel[1] + back[1] * 90, swivel[2] + 4, swivel[3] + back[3] * 90}, elbow,
                      {foot[1], elbow[2] * 0.5, foot[3]}, {foot[1], 6, foot[3]}}, 9)
      + sphere(15):move(swivel[1], swivel[2], swivel[3])
    local flange = (cylinder(42, 7, 3) + cylinder(18, 22, 3)):move(foot[1], 0, foot[3])
    local disc = cylinder(R, T, 5) + cylinder(R * 0.22, 14, 4):move(0, T - 2, 0)
    local dots = {}
    local step = 14
    local n = math.floor(R * 0.82 / step)
    for i = -n, n do
      for j = -n, n do
        local x, z = i * step + (j % 2) * step * 0.5, j * step * 0.87
        if x * x + z * z < (R - 14) ^ 2 then
          dots[#dots + 1] = cylinder(3.2, 3, 1.2):move(x, -1.6, z)
        end
      end
    end
    local nozzles = union(dots)
    local up = {-face[1], -face[2], -face[3]}
    local head = disc:aim(up, C)
    local jets = nozzles:aim(up, C)
    k.attach("top", {C[1], C[2] + R * 0.6, C[3]}, R)
    return union((flange + arm + head):part("head"), jets:part("nozzles"))
  end,
}
