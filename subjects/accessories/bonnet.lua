-- A bonnet shown as if on an invisible head: a soft cloth hood over the
-- top and back of the head, a flared brim framing the face with a ruffled
-- edge, a round crown panel at the back over a short neck curtain, and
-- ribbon ties running down from the brim's corners to a bow under the chin
-- with its tails hanging. Worn, it keeps the hood and brim above the
-- headband and the ties are left off.
return {
  id = "bonnet",
  names = {"bonnet", "sun bonnet", "sunbonnet", "baby bonnet", "pioneer bonnet", "prairie bonnet", "poke bonnet",
           "easter bonnet", "victorian bonnet", "bonet", "bonnett", "lace bonnet", "frilly bonnet", "amish bonnet",
           "quaker bonnet", "granny bonnet"},
  family = "accessories",
  size_mm = 240,
  description = "A cloth bonnet with a face-framing brim and ribbon ties under the chin",
  params = {brim = {1.38, 1.5}, tails = {0.55, 0.75}},
  parts = {
    {"bonnet", "fabric", color = "#f0c8d0", role = "primary", names = {"bonnet", "hood", "cloth", "fabric", "brim", "crown"}},
    {"ribbon", "fabric", color = "#d8587a", role = "secondary", names = {"ribbon", "ribbons", "ties", "tie", "bow", "strings",
                                                                        "laces"}},
    {"trim", "fabric", color = "#fbf6ee", role = "detail", names = {"trim", "ruffle", "ruffles", "lace", "frill", "frills",
                                                                   "edging", "lace trim"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local Rh = 90
    local worn = k.worn
    local x0 = Rh * 0.22                    -- the face opening's plane
    local bot = -Rh * 0.52                  -- the hood's lower edge at the sides
    local flare = worn and 1.18 or k.p.brim
    -- the hood: a cloth shell round the head, open at the face and below
    local outer = ellipsoid(Rh * 1.18, Rh * 1.22, Rh * 1.07):move(-Rh * 0.08, Rh * 0.02, 0)
    local cavity = ellipsoid(Rh * 1.04, Rh * 1.1, Rh * 0.94):move(-Rh * 0.04, 0, 0)
    local face = box(Rh * 3, Rh * 4, Rh * 4):move(x0 + Rh * 1.5, 0, 0):rotz(-8)
    local below = box(Rh * 4, Rh * 3, Rh * 4):move(0, bot - Rh * 1.5, 0):rotz(-10)
    local hood = subtract(outer, cavity, face, below)
    -- the brim: a flared cone of cloth round the face, its axis along +X,
    -- open under the chin
    local r0, r1, L = Rh * 1.02, Rh * flare, Rh * (worn and 0.32 or 0.5)
    local t = Rh * 0.09
    local brim = revolve({{r0, 0}, {r1, L}, {r1 - t * 0.3, L + t}, {r0 - t, t * 0.6}})
    brim = brim:stretch(1, 1, 0.93):rotz(-90):rotz(-8):move(x0 - Rh * 0.12, Rh * 0.02, 0)
    local chin = box(Rh * 4, Rh * 3, Rh * 4):move(0, bot - Rh * 1.5 + Rh * 0.08, 0):rotz(-10)
    brim = subtract(brim, chin)
    -- the ruffle round the brim's edge
    local edge = torus((r1 + Rh * 0.02), Rh * 0.06):stretch(1, 1, 0.93):rotz(90):rotz(-8)
    edge = edge:move(x0 - Rh * 0.12 + L * math.cos(math.rad(8)) + Rh * 0.02, Rh * 0.02 + L * math.sin(math.rad(8)), 0)
    local waves = {}
    for i = 0, 23 do
      waves[#waves + 1] = sphere(Rh * 0.085):move(0, r1 + Rh * 0.02, 0):rotx(i * 15)
    end
    local ruff = (edge + union(waves):stretch(1, 1, 0.93):rotz(-8)
      :move(x0 - Rh * 0.12 + L * math.cos(math.rad(8)) + Rh * 0.02, Rh * 0.02 + L * math.sin(math.rad(8)), 0))
    ruff = subtract(ruff, chin)
    -- a round crown panel on the back of the head, edged with a piping
    local piping = torus(Rh * 0.55, Rh * 0.05):rotz(90):move(-Rh * 1.17, Rh * 0.12, 0)
    piping = intersect(piping, outer:round(Rh * 0.05))
    local cloth = hood + brim
    local trim = ruff + piping
    local ribbon = empty()
    if not worn then
      -- the neck curtain: a short flared skirt round the back below the hood
      local cur = subtract(cone(Rh * 1.3, Rh * 1.08, Rh * 0.45), cone(Rh * 1.2, Rh * 0.97, Rh * 0.45):move(0, -0.5, 0))
      cur = intersect(cur:move(-Rh * 0.12, -Rh * 0.74, 0), box(Rh * 3, Rh * 3, Rh * 4):move(-Rh * 1.5 + Rh * 0.05, 0, 0))
      cloth = cloth + cur
      -- ties: from the brim's lower corners down to a bow under the chin
      local bow = {x0 + Rh * 0.18, -Rh * 1.22, 0}
      local ties = {}
      for _, s in ipairs({-1, 1}) do
        local c = {x0 - Rh * 0.02, bot + Rh * 0.12, s * Rh * 0.98}
        ties[#ties + 1] = tube({c, {c[1] + Rh * 0.06, c[2] - Rh * 0.3, s * Rh * 0.78},
                                {bow[1], bow[2] + Rh * 0.1, s * Rh * 0.15}, bow}, Rh * 0.065, Rh * 0.06)
        -- the bow's loops and the hanging tails
        local loop = torus(Rh * 0.18, Rh * 0.065):rotx(90):stretch(1, 0.7, 1):rotz(s * 20)
        ties[#ties + 1] = loop:move(bow[1] + Rh * 0.02, bow[2] + Rh * 0.02, s * Rh * 0.17)
        local tl = k.p.tails * Rh
        ties[#ties + 1] = tube({bow, {bow[1] + Rh * 0.06, bow[2] - tl * 0.5, s * Rh * 0.1},
                                {bow[1] + Rh * 0.02, bow[2] - tl, s * Rh * 0.18}}, Rh * 0.065, Rh * 0.075)
      end
      ties[#ties + 1] = sphere(Rh * 0.09):move(bow[1], bow[2], bow[3])
      ribbon = union(ties)
    else
      -- worn: the head's centre sits half a headband radius below the base
      local keep = box(Rh * 4, Rh * 3, Rh * 4):move(0, -Rh * 0.5 + Rh * 1.5, 0)
      cloth, trim = intersect(cloth, keep), intersect(trim, keep)
    end
    local out = cloth:part("bonnet") + trim:part("trim") + ribbon:part("ribbon")
    if worn then return out end
    return out:roty(-12)
  end,
}
