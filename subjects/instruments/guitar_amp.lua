-- A guitar combo amplifier: a boxy cabinet in black tolex with rounded
-- corners and pale piping round the front, a big woven grille cloth over
-- the speaker, a control panel strip across the top of the front with a row
-- of chicken-head knobs, a leather strap handle on top and little feet.
-- The player stands at +X.
return {
  id = "guitar_amp",
  names = {"guitar amplifier", "guitar amp", "amplifier", "amp", "tube amp", "tube amplifier",
           "valve amp", "valve amplifier", "combo amp", "combo amplifier", "guitar combo",
           "electric guitar amp", "electric guitar amplifier", "practice amp", "amplifer", "amplifyer",
           "guitar amplifer", "instrument amplifier"},
  lvis = {},
  family = "instruments",
  size_mm = 430,
  description = "A guitar combo amplifier with a grille-cloth front, a row of knobs and a handle on top",
  params = {width = {520, 580}, knobs = {5, 7}},
  parts = {
    {"tolex", "leather", color = "#1a1a1c", role = "primary", names = {"tolex", "cabinet", "case", "body", "box", "covering"}},
    {"grille", "fabric", color = "#c9b68c", role = "secondary", names = {"grille", "grill", "grille cloth", "grill cloth", "cloth", "fabric", "front", "speaker"}},
    {"panel", "steel", color = "#c8ccd2", role = "detail", names = {"panel", "control panel", "faceplate", "plate", "chrome"}},
    {"knobs", "plastic", color = "#141416", role = "detail", names = {"knobs", "knob", "dials", "dial", "controls", "chicken head knobs"}},
    {"piping", "plastic", color = "#efe6cf", role = "detail", names = {"piping", "trim", "edging", "beading", "welt"}},
    {"handle", "leather", color = "#2a1c14", role = "detail", names = {"handle", "strap", "leather handle"}},
    {"feet", "rubber", color = "#121214", role = "detail", names = {"feet", "foot", "corners", "corner protectors", "jewel", "light"}},
  },
  variants = {
    bass = {names = {"bass amp", "bass amplifier", "bass combo", "bass guitar amp", "bass guitar amplifier"},
            size_mm = 560, colors = {grille = "#202022"}},
  },
  points = {"top"},
  build = function(k)
    local W = k.p.width
    local H, D = 420, 250
    if k.variant == "bass" then W, H, D = 520, 560, 320 end
    local fx = D / 2
    local lift = 16                   -- feet height
    local cy = lift + H / 2
    -- the cabinet, its front opening for the grille and the control strip
    local cab = box(D, H, W, 22):move(0, cy, 0)
    local ph = 70                     -- control strip height
    local gtop = lift + H - ph - 30   -- top of the grille opening
    local gbot = lift + 30
    local gw = W - 60
    local gh = gtop - gbot
    local gyc = (gtop + gbot) / 2
    cab = subtract(cab, box(40, gh, gw, 8):move(fx, gyc, 0))
    -- the grille cloth a little behind the front
    local grille = box(30, gh + 2, gw + 2, 6):move(fx - 16, gyc, 0)
    -- pale piping round the grille opening
    local pz, pyt, pyb = gw / 2 + 3, gtop + 3, gbot - 3
    local piping = polyline({{fx + 1, pyb, -pz}, {fx + 1, pyb, pz}, {fx + 1, pyt, pz}, {fx + 1, pyt, -pz}, {fx + 1, pyb, -pz}}, 4.5)
    -- a small logo badge on the grille, upper left
    local badge = box(6, 16, 70, 3):move(fx + 1, gtop - 36, -gw / 2 + 70)
    -- the control strip across the top of the front, recessed
    local pyc = lift + H - 22 - ph / 2
    cab = subtract(cab, box(30, ph, W - 60, 6):move(fx + 4, pyc, 0))
    local panel = box(20, ph + 2, W - 58, 4):move(fx - 12, pyc, 0)
    -- chicken-head knobs in a row, pointing along +X
    local knobs = empty()
    local nk = math.floor(k.p.knobs + 0.5)
    local span = W - 170
    for i = 0, nk - 1 do
      local z = -span / 2 + 40 + i * (span - 40) / math.max(nk - 1, 1)
      local ang = k.rand(-60, 60)
      local base = cylinder(13, 8, 2)
      local head = extrude({{-11, 0}, {11, 0}, {4, 24}, {-4, 24}}, 12, 3):rotx(-90):move(0, 10, 0)
      head = head:roty(ang)
      local knob = (base + head + cylinder(7, 14, 2)):rotz(-90):move(fx - 3, pyc - 4, z)
      knobs = knobs + knob
    end
    -- a red jewel pilot light at the right end
    local jewel = sphere(9):move(fx, pyc - 4, span / 2 + 14)
    -- the leather strap handle on top, with its end caps
    local top = lift + H
    local hl = math.min(W * 0.42, 210)
    local handle = tube({{0, top + 4, -hl / 2}, {0, top + 24, -hl / 3}, {0, top + 30, 0}, {0, top + 24, hl / 3}, {0, top + 4, hl / 2}}, 9)
      :stretch(1.9, 1, 1)
    local caps = empty()
    for _, s in ipairs({-1, 1}) do
      caps = caps + box(44, 10, 36, 4):move(0, top + 2, s * hl / 2)
    end
    -- four little feet under the corners
    local feet = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        feet = feet + cylinder(18, lift + 6, 4):move(sx * (D / 2 - 34), 0, sz * (W / 2 - 50))
      end
    end
    -- chrome corner protectors on the top front corners
    local corners = empty()
    for _, sz in ipairs({-1, 1}) do
      corners = corners + sphere(19):move(fx - 14, top - 14, sz * (W / 2 - 16))
    end
    k.attach("top", {0, top, 0}, math.min(W, D) * 0.8)
    return union(cab:part("tolex"), grille:part("grille"), piping:part("piping"), badge:part("panel"),
                 panel:part("panel"), knobs:part("knobs"), jewel:part("feet"),
                 (handle + caps):part("handle"), feet:part("feet"), corners:part("panel")):roty(-20)
  end,
}
