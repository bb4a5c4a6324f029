-- A crocodile: a long armoured body low on short sprawling legs, a long flat
-- snout tapering to a V with a ragged row of teeth along the lip line, eyes
-- on top of the head, rows of scutes along the back and a long heavy tail.
-- The alligator is darker and heavier, with a broad rounded U-shaped snout
-- whose upper jaw hides the lower teeth; the gharial has a needle-thin snout
-- with a knob at its tip. Named with its mouth ("with its mouth open", "with
-- a pink mouth") the jaws gape, showing the mouth inside.
local R = use and use("serpent")

local species = {
  body_len = 70, body_h = 18, body_w = 26, leg_len = 24, leg_r = 7, height = 17, sprawl = 0.8,
  tail_len = 150, tail_r = 15, wave = 0.06,
  head_r = 18, head_lx = 1.2, head_ly = 0.72, head_lz = 0.95, neck_len = 6, head_up = 0,
  eye_r = 0.2, eye_x = 0.05, eye_y = 0.68, eye_z = 0.42,
  ridges = 26, ridge_rows = {-1, 1}, ridge_r = 3, ridge_h = 1.2,
  belly_h = 0.5,
  -- the rig's own snout is kept inside the head; the jaws are built below
  snout_len = 0, snout_r = 0.5,
}

-- Jaws: sl the snout's length from the front of the skull; w0/w1 its half
-- widths at the root and the tip (shape: >1 keeps it broad longer); h0/h1 its
-- half heights; knob the tip's swelling; overbite: the upper jaw hides the
-- lower teeth.
local snouts = {
  crocodile = {sl = 48, w0 = 1.0, w1 = 0.36, shape = 0.8, h0 = 0.6, h1 = 0.24, knob = 1.25, teeth = 11, overbite = false},
  alligator = {sl = 34, w0 = 1.02, w1 = 0.82, shape = 2.6, h0 = 0.5, h1 = 0.22, knob = 1.0, teeth = 10, overbite = true},
  gharial = {sl = 78, w0 = 0.62, w1 = 0.16, shape = 0.35, h0 = 0.34, h1 = 0.15, knob = 1.9, teeth = 16, overbite = false},
}

local parts = {
  {"skin", "scales", color = "#4e5e32", role = "primary", names = {"skin", "scales", "body"}},
  {"light", "scales", color = "#c8c090", role = "secondary", names = {"belly"}},
  {"crest", "scales", color = "#3a4828", role = "detail", names = {"scutes", "ridges", "spikes"}},
  {"teeth", "bone", color = "#f4f0e0", role = "detail", names = {"teeth", "fangs"}},
  {"mouth", "skin", color = "#e8aa98", role = "detail", names = {"mouth", "tongue", "gums", "inside of the mouth"}},
  {"eyes", "gloss", color = "#c8a820", role = "fixed"},
}

return {
  id = "crocodile",
  names = {"crocodile", "croc", "crocodil", "crocodille", "saltwater crocodile", "nile crocodile"},
  lvis = {"alligator"},
  family = "reptiles",
  size_mm = 450,
  description = "A crocodile",
  parts = parts,
  variants = {
    alligator = {names = {"alligator", "gator", "aligator", "alligater", "allegator", "american alligator", "caiman", "cayman"},
                 colors = {skin = "#343b2a", crest = "#272d20", light = "#bdb89a"}},
    gharial = {names = {"gharial", "gavial"}, colors = {skin = "#5e6a48", crest = "#48523a"}},
    -- "a crocodile with its mouth open": the state word picks this.
    open = {names = {"open-mouthed crocodile", "open mouthed crocodile", "snapping crocodile", "gaping crocodile"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local v = k.variant
    local sp = {}
    for key, val in pairs(species) do sp[key] = val end
    local jaw = snouts[v] or snouts.crocodile
    if v == "alligator" then
      -- Heavier all over, a broad flat head.
      sp.body_h, sp.body_w, sp.leg_r, sp.tail_r, sp.head_r, sp.head_lz = 20, 30, 8, 17, 20, 1.05
    elseif v == "gharial" then
      sp.head_r, sp.head_lz = 14, 0.9
    end
    local open = v == "open" or k.asked.mouth or k.asked.tongue or k.asked.gums
    if open then sp.head_up = 10 end
    local shape = R.lizard(k, sp, parts)

    -- The jaws, built where the rig put the head.
    local hr = sp.head_r * (k.style == "cartoon" and 1.3 or 1)
    local hc = {sp.body_len + sp.neck_len + hr * 0.4, sp.height + sp.head_up, 0}
    local x0 = hc[1] + hr * 0.2
    local len = hr * 1.05 + jaw.sl
    local cy = hc[2] - hr * 0.12
    local function half_w(t) return hr * (jaw.w0 + (jaw.w1 - jaw.w0) * t ^ jaw.shape) end
    local function half_h(t) return hr * (jaw.h0 + (jaw.h1 - jaw.h0) * t) end
    local secs = {}
    for i = 0, 8 do
      local t = i / 8
      secs[#secs + 1] = {y = len * t, rx = half_h(t), rz = half_w(t)}
    end
    -- Along +X, the top flat; a rounded end (a knob for the gharial).
    local snout = loft(secs):rotz(-90):move(x0, cy, 0)
    local tw, th = half_w(1), half_h(1)
    snout = smooth(hr * 0.1, snout,
      ellipsoid(tw * 0.9 * jaw.knob, th * jaw.knob, tw * jaw.knob):move(x0 + len, cy, 0),
      sphere(th * 0.7):move(x0 + len - tw * 0.3, cy + th * 0.75, tw * 0.35),   -- nostrils
      sphere(th * 0.7):move(x0 + len - tw * 0.3, cy + th * 0.75, -tw * 0.35))
    local ym = cy - th * 0.1                       -- the lip line
    local big = hr * 20
    local upper = intersect(snout, box(big, big, big):move(x0, ym + big / 2, 0))
    local lower = intersect(snout, box(big, big, big):move(x0, ym - big / 2, 0))
    if jaw.overbite then lower = lower:stretch(1, 1, 0.92) end

    -- Teeth along the lip line: upper ones pointing down, lower ones up.
    local up_t, low_t = {}, {}
    local n = jaw.teeth
    local tr = hr * (v == "gharial" and 0.06 or 0.085)
    for i = 0, n do
      local t = 0.04 + 0.9 * i / n
      local x = x0 + len * t
      local z = half_w(t) * 0.98
      local long = (v == "" or v == "crocodile") and i == math.floor(n * 0.72)   -- the croc's big lower tooth
      for _, s in ipairs({-1, 1}) do
        up_t[#up_t + 1] = cone(tr, tr * 0.15, tr * 3.2):rotx(180):move(x, ym + tr * 0.8, s * z)
        if not jaw.overbite or open then
          low_t[#low_t + 1] = cone(tr, tr * 0.15, tr * (long and 4.5 or 3)):move(x + len * 0.45 / n, ym - tr * 0.8, s * z * 0.96)
        end
      end
    end
    local teeth_u, teeth_l = union(table.unpack(up_t)), union(table.unpack(low_t))

    local hinge = {hc[1] - hr * 0.7, ym}
    local function swing(s, deg) return s:move(-hinge[1], -hinge[2], 0):rotz(deg):move(hinge[1], hinge[2], 0) end
    if open then
      -- Gaping: the lower jaw drops, the upper lifts; the mouth inside shows.
      local inside_u = intersect(upper:round(hr * 0.02), box(big, hr * 0.1, big):move(x0, ym, 0)):stretch(1, 1, 0.9)
      local inside_l = intersect(lower:round(hr * 0.02), box(big, hr * 0.1, big):move(x0, ym, 0)):stretch(1, 1, 0.9)
      local throat = ellipsoid(hr * 0.9, hr * 0.45, hr * 0.6):move(hc[1] + hr * 0.2, ym, 0)
      local a_up, a_dn = 20, 9
      shape = shape + swing(upper, a_up):part("skin") + swing(lower, -a_dn):part("skin")
      shape = shape + (swing(inside_u, a_up) + swing(inside_l, -a_dn) + throat):part("mouth")
      shape = shape + (swing(teeth_u, a_up) + swing(teeth_l, -a_dn)):part("teeth")
      k.attach("mouth", {hc[1] + hr * 1.6, ym, 0}, hr * 1.4)
    else
      shape = shape + (upper + lower):part("skin") + (teeth_u + teeth_l):part("teeth")
      k.attach("mouth", {x0 + len * 0.5, ym - hr * 0.3, 0}, hr * 1.4)
    end
    k.attach("face", {hc[1] + hr * 0.8, hc[2] + hr * 0.4, 0}, hr * 1.6, {1, 0, 0})
    return shape
  end,
}
