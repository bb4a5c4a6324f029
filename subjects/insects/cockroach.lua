-- A cockroach: a flat, glossy reddish-brown oval of folded wings low on the
-- ground, a broad pronotum shield with a pale rim hiding the small head,
-- two whip antennae as long as the body, six splayed spiny legs and two
-- short cerci at the tail.

local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

return {
  id = "cockroach",
  names = {"cockroach", "roach", "cockroch", "cock roach", "american cockroach", "german cockroach", "palmetto bug",
           "water bug", "kakkerlak"},
  lvis = {},
  family = "insects",
  size_mm = 9,
  description = "A cockroach with long antennae",
  params = {sweep = {-6, 6}},
  parts = {
    {"body", "glazed", color = "#6a2a12", role = "primary", names = {"body", "wings", "shell", "back"}},
    {"pronotum", "glazed", color = "#4a1c0c", role = "secondary", names = {"pronotum", "head shield", "thorax shield"}},
    {"rim", "glazed", color = "#b88a52", role = "detail", names = {"rim", "pale rim", "edge"}},
    {"legs", "plastic", color = "#5a2410", role = "detail", names = {"legs", "antennae", "spines"}},
    {"eyes", "gloss", color = "#120c0a", role = "fixed"},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local H = 6.5          -- height of the body's middle
    local sw = k.p.sweep
    -- the wings: two long overlapping flat halves meeting down the back,
    -- over a flat abdomen
    local abdomen = ellipsoid(26, 4.2, 14):move(-8, H - 0.6, 0)
    local wings = {}
    for _, sz in ipairs({-1, 1}) do
      wings[#wings + 1] = ellipsoid(27, 3.4, 9.5):roty(sz * 5):rotx(sz * 4):move(-9, H + 1.4 + (sz > 0 and 0.5 or 0), sz * 4.4)
    end
    local body = smooth(1.5, abdomen, union(table.unpack(wings)))
    local shape = body:part("body")
    -- the pronotum: a broad flat shield over the thorax and head, pale at the rim
    local shield = ellipsoid(9.5, 2.8, 12):rotz(-9):move(15, H + 1.4, 0)
    local inner = ellipsoid(8.3, 6, 10.6):move(14.2, H + 3.5, 0)
    local rim = subtract(shield:round(0.2), inner)
    shape = shape + shield:part("pronotum") + rim:part("rim") + intersect(shield:round(0.4), inner):part("pronotum")
    -- the head, small and tucked under the front of the shield, facing down
    local hc = {23.5, H - 1.6, 0}
    shape = shape + ellipsoid(4.2, 3.8, 5.2):rotz(-35):move(hc[1], hc[2], hc[3]):part("pronotum")
    for _, sz in ipairs({-1, 1}) do
      shape = shape + ellipsoid(1.6, 2.2, 1.4):rotz(-30):move(hc[1] + 1.2, hc[2] + 0.8, sz * 4.2):part("eyes")
    end
    -- mouthparts
    for _, sz in ipairs({-1, 1}) do
      shape = shape + limb({hc[1] + 2, hc[2] - 2, sz * 1.4}, {hc[1] + 3.8, 1.4, sz * 1.6}, 0.9, 0.7):part("legs")
    end
    -- antennae: from between the eyes, forward and out in long curving whips
    local ant = {}
    for _, sz in ipairs({-1, 1}) do
      local b = {hc[1] + 2.2, hc[2] + 1.2, sz * 2.2}
      local a = math.rad(22 + sz * sw)
      local pts = {b}
      local L = 60
      for i = 1, 8 do
        local t = i / 8
        local ang = a + t * math.rad(26)
        local r = L * t
        pts[#pts + 1] = {b[1] + r * math.cos(ang) * 0.95, b[2] + 6 * math.sin(t * math.pi) + t * 2 - (t > 0.6 and (t - 0.6) * 5 or 0), sz * r * math.sin(ang)}
      end
      ant[#ant + 1] = tube(pts, 1.1, 0.85)
    end
    shape = shape + union(table.unpack(ant)):part("legs")
    -- six legs: from under the thorax, femur out and up, tibia down and
    -- back to the ground, with spines along the tibia
    local legs, spines = {}, {}
    local legdefs = {
      -- hip x, knee {x, y, z}, foot {x, z}
      {12, {20, 9, 12}, {29, 18}},
      {6, {6, 10, 18}, {4, 31}},
      {0, {-10, 10, 19}, {-30, 30}},
    }
    for _, ld in ipairs(legdefs) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {ld[1], H - 2.5, sz * 4}
        local knee = {ld[2][1], ld[2][2], sz * ld[2][3]}
        local foot = {ld[3][1], 0.7, sz * ld[3][2]}
        local ankle = lerp(knee, foot, 0.82)
        legs[#legs + 1] = polyline({hip, knee}, 1.6, 1.3)
        legs[#legs + 1] = polyline({knee, ankle, {foot[1], 0.7, foot[3]}}, 1.1, 0.75)
        -- spines: short cones on the outside of the tibia, pointing back
        for j = 1, 3 do
          local p = lerp(knee, ankle, 0.2 + j * 0.22)
          local dir = {foot[1] - knee[1], 0, foot[3] - knee[3]}
          local len = math.sqrt(dir[1] ^ 2 + dir[3] ^ 2)
          dir = {dir[1] / len * 0.6 - 0.4, 0.75, dir[3] / len * 0.6}
          spines[#spines + 1] = cone(0.55, 0.22, 2.4):aim(dir, {p[1], p[2] - 0.2, p[3]})
        end
      end
    end
    shape = shape + union(table.unpack(legs)):part("legs") + union(table.unpack(spines)):part("legs")
    -- cerci at the tail end
    for _, sz in ipairs({-1, 1}) do
      shape = shape + limb({-31, H - 1, sz * 3}, {-38, H - 1.5, sz * 6}, 1.1, 0.6):part("legs")
    end
    k.attach("head", {15, H + 3.9, 0}, 13)
    k.attach("back", {-8, H + 4.2, 0}, 18)
    k.attach("face", {hc[1] + 3, hc[2], 0}, 10, {1, 0, 0})
    return shape
  end,
}
