-- A gift box (present): a wrapped box with a lid, a ribbon crossing over
-- the top and down the sides, and a looped bow on top.
return {
  id = "gift_box",
  names = {"gift box", "gift", "present", "wrapped present", "birthday present", "christmas present", "gift package",
           "giftbox", "wrapped gift", "birthday gift", "christmas gift", "presant"},
  lvis = {"gift_wrap", "box"},
  family = "household",
  size_mm = 220,
  description = "A wrapped present with a ribbon and bow",
  params = {w = {180, 240}, d = {180, 240}, h = {140, 200}},
  parts = {
    {"paper", "paper", color = "#2f62c0", role = "primary", names = {"paper", "wrapping", "box", "wrapping paper"}},
    {"ribbon", "fabric", color = "#d4202a", role = "secondary", names = {"ribbon", "bow", "ribbons"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d, h = k.p.w, k.p.d, k.p.h
    if k.outline == "square" then d = w; h = w end
    local body = box(d, h - 20, w, 3):move(0, (h - 20) / 2, 0)
    local lid = box(d + 10, 34, w + 10, 4):move(0, h - 17, 0)
    local rw = 26
    local ribbon = union(box(rw, h + 2, w + 12):move(0, h / 2, 0), box(d + 12, h + 2, rw):move(0, h / 2, 0))
    -- Bow: two loops and two tails.
    local bow = {}
    for _, s in ipairs({-1, 1}) do
      bow[#bow + 1] = torus(30, 8):stretch(1.2, 1, 0.7):rotx(90):rotz(s * 35):move(s * 34, h + 26, 0)
      bow[#bow + 1] = box(22, 4, 70, 2):rotx(12):move(s * 25, h + 2, s * 30):roty(30)
    end
    bow[#bow + 1] = sphere(16):move(0, h + 10, 0)
    k.attach("top", {0, h + 50, 0}, math.min(w, d) * 0.6)
    k.attach("inside", {0, 10, 0}, math.min(w, d) * 0.8)
    return (body + lid):part("paper") + (ribbon + union(bow)):part("ribbon")
  end,
}
