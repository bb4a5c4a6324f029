-- A bed: a wooden bed frame with a tall headboard and a low footboard on
-- short legs, a thick mattress, a folded-back duvet and pillows at the
-- head. The head is at -X.
local F = use("furniture")

return {
  id = "bed",
  names = {"bed", "double bed", "single bed", "queen bed", "king bed", "twin bed", "wooden bed", "bed frame",
           "bedframe", "platform bed", "bedd"},
  lvis = {"bed", "headboard"},
  family = "furniture",
  size_mm = 1000,
  description = "A bed with a headboard, mattress, duvet and pillows",
  params = {width = {1400, 1700}, posts = {0, 1}},
  parts = {
    {"frame", "wood", color = "#8a5a34", role = "primary", names = {"frame", "headboard", "footboard", "wood", "legs"}},
    {"bedding", "fabric", color = "#4a6a9a", role = "secondary", names = {"bedding", "duvet", "blanket", "quilt", "covers", "sheets", "bedspread", "comforter"}},
    {"linen", "fabric", color = "#f2f0ea", role = "detail", names = {"linen", "pillows", "pillow", "mattress", "sheet"}},
  },
  variants = {
    bunk = {names = {"bunk bed", "bunkbed", "bunk beds"}, size_mm = 1600},
  },
  points = {"top"},
  build = function(k)
    local W = k.p.width
    local L = 2050
    local bunk = k.variant == "bunk"
    if bunk then W = 950 end
    local rail_y = 300
    local mat_t = 220
    local head_h = 1000
    local foot_h = 520
    local post_r = 40
    local frame = {}
    local function deck(y0)
      local f = {}
      -- Side rails and the slatted base.
      for _, s in ipairs({-1, 1}) do
        f[#f + 1] = box(L, 160, 40, 6):move(0, y0 + rail_y - 80, s * (W / 2 + 10))
      end
      f[#f + 1] = box(L, 30, W, 4):move(0, y0 + rail_y - 140, 0)
      return union(f)
    end
    local posts = k.p.posts > 0.6 and not bunk
    local tall = bunk and 1600 or (posts and 1900 or head_h)
    for _, s in ipairs({-1, 1}) do
      local z = s * (W / 2 + 20)
      frame[#frame + 1] = F.leg(-L / 2 - 20, z, tall, post_r, post_r, posts and "turned" or "square")
      frame[#frame + 1] = F.leg(L / 2 + 20, z, bunk and tall or (posts and 1900 or foot_h), post_r, post_r, posts and "turned" or "square")
    end
    frame[#frame + 1] = deck(0)
    -- Headboard panel with an arched top; footboard panel.
    local hb = box(40, head_h - 380, W + 40, 10):move(-L / 2 - 20, 380 + (head_h - 380) / 2, 0)
    hb = hb + intersect(cylinder(W * 0.6, 40):move(0, -20, 0):rotz(90):move(-L / 2 - 20, head_h - W * 0.6 + 120, 0),
                        box(40, 400, W + 40):move(-L / 2 - 20, head_h + 100, 0))
    frame[#frame + 1] = hb
    frame[#frame + 1] = box(40, foot_h - 260, W + 40, 10):move(L / 2 + 20, 260 + (foot_h - 260) / 2, 0)
    if posts then
      for _, s in ipairs({-1, 1}) do
        frame[#frame + 1] = box(L + 40, 60, 40, 6):move(0, 1880, s * (W / 2 + 20))
      end
      frame[#frame + 1] = box(40, 60, W + 40, 6):move(L / 2 + 20, 1880, 0) + box(40, 60, W + 40, 6):move(-L / 2 - 20, 1880, 0)
    end
    local linen, bedding = {}, {}
    local function bedding_at(y0)
      local top = y0 + rail_y + mat_t - 60
      linen[#linen + 1] = box(L - 20, mat_t, W - 10, 50):move(0, y0 + rail_y - 60 + mat_t / 2, 0)
      -- Duvet covering the foot two thirds, hanging over the sides, folded back.
      local dl = L * 0.66
      local duvet = box(dl, 60, W + 60, 28):move(L / 2 - dl / 2 + 10, top + 20, 0)
      duvet = duvet + box(dl, mat_t, 30, 14):move(L / 2 - dl / 2 + 10, top - mat_t / 2 + 30, W / 2 + 20)
        + box(dl, mat_t, 30, 14):move(L / 2 - dl / 2 + 10, top - mat_t / 2 + 30, -W / 2 - 20)
      local fold = box(140, 80, W + 60, 38):move(L / 2 - dl + 60, top + 30, 0)
      bedding[#bedding + 1] = smooth(20, duvet, fold):noise(4, 160)
      local np = W > 1200 and 2 or 1
      for i = 1, np do
        local z = np == 1 and 0 or (i == 1 and -W * 0.24 or W * 0.24)
        local pw = np == 1 and W * 0.7 or W * 0.44
        linen[#linen + 1] = smooth(40, ellipsoid(170, 60, pw * 0.45), box(320, 50, pw, 24)):rotz(-15):move(-L / 2 + 210, top + 70, z)
      end
    end
    bedding_at(0)
    if bunk then
      frame[#frame + 1] = deck(1000)
      bedding_at(1000)
      -- Guard rail and a ladder on the front side (+Z).
      -- The guard rail runs from the head post to an upright on the side rail;
      -- the ladder is bolted against the side rails.
      local gy = 1000 + rail_y + mat_t + 60
      local gx0, gx1 = -L / 2 - 20, L * 0.25
      frame[#frame + 1] = box(gx1 - gx0, 40, 30, 6):move((gx0 + gx1) / 2, gy, W / 2 + 20)
      frame[#frame + 1] = box(40, gy - 1000 - rail_y + 40, 30, 6):move(gx1 - 20, (gy + 1000 + rail_y - 40) / 2, W / 2 + 20)
      for _, x in ipairs({L * 0.3, L * 0.45}) do
        frame[#frame + 1] = box(40, 1600, 40, 6):move(x, 800, W / 2 + 40)
      end
      for i = 1, 5 do
        frame[#frame + 1] = capsule({L * 0.3, i * 260, W / 2 + 40}, {L * 0.45, i * 260, W / 2 + 40}, 14)
      end
    end
    k.attach("top", {L * 0.1, rail_y + mat_t - 40, 0}, W * 0.8)
    return union(frame):part("frame") + union(bedding):part("bedding") + union(linen):part("linen")
  end,
}
