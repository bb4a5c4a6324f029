-- A doormat: a thick rectangular coir mat, bristly brown, with a dark
-- border band and the word WELCOME in raised blocky dark letters across it,
-- reading from the doorstep side (+X). The bath mat is a soft, plush pale
-- blue mat with well rounded corners and no letters; the place mat is a
-- thin woven table mat with a fringe at both short ends.

-- Blocky letters on a 4 x 6 grid, as rectangles {u0, v0, u1, v1}.
local GLYPHS = {
  W = {{0, 0, 1, 6}, {3, 0, 4, 6}, {1.5, 0, 2.5, 3.5}, {0, 0, 4, 1}},
  E = {{0, 0, 1, 6}, {0, 5, 4, 6}, {0, 2.5, 3.2, 3.5}, {0, 0, 4, 1}},
  L = {{0, 0, 1, 6}, {0, 0, 4, 1}},
  C = {{0, 0, 1, 6}, {0, 5, 4, 6}, {0, 0, 4, 1}},
  O = {{0, 0, 1, 6}, {3, 0, 4, 6}, {0, 5, 4, 6}, {0, 0, 4, 1}},
  M = {{0, 0, 1, 6}, {3, 0, 4, 6}, {0, 5, 4, 6}, {1.5, 2, 2.5, 6}},
}

-- A word of raised letters lying on y = y0, `u` mm to a grid unit, centred
-- at the origin, reading towards -Z for someone standing at +X.
local function word(text, u, y0, h)
  local n = #text
  local step = 5.2 * u
  local total = n * 4 * u + (n - 1) * 1.2 * u
  local out = {}
  for i = 1, n do
    local g = GLYPHS[text:sub(i, i)]
    local left = -total / 2 + (i - 1) * step
    for _, r in ipairs(g) do
      local du, dv = (r[3] - r[1]) * u, (r[4] - r[2]) * u
      local cu, cv = left + (r[1] + r[3]) / 2 * u, (r[2] + r[4]) / 2 * u - 3 * u
      out[#out + 1] = box(dv, h, du):move(-cv, y0 + h / 2, -cu)
    end
  end
  return union(out)
end

return {
  id = "doormat",
  names = {"doormat", "door mat", "welcome mat", "coir mat", "coconut mat", "entrance mat", "front door mat",
           "welcome doormat", "coir doormat", "doormatt", "dormat", "door matt"},
  lvis = {"doormat", "bath_mat", "place_mat"},
  family = "household",
  size_mm = 26,
  description = "A thick coir doormat with a dark border and the word WELCOME",
  params = {w = {720, 780}, d = {420, 460}},
  parts = {
    {"mat", "fabric", color = "#b98a4c", role = "primary", names = {"mat", "coir", "bristles", "field", "body", "pile"}},
    {"border", "fabric", color = "#3a2a1c", role = "secondary", names = {"border", "edge", "edges", "frame", "rim"}},
    {"letters", "fabric", color = "#2e2218", role = "detail",
     names = {"letters", "lettering", "text", "writing", "word", "words", "welcome", "sign"}},
    {"fringe", "fabric", color = "#e8dcc2", role = "detail", names = {"fringe", "fringes", "tassels"}},
  },
  variants = {
    bath = {names = {"bath mat", "bathmat", "bath rug", "bathroom mat", "shower mat", "bathroom rug", "bath carpet"},
            size_mm = 26, colors = {mat = "#a9d0e8", border = "#a9d0e8"}},
    place = {names = {"place mat", "placemat", "table mat", "dinner mat", "dining mat", "woven placemat",
                      "place setting mat"},
             size_mm = 8, colors = {mat = "#d2b98a", border = "#b89a66", fringe = "#d8c49a"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    if v == "bath" then
      -- A plush mat with well rounded corners: a soft slab and a pile of
      -- plump ribs along its length, softly blended, a plain band round
      -- the edge.
      local W, D, t = 800, 500, 14
      local corner = 110
      local plan = box(D - 2 * corner, 400, W - 2 * corner):round(corner)
      local mat = smooth_int(plan, box(D + 40, t, W + 40):move(0, t / 2, 0), 6)
      local n = 9
      local pitch = (D - 110) / (n - 1)
      local rib = capsule({0, t + 3, -(W / 2 - 95)}, {0, t + 3, W / 2 - 95}, 15)
      local ribs = array(rib, n, pitch, 0, 0):move(-(D - 110) / 2, 0, 0)
      mat = smooth(5, mat, ribs):noise(0.8, 8, 2)
      k.attach("top", {0, t + 10, 0}, D * 0.8)
      return mat:part("mat"):roty(-20)
    end
    if v == "place" then
      -- A thin woven mat: raised ribs of the weave running across it, a
      -- plain woven band near each end and a fringe of strands beyond.
      local W, D, t = 450, 320, 6
      local mat = box(D, t, W, 1.5):move(0, t / 2, 0)
      local n = 20
      local pitch = (W - 90) / (n - 1)
      local rib = capsule({-(D / 2 - 10), t, 0}, {D / 2 - 10, t, 0}, 4.5)
      local ribs = array(rib, n, 0, 0, pitch):move(0, -1.5, -(W - 90) / 2)
      local bands = {}
      for _, s in ipairs({-1, 1}) do
        bands[#bands + 1] = box(D - 12, t + 2, 18, 2):move(0, (t + 2) / 2, s * (W / 2 - 22))
      end
      local fr = {}
      for _, s in ipairs({-1, 1}) do
        local strand = capsule({0, 3.6, s * (W / 2 - 8)}, {0, 3.4, s * (W / 2 + 30)}, 3.6)
        fr[#fr + 1] = array(strand, 30, (D - 24) / 29, 0, 0):move(-(D - 24) / 2, 0, 0)
      end
      k.attach("top", {0, t, 0}, D * 0.8)
      return union((mat + ribs):part("mat"), union(bands):part("border"), union(fr):part("fringe")):roty(-20)
    end
    -- The coir doormat.
    local W, D, t = k.p.w, k.p.d, 22
    local field = box(D, t, W, 2):move(0, t / 2, 0):noise(0.9, 7, 2)
    -- a dark border band, a little proud of the bristles
    local bw = 34
    local border = subtract(box(D + 1, t + 2, W + 1, 3), box(D - 2 * bw, t + 10, W - 2 * bw)):move(0, (t + 2) / 2, 0)
    -- WELCOME in raised letters across the middle
    local u = math.min((W - 2 * bw - 60) / 35.2, (D - 2 * bw - 80) / 6)
    local letters = word("WELCOME", u, t - 2, 6)
    field = intersect(field, box(D - 2 * bw + 6, t + 10, W - 2 * bw + 6):move(0, t / 2, 0))
    k.attach("top", {0, t, 0}, D * 0.8)
    return union(field:part("mat"), border:part("border"), letters:part("letters")):roty(-20)
  end,
}
