-- A laptop, open at about 110 degrees: a thin base with a keyboard of raised
-- keys set in a shallow well and a recessed trackpad in the palm rest, hinged
-- at the back to a thin lid whose front is a dark screen in a narrow bezel.
-- The user sits at +X.
return {
  id = "laptop",
  names = {"laptop", "notebook computer", "laptop computer", "notebook pc", "portable computer",
           "open laptop", "lap top"},
  lvis = {"laptop_computer"},
  family = "household",
  size_mm = 230,
  description = "An open laptop computer",
  params = {open = {106, 114}},
  parts = {
    {"body", "steel", color = "#c4c8ce", role = "primary", names = {"body", "case", "shell", "lid", "chassis"}},
    {"keys", "plastic", color = "#1c1c20", role = "secondary", names = {"keys", "keyboard", "keycaps"}},
    {"trackpad", "gloss", color = "#a9adb4", role = "detail", names = {"trackpad", "touchpad", "touch pad"}},
    {"screen", "gloss", color = "#141a24", role = "detail", names = {"screen", "display", "monitor"}},
    {"bezel", "plastic", color = "#18181c", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local W, D, T = 320, 222, 15      -- width (Z), depth (X), base thickness
    local x_back = -D / 2
    local base = box(D, T, W, 5):move(0, T / 2, 0)
    -- The keyboard well, the keys in it, and the trackpad in front.
    local kx0, kx1 = x_back + 22, x_back + 22 + 108   -- the well runs from the back edge forward
    local well = box(kx1 - kx0, 4, W - 28, 2):move((kx0 + kx1) / 2, T, 0)
    local pad = box(64, 3.2, 112, 3):move(D / 2 - 46, T, 0)
    base = subtract(base, well + pad)
    local touch = box(60, 1, 108, 2.5):move(D / 2 - 46, T - 1.9, 0)
    -- Six rows of keys; each row is one key repeated.
    local keys = empty()
    local rows = 6
    local pitch_x = (kx1 - kx0 - 4) / rows
    for r = 0, rows - 1 do
      local x = kx0 + 2 + pitch_x * (r + 0.5)
      local n = r == 0 and 14 or 13
      local kw = (W - 34) / n
      local kd = r == 0 and pitch_x * 0.55 or pitch_x * 0.82
      if r == rows - 1 then
        -- the bottom row: short keys either side of a long space bar
        local sk = box(kd, 2.8, kw * 0.78, 0.6)
        keys = keys + array(sk, 4, 0, 0, kw):move(x, T - 1.1, -W / 2 + 17 + kw / 2)
        keys = keys + array(sk, 4, 0, 0, kw):move(x, T - 1.1, W / 2 - 17 - kw * 3.5)
        keys = keys + box(kd, 2.8, kw * 5 - kw * 0.16, 0.6):move(x, T - 1.1, 0)
      else
        local off = (r % 2) * kw * 0.25
        local cnt = n - (r % 2)
        keys = keys + array(box(kd, 2.8, kw * 0.78, 0.6), cnt, 0, 0, kw):move(x, T - 1.1, -W / 2 + 17 + kw / 2 + off)
      end
    end
    -- The lid: hinged along the back edge and tipped back past upright.
    local LT, LH = 7, 212
    local lid = box(LT, LH, W, 4):move(LT / 2, LH / 2, 0)
    local panel = box(2, LH - 22, W - 20, 1):move(LT + 0.2, LH / 2 + 3, 0)
    local bezel = box(1.5, LH - 8, W - 8, 2):move(LT - 0.2, LH / 2 + 1, 0)
    local tilt = k.p.open - 90
    local function hinge(s) return s:rotz(tilt):move(x_back + 1, T - 2, 0) end
    local barrel = limb({x_back + 3, T - 3, -W / 2 + 30}, {x_back + 3, T - 3, W / 2 - 30}, 6)
    k.attach("top", {0, T, 0}, D * 0.6)
    return union((base + barrel + hinge(lid)):part("body"), keys:part("keys"), touch:part("trackpad"), hinge(panel):part("screen"),
                 hinge(bezel):part("bezel")):roty(-12)
  end,
}
