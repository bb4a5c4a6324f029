-- A wardrobe (armoire): a tall wooden cabinet with two full-height doors
-- with raised panels and long handles, a crown moulding on top, a drawer
-- at the bottom and a plinth. Front faces +X.
local F = use("furniture")

return {
  id = "wardrobe",
  names = {"wardrobe", "armoire", "closet", "clothes closet", "cupboard wardrobe", "clothes cabinet", "wardrobe closet",
           "wardrob", "warddrobe", "closet cabinet"},
  lvis = {"wardrobe", "armoire", "cupboard"},
  family = "furniture",
  size_mm = 2000,
  description = "A tall two-door wardrobe",
  params = {width = {1000, 1200}, mirror = {0, 1}},
  parts = {
    {"wood", "wood", color = "#5e3a20", role = "primary", names = {"wood", "body", "case", "frame", "crown"}},
    {"doors", "wood", color = "#9a683e", role = "secondary", names = {"doors", "door", "panels", "drawer"}},
    {"handles", "brass", color = "#c8a050", role = "detail", names = {"handles", "handle", "knobs", "pulls"}},
    {"mirror", "silver", color = "#dfe6ea", role = "fixed", names = {"mirror"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.width, 580, 2000
    local plinth_h = 90
    local body, fx = F.case(D, H - plinth_h - 60, W, plinth_h, 4)
    local plinth = box(D + 20, plinth_h, W + 20, 6):move(5, plinth_h / 2, 0)
    local crown = box(D + 50, 30, W + 70, 6):move(15, H - 45, 0) + box(D + 80, 30, W + 110, 8):move(30, H - 15, 0)
    local door_y0 = plinth_h + 260
    local door_h = H - 60 - door_y0 - 14
    local dw = W / 2 - 16
    local doors, handles, mirror = {}, {}, {}
    for _, s in ipairs({-1, 1}) do
      local z = s * (dw / 2 + 6)
      local y = door_y0 + door_h / 2
      doors[#doors + 1] = F.front_panel(fx, y, z, dw, door_h, 6)
      -- Raised panels (upper and lower) on each door.
      if k.p.mirror > 0.6 and s == 1 then
        mirror[#mirror + 1] = box(6, door_h * 0.8, dw * 0.72, 3):move(fx + 6, y, z)
      else
        doors[#doors + 1] = box(10, door_h * 0.5, dw * 0.72, 6):move(fx + 5, door_y0 + door_h * 0.66, z)
        doors[#doors + 1] = box(10, door_h * 0.26, dw * 0.72, 6):move(fx + 5, door_y0 + door_h * 0.2, z)
      end
      handles[#handles + 1] = limb({fx + 16, y - 90, s * 24}, {fx + 16, y + 90, s * 24}, 7)
        + limb({fx + 6, y - 80, s * 24}, {fx + 16, y - 80, s * 24}, 5) + limb({fx + 6, y + 80, s * 24}, {fx + 16, y + 80, s * 24}, 5)
    end
    local df, dk = F.drawers(fx, plinth_h + 10, door_y0 - 4, W / 2, {2}, 14, "bar", 6)
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.5)
    return (body + plinth + crown):part("wood") + (union(doors) + df):part("doors") + (union(handles) + dk):part("handles")
      + (#mirror > 0 and union(mirror):part("mirror") or empty())
  end,
}
