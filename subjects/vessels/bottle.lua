-- A bottle: a cylindrical body, rounded shoulders, a narrow neck with a lip
-- and a cap; a label round the body. Variants: beer, milk, water, soda.
local V = use("vessel")

return {
  id = "bottle",
  names = {"bottle", "glass bottle", "botle", "bottel", "flask", "vial", "medicine bottle"},
  lvis = {"bottle", "beer_bottle", "water_bottle"},
  family = "vessels",
  size_mm = 250,
  description = "A bottle with a neck, a cap and a label",
  params = {radius = {34, 42}},
  parts = {
    {"body", "glass", color = "#6aa0b4", role = "primary", names = {"body", "glass"}},
    {"label", "paper", color = "#f0e8d0", role = "secondary", names = {"label", "sticker"}},
    {"cap", "steel", color = "#c8ccd0", role = "detail", names = {"cap", "lid", "top", "cork"}},
  },
  variants = {
    beer = {names = {"beer bottle", "ale bottle"}, size_mm = 230, colors = {body = "#6a3a14", label = "#e8c860", cap = "#c8a040"}},
    milk = {names = {"milk bottle"}, size_mm = 220, colors = {body = "#f4f4f0", label = "#3070c0", cap = "#3070c0"}},
    water = {names = {"water bottle", "plastic water bottle"}, size_mm = 230, colors = {body = "#b8dcf0", label = "#2a80d0", cap = "#2060c0"}},
    soda = {names = {"soda bottle", "coke bottle", "pop bottle", "cola bottle"}, size_mm = 240, colors = {body = "#3a2418", label = "#d02020", cap = "#d02020"}},
    potion = {names = {"potion", "potion bottle", "magic potion"}, size_mm = 160, colors = {body = "#9040c0", label = "#e8d8a8", cap = "#8a6038"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local r = k.p.radius
    local h, body_top, neck_r, shoulder = 250, 0.6, 12, 0.75
    if v == "beer" then h, r, body_top, shoulder, neck_r = 230, 31, 0.5, 0.72, 11 end
    if v == "milk" then h, r, body_top, shoulder, neck_r = 220, 40, 0.45, 0.78, 24 end
    if v == "water" then h, r, body_top, shoulder, neck_r = 230, 34, 0.72, 0.84, 14 end
    if v == "soda" then h, r, body_top, shoulder, neck_r = 240, 33, 0.55, 0.78, 12 end
    local prof
    if v == "potion" then
      h = 150
      prof = V.keyed({{0, 40}, {0.2, 52}, {0.45, 46}, {0.62, 12}, {0.92, 11}, {1, 14}}, h, 28)
    else
      prof = V.keyed({{0, r - 3}, {0.03, r}, {body_top, r}, {shoulder, neck_r + 2}, {0.97, neck_r}, {1, neck_r + 2}}, h, 28)
    end
    if v == "water" then
      -- Ribbed grip.
      prof = V.profile(function(t)
        local base = V.radius_at(prof, t * h)
        if t > 0.3 and t < 0.6 then base = base - 2.5 * (0.5 + 0.5 * math.cos(t * 2 * math.pi * 10)) end
        return base
      end, h, 48)
    end
    -- Solid, unless it holds something asked for ("a potion bottle with
    -- green liquid", "a ship in a bottle"): then hollow and uncapped, so
    -- the glass shows it and no sealed hollow leaves a loose inner skin.
    local open = k.filled
    local body = (open and vessel(prof, 3, 5) or lathe(prof)):part("body")
    local shape = body
    -- A label would hide what a filled bottle holds, unless it is asked for.
    local labelled = not open or k.asked.label
    if not labelled then
      -- no label
    elseif v ~= "potion" and v ~= "water" then
      local ly0, ly1 = h * 0.12, h * (body_top - 0.06)
      if v == "beer" then ly0, ly1 = h * 0.15, h * 0.42 end
      if v == "milk" then ly0, ly1 = h * 0.18, h * 0.4 end
      shape = shape + cylinder(r + 0.8, ly1 - ly0):move(0, ly0, 0):part("label")
    elseif v == "water" then
      shape = shape + cylinder(r + 0.8, h * 0.2):move(0, h * 0.64, 0):part("label")
    end
    local cap
    local nr = V.radius_at(prof, h)
    if v == "potion" then
      cap = cylinder(nr - 2, 26, 2):move(0, h - 12, 0) + sphere(nr * 0.7):move(0, h + 16, 0)
    elseif v == "beer" or v == "soda" then
      cap = cylinder(nr + 1.5, 9, 1):move(0, h - 3, 0)
    else
      cap = cylinder(nr + 2, 18, 2):move(0, h - 6, 0)
    end
    if not open then shape = shape + cap:part("cap") end
    -- A potion fills its round belly, below where the neck narrows.
    V.cavity(k, prof, 3, 5, v == "potion" and 0.36 or body_top * 0.9)
    k.attach("top", {0, h + 12, 0}, 2 * nr)
    return shape
  end,
}
