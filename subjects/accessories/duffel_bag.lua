-- A gym duffel bag lying on its flat bottom: a long fabric barrel with round
-- end panels in a contrasting colour, a zip with a pull along the top, two
-- webbing straps wrapping round the body that rise into carry handles joined
-- by a grip, and a shoulder strap clipped to rings on the end panels.
return {
  id = "duffel_bag",
  names = {"duffel bag", "duffle bag", "duffel", "duffle", "gym bag", "sports bag", "holdall", "kit bag",
           "travel bag", "weekend bag", "weekender bag", "weekender", "sport bag", "gymbag", "dufflebag",
           "barrel bag", "overnight bag", "carryall", "carry all bag", "sea bag", "hold all"},
  lvis = {"duffel_bag"},
  family = "accessories",
  size_mm = 300,
  description = "A cylindrical gym duffel bag with end panels, carry handles, a shoulder strap and a top zip",
  params = {len = {520, 580}, r = {135, 150}},
  parts = {
    {"bag", "fabric", color = "#2a4c8c", role = "primary", names = {"bag", "body", "fabric", "canvas"}},
    {"ends", "fabric", color = "#1e1e22", role = "secondary", names = {"ends", "end panels", "end", "sides",
                                                                     "trim", "piping", "panels"}},
    {"straps", "fabric", color = "#18181c", role = "detail", names = {"straps", "strap", "handles", "handle",
                                                                    "shoulder strap", "webbing"}},
    {"zip", "steel", color = "#b8bcc2", role = "detail", names = {"zip", "zipper", "rings", "buckles",
                                                                "clips", "zip pull"}},
  },
  hangs = true,
  attach_to = {"hand", "top"},
  points = {"top"},
  build = function(k)
    local Lz, R = k.p.len, k.p.r
    local cy = R * 0.92           -- the barrel's axis; the bottom is pressed flat
    local barrel = cylinder(R, Lz, 30):rotx(90):move(0, cy, -Lz / 2)
    barrel = intersect(barrel, box(3 * R, 2 * R, Lz + 10):move(0, R, 0))
    -- round end panels with a piped rim
    local ends = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * (Lz / 2 - 4)
      local disc = cylinder(R + 3, 10, 5):rotx(90):move(0, cy, z - 5)
      disc = intersect(disc, box(3 * R, 2 * R, 40):move(0, R - 2, z))
      ends[#ends + 1] = disc
      ends[#ends + 1] = intersect(torus(R - 2, 6):rotx(90):move(0, cy, z), box(3 * R, 2 * R, 40):move(0, R + 3, z))
    end
    -- the zip down the top, between two tapes, with a pull near one end
    local top = cy + R
    local zip = {}
    local ztape = box(30, 8, Lz - 70, 3):move(0, top - 2, 0)
    zip[#zip + 1] = box(6, 6, Lz - 80, 2):move(0, top + 2, 0)
    zip[#zip + 1] = box(14, 8, 22, 3):move(0, top + 4, Lz * 0.3)
    zip[#zip + 1] = box(10, 4, 30, 2):move(0, top + 6, Lz * 0.3 + 22):rotx(-10)
    -- two webbing straps round the body, rising into the handles
    local straps = {}
    local zs = Lz * 0.2
    for _, sz in ipairs({-1, 1}) do
      local band = cylinder(R + 5, 44, 2):rotx(90):move(0, cy, sz * zs - 22)
                   - cylinder(R - 6, 60):rotx(90):move(0, cy, sz * zs - 30)
      band = intersect(band, box(3 * R, 2 * R, 60):move(0, R + 2, sz * zs))
      straps[#straps + 1] = band
    end
    -- the handles: one arch from each side of the top, meeting in a grip
    local hx = R * 0.36
    local rise = R * 0.9
    for _, sx in ipairs({-1, 1}) do
      local y0 = cy + math.sqrt(R * R - hx * hx)
      local pts = {}
      for i = 0, 10 do
        local a = math.pi * i / 10
        pts[#pts + 1] = {sx * hx * (1 - 0.75 * math.sin(a)), y0 - 4 + rise * math.sin(a) ^ 0.8, -zs * math.cos(a)}
      end
      straps[#straps + 1] = tube(pts, 8)
    end
    -- the grip wrapped round both handles at the top
    straps[#straps + 1] = capsule({-hx * 0.4, cy + R * 0.94 + rise * 0.97, 0}, {hx * 0.4, cy + R * 0.94 + rise * 0.97, 0}, 16)
      :stretch(1, 1, 3.2)
    -- the shoulder strap: from a ring on each end panel, a long slack arch
    -- leaning back behind the handles
    local ry = cy + R * 0.55
    local rings = {}
    local sp = {}
    for i = 0, 14 do
      local t = i / 14
      local a = math.pi * t
      local h = (R * 1.45) * math.sin(a) ^ 0.7
      sp[#sp + 1] = {-h * 0.6, ry + 16 + h * 0.8, -(Lz / 2 + 12) * math.cos(a)}
    end
    straps[#straps + 1] = tube(sp, 8)
    for _, sz in ipairs({-1, 1}) do
      rings[#rings + 1] = torus(12, 4):rotz(90):move(0, ry + 4, sz * (Lz / 2 + 10))
      straps[#straps + 1] = box(20, 26, 16, 4):move(0, ry - 14, sz * (Lz / 2 + 4))
    end
    k.attach("top", {0, cy + R * 0.94 + rise, 0}, 60)
    return union(barrel:part("bag"), union(ends):part("ends"), ztape:part("ends"), union(straps):part("straps"),
                 (union(zip) + union(rings)):part("zip")):roty(-20)
  end,
}
