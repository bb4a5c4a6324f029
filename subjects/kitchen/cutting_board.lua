-- A cutting board: a thick rectangular wooden board with rounded corners,
-- end-grain stripes, a juice groove and a hole (or a paddle handle) at one
-- end.
return {
  id = "cutting_board",
  names = {"cutting board", "chopping board", "chopping block", "butcher block", "bread board", "breadboard",
           "carving board", "cheese board", "charcuterie board", "wooden board", "kitchen board", "cuting board"},
  lvis = {"chopping_board"},
  family = "kitchen",
  size_mm = 30,
  description = "A wooden cutting board",
  params = {w = {380, 450}, d = {240, 290}, paddle = {0, 1}},
  parts = {
    {"wood", "wood", color = "#c8945a", role = "primary", names = {"wood", "board"}},
    {"stripes", "wood", color = "#a8743e", role = "secondary", names = {"stripes", "grain", "strips"}},
  },
  points = {"top"},
  build = function(k)
    local w, d = k.p.w, k.p.d
    local t = 26
    local board
    if k.p.paddle > 0.5 then
      board = box(w, t, d, 12):move(0, t / 2, 0)
        + box(110, t, 70, 20):move(-w / 2 - 40, t / 2, 0)
      board = subtract(board, cylinder(12, 40):move(-w / 2 - 60, -5, 0))
    else
      board = subtract(box(w, t, d, 10):move(0, t / 2, 0), cylinder(16, 40):move(-w / 2 + 40, -5, 0))
    end
    -- Juice groove round the top face.
    local groove = subtract(box(w - 36, 8, d - 36, 14), box(w - 50, 10, d - 50, 8)):move(0, t, 0)
    board = subtract(board, groove)
    -- Stripes: alternate strips of a darker wood on the sides.
    local stripes = {}
    for i = 1, 5, 2 do
      local z = -d / 2 + d * i / 6
      stripes[#stripes + 1] = intersect(box(w + 20, t + 2, d / 6, 0):move(0, t / 2, z), board:round(0.6))
    end
    k.attach("top", {0, t, 0}, math.min(w, d) * 0.8)
    return board:part("wood") + union(stripes):part("stripes")
  end,
}
