-- A desk: a long writing top over a pedestal of drawers on one side (or
-- both) and a leg or panel on the other, knee space between.
local F = use("furniture")

return {
  id = "desk",
  names = {"desk", "writing desk", "office desk", "computer desk", "study desk", "school desk", "work desk", "bureau"},
  lvis = {"desk"},
  family = "furniture",
  size_mm = 760,
  description = "A desk with a pedestal of drawers",
  params = {width = {1150, 1400}, depth = {580, 680}},
  parts = {
    {"wood", "wood", color = "#6e4426", role = "primary", names = {"wood", "body", "top", "desk"}},
    {"drawers", "wood", color = "#a87244", role = "secondary", names = {"drawers", "drawer", "fronts"}},
    {"handles", "brass", color = "#c8a050", role = "detail", names = {"handles", "handle", "knobs", "pulls"}},
  },
  points = {"top"},
  build = function(k)
    local h, t = 760, 32
    local w, d = k.p.width, k.p.depth
    local top = box(d, t, w, 5 * k.soft):move(0, h - t / 2, 0)
    local ped_w = 400
    local double = k.chance(0.4)
    local body = {top}
    local fronts, handles = {}, {}
    local function pedestal(zc)
      body[#body + 1] = box(d - 30, h - t - 20, ped_w, 3):move(-5, (h - t - 20) / 2 + 20, zc)
      body[#body + 1] = box(d - 50, 20, ped_w - 20, 2):move(-5, 10, zc)
      local f, hd = F.drawers((d - 30) / 2 - 5, 30, h - t - 10, ped_w / 2, {1, 1, 1}, 12, "bar", 5)
      fronts[#fronts + 1] = f:move(0, 0, zc)
      handles[#handles + 1] = hd:move(0, 0, zc)
    end
    pedestal(w / 2 - ped_w / 2 - 10)
    if double then
      pedestal(-(w / 2 - ped_w / 2 - 10))
    else
      local z = -(w / 2 - 40)
      if k.chance(0.5) then
        body[#body + 1] = box(d - 40, h - t, 30, 3):move(-10, (h - t) / 2, z)
      else
        body[#body + 1] = F.leg(d / 2 - 50, z, h - t, 24, 18, "square")
        body[#body + 1] = F.leg(-d / 2 + 50, z, h - t, 24, 18, "square")
      end
    end
    -- Modesty panel at the back and a centre drawer.
    body[#body + 1] = box(18, 300, w - 80, 2):move(-d / 2 + 30, h - t - 150, 0)
    local cz = double and 0 or -(ped_w / 2 - 20)
    local cw = w - (double and 2 or 1) * (ped_w + 20) - (double and 40 or 80)
    body[#body + 1] = box(d - 20, 90, cw - 10, 2):move(0, h - t - 40, cz) -- the centre drawer's box, under the top
    fronts[#fronts + 1] = F.front_panel(d / 2 - 12, h - t - 55, cz, cw, 80, 5)
    handles[#handles + 1] = F.bar_pull(d / 2 - 7, h - t - 55, cz, 120, 4)
    k.attach("top", {0, h, 0}, math.min(w, d) * 0.45)
    return union(body):part("wood") + union(fronts):part("drawers") + union(handles):part("handles")
  end,
}
