-- A table tennis table: a long dark blue top with a white edge line all round
-- and a white centre line, a black net with a white top band across the
-- middle on clamp posts, on the folding steel undercarriage of the two
-- halves with wheeled legs and braces; the folded variant stands one half up.
return {
  id = "ping_pong_table",
  names = {"ping pong table", "table tennis table", "pingpong table", "ping-pong table", "table-tennis table",
           "ping pong tabel", "tabletennis table"},
  lvis = {"table-tennis_table"},
  family = "sports",
  size_mm = 760,
  description = "A table tennis table with a net",
  params = {},
  parts = {
    {"top", "paint", color = "#1c3f7a", role = "primary", names = {"top", "tabletop", "surface", "table top"}},
    {"lines", "paint", color = "#f4f4f2", role = "detail", names = {"lines", "line", "stripes", "markings"}},
    {"net", "fabric", color = "#1a1a1e", role = "detail", names = {"net", "mesh"}},
    {"frame", "steel", color = "#2a2a2e", role = "secondary", names = {"frame", "legs", "base", "undercarriage", "wheels", "posts"}},
  },
  variants = {
    folded = {names = {"folded ping pong table", "folded table tennis table", "ping pong table folded up"}, size_mm = 2130},
  },
  points = {"top"},
  build = function(k)
    local L, W, T = 2740, 1525, 30
    local Y = 760
    local folded = k.variant == "folded"
    -- one half of the top, from the net (x = 0) to the end (x = +L/2), its
    -- playing surface at y = 0, with its lines and the apron below it
    local function half()
      local top = box(L / 2 - 6, T, W, 3):move(L / 4 + 3, -T / 2, 0)
      local lw = 40
      -- white lines along the edges and down the middle, a little proud
      local lines = union(
        box(L / 2 - 28, 10, lw):move(L / 4 + 3, -2, W / 2 - lw / 2 - 12), box(L / 2 - 28, 10, lw):move(L / 4 + 3, -2, -W / 2 + lw / 2 + 12),
        box(lw, 10, W - 24):move(L / 2 - lw / 2 - 12, -2, 0), box(L / 2 - 6, 10, 22):move(L / 4 + 3, -2, 0))
      local apron = subtract(box(L / 2 - 120, 60, W - 120, 4), box(L / 2 - 200, 80, W - 200)):move(L / 4 + 3, -T - 28, 0)
      return top, lines, apron
    end
    -- the undercarriage of one half (absolute): a wheeled leg frame near the
    -- middle, braces up to the far end of the top
    local lx, lz = 430, W / 2 - 82
    local function legs(braced)
      local parts = {}
      local ty = Y - T - 12
      for _, s in ipairs({-1, 1}) do
        local z = s * lz
        parts[#parts + 1] = capsule({lx, ty, z}, {lx, 95, z}, 24)
        if braced then parts[#parts + 1] = capsule({lx, 330, z}, {L / 2 - 260, ty, z}, 16) end
        parts[#parts + 1] = capsule({lx - 90, 95, z}, {lx + 90, 95, z}, 22)
        for _, dx in ipairs({-90, 90}) do
          parts[#parts + 1] = cylinder(46, 34, 6):rotx(90):move(lx + dx, 50, z + 17)
        end
      end
      parts[#parts + 1] = capsule({lx, 140, -lz}, {lx, 140, lz}, 20)
      parts[#parts + 1] = capsule({lx, ty - 20, -lz}, {lx, ty - 20, lz}, 18)
      return union(parts)
    end
    local tops, lines, frame = {}, {}, {}
    local top, ln, apron = half()
    local flat = function(s) return s:move(0, Y, 0) end
    -- the near half lies flat
    tops[#tops + 1] = flat(top); lines[#lines + 1] = flat(ln); frame[#frame + 1] = flat(apron)
    local far
    if folded then
      -- the far half stands up on its hinge, its surface facing the near half
      far = function(s) return s:rotz(90):roty(180):move(-8, Y, 0) end
      -- the hinge blocks joining the upright half to the frame
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = box(70, 90, 120, 8):move(-T / 2 - 8, Y, sz * (W / 2 - 200))
      end
    else
      far = function(s) return s:roty(180):move(0, Y, 0) end
    end
    tops[#tops + 1] = far(top); lines[#lines + 1] = far(ln); frame[#frame + 1] = far(apron)
    frame[#frame + 1] = legs(true)
    frame[#frame + 1] = legs(not folded):roty(180)
    -- the hinge bar under the middle, and side rails joining the two leg frames
    frame[#frame + 1] = box(90, 70, 2 * lz + 40, 6):move(-10, Y - T - 25, 0)
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = capsule({-lx, Y - T - 30, sz * lz}, {lx, Y - T - 30, sz * lz}, 16)
    end
    if not folded then
      local nh, over = 152, 150
      local mesh = box(30, nh, W + 2 * over, 4):move(0, Y + nh / 2, 0)
      local band = box(36, 26, W + 2 * over, 4):move(0, Y + nh - 8, 0)
      local posts = {}
      for _, s in ipairs({-1, 1}) do
        posts[#posts + 1] = union(box(40, nh + 30, 34, 4):move(0, Y + nh / 2 - 10, s * (W / 2 + over + 12)),
                                  box(90, 34, 120, 5):move(0, Y - 16, s * (W / 2 + over - 40)))
      end
      frame[#frame + 1] = union(posts)
      tops[#tops + 1] = empty()
      lines[#lines + 1] = band
      k.attach("top", {L / 4, Y, 0}, W * 0.3)
      return union(union(tops):part("top"), union(lines):part("lines"), mesh:part("net"), union(frame):part("frame")):roty(-20)
    end
    k.attach("top", {L / 4, Y, 0}, W * 0.3)
    return union(union(tops):part("top"), union(lines):part("lines"), union(frame):part("frame")):roty(-20)
  end,
}
