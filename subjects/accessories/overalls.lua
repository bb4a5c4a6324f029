-- Bib overalls (dungarees) standing on their own legs as if worn by an
-- invisible body: denim trousers with turned-up cuffs, a square bib up the
-- chest with a stitched pocket, two shoulder straps running up over the
-- shoulders and crossing down the back to a raised back panel, metal
-- buckles hooked on buttons at the straps' front ends, buttons at the hips,
-- slanted front pockets and contrast stitching.
local G = use("garment")

local function build(k)
  local waist = 1000
  local o = {waist = waist, hem = 20, ease = 18, hem_r = 66, knee_r = 70, thigh_r = 90}
  local e = o.ease
  local body, _, seat, legs = G.trousers(o)
  -- the skin the bib, straps and back panel lie on: the body's surface
  local _, skin = G.torso({hem = waist - 200, ease = e, hollow = false})
  skin = intersect(skin, G.slab(0, 1452))
  local front, back = G.front_half(), G.front_half(true)
  local top = G.CHEST + 40                        -- the bib's top edge
  local bw = 118                                  -- half the bib's width at the top
  -- the bib: a panel up the front from the waist, a little wider at the waist
  local bib_out = {{-(bw + 22), waist - 60}, {bw + 22, waist - 60}, {bw, top}, {-bw, top}}
  local bib = G.band(skin, intersect(extrude(bib_out, 600):roty(-90), front), 11)
  -- the raised back panel the straps are sewn to
  local back_top = waist + 90
  local bp = extrude({{-170, waist - 60}, {170, waist - 60}, {120, back_top}, {-120, back_top}}, 600):roty(-90)
  local backp = G.band(skin, intersect(bp, back), 11)
  -- the straps: up from the bib's top corners, over the shoulders, crossing
  -- down the back
  local straps = empty()
  local sz = bw - 12
  for _, s in ipairs({-1, 1}) do
    local fr = intersect(G.stroke({{s * sz, top - 70}, {s * sz, 1520}}, 46), front)
    local bk = intersect(G.stroke({{s * sz, 1520}, {s * sz, 1330}, {-s * 70, back_top - 10}}, 46), back)
    straps = straps + G.band(skin, fr + bk, 8)
  end
  straps = intersect(straps, G.slab(0, 1460))
  -- the bib pocket, and one more for a pencil
  local py0, py1 = G.CHEST - 140, G.CHEST - 10
  local pocket = G.band(skin, intersect(box(300, py1 - py0, 150, 10):move(150, (py0 + py1) / 2, 0), front), 17)
  local stitch = empty()
  local function line(pts, proud, w)
    stitch = stitch + G.band(skin, intersect(G.stroke(pts, w or 6), front), proud)
  end
  -- stitching round the bib and the pocket, and down the straps
  line({{-(bw + 10), waist - 50}, {-(bw - 10), top - 12}, {bw - 10, top - 12}, {bw + 10, waist - 50}}, 14)
  line({{-64, py0 + 12}, {-64, py1 - 10}}, 20)
  line({{64, py0 + 12}, {64, py1 - 10}}, 20)
  line({{-64, py0 + 12}, {64, py0 + 12}}, 20)
  line({{-72, py1 - 20}, {72, py1 - 20}}, 20)
  -- the fly, the hips' side openings and the slanted front pockets on the
  -- trousers themselves
  local function tline(pts, w)
    stitch = stitch + G.band(seat, intersect(G.stroke(pts, w or 7), front), 3)
  end
  tline({{-30, waist - 60}, {-30, G.CROTCH + 110}, {-20, G.CROTCH + 80}, {0, G.CROTCH + 66}})
  local grooves = {}
  local seat_in = seat:shell(24)
  local metal = empty()
  for _, s in ipairs({-1, 1}) do
    local pl = {{s * 150, waist - 62}, {s * 168, waist - 130}, {s * 196, waist - 176}}
    grooves[#grooves + 1] = intersect(G.stroke(pl, 14), front, seat_in)
    tline({{s * 136, waist - 62}, {s * 154, waist - 134}, {s * 186, waist - 188}})
    -- the strap's buckle hooked over a button on the bib
    local by = top - 40
    local bx = G.front({ease = e}, by, s * sz)
    local buckle = G.band(skin, box(300, 54, 58, 8):move(150, by, s * sz), 16)
    buckle = subtract(buckle, G.band(skin, box(300, 22, 34, 4):move(150, by - 4, s * sz), 20))
    metal = metal + buckle + G.button({bx + 16, by - 4, s * sz}, 12)
    -- the side opening at the hip, closed by two buttons
    local hz = s * 178
    for _, hy in ipairs({waist - 40, waist - 110}) do
      local hx = G.front({ease = e}, hy, hz)
      local nz = s * 0.8
      metal = metal + G.button({hx + 6, hy, hz}, 12, {0.6, 0, nz})
    end
    -- rivets at the front pockets' corners
    metal = metal + sphere(9):move(G.front({ease = e}, waist - 66, s * 150) + 2, waist - 66, s * 150)
  end
  body = subtract(body, union(grooves))
  -- turned-up cuffs
  local cuffs = G.band(legs, G.slab(o.hem - 2, o.hem + 70), 10)
  stitch = stitch + G.band(legs, G.slab(o.hem + 78, o.hem + 84), 3)
  local out = body:part("body") + bib:part("body") + backp:part("body") + cuffs:part("body")
  out = out + straps:part("straps") + pocket:part("pocket") + stitch:part("stitching") + metal:part("buttons")
  return out:move(0, -o.hem, 0):roty(-24)
end

return {
  id = "overalls",
  names = {"overalls", "dungarees", "bib overalls", "denim overalls", "bib and brace overalls",
           "bib and brace", "bib pants", "bib trousers", "farmer overalls", "work overalls", "carpenter overalls",
           "denim dungarees", "overals", "dungerees", "dungries", "salopettes"},
  lvis = {"overalls_(clothing)"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1450,
  description = "A pair of denim bib overalls standing on their own legs",
  parts = {
    {"body", "fabric", color = "#3d5d8e", role = "primary",
     names = {"body", "overalls", "dungarees", "fabric", "denim", "cloth", "legs", "leg", "trousers", "pants", "bib",
              "cuffs", "cuff"}},
    {"straps", "fabric", color = "#37557f", role = "primary",
     names = {"straps", "strap", "shoulder straps", "suspenders", "braces", "bretelles"}},
    {"pocket", "fabric", color = "#37557f", role = "primary", names = {"pocket", "pockets", "bib pocket", "chest pocket"}},
    {"stitching", "fabric", color = "#d09a48", role = "detail", names = {"stitching", "stitches", "seams", "thread"}},
    {"buttons", "brass", color = "#c0a060", role = "detail",
     names = {"buttons", "button", "buckles", "buckle", "clasps", "clips", "rivets", "hardware"}},
  },
  build = build,
}
