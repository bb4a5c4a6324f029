-- An ottoman (pouf, footstool): a padded round or square upholstered
-- block with buttoned tufting and piping, on short feet (a pouf sits on
-- the floor).
return {
  id = "ottoman",
  names = {"ottoman", "pouf", "pouffe", "hassock", "footrest", "foot rest", "tuffet", "puff seat", "otoman", "ottomon"},
  lvis = {"ottoman"},
  family = "furniture",
  size_mm = 420,
  description = "A tufted upholstered ottoman",
  params = {size = {480, 600}},
  parts = {
    {"upholstery", "fabric", color = "#b08a5a", role = "primary", names = {"upholstery", "fabric", "body", "cushion", "top"}},
    {"buttons", "fabric", color = "#8a6a44", role = "secondary", names = {"buttons", "tufts", "piping"}},
    {"legs", "wood", color = "#3a2a1e", role = "detail", names = {"legs", "feet"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local S = k.p.size
    local leg_h = 70
    local h = 420
    local round = k.outline == "round" or (k.outline == "" and k.chance(0.5))
    local body, top_y
    local buttons = {}
    local legs
    if round then
      local r = S / 2
      body = cylinder(r, h - leg_h, 60):move(0, leg_h, 0)
      buttons[#buttons + 1] = {0, h, 0}
      for i = 0, 5 do
        local a = i * math.pi / 3
        buttons[#buttons + 1] = {math.cos(a) * r * 0.55, h - 6, math.sin(a) * r * 0.55}
      end
      legs = radial(cylinder(18, leg_h + 10):move(r * 0.7, 0, 0), 4, 45)
    else
      body = box(S, h - leg_h, S, 50):move(0, leg_h + (h - leg_h) / 2, 0)
      for _, x in ipairs({-1, 0, 1}) do
        for _, z in ipairs({-1, 0, 1}) do
          if (x + z) % 2 == 0 then buttons[#buttons + 1] = {x * S * 0.28, h - 5, z * S * 0.28} end
        end
      end
      legs = union(
        cylinder(18, leg_h + 10):move(S / 2 - 50, 0, S / 2 - 50), cylinder(18, leg_h + 10):move(-S / 2 + 50, 0, S / 2 - 50),
        cylinder(18, leg_h + 10):move(S / 2 - 50, 0, -S / 2 + 50), cylinder(18, leg_h + 10):move(-S / 2 + 50, 0, -S / 2 + 50))
    end
    local dents, btns = {}, {}
    for _, p in ipairs(buttons) do
      dents[#dents + 1] = sphere(18):move(p[1], p[2] + 4, p[3])
      btns[#btns + 1] = sphere(10):move(p[1], p[2] - 4, p[3])
    end
    body = smooth_sub(body, union(dents), 14)
    local dents = union(btns)
    k.attach("top", {0, h, 0}, S * 0.8)
    k.attach("seat", {0, h, 0}, S * 0.8)
    return body:part("upholstery") + dents:part("buttons") + legs:part("legs")
  end,
}
