-- An armadillo: a high arched shell of bony armour over the whole back -- a
-- solid shoulder shield, a row of narrow movable bands across the middle and
-- a rump shield -- with short legs peeping out below, a small pointed head
-- with a long narrow snout, a little armoured cap, two upright ears, and a
-- long tapering tail wrapped in rings of armour.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 40, body_h = 18, body_w = 17, chest = 0.95, hips = 1.08, pitch = -4,
  leg_len = 9, leg_r = 3.4, leg_taper = 0.85, paw = 1.1,
  neck_len = 15, neck_angle = 12, neck_r = 8, neck_r2 = 6.5, neck_y = -0.1, neck_x = 0.8,
  head_r = 7.5, head_lx = 1.25, head_lz = 0.85, head_tilt = 0.6,
  snout_len = 15, snout_r = 3.4, snout_taper = 0.55, snout_drop = 22, nose_r = 0.55,
  ears = "cone", ear_len = 13, ear_r = 4.2, ear_flat = 0.4, ear_out = 12, ear_back = 14, ear_spread = 0.45, ear_y = 0.6,
  ear_part = "ears",
  eye_r = 0.1, eye_fwd = 0.55, eye_side = 0.75, eye_up = 0.3,
  tail = "none",
  sit_angle = 30,
}

local parts = Q.dressable({
  {"shell", "leather", color = "#8e7c6a", role = "primary", names = {"shell", "armor", "armour", "carapace", "plates", "body"}},
  {"coat", "skin", color = "#c2a08e", role = "secondary", names = {"legs", "belly", "head", "face"}},
  {"bands", "leather", color = "#66574a", role = "detail", names = {"bands", "rings", "stripes"}},
  {"ears", "skin", color = "#a8826e", role = "detail", names = {"ears"}},
  {"nose", "skin", color = "#5a4038", role = "detail", names = {"nose", "snout"}},
  {"eyes", "gloss", color = "#100c0a", role = "fixed"},
})

return {
  id = "armadillo",
  names = {"armadillo", "nine-banded armadillo", "armadilo"},
  lvis = {},
  family = "animals",
  size_mm = 200,
  description = "An armadillo with a banded shell",
  parts = parts,
  poses = {"lying"},
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local shape, R = Q.framed(k, species, parts)
    local bl, bh, bw, C = R.bl, R.bh, R.bw, R.C
    local ad = math.deg(R.a)
    -- a shape built in the body's frame, put where the body is
    local function F(s) return s:rotz(ad):move(C[1], C[2], 0) end
    local t = bh * 0.14
    -- everything of the body's skin above the shell's lower edge
    local upper = F(box(bl * 4, bh * 4, bw * 4):move(0, bh * 2 - bh * 0.55, 0))
    local hull = R.body:round(t)
    local shell = intersect(hull, upper)
    -- a lip along the lower edge, standing a little proud
    local lip = intersect(R.body:round(t * 1.6), F(box(bl * 4, bh * 0.12, bw * 4):move(0, -bh * 0.5, 0)))
    -- the movable bands across the middle: raised ribs between the shields
    local n = 9
    local x0, x1 = -bl * 0.42, bl * 0.38
    local step = (x1 - x0) / (n - 1)
    local ribs = {}
    for i = 0, n - 1 do
      ribs[#ribs + 1] = box(step * 0.5, bh * 4, bw * 4):move(x0 + i * step, 0, 0)
    end
    local bands = intersect(R.body:round(t * 1.5), upper, F(union(table.unpack(ribs))))
    -- the shields' pebbled rims where they meet the bands
    local rims = intersect(R.body:round(t * 1.9), upper,
      F(box(step * 0.5, bh * 4, bw * 4):move(x0 - step * 0.8, 0, 0) + box(step * 0.5, bh * 4, bw * 4):move(x1 + step * 0.8, 0, 0)))
    -- the armoured cap on the head, from between the ears to halfway down the snout
    local hc, hr = R.hc, R.hr
    local cap = intersect(R.head:round(0.9),
      box(hr * 2.6, hr * 3, hr * 3):rotz(-12):move(hc[1] + hr * 0.5, hc[2] + hr * 1.5 + hr * 0.12, 0))
    -- the tail: long, thick at the root, tapering to a point on the ground,
    -- ringed with armour
    local root = R.W(-bl * 0.9, -bh * 0.05, 0)
    local tl = bl * 1.05
    local tr = bh * 0.4
    local pts = {root, {root[1] - tl * 0.3, root[2] - tl * 0.12, 0}, {root[1] - tl * 0.65, math.max(tr * 0.5, root[2] - tl * 0.3), 0},
                 {root[1] - tl, tr * 0.32, 0}}
    if k.pose == "lying" then pts[4] = {root[1] - tl * 0.9, tr * 0.3, tl * 0.25} end
    local tail = tube(pts, tr, tr * 0.22)
    local nr = 9
    local tstep = tl / nr
    local tail_rings = intersect(tail:round(0.9), array(box(tstep * 0.3, tl * 3, tl * 3), nr + 1, -tstep, 0, 0):move(root[1] - tstep * 0.6, 0, 0))
    return shape + shell:part("shell") + lip:part("shell") + rims:part("shell") + bands:part("bands") + cap:part("shell")
      + smooth(tr * 0.4, tail, intersect(R.body, F(box(bl * 0.5, bh * 1.2, bw * 1.2):move(-bl * 0.8, 0, 0)))):part("shell")
      + tail_rings:part("bands")
  end,
}
