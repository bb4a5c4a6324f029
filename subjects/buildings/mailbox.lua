-- A mailbox: the rural kind — a round-topped metal box on a wooden post,
-- with a front door and a red flag on its side; a red pillar box as a variant.
local S = use and use("shapes")

return {
  id = "mailbox",
  names = {"mailbox", "mail box", "letterbox", "letter box", "rural mailbox", "postbox on a post", "mail post"},
  lvis = {"mailbox_(at_home)", "postbox_(public)"},
  family = "buildings",
  size_mm = 1200,
  description = "A mailbox on a post with a flag",
  params = {len = {170, 190}},
  parts = {
    {"box", "steel", color = "#2a4a8a", role = "primary", names = {"box", "body", "mailbox"}},
    {"post", "wood", color = "#7a5a3a", role = "secondary", names = {"post", "pole", "stand"}},
    {"flag", "paint", color = "#d42020", role = "detail", names = {"flag"}},
    {"door", "steel", color = "#b8bcc4", role = "detail", names = {"door", "handle", "slot"}},
  },
  variants = {
    pillar = {names = {"pillar box", "postbox", "post box", "royal mail box", "public mailbox", "mail drop box"},
              size_mm = 1600, colors = {box = "#c8161e", post = "#1e1e22"}},
  },
  points = {"top", "inside"},
  build = function(k)
    if k.variant == "pillar" then
      local r, h = 80, 330
      local body = cylinder(r, h) + cylinder(r + 8, 16, 3) + cylinder(r + 6, 12, 3):move(0, h - 10, 0)
      local cap = lathe(S.profile(function(t) return (r + 10) * math.sqrt(math.max(1 - t * t, 0)) + 0.5 end, r * 0.6, 10)):move(0, h, 0)
      local slot = box(r * 0.9, 10, 12, 3):move(0, h * 0.78, r - 3)
      local plate = box(r * 0.7, r * 0.5, 6, 3):move(0, h * 0.55, r - 1)
      local base = cylinder(r + 14, 20, 3)
      local shape = (body + cap):part("box") + slot:part("post") + plate:part("door") + base:part("post")
      k.attach("top", {0, h + r * 0.6, 0}, r)
      return shape
    end
    local L = k.p.len
    local w, bh = L * 0.45, L * 0.38
    local y0 = 240
    local prof = {{-w / 2, 0}, {w / 2, 0}, {w / 2, bh}}
    for i = 1, 9 do
      local a = math.pi * i / 10
      prof[#prof + 1] = {w / 2 * math.cos(a), bh + w / 2 * math.sin(a)}
    end
    prof[#prof + 1] = {-w / 2, bh}
    local body = extrude(prof, L, 2):roty(90):move(0, y0, 0)
    local door = extrude(prof, 4, 1):roty(90):move(L / 2 + 1, y0, 0)
    local handle = box(4, 8, 16, 2):move(L / 2 + 5, y0 + bh + w * 0.3, 0)
    local flag = box(8, 60, 4, 1.5):move(-L * 0.25, y0 + bh * 0.5 + 30, w / 2 + 3) + box(34, 22, 4, 1.5):move(-L * 0.25 + 16, y0 + bh * 0.5 + 50, w / 2 + 3)
    local post = box(36, y0 + 6, 36):move(0, (y0 + 6) / 2, 0) + box(L * 0.6, 10, w * 0.8):move(0, y0 - 3, 0)
    local shape = body:part("box") + (door + handle):part("door") + flag:part("flag") + post:part("post")
    k.attach("top", {0, y0 + bh + w / 2, 0}, w * 0.8)
    k.attach("inside", {0, y0 + 6, 0}, w * 0.8)
    return shape
  end,
}
