-- A tin can: a ribbed steel cylinder with rolled rims and a paper label; a
-- soda can is a slim aluminium can with a necked top and a ring pull.
return {
  id = "tin_can",
  names = {"tin can", "can", "tin", "food can", "soup can", "canned food", "bean can", "canister",
           "tincan"},
  lvis = {"can", "canister"},
  family = "kitchen",
  size_mm = 110,
  description = "A tin can with a label",
  params = {r = {36, 42}},
  parts = {
    {"label", "paper", color = "#d03a2a", role = "primary", names = {"label", "paper", "wrapper"}},
    {"metal", "steel", color = "#c8ccd2", role = "secondary", names = {"metal", "tin", "rims", "lid", "top"}},
    {"print", "paint", color = "#f2ead0", role = "detail", names = {"print", "stripe", "logo"}},
  },
  variants = {
    soda = {names = {"soda can", "coke can", "beer can", "drink can", "pop can", "aluminum can", "aluminium can", "cola can"},
            size_mm = 122, colors = {label = "#c81e28", print = "#f4f4f4"}},
  },
  points = {"top"},
  build = function(k)
    local soda = k.variant == "soda"
    local r = soda and 33 or k.p.r
    local h = soda and 122 or 108
    local shape
    if soda then
      local prof = {{r - 6, 0}, {r - 1, 6}, {r, 12}, {r, h - 16}, {r - 7, h - 5}, {r - 6, h}}
      local body = lathe(prof)
      local lid = subtract(cylinder(r - 6, 3):move(0, h - 3, 0), cylinder(r - 9, 5):move(0, h - 1, 0))
      local pull = subtract(box(22, 2, 14, 6):move(6, h + 0.5, 0), box(8, 6, 6, 2):move(10, h, 0))
      local stripe = intersect(lathe(prof):round(0.6), box(300, 18, 300):move(0, h * 0.6, 0))
      shape = intersect(body, box(300, h - 18, 300):move(0, 9 + (h - 18) / 2, 0)):part("label")
        + subtract(body, box(300, h - 18, 300):move(0, 9 + (h - 18) / 2, 0)):part("metal")
        + (lid + pull):part("metal") + stripe:part("print")
    else
      local body = cylinder(r - 0.5, h)
      local rims = torus(r, 2.5):move(0, 3, 0) + torus(r, 2.5):move(0, h - 3, 0)
      local top = cylinder(r - 2, 2):move(0, h - 3, 0) + torus(r - 8, 1.2):move(0, h - 1, 0)
      local label = cylinder(r + 0.4, h - 16):move(0, 8, 0)
      local stripe = cylinder(r + 0.8, 14):move(0, h * 0.55, 0)
      shape = label:part("label") + (body + rims + top):part("metal") + stripe:part("print")
    end
    k.attach("top", {0, h, 0}, 2 * r)
    return shape
  end,
}
