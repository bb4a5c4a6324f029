-- A cabinet (cupboard): a waist-high case with two panelled doors and a
-- drawer above them, knobs, on short legs; a display cabinet (china
-- cabinet) has a tall glazed upper part with shelves of plates. Front +X.
local F = use("furniture")

return {
  id = "cabinet",
  names = {"cabinet", "cupboard", "sideboard", "buffet", "credenza", "kitchen cabinet", "storage cabinet",
           "cabinett", "cabnet", "cubbard", "wooden cabinet", "tv stand", "media cabinet", "console cabinet"},
  lvis = {"cabinet", "cupboard"},
  family = "furniture",
  size_mm = 900,
  description = "A cabinet with two doors and a drawer",
  params = {width = {800, 1100}},
  parts = {
    {"wood", "wood", color = "#7a4c2a", role = "primary", names = {"wood", "body", "case", "top", "legs"}},
    {"doors", "wood", color = "#b07c4a", role = "secondary", names = {"doors", "door", "drawer", "drawers", "panels"}},
    {"knobs", "brass", color = "#c8a050", role = "detail", names = {"knobs", "knob", "handles", "handle"}},
    {"glass", "glass", color = "#c8dce4", role = "detail", names = {"glass", "windows"}},
    {"china", "glazed", color = "#f2f0ea", role = "fixed", names = {"china", "plates", "dishes"}},
  },
  variants = {
    display = {names = {"display cabinet", "china cabinet", "curio cabinet", "hutch", "glass cabinet", "vitrine", "dresser hutch"},
               size_mm = 1900},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.width, 460, 900
    local display = k.variant == "display"
    local leg_h = 110
    local body, fx = F.case(D, H - leg_h - 30, W, leg_h, 4)
    local top = box(D + 24, 30, W + 30, 6):move(12, H - 15, 0)
    local legs = F.four_legs(D / 2 - 40, W / 2 - 40, leg_h + 4, 24, 16, k.pick({"square", "turned"}))
    local drawer_h = 150
    local fronts, knobs = F.drawers(fx, H - 30 - drawer_h - 10, H - 30, W / 2, {2}, 12, "knob", 6)
    local doors, dk = {}, {}
    local dy0, dy1 = leg_h + 12, H - 30 - drawer_h - 18
    local dw = W / 2 - 18
    for _, s in ipairs({-1, 1}) do
      local z = s * (dw / 2 + 6)
      doors[#doors + 1] = F.front_panel(fx, (dy0 + dy1) / 2, z, dw, dy1 - dy0, 6)
      doors[#doors + 1] = box(10, (dy1 - dy0) * 0.7, dw * 0.7, 8):move(fx + 5, (dy0 + dy1) / 2, z)
      dk[#dk + 1] = F.knob(fx + 6, dy1 - 60, s * 30, 9)
    end
    local shape = (body + top + legs):part("wood") + (union(doors) + fronts):part("doors") + (union(dk) + knobs):part("knobs")
    local top_y = H
    if display then
      local uh = 950
      local ud = 300
      local upper = subtract(box(ud, uh, W - 40, 4), box(ud - 30, uh - 60, W - 80):move(15, 0, 0)):move(-D / 2 + ud / 2, H + uh / 2, 0)
      local crown = box(ud + 40, 40, W + 10, 6):move(-D / 2 + ud / 2 + 10, H + uh + 20, 0)
      local shelves, plates = {}, {}
      for i = 1, 2 do
        local y = H + i * uh / 3
        shelves[#shelves + 1] = box(ud - 30, 16, W - 80):move(-D / 2 + ud / 2, y, 0)
      end
      for i = 0, 2 do
        local y = H + i * uh / 3 + 8
        for j = -1, 1 do
          plates[#plates + 1] = cylinder(95, 10, 3):rotz(80):move(-D / 2 + ud / 2 - 20, y + 100, j * W * 0.28)
        end
      end
      local glass = box(8, uh - 70, W - 90, 2):move(-D / 2 + ud - 8, H + uh / 2, 0)
      local mullion = box(12, uh - 60, 14):move(-D / 2 + ud - 2, H + uh / 2, 0)
      shape = shape + (upper + crown + union(shelves) + mullion):part("wood") + union(plates):part("china") + glass:part("glass")
      top_y = H + uh + 40
    end
    k.attach("top", {0, top_y, 0}, math.min(W, D) * 0.5)
    return shape
  end,
}
