-- A telescope: a brass refractor tilted up to the sky in a fork mount on a
-- wooden tripod. The tube carries darker brass bands, a wide dew shield
-- over the glass objective at the front, a small finder scope on top and a
-- focuser with knobs and an eyepiece at the back; the three splayed legs
-- have brass feet and a spreader tray between them.
-- Variant: a collapsible brass spyglass lying on its side in three nested
-- sections: a leather-wrapped barrel with a sun shade over the lens, and two
-- draw tubes pulled out of it, ending in the eyepiece.

-- A cylinder of radius r along the direction `d` from s0 to s1 (distances
-- along d from the point c).
local function rod(c, d, s0, s1, r)
  return cylinder(r, s1 - s0):move(0, s0, 0):aim(d, c)
end

local function ring(c, d, s, r, t)
  return torus(r, t):aim(d, {c[1] + d[1] * s, c[2] + d[2] * s, c[3] + d[3] * s})
end

local function build_spyglass(k)
  -- Lying along X, the eyepiece at -x, the objective at +x.
  local R = 24
  local y = R + 2
  local function sec(x0, x1, r) return cylinder(r, x1 - x0):rotz(-90):move(x0, y, 0) end
  local barrel = sec(20, 200, R)
  local shade = subtract(sec(196, 246, R + 3), sec(234, 260, R - 3))
  local lens = sec(232, 236, R - 2.5)
  local draw1 = sec(-112, 24, 18)
  local draw2 = sec(-214, -108, 14)
  local eye = sec(-246, -210, 11) + sphere(11):stretch(0.5, 1, 1):move(-246, y, 0)
  local bands = union(
    sec(14, 30, R + 2), sec(190, 200, R + 2), sec(52, 58, R + 1.2), sec(168, 174, R + 1.2),
    sec(-118, -104, 20.5), sec(-220, -206, 16.5), sec(-252, -240, 12.5), torus(R + 1.5, 2):rotz(90):move(246, y, 0))
  local grip = sec(58, 168, R + 0.8)
  local shape = union((barrel + shade + draw1 + draw2):part("tube"), bands:part("fittings"), grip:part("grip"),
    lens:part("lens"), eye:part("fittings"))
  -- A small flat foot along the barrel so it rests without rolling.
  shape = shape + box(120, 6, 16, 2):move(110, 3, 0):part("tube")
  return shape
end

return {
  id = "telescope",
  names = {"telescope", "refracting telescope", "refractor", "refractor telescope", "astronomical telescope",
           "star telescope", "telescope on a tripod", "stargazing telescope", "antique telescope", "telescop",
           "telecope"},
  lvis = {"telescope"},
  family = "tools",
  size_mm = 1450,
  description = "A brass refracting telescope on a wooden tripod",
  params = {tilt = {22, 32}, turn = {-8, 8}},
  parts = {
    {"tube", "brass", color = "#c89a48", role = "primary", names = {"tube", "barrel", "body", "dew shield"}},
    {"tripod", "wood", color = "#7a4a26", role = "secondary", names = {"tripod", "legs", "stand"}},
    {"fittings", "brass", color = "#9a7434", role = "detail", names = {"fittings", "bands", "rings", "mount", "trim", "feet"}},
    {"lens", "gloss", color = "#3a5a7a", role = "detail", names = {"lens", "objective", "lenses"}},
    {"eyepiece", "rubber", color = "#202022", role = "detail", names = {"eyepiece", "eyecup", "focuser", "knobs"}},
    {"grip", "leather", color = "#5a3420", role = "detail", names = {"grip", "wrap", "wrapping"}},
  },
  variants = {
    spyglass = {names = {"spyglass", "spy glass", "pirate telescope", "pirate spyglass", "hand telescope",
                         "collapsible telescope", "nautical telescope", "brass spyglass", "captain's spyglass",
                         "monocular"},
                size_mm = 56},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "spyglass" then return build_spyglass(k) end
    local a = math.rad(k.p.tilt)
    local d = {math.cos(a), math.sin(a), 0}
    local up = {-math.sin(a), math.cos(a), 0}
    local c = {0, 1150, 0}
    local function at(s, u) return {c[1] + d[1] * s + up[1] * (u or 0), c[2] + d[2] * s + up[2] * (u or 0), 0} end

    -- The tube, the dew shield with the objective set back inside it.
    local R = 46
    local tube = rod(c, d, -420, 480, R)
    local shield = subtract(rod(c, d, 460, 660, R + 8), rod(c, d, 600, 700, R + 4))
    local lens = rod(c, d, 596, 604, R + 4.5)
    tube = tube + shield
    local bands = union(ring(c, d, -410, R, 4), ring(c, d, -200, R, 3), ring(c, d, 250, R, 3),
      ring(c, d, 462, R + 7, 4), ring(c, d, 658, R + 7, 3.5), ring(c, d, -60, R, 5), ring(c, d, 60, R, 5))
    -- The finder: a small tube on two posts above the main tube.
    local fc = at(0, R + 36)
    local finder = rod(fc, d, 40, 270, 15) + ring(fc, d, 268, 15, 3.5)
    local posts = union(limb(at(90, R - 6), at(90, R + 30), 10), limb(at(220, R - 6), at(220, R + 30), 10))
    -- The focuser, its knobs and the eyepiece.
    local focuser = rod(c, d, -500, -415, 19)
    local knobs = cylinder(9, 90):move(0, -45, 0):rotx(90):move(at(-460)[1], at(-460)[2], 0)
    local eyepiece = rod(c, d, -560, -495, 14) + rod(c, d, -585, -555, 16)

    -- The fork mount on a round head.
    local head_y = 1000
    local head = cylinder(62, 34, 4):move(0, head_y - 10, 0)
    local post = cylinder(20, 60):move(0, head_y + 20, 0)
    local fork = union(box(40, 14, 140, 4):move(0, head_y + 80, 0),
      box(32, c[2] - head_y - 70, 12, 4):move(0, (head_y + 80 + c[2]) / 2, R + 14),
      box(32, c[2] - head_y - 70, 12, 4):move(0, (head_y + 80 + c[2]) / 2, -R - 14))
    local bolt = cylinder(9, 2 * R + 48):move(0, -(R + 24), 0):rotx(90):move(c[1], c[2], 0)
    local mount = union(head, post, fork, bolt)

    -- Three splayed wooden legs, brass feet and a spreader tray.
    local legs, feet, spreader = {}, {}, {}
    for i = 0, 2 do
      local g = math.rad(60 + i * 120)
      local top = {math.cos(g) * 40, head_y - 4, math.sin(g) * 40}
      local foot = {math.cos(g) * 470, 30, math.sin(g) * 470}
      legs[#legs + 1] = limb(top, foot, 22, 16)
      feet[#feet + 1] = limb(foot, {foot[1] * 1.02, 0, foot[3] * 1.02}, 14, 10) + sphere(10):move(foot[1] * 1.02, 8, foot[3] * 1.02)
      local f = (head_y - 4 - 420) / (head_y - 34)
      local mid = {math.cos(g) * (40 + 430 * f), 420, math.sin(g) * (40 + 430 * f)}
      spreader[#spreader + 1] = limb({0, 420, 0}, mid, 12)
    end
    local tray = cylinder(70, 24, 6):move(0, 408, 0)
    local tripod = union(union(legs), union(spreader), tray)

    local shape = union(tube:part("tube"), finder:part("tube"), (bands + posts + mount + union(feet)):part("fittings"),
      lens:part("lens"), (focuser + knobs + eyepiece):part("eyepiece"), tripod:part("tripod"))
    return shape:roty(k.p.turn)
  end,
}
