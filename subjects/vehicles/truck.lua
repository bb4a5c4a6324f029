-- A truck: a tall cab with a big windscreen in front of a long cargo box,
-- on six wheels; a semi (tractor unit and trailer), a dump truck, a garbage
-- truck, a tanker and a tow truck as variants.
local V = use and use("vehicle")

return {
  id = "truck",
  names = {"truck", "lorry", "box truck", "delivery truck", "cargo truck", "moving truck", "toy truck", "big truck"},
  lvis = {"truck", "trailer_truck", "garbage_truck", "tow_truck"},
  family = "vehicles",
  size_mm = 3500,
  description = "A truck with a cab and a cargo box",
  params = {len = {460, 500}},
  parts = {
    {"body", "paint", color = "#2a62b8", role = "primary", names = {"cab", "body", "paint"}},
    {"cargo", "paint", color = "#eeeeea", role = "secondary", names = {"cargo", "box", "trailer", "container", "bed", "tank", "dump bed"}},
    {"trim", "plastic", color = "#2a2a2e", role = "detail", names = {"trim", "bumper", "grille", "chassis"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
    -- A food truck's serving hatch: the awning over it and its menu sign.
    {"awning", "fabric", color = "#e2452a", role = "detail", names = {"awning", "canopy", "shade"}},
    {"sign", "paint", color = "#f4d040", role = "detail", names = {"sign", "menu", "menu board", "signboard"}},
  },
  variants = {
    semi = {names = {"semi truck", "semi", "semi-truck", "18 wheeler", "eighteen wheeler", "tractor trailer", "big rig",
                     "articulated lorry", "trailer truck", "juggernaut"}, size_mm = 4000},
    dump = {names = {"dump truck", "dumper truck", "tipper truck", "tipper", "dumptruck"}, colors = {body = "#f0b418", cargo = "#e09a10"}},
    garbage = {names = {"garbage truck", "bin lorry", "trash truck", "refuse truck", "dustcart", "rubbish truck"},
               colors = {body = "#f4f4f0", cargo = "#3a8a3a"}},
    tanker = {names = {"tanker truck", "tanker", "fuel truck", "oil tanker truck", "milk tanker"}, colors = {cargo = "#c8ccd2"}},
    mixer = {names = {"cement mixer", "cement truck", "concrete mixer", "concrete truck", "mixer truck", "cement mixer truck"},
             colors = {body = "#f4f4f0", cargo = "#e8a018"}},
    food = {names = {"food truck", "taco truck", "burger van", "food van", "street food truck", "snack truck", "lunch truck",
                     "hot dog truck", "burger truck", "catering truck", "food trailer", "coffee truck", "pizza truck"},
            colors = {body = "#f0ece2", cargo = "#2f9c94"}},
    tow = {names = {"tow truck", "wrecker", "breakdown truck", "recovery truck"}, colors = {body = "#e8a018", cargo = "#2a2a2e"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    local v = k.variant
    local W = 180
    local hw = W / 2
    local r = 36
    local chassis_y = r + 6
    local xf = L / 2
    local cab_len = 110
    local cab_h = 150
    local semi = v == "semi"
    if semi then L = L * 1.25; xf = L / 2 end
    local cab, glass = V.cab(xf, cab_len, chassis_y - 8, cab_h, W, 26, {nose = semi and 60 or 0, pillars = {}})
    local shape = cab:part("body") + glass
    -- chassis rails under everything
    shape = shape + V.block(-L / 2 + 10, chassis_y - 16, -hw + 30, xf - 10, chassis_y + 2, hw - 30):part("trim")
    shape = shape + V.block(xf - 6, chassis_y - 10, -hw + 2, xf + 8, chassis_y + 14, hw - 2, 4):part("trim")
    shape = shape + V.block(xf - 4, chassis_y + 24, -hw * 0.6, xf + 2, chassis_y + 58, hw * 0.6, 3):part("trim")
    shape = shape + V.lights(xf + 1, nil, chassis_y + 30, hw - 20, 11)
    local box_x1 = xf - cab_len - 8
    local box_x0 = -L / 2
    local top_y = chassis_y + cab_h + 20
    local axles
    if semi then
      local tx1 = xf - cab_len - 20
      shape = shape + V.block(tx1 - 60, chassis_y + 2, -40, tx1, chassis_y + 12, 40):part("trim")
      shape = shape + V.block(box_x0, chassis_y + 14, -hw - 4, tx1 - 20, chassis_y + 14 + cab_h * 1.15, hw + 4, 3):part("cargo")
      -- exhaust stacks
      for _, sz in ipairs({-1, 1}) do
        shape = shape + cylinder(6, cab_h + 20):move(xf - cab_len - 6, chassis_y, sz * (hw - 14)):part("hubs")
      end
      axles = {xf - 50, tx1 - 30, tx1 - 110, box_x0 + 90, box_x0 + 40}
      top_y = chassis_y + 14 + cab_h * 1.15
    elseif v == "dump" then
      local bed = V.block(box_x0, chassis_y + 10, -hw, box_x1, chassis_y + 110, hw, 3)
      bed = bed - V.block(box_x0 + 8, chassis_y + 22, -hw + 8, box_x1 - 8, chassis_y + 200, hw - 8)
      bed = bed + V.block(box_x1 - 2, chassis_y + 60, -hw, box_x1 + 30, chassis_y + 118, hw, 3) * V.side({{box_x1 - 2, chassis_y + 60}, {box_x1 + 30, chassis_y + 118}, {box_x1 - 2, chassis_y + 118}}, W + 2)
      shape = shape + bed:part("cargo")
      axles = {xf - 55, box_x0 + 110, box_x0 + 40}
      k.attach("inside", {(box_x0 + box_x1) / 2, chassis_y + 22, 0}, W - 20)
    elseif v == "tanker" then
      local tank = capsule({box_x0 + 60, chassis_y + 80, 0}, {box_x1 - 60, chassis_y + 80, 0}, 70):stretch(1, 1, 1.15)
      shape = shape + tank:part("cargo")
      shape = shape + V.block(box_x0 + 30, chassis_y, -hw + 20, box_x1 - 10, chassis_y + 14, hw - 20):part("trim")
      axles = {xf - 55, box_x0 + 110, box_x0 + 40}
      top_y = chassis_y + 150
    elseif v == "mixer" then
      -- a tilted drum with spiral fins, on a frame
      local drum = lathe({{20, 0}, {62, 50}, {74, 120}, {70, 190}, {40, 240}, {18, 262}}):rotz(90):rotz(-10):move(box_x1 - 20, chassis_y + 84, 0)
      local fins = {}
      for i = 0, 5 do
        fins[#fins + 1] = torus(70, 4):rotz(90):roty(12):move(box_x1 - 70 - i * 34, chassis_y + 84 + 4 + i * 6, 0)
      end
      local stand = V.block(box_x1 - 60, chassis_y, -30, box_x1 - 20, chassis_y + 60, 30) + V.block(box_x0 + 30, chassis_y, -20, box_x0 + 60, chassis_y + 110, 20)
      local chute = capsule({box_x0 + 44, chassis_y + 104, 0}, {box_x0 - 30, chassis_y + 70, 0}, 8)
      shape = shape + drum:part("cargo") + union(fins):part("body") + (stand + chute):part("trim")
      axles = {xf - 55, box_x0 + 110, box_x0 + 40}
      top_y = chassis_y + 160
    elseif v == "tow" then
      local bed = V.block(box_x0 + 20, chassis_y + 2, -hw + 6, box_x1, chassis_y + 40, hw - 6, 3)
      local boom = capsule({box_x1 - 20, chassis_y + 40, 0}, {box_x0 + 10, chassis_y + 150, 0}, 11)
      local hook = tube({{box_x0 + 10, chassis_y + 150, 0}, {box_x0 - 10, chassis_y + 110, 0}, {box_x0 - 14, chassis_y + 70, 0}}, 5)
        + torus(11, 5):rotx(90):move(box_x0 - 14, chassis_y + 60, 0)
      shape = shape + bed:part("body") + (boom + hook):part("cargo")
      shape = shape + V.block(xf - cab_len + 10, chassis_y + cab_h - 10, -hw * 0.6, xf - cab_len + 40, chassis_y + cab_h + 4, hw * 0.6, 3):part("lights")
      axles = {xf - 55, box_x0 + 70}
    else
      local cargo = V.block(box_x0, chassis_y + 4, -hw - 4, box_x1, chassis_y + cab_h * 1.2, hw + 4, 4)
      if v == "garbage" then
        cargo = V.side({{box_x0, chassis_y + 4}, {box_x1, chassis_y + 4}, {box_x1, chassis_y + cab_h * 1.15}, {box_x0 + 40, chassis_y + cab_h * 1.15},
                        {box_x0 - 20, chassis_y + cab_h * 0.8}, {box_x0 - 20, chassis_y + 30}}, W + 8, 10)
        shape = shape + V.block(box_x0 + 10, chassis_y + 40, -hw - 6, box_x1 - 10, chassis_y + 52, hw + 6):part("trim")
      end
      if v == "food" then
        -- a serving hatch in the kerb side (+Z) with a counter under it and
        -- an awning propped over it, a menu board beside it, a sign on the roof
        local y0, y1 = chassis_y + cab_h * 0.45, chassis_y + cab_h * 1.0
        local x0, x1 = box_x0 + 40, box_x1 - 50
        cargo = cargo - V.block(x0, y0, hw - 20, x1, y1, hw + 10)
        shape = shape + V.block(x0 - 2, y0 - 4, hw - 24, x1 + 2, y1 + 2, hw - 18):part("trim")
        shape = shape + V.block(x0 - 6, y0 - 6, hw - 22, x1 + 6, y0 + 2, hw + 22, 2):part("hubs")
        local awning = V.block(x0 - 8, -3, 0, x1 + 8, 3, 58, 2):rotx(22):move(0, y1 + 6, hw + 4)
        shape = shape + awning:part("awning")
        shape = shape + V.block(x1 + 12, y0 - 10, hw + 2, box_x1 - 8, y1 - 4, hw + 8, 2):part("sign")
        local roof_y = chassis_y + cab_h * 1.2
        shape = shape + V.block(x0 + 20, roof_y - 4, -6, x1 - 20, roof_y + 46, 6, 3):part("sign")
          + V.block(x0 + 40, roof_y - 4, -4, x0 + 46, roof_y + 10, 4):part("trim") + V.block(x1 - 46, roof_y - 4, -4, x1 - 40, roof_y + 10, 4):part("trim")
      end
      shape = shape + cargo:part("cargo")
      top_y = chassis_y + cab_h * 1.2
      axles = {xf - 55, box_x0 + 110, box_x0 + 40}
      if v == "" then
        shape = shape + V.block(box_x0 - 2, chassis_y + 14, -hw + 2, box_x0 + 2, chassis_y + cab_h * 1.14, hw - 2):part("trim")
      end
      shape = shape + V.lights(box_x0 + 1, nil, chassis_y + 20, hw - 10, 8, {front = "taillights"})
    end
    shape = shape + V.wheels(axles, r, 30, hw - 12, {})
    if v == "mixer" then
      for _, x in ipairs(axles) do shape = shape + capsule({x, r, -(hw - 14)}, {x, r, hw - 14}, 8):part("trim") end
    end
    k.attach("top", {(box_x0 + box_x1) / 2, top_y, 0}, W * 0.8)
    return shape
  end,
}
