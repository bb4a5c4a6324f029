-- A wheelchair: a folding tubular frame with a black sling seat and back,
-- two big spoked rear wheels with hand rims outside them, two small front
-- casters on swivel forks, padded armrests, footrests with plates, and push
-- handles with grips behind the back. Front (the footrests) faces +X.
return {
  id = "wheelchair",
  names = {"wheelchair", "wheel chair", "manual wheelchair", "wheelchiar", "weelchair", "wheelchare",
           "invalid chair", "transport chair", "hospital wheelchair"},
  lvis = {"wheelchair"},
  family = "household",
  size_mm = 920,
  description = "A wheelchair with big rear wheels, hand rims and small front casters",
  params = {seat_w = {420, 460}},
  parts = {
    {"frame", "steel", color = "#c4c8cd", role = "primary", names = {"frame", "metal", "tubes", "chrome"}},
    {"seat", "fabric", color = "#1e1f24", role = "secondary",
     names = {"seat", "back", "backrest", "upholstery", "sling", "cushion", "fabric"}},
    {"wheels", "rubber", color = "#1a1a1c", role = "detail", names = {"wheels", "wheel", "tyres", "tires", "tyre", "tire", "casters"}},
    {"rims", "steel", color = "#d8dadd", role = "detail", names = {"rims", "hand rims", "handrims", "spokes", "hubs"}},
    {"armrests", "plastic", color = "#26272b", role = "detail",
     names = {"armrests", "armrest", "arm rests", "arms", "grips", "handles", "push handles", "footrests", "foot rests", "foot plates"}},
  },
  points = {"seat", "top", "back"},
  build = function(k)
    local hw = k.p.seat_w / 2          -- half the seat width (Z)
    local sy = 480                     -- seat height
    local sx0, sx1 = -200, 210         -- seat from back to front (X)
    local R = 300                      -- rear wheel radius
    local ax = -150                    -- rear axle x
    local wz = hw + 42                 -- rear wheel plane
    local tr = 14                      -- frame tube radius
    local frame, seat, wheels, rims, pads = {}, {}, {}, {}, {}
    local function tube_(a, b, r) frame[#frame + 1] = capsule(a, b, r or tr) end
    for _, s in ipairs({-1, 1}) do
      local z = s * hw
      -- side frame: seat rail, front post, bottom rail, back post
      tube_({sx1, sy, z}, {sx0 - 20, sy, z})
      tube_({sx1, sy, z}, {sx1 + 20, 200, z})
      tube_({sx1 + 20, 200, z}, {ax, 230, z})
      tube_({ax, 230, z}, {ax, sy, z})
      local top = {sx0 - 55, sy + 420, z}
      tube_({sx0 - 20, sy - 30, z}, top)
      tube_({ax, R, z}, {ax, R, s * (wz + 10)}, 12) -- axle
      tube_({ax, R, z}, {sx0 - 20, sy - 30, z}, 12)
      -- push handle bending back, with a black grip
      local h1 = {sx0 - 110, sy + 430, z}
      tube_(top, h1, 12)
      pads[#pads + 1] = capsule({sx0 - 85, sy + 428, z}, {sx0 - 150, sy + 436, z}, 17)
      -- armrest: two posts and a padded bar
      tube_({ax + 20, sy, z}, {ax + 20, sy + 210, z}, 11)
      tube_({sx1 - 60, sy, z}, {sx1 - 60, sy + 210, z}, 11)
      pads[#pads + 1] = box(330, 34, 56, 14):move((ax + sx1 - 40) / 2, sy + 222, z)
      -- footrest hanger running down and forward to a plate
      local fz = s * (hw - 20)
      tube_({sx1, sy - 10, z}, {sx1 + 130, 150, fz}, 12)
      pads[#pads + 1] = box(150, 14, 170, 4):move(sx1 + 165, 140, s * (hw - 95))
      tube_({sx1 + 120, 150, fz}, {sx1 + 150, 146, fz}, 12)
      -- caster: a swivel stem, a fork and a small solid wheel
      local cx, cr, cz = sx1 + 30, 72, s * (hw - 10)
      tube_({cx, 200, z}, {cx, 240, z}, 17)
      tube_({cx, 200, cz}, {cx, 182, cz}, 12)
      local fork = {}
      for _, f in ipairs({-1, 1}) do
        fork[#fork + 1] = box(36, 112, 8, 3):move(cx - 14, cr + 52, cz + f * 20)
      end
      frame[#frame + 1] = box(44, 14, 48, 4):move(cx - 6, 180, cz) + union(fork)
      wheels[#wheels + 1] = cylinder(cr, 26, 8):move(0, -13, 0):rotx(90):move(cx - 24, cr, cz)
      rims[#rims + 1] = cylinder(cr * 0.5, 44, 3):move(0, -22, 0):rotx(90):move(cx - 24, cr, cz)
      -- big rear wheel: tyre, rim, spokes, hub, and the hand rim outside
      local c = {ax, R, s * wz}
      local wheel = torus(R - 16, 16):rotx(90):move(c[1], c[2], c[3])
      wheels[#wheels + 1] = wheel
      local rim = {torus(R - 34, 9):rotx(90), cylinder(36, 64, 4):move(0, -32, 0):rotx(90)}
      for i = 0, 11 do
        local a = math.rad(i * 30 + 7)
        local p = {(R - 36) * math.cos(a), (R - 36) * math.sin(a), 0}
        rim[#rim + 1] = capsule({0, 0, s * ((i % 2) * 2 - 1) * 14}, p, 7)
      end
      local hz = s * 32
      rim[#rim + 1] = torus(R - 40, 10):rotx(90):move(0, 0, hz)
      for i = 0, 5 do
        local a = math.rad(i * 60 + 20)
        local ca, sa = math.cos(a), math.sin(a)
        rim[#rim + 1] = capsule({(R - 40) * ca, (R - 40) * sa, 0}, {(R - 40) * ca, (R - 40) * sa, hz}, 8)
      end
      rims[#rims + 1] = union(rim):move(c[1], c[2], c[3])
    end
    -- the folding cross brace under the seat
    tube_({ax + 60, 250, -hw}, {ax + 60, sy - 10, hw}, 12)
    tube_({ax + 60, 250, hw}, {ax + 60, sy - 10, -hw}, 12)
    tube_({ax + 60, 250, -hw}, {ax + 60, 250, hw}, 11)
    -- sling seat sagging a little, and the sling back between the posts
    seat[#seat + 1] = smooth(20, box(sx1 - sx0 + 10, 26, 2 * hw, 10):move((sx0 + sx1) / 2, sy + 4, 0),
                             ellipsoid((sx1 - sx0) * 0.42, 22, hw * 0.8):move((sx0 + sx1) / 2, sy + 4, 0))
    local back = box(24, 340, 2 * hw, 8):move(0, 170, 0):rotz(5):move(sx0 - 30, sy + 60, 0)
    seat[#seat + 1] = back
    k.attach("seat", {(sx0 + sx1) / 2 + 20, sy + 20, 0}, 2 * hw * 0.8)
    k.attach("back", {sx0 - 50, sy + 420, 0}, 2 * hw * 0.8)
    k.attach("top", {(sx0 + sx1) / 2 + 20, sy + 20, 0}, 2 * hw * 0.8)
    return union(frame):part("frame") + union(seat):part("seat") + union(wheels):part("wheels")
      + union(rims):part("rims") + union(pads):part("armrests")
  end,
}
