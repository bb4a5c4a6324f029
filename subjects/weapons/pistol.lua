-- A pistol standing on its grip, muzzle towards +X: a semi-automatic with a
-- squared slide over the frame, sights, a bored muzzle, a hammer, a
-- trigger in its guard and a raked grip with wooden panels. A revolver has
-- a fluted six-shot cylinder, a long round barrel and a curved grip; a
-- flintlock has a long wooden stock under its barrel, a curved grip with a
-- brass cap, a lock with a cock and frizzen and a ramrod. A ray gun has a
-- bulbous chrome body, a stepped barrel with disc fins, glowing coils and a
-- glowing emitter bulb at the muzzle, a dorsal fin and a rounded red grip.
return {
  id = "pistol",
  names = {"pistol", "handgun", "gun", "semi automatic pistol", "semiautomatic pistol", "automatic pistol", "sidearm", "hand gun", "firearm", "9mm pistol", "1911 pistol", "service pistol", "pistol gun"},
  lvis = {"pistol", "gun"},
  family = "weapons",
  size_mm = 140,
  description = "A semi-automatic pistol",
  params = {},
  parts = {
    {"metal", "steel", color = "#2e3034", role = "primary", names = {"slide", "barrel", "frame", "body", "cylinder"}},
    {"grip", "wood", color = "#6a3a20", role = "secondary", names = {"grip", "handle", "stock", "grips"}},
    {"trim", "brass", color = "#c8a040", role = "detail", names = {"trim", "butt cap", "trigger guard", "fittings", "fins", "rings"}},
    {"emitter", "gloss", color = "#64f08c", role = "detail", glows = true, names = {"emitter", "tip", "coils", "coil", "ray", "lens"}},
  },
  variants = {
    revolver = {names = {"revolver", "six shooter", "sixshooter", "six gun", "magnum", "magnum revolver", "cowboy gun", "cowboy pistol", "wild west revolver", "peacemaker"},
                size_mm = 150, colors = {metal = "#5a5e66", grip = "#7a4a26"}},
    flintlock = {names = {"flintlock pistol", "flintlock", "pirate pistol", "pirate gun", "musket pistol", "antique pistol", "dueling pistol", "duelling pistol", "old pistol", "black powder pistol", "blunderbuss pistol"},
                 size_mm = 150, colors = {metal = "#8c9096", grip = "#7a4222", trim = "#c8a040"}},
    raygun = {names = {"ray gun", "raygun", "laser pistol", "laser gun", "blaster", "space gun", "phaser", "ray blaster", "retro ray gun",
                       "blaster pistol", "zap gun", "ray pistol", "toy ray gun"},
              size_mm = 150, colors = {metal = "#d6dae0", grip = "#b81e26", trim = "#e0302c"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local metal, grip, trim = empty(), empty(), empty()
    local guard = use("shapes").trigger_guard
    local function trigger(x, y)
      return extrude({{x, y}, {x + 7, y}, {x + 5, y - 14}, {x, y - 22}, {x - 4, y - 21}, {x + 1, y - 12}}, 6, 1)
    end
    local top_y
    local emitter = empty()
    if v == "raygun" then
      -- The bulbous rounded body: a teardrop of revolution along X.
      local by = 112
      local body = lathe({{0, -46}, {20, -42}, {30, -28}, {33, -8}, {31, 10}, {24, 26}, {17, 36}, {15, 44}}):rotz(-90):move(0, by, 0)
      metal = metal + body
      -- A stepped barrel: three ever narrower sections ending in a bell.
      metal = metal + cylinder(15, 30, 2):rotz(-90):move(40, by, 0)
      metal = metal + cylinder(11, 34, 2):rotz(-90):move(68, by, 0)
      metal = metal + cylinder(7.5, 34, 2):rotz(-90):move(100, by, 0)
      metal = metal + lathe({{8, 0}, {11, 6}, {16, 14}, {17, 18}}):rotz(-90):move(132, by, 0)
      -- Disc fins (cooling rings) stacked along the barrel.
      for i, f in ipairs({{56, 27}, {80, 23}, {102, 19}}) do
        trim = trim + cylinder(f[2], 4.5, 1.5):rotz(-90):move(f[1], by, 0)
      end
      -- A rear cap ring and a swept dorsal fin.
      trim = trim + torus(24, 4.5):rotz(90):move(-26, by, 0)
      trim = trim + extrude({{-36, by + 20}, {-6, by + 30}, {30, by + 24}, {2, by + 40}, {-28, by + 52}, {-44, by + 46}}, 5, 1.5)
      -- Glowing coils wound round the barrel and the emitter bulb at the muzzle.
      emitter = emitter + torus(12.5, 2.6):rotz(90):move(92, by, 0) + torus(12.5, 2.6):rotz(90):move(74, by, 0)
      emitter = emitter + sphere(12):stretch(0.75, 1, 1):move(150, by, 0)
      emitter = emitter + sphere(9):move(-8, by + 32, 0)
      -- The raked rounded grip under the body, with a trigger in its guard.
      grip = extrude({{-36, 96}, {6, 96}, {-6, 60}, {-16, 24}, {-20, 8}, {-46, 6}, {-52, 20}, {-46, 60}}, 26, 8)
      trim = trim + sphere(14):stretch(1.4, 0.7, 1):move(-34, 8, 0)
      metal = metal + guard(8, 52, 92, 52, 8, 5) + trigger(26, 90)
      top_y = 154
    elseif v == "revolver" then
      -- Frame with a window for the cylinder and a top strap.
      local cyl_c = {34, 104}
      local frame = extrude({{-18, 84}, {74, 84}, {74, 128}, {-6, 132}, {-22, 120}}, 18, 3)
      frame = subtract(frame, box(56, 42, 40):move(cyl_c[1], cyl_c[2] - 3, 0))
      metal = metal + frame
      -- The six-shot cylinder with flutes and chamber mouths.
      local cyl = cylinder(27, 52, 4):rotz(-90):move(cyl_c[1] - 26, cyl_c[2], 0)
      for i = 0, 5 do
        local a = math.rad(i * 60 + 30)
        cyl = subtract(cyl, capsule({cyl_c[1] - 12, cyl_c[2] + math.cos(a) * 30, math.sin(a) * 30},
                                    {cyl_c[1] + 12, cyl_c[2] + math.cos(a) * 30, math.sin(a) * 30}, 7))
        local b = math.rad(i * 60)
        cyl = subtract(cyl, cylinder(5, 12):rotz(-90):move(cyl_c[1] + 18, cyl_c[2] + math.cos(b) * 16, math.sin(b) * 16))
      end
      metal = metal + cyl + cylinder(5, 60):rotz(-90):move(cyl_c[1] - 30, cyl_c[2], 0)
      -- The long barrel with its ejector-rod housing and front sight.
      local bx0, bx1, by = 70, 230, 116
      local barrel = subtract(cylinder(10, bx1 - bx0, 2):rotz(-90):move(bx0, by, 0),
                              cylinder(4.5, 20):rotz(-90):move(bx1 - 14, by, 0))
      metal = metal + barrel + capsule({bx0, by - 13, 0}, {bx0 + 90, by - 13, 0}, 6)
      metal = metal + extrude({{bx1 - 16, by + 8}, {bx1 - 3, by + 8}, {bx1 - 4, by + 16}, {bx1 - 10, by + 16}}, 4, 0.5)
      -- The hammer spur.
      metal = metal + tube({{-8, 122, 0}, {-16, 136, 0}, {-30, 140, 0}}, 5.5, 4)
      metal = metal + guard(6, 52, 86, 46, 10, 6) + trigger(24, 84)
      -- A curved plough-handle grip.
      grip = extrude({{-30, 92}, {-40, 74}, {-50, 52}, {-62, 26}, {-66, 10}, {-58, 2}, {-42, 4}, {-30, 14}, {-14, 36},
                      {0, 64}, {8, 90}}, 26, 4)
      -- A brass butt cap at the heel of the grip.
      trim = trim + capsule({-64, 8, 0}, {-44, 2, 0}, 7)
      top_y = 140
    elseif v == "flintlock" then
      -- The long round barrel with a muzzle ring, on a full-length stock.
      local by = 106
      local L = 320
      local barrel = subtract(cone(10, 8, L):rotz(-90):move(0, by, 0), cylinder(4.5, 20):rotz(-90):move(L - 14, by, 0))
      metal = metal + barrel + subtract(cylinder(10, 10, 1.5):rotz(-90):move(L - 10, by, 0), cylinder(4.5, 20):rotz(-90):move(L - 14, by, 0)) + cylinder(11.5, 28, 2):rotz(-90):move(0, by, 0)
      local stock = extrude({{-20, 104}, {L - 50, 101}, {L - 40, 99}, {L - 40, 88}, {L - 60, 85}, {40, 80}, {-10, 84}}, 24, 4)
      -- A grip that sweeps down and back to a ball butt.
      grip = stock + tube({{-6, 100, 0}, {-26, 80, 0}, {-46, 52, 0}, {-62, 24, 0}, {-76, 12, 0}}, 17, 15):stretch(1, 1, 0.9)
      trim = trim + sphere(19):stretch(1.1, 1, 0.9):move(-80, 12, 0)
      trim = trim + cylinder(9, 12, 1):rotz(-90):move(L - 58, 94, 0)
      -- The ramrod under the barrel, held by a pipe.
      metal = metal + capsule({60, 91, 0}, {L - 46, 91, 0}, 3.5)
      -- The lock on the right side: plate, cock with its flint, frizzen and pan.
      local z = 12
      metal = metal + extrude({{-14, 92}, {56, 94}, {60, 102}, {50, 110}, {-20, 110}}, 5, 1):move(0, 0, z)
      metal = metal + tube({{0, 108, z + 5}, {-8, 120, z + 6}, {-2, 134, z + 6}, {12, 140, z + 6}}, 5, 4)
      metal = metal + box(14, 8, 8, 1.5):move(14, 142, z + 6)
      trim = trim + box(8, 6, 7, 1):move(16, 136, z + 6)
      metal = metal + box(6, 30, 9, 1.5):rotz(-10):move(36, 124, z + 4) + box(18, 5, 12, 1.5):move(32, 110, z + 4)
      trim = trim + guard(14, 62, 86, 50, 9, 6) + capsule({0, 84, 0}, {80, 84, 0}, 3)
      metal = metal + trigger(32, 84)
      top_y = 145
    else
      -- The slide: a squared block with sights and a bored muzzle.
      local slide = box(200, 34, 24, 4):move(80, 112, 0)
      slide = subtract(slide, cylinder(5, 20):rotz(-90):move(170, 112, 0))
      -- An ejection port on the right and grip serrations at the rear.
      slide = subtract(slide, box(40, 12, 10):move(70, 122, 12))
      for i = 0, 4 do slide = subtract(slide, box(3, 28, 40):move(-14 + i * 7, 114, 0)) end
      metal = metal + slide
      metal = metal + box(7, 6, 5, 1):move(172, 131, 0) + box(10, 7, 18, 1):move(-12, 131, 0)
      metal = metal + box(170, 18, 22, 3):move(75, 88, 0)
      -- The hammer and the beavertail.
      metal = metal + tube({{-18, 110, 0}, {-26, 122, 0}, {-34, 124, 0}}, 5, 4)
      metal = metal + guard(28, 84, 84, 48, 10, 6) + trigger(48, 82)
      -- The raked grip: a metal frame with wooden panels, a magazine plate.
      local outline = {{-28, 96}, {30, 96}, {8, 6}, {-48, 6}}
      metal = metal + extrude(outline, 24, 3)
      metal = metal + box(60, 8, 26, 2):move(-20, 4, 0)
      grip = intersect(extrude({{-24, 86}, {24, 86}, {6, 12}, {-42, 12}}, 30, 4), box(200, 200, 40):move(0, 0, 0))
      top_y = 134
    end
    local shape = metal:part("metal") + grip:part("grip")
    if v ~= "" then shape = shape + trim:part("trim") end
    if v == "raygun" then shape = shape + emitter:part("emitter") end
    k.attach("top", {40, top_y, 0}, 60)
    return shape:roty(-20)
  end,
}
