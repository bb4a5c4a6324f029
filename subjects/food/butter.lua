-- Butter: a pale yellow block of butter on a white oblong butter dish
-- with a raised rim, one end cut off at a slant where some has been
-- used, the cut slice lying beside it and a small butter knife resting
-- on the dish.
return {
  id = "butter",
  names = {"butter", "stick of butter", "butter dish", "block of butter", "butter stick", "butter block", "pat of butter",
           "butter on a dish", "margarine", "slab of butter", "butter tray", "buter", "butteer"},
  lvis = {"butter"},
  family = "food",
  size_mm = 45,
  description = "A block of butter with one end cut, on a butter dish with a knife",
  params = {turn = {-12, 12}},
  parts = {
    {"butter", "food", color = "#f6dc78", role = "primary", names = {"butter", "block", "stick"}},
    {"dish", "glazed", color = "#f6f4ee", role = "secondary", names = {"dish", "plate", "tray", "butter dish"}},
    {"knife", "steel", color = "#c8ccd2", role = "detail", names = {"knife", "butter knife", "blade"}},
  },
  points = {"top"},
  build = function(k)
    -- the dish: a rounded oblong tray with a raised rim
    local DW, DD = 190, 110
    local base = box(DW, 8, DD, 4):move(0, 4, 0)
    local rim = subtract(box(DW, 16, DD, 7):move(0, 8, 0), box(DW - 14, 20, DD - 14, 5):move(0, 16.5, 0))
    local shape = union(base, rim):part("dish")
    -- the block: its right end cut off at a slant
    local BW, BH, BD = 120, 42, 56
    local block = box(BW, BH, BD, 2.5):move(-10, 7 + BH / 2, 0)
    local cut = box(80, 160, 160):rotz(40):move(-10 + BW / 2 + 22, 7 + BH + 10, 0)
    block = subtract(block, cut)
    -- the cut-off slice lying flat on the dish past the cut end
    local roll = box(24, 8, 42, 2):roty(12):move(74, 10, 4)
    shape = shape + union(block, roll):part("butter")
    -- a butter knife in front of the block, its handle up on the rim, its
    -- blade flat on the dish
    local z = 37
    local handle = capsule({-DW / 2 + 4, 20, z}, {-38, 13, z}, 5)
    local blade = box(70, 4, 14, 1.5):move(0, 9.5, z)
    shape = shape + union(handle, blade):part("knife")
    k.attach("top", {-10, 7 + BH, 0}, BW)
    return shape:roty(5 + k.p.turn)
  end,
}
