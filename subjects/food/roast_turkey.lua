-- A roast turkey on a platter: a plump glossy golden-brown bird, breast up,
-- its two drumsticks raised at the tail end with white paper frills on the
-- bone tips, wings tucked at its sides, on an oval white platter with a few
-- sprigs of greens and roast potatoes. The drumsticks point along +X.
return {
  id = "roast_turkey",
  names = {"roast turkey", "thanksgiving turkey", "roasted turkey", "turkey dinner", "christmas turkey",
           "cooked turkey", "turkey roast", "baked turkey", "whole turkey", "turkey on a platter", "roast turkey dinner",
           "turkey food"},
  lvis = {"turkey_(food)"},
  family = "food",
  size_mm = 260,
  description = "A glossy roast turkey with paper-frilled drumsticks on a platter",
  params = {plump = {0.95, 1.08}},
  parts = {
    {"skin", "glazed", color = "#b0722f", role = "primary", names = {"skin", "turkey", "bird", "meat", "chicken"}},
    {"platter", "ceramic", color = "#f3f1ec", role = "secondary", names = {"platter", "plate", "dish", "tray"}},
    {"frills", "paper", color = "#fbfbf8", role = "detail", names = {"frills", "frill", "paper frills", "booties", "papillotes"}},
    {"garnish", "plant", color = "#4e8c34", role = "detail", names = {"garnish", "greens", "parsley", "lettuce", "herbs"}},
    {"potatoes", "food", color = "#d8a040", role = "detail", names = {"potatoes", "roast potatoes", "vegetables", "sides"}},
  },
  variants = {
    chicken = {names = {"roast chicken", "roasted chicken", "rotisserie chicken", "whole roast chicken",
                        "roast chook", "baked chicken"}, size_mm = 190, colors = {skin = "#c27a34"}},
  },
  points = {"top"},
  build = function(k)
    local pl = k.p.plump
    local py = 16                              -- platter top
    -- the oval platter: a shallow dish with a raised rim
    local platter = lathe({{0.5, 0}, {196, 0}, {214, 5}, {240, 14}, {258, 22}, {261, 27}, {255, 31}, {232, 24},
                           {210, 16}, {0.5, 16}}):stretch(1.45, 1, 1)
    -- the body: a plump oval, breast high, with a soft keel crease
    local by = py + 92
    local body = smooth(40,
      ellipsoid(165 * pl, 100, 125 * pl):move(0, by, 0),
      ellipsoid(120 * pl, 72, 62):move(10, by + 40, 46),
      ellipsoid(120 * pl, 72, 62):move(10, by + 40, -46),
      ellipsoid(110, 60, 100):move(-20, py + 30, 0))
    body = intersect(body, box(800, 400, 800):move(0, py - 4 + 200, 0))
    local skin, frills, legs = {body}, {}, {}
    for _, s in ipairs({-1, 1}) do
      -- thigh pressed against the flank, the drumstick raised up and forward
      local thigh = ellipsoid(88, 66, 56):rotz(-25):move(85, py + 78, s * 108 * pl)
      local knee = {150, py + 104, s * 100 * pl}
      local ankle = {244, py + 204, s * 62}
      local drum = smooth(18, limb(knee, ankle, 50, 21), sphere(44):move(knee[1] - 6, knee[2] - 4, knee[3]))
      legs[#legs + 1] = smooth(16, thigh, drum)
      -- the bone tip in its paper frill: a cuff with a scalloped, flared top
      local dir = {ankle[1] - knee[1], ankle[2] - knee[2], ankle[3] - knee[3]}
      local dl = math.sqrt(dir[1] ^ 2 + dir[2] ^ 2 + dir[3] ^ 2)
      dir = {dir[1] / dl, dir[2] / dl, dir[3] / dl}
      local cuff = lathe({{0.5, -16}, {17, -16}, {19, 12}, {27, 32}, {30, 38}, {24, 38}, {16, 18}, {0.5, 18}})
      local notches = radial(box(10, 14, 10):rotx(45):move(29, 38, 0), 10)
      cuff = subtract(cuff, notches)
      frills[#frills + 1] = cuff:aim(dir, {ankle[1] + dir[1] * 12, ankle[2] + dir[2] * 12, ankle[3] + dir[3] * 12})
      -- a wing tucked at the front of each side
      skin[#skin + 1] = ellipsoid(80, 40, 34):rotz(12):roty(s * 8):move(-88, by + 6, s * 112 * pl)
      skin[#skin + 1] = ellipsoid(36, 26, 30):move(-140, by - 24, s * 102 * pl)
    end
    local bird = smooth(8, smooth(14, table.unpack(skin)), table.unpack(legs)):noise(2.2, 34, 2)
    -- greens tucked round the bird and a few roast potatoes
    local greens, pots = {}, {}
    for i = 0, 7 do
      local a = (i + 0.5) / 8 * 2 * math.pi
      local x, z = 265 * math.cos(a), 165 * math.sin(a)
      greens[#greens + 1] = ellipsoid(46, 9, 30):noise(3, 14, 1):roty(-math.deg(a) + 90 + k.rand(-20, 20))
        :rotz(k.rand(-8, 8)):move(x, py + 6, z)
    end
    for i = 0, 5 do
      local a = (i + 0.1) / 6 * 2 * math.pi + k.rand(-0.2, 0.2)
      local x, z = 230 * math.cos(a), 150 * math.sin(a)
      pots[#pots + 1] = ellipsoid(30, 22, 25):noise(3, 18, 1):roty(k.rand(0, 180)):move(x, py + 14, z)
    end
    k.attach("top", {0, by + 110, 0}, 200)
    -- turned a little so the frilled drumsticks face the viewer
    return (bird:part("skin") + platter:part("platter") + union(frills):part("frills")
      + union(greens):part("garnish") + union(pots):part("potatoes")):roty(-12)
  end,
}
