-- A table: a top on four tapered legs with an apron; a round top (or the
-- word "round") stands on a pedestal. "square" and "round" choose the top.
local F = use("furniture")

return {
  id = "table",
  names = {"table", "dining table", "kitchen table", "wooden table", "wood table", "tabel", "dinner table"},
  lvis = {"table", "dining_table", "kitchen_table"},
  family = "furniture",
  size_mm = 750,
  description = "A table: a top on four legs, or a round top on a pedestal",
  params = {width = {900, 1400}, depth = {700, 900}, top_t = {28, 40}, leg_r = {26, 34}, taper = {0.6, 0.85}},
  parts = {
    {"top", "wood", color = "#a8743f", role = "primary", names = {"top", "tabletop", "table top", "surface"}},
    {"legs", "wood", color = "#6e4628", role = "secondary", names = {"legs", "leg", "base", "pedestal", "frame"}},
  },
  variants = {
    side_table = {names = {"side table", "end table", "occasional table"}, size_mm = 560},
    picnic = {names = {"picnic table"}, size_mm = 740, colors = {top = "#a07850", legs = "#8a6440"}},
  },
  points = {"top"},
  build = function(k)
    local h = 750
    local side = k.variant == "side_table"
    local picnic = k.variant == "picnic"
    local w, d = k.p.width, k.p.depth
    -- A side table is about as tall as it is wide (a taller, narrower one
    -- reads as a bar stool).
    if side then w, d, h = 520, 520, 560 end
    if picnic then w, d = 1600, 760 end
    local t = k.p.top_t
    -- The seed picks the outline unless the prompt names one; the draw
    -- happens either way so the other parameters do not shift with it.
    local round_draw = k.chance(0.35)
    local round = k.outline == "round" or (k.outline == "" and round_draw and not picnic)
    if picnic then round = false end
    local top, legs
    if round then
      local r = side and 280 or d * 0.55
      top = cylinder(r, t, 6 * k.soft):move(0, h - t, 0)
      if side then
        -- Three legs with a round shelf low between them.
        local legs3 = {}
        for i = 0, 2 do
          local a = math.rad(90 + 120 * i)
          legs3[#legs3 + 1] = limb({math.cos(a) * r * 0.62, h - t - 6, math.sin(a) * r * 0.62},
                                   {math.cos(a) * r * 0.8, 10, math.sin(a) * r * 0.8}, 20, 15)
        end
        legs = union(legs3) + cylinder(r * 0.72, 18, 4):move(0, h * 0.22, 0)
      else
        local column = limb({0, 40, 0}, {0, h - t - 30, 0}, 55, 40)
        local foot = cylinder(r * 0.55, 22, 8):move(0, 0, 0)
        local claws = radial(limb({0, 30, 0}, {r * 0.55, 10, 0}, 28, 16), 4, 45)
        legs = smooth(30, foot, column) + smooth(20, claws, column)
      end
      k.attach("top", {0, h, 0}, r * 0.7)
    elseif picnic then
      -- Plank top, A-frame legs and two benches.
      local planks = {}
      for i = -2, 2 do planks[#planks + 1] = box(d / 5 - 8, t, w, 3):move(i * d / 5, h - t / 2, 0) end
      top = union(planks)
      local parts = {}
      for _, sz in ipairs({-1, 1}) do
        local z = sz * w * 0.36
        for _, sx in ipairs({-1, 1}) do
          parts[#parts + 1] = capsule({sx * d * 0.12, h - t, z}, {sx * d * 0.85, 20, z}, 22)
        end
        parts[#parts + 1] = box(2 * d * 0.95 + 100, 36, 70, 4):move(0, 430, z)
      end
      local benches = {}
      for _, sx in ipairs({-1, 1}) do
        benches[#benches + 1] = box(260, 36, w, 4):move(sx * d * 0.78, 450, 0)
      end
      top = top + union(benches)
      legs = union(parts)
      k.attach("top", {0, h, 0}, d * 0.45)
    else
      if k.outline == "square" and not side then w = d end
      top = box(d, t, w, 8 * k.soft):move(0, h - t / 2, 0)
      local ix, iz = d / 2 - 55, w / 2 - 55
      local lr = side and 20 or k.p.leg_r
      local style = k.pick({"round", "square", "turned"})
      if side then style = "square" end
      legs = F.four_legs(ix, iz, h - t, lr, lr * k.p.taper, style)
        + F.apron(ix, iz, h - t + 2, side and 70 or 95, 20)
      if side then
        legs = legs + box(2 * ix, 18, 2 * iz, 3):move(0, 160, 0)
      end
      k.attach("top", {0, h, 0}, math.min(w, d) * 0.45)
    end
    return smooth(6 * k.soft, top:part("top"), legs:part("legs"))
  end,
}
