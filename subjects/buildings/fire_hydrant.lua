-- A fire hydrant: a squat red barrel with a domed bonnet and top nut, two
-- side outlets with caps, a front pumper outlet and a flange at the foot.
return {
  id = "fire_hydrant",
  names = {"fire hydrant", "hydrant", "fireplug", "fire plug", "water hydrant", "johnny pump"},
  lvis = {"fireplug"},
  family = "buildings",
  size_mm = 750,
  description = "A red fire hydrant",
  params = {h = {240, 270}},
  parts = {
    {"body", "iron", color = "#c81e1e", role = "primary", names = {"body", "barrel"}},
    {"caps", "iron", color = "#e8c020", role = "secondary", names = {"caps", "cap", "top", "bonnet", "outlets"}},
  },
  points = {"top", "head"},
  build = function(k)
    local h = k.p.h
    local r = h * 0.2
    local base = cylinder(r * 1.35, 16, 3) + cylinder(r * 1.2, 26, 2)
    local barrel = lathe({{r, 0}, {r, h * 0.62}, {r * 1.18, h * 0.64}, {r * 1.18, h * 0.7}, {r * 1.02, h * 0.72}})
    local bonnet = lathe({{r * 1.05, 0}, {r * 0.98, r * 0.5}, {r * 0.6, r * 0.95}, {r * 0.3, r * 1.05}}):move(0, h * 0.72, 0)
    local nut = cylinder(r * 0.28, 22, 2):move(0, h * 0.72 + r * 0.9, 0)
    local nut_top = intersect(cylinder(r * 0.32, 14), box(r * 0.5, 40, r * 0.5):roty(0)):move(0, h * 0.72 + r * 0.9 + 16, 0)
    local outlets = {}
    local caps = {}
    local oy = h * 0.5
    for _, sz in ipairs({-1, 1}) do
      outlets[#outlets + 1] = cylinder(r * 0.38, r * 0.6):rotx(sz * 90):move(0, oy, 0)
      caps[#caps + 1] = cylinder(r * 0.44, r * 0.25, 2):rotx(sz * 90):move(0, oy, sz * r * 0.58)
      caps[#caps + 1] = intersect(cylinder(r * 0.2, 20), box(r * 0.3, 40, r * 0.3)):rotx(sz * 90):move(0, oy, sz * r * 0.8)
    end
    outlets[#outlets + 1] = cylinder(r * 0.5, r * 0.6):rotz(-90):move(0, oy - 8, 0)
    caps[#caps + 1] = cylinder(r * 0.58, r * 0.25, 2):rotz(-90):move(r * 0.58, oy - 8, 0)
    caps[#caps + 1] = intersect(cylinder(r * 0.22, 20), box(r * 0.32, 40, r * 0.32)):rotz(-90):move(r * 0.8, oy - 8, 0)
    local shape = (base + barrel + union(outlets)):part("body") + (bonnet + nut + nut_top + union(caps)):part("caps")
    k.attach("top", {0, h * 0.72 + r * 0.9 + 30, 0}, r)
    k.attach("head", {0, h * 0.72 + r * 0.9, 0}, r * 2)
    return shape
  end,
}
