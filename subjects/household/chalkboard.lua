-- A chalkboard. The default is a free-standing classroom blackboard: a
-- dark green-black board in a wooden frame with a chalk tray along the
-- bottom holding a stick of chalk and a felt eraser, hung between two
-- wooden uprights on long T feet, with "ABC" and "1+1=2" chalked on it.
-- The easel chalkboard leans the same framed board on the ledge of a
-- three-legged A-frame easel. The sandwich board is the pavement sign: two
-- framed boards hinged together at the top and spread into an A on the
-- ground, the front one chalked "OPEN". Front faces +X; width runs along Z.

-- Chalk letters, drawn in a unit cell (x across, y up, about 0.7 x 1).
local GLYPHS = {
  A = {{{0, 0}, {0.35, 1}, {0.7, 0}}, {{0.16, 0.45}, {0.54, 0.45}}},
  B = {{{0, 0}, {0, 1}, {0.42, 1}, {0.58, 0.9}, {0.58, 0.63}, {0.42, 0.53}, {0, 0.53}},
       {{0.42, 0.53}, {0.64, 0.4}, {0.64, 0.13}, {0.46, 0}, {0, 0}}},
  C = {{{0.68, 0.85}, {0.5, 1}, {0.22, 1}, {0.03, 0.8}, {0, 0.5}, {0.03, 0.2}, {0.22, 0}, {0.5, 0}, {0.68, 0.15}}},
  E = {{{0.65, 1}, {0, 1}, {0, 0}, {0.65, 0}}, {{0, 0.52}, {0.5, 0.52}}},
  N = {{{0, 0}, {0, 1}, {0.65, 0}, {0.65, 1}}},
  O = {{{0.35, 1}, {0.08, 0.86}, {0, 0.5}, {0.08, 0.14}, {0.35, 0}, {0.62, 0.14}, {0.7, 0.5}, {0.62, 0.86}, {0.35, 1}}},
  P = {{{0, 0}, {0, 1}, {0.45, 1}, {0.64, 0.88}, {0.64, 0.6}, {0.45, 0.48}, {0, 0.48}}},
  ["1"] = {{{0.12, 0.78}, {0.38, 1}, {0.38, 0}}},
  ["2"] = {{{0.04, 0.78}, {0.2, 0.98}, {0.48, 0.98}, {0.64, 0.8}, {0.6, 0.58}, {0, 0}, {0.7, 0}}},
  ["+"] = {{{0.04, 0.45}, {0.66, 0.45}}, {{0.35, 0.14}, {0.35, 0.76}}},
  ["="] = {{{0.04, 0.3}, {0.66, 0.3}}, {{0.04, 0.62}, {0.66, 0.62}}},
}

-- Text written on a board face lying in the YZ plane at x = 0, facing +X:
-- reading left to right for someone in front means running towards -Z.
-- (u, v) is where the text's lower left corner goes: u rightwards from the
-- board's centre line, v up.
local function chalk(text, u, v, h, r)
  local strokes = {}
  local pen = u
  for i = 1, #text do
    local g = GLYPHS[text:sub(i, i)]
    if g then
      for _, line in ipairs(g) do
        local pts = {}
        for j, p in ipairs(line) do pts[j] = {0, v + p[2] * h, -(pen + p[1] * h)} end
        strokes[#strokes + 1] = polyline(pts, r)
      end
    end
    pen = pen + h * 0.95
  end
  return union(strokes)
end

-- A framed board: its face at x = 0 facing +X, the frame standing proud of
-- it, centred on z, bottom of the frame at y = 0.
local function framed(W, H, fw, fd)
  local board = box(18, H - fw, W - fw, 1):move(-9, H / 2, 0)
  local frame = subtract(box(fd, H, W, 4), box(fd + 10, H - 2 * fw, W - 2 * fw)):move(-fd / 2 + 8, H / 2, 0)
  return board, frame
end

return {
  id = "chalkboard",
  names = {"chalkboard", "blackboard", "slate board", "chalk board", "black board", "school blackboard",
           "classroom blackboard", "school chalkboard", "classroom chalkboard", "greenboard", "green board",
           "standing chalkboard", "rolling chalkboard", "chalkbord", "chalkbaord", "blackbord"},
  lvis = {"blackboard"},
  family = "household",
  size_mm = 1800,
  description = "A free-standing chalkboard in a wooden frame with a chalk tray",
  params = {lean = {10, 14}},
  parts = {
    {"board", "paint", color = "#2b3a32", role = "primary", names = {"board", "slate", "surface", "chalkboard surface"}},
    {"frame", "wood", color = "#a8743e", role = "secondary",
     names = {"frame", "wood", "stand", "legs", "feet", "easel", "tray", "chalk tray", "ledge", "hinges"}},
    {"writing", "paint", color = "#f2f1ea", role = "detail", names = {"writing", "chalk", "letters", "text", "words", "drawing"}},
    {"eraser", "fabric", color = "#3c3f48", role = "detail", names = {"eraser", "duster", "board eraser", "rubber"}},
  },
  variants = {
    easel = {names = {"easel chalkboard", "chalkboard easel", "blackboard easel", "easel blackboard",
                      "chalkboard on an easel", "blackboard on an easel", "menu board", "menu chalkboard"},
             size_mm = 1600},
    sandwich = {names = {"sandwich board", "sandwich board sign", "a frame sign", "a-frame sign", "a board sign",
                         "pavement sign", "sidewalk sign", "chalkboard sign", "cafe sign", "sandwich sign",
                         "a frame chalkboard", "a-frame chalkboard", "sidewalk chalkboard"},
                size_mm = 900},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "sandwich" then
      -- Two framed boards hinged at the top, spread into an A.
      local W, H = 560, 880
      local lean = k.p.lean
      local L = H / math.cos(math.rad(lean))
      local board, frame = framed(W, L, 44, 36)
      local text = chalk("OPEN", -W * 0.5 + 96, L * 0.56, 104, 7)
      local under = polyline({{0, L * 0.48, W * 0.5 - 100}, {0, L * 0.47, 0}, {0, L * 0.48, -W * 0.5 + 100}}, 6)
      local scrib = empty()
      for i = 0, 2 do
        local y = L * 0.36 - i * 70
        scrib = scrib + polyline({{0, y, W * 0.5 - 110}, {0, y + 6, W * 0.2}, {0, y - 4, -W * 0.1}, {0, y + 4, -W * 0.5 + 110 + i * 40}}, 5)
      end
      -- The hinged edge sits on the apex; each board leans away from it.
      local d = L * math.sin(math.rad(lean))
      local function front(s) return s:move(8, 0, 0):rotz(lean):move(d, 0, 0) end
      local function back(s) return s:move(8, 0, 0):rotz(lean):move(d, 0, 0):flip("x") end
      local hinge = cylinder(14, W - 40, 4):move(0, -(W - 40) / 2, 0):rotx(90):move(0, L * math.cos(math.rad(lean)) - 14, 0)
      local chains = polyline({{d - 70, 300, W / 2 - 30}, {0, 250, W / 2 - 30}, {-d + 70, 300, W / 2 - 30}}, 6)
        + polyline({{d - 70, 300, -W / 2 + 30}, {0, 250, -W / 2 + 30}, {-d + 70, 300, -W / 2 + 30}}, 6)
      k.attach("top", {0, H, 0}, 80)
      return union(front(board):part("board"), back(board):part("board"), front(frame):part("frame"),
                   back(frame):part("frame"), hinge:part("frame"), chains:part("frame"),
                   front(text + under + scrib):part("writing"))
    end

    local W, H = 1200, 880
    local board, frame = framed(W, H, 56, 44)
    -- The chalk tray along the bottom of the frame, a stick of chalk and an eraser in it.
    local tray = box(80, 14, W - 60, 3):move(40, 22, 0) + box(10, 30, W - 60, 3):move(76, 30, 0)
    local stick = cylinder(8, 80, 4):rotx(90):move(48, 38, -W * 0.25)
    local eraser = box(44, 26, 120, 6):move(46, 44, W * 0.22)
    local felt = box(46, 10, 122, 3):move(46, 34, W * 0.22)
    local writing = chalk("ABC", -W * 0.5 + 160, H * 0.55, 200, 8)
      + chalk("1+1=2", -W * 0.5 + 160, H * 0.18, 150, 8)
    local face = board + frame + tray

    if k.variant == "easel" then
      -- An A-frame easel of three legs with a ledge; the board stands on
      -- the ledge, leaning back against the front legs.
      local EH = 1600
      local fx = 200
      local tilt = math.deg(math.atan(fx, EH))
      local legs = {}
      for _, s in ipairs({-1, 1}) do legs[#legs + 1] = limb({0, EH, s * 60}, {fx, 0, s * 420}, 20, 17) end
      legs[#legs + 1] = limb({0, EH - 40, 0}, {-480, 0, 0}, 18, 15)
      legs[#legs + 1] = box(60, 50, 160, 4):move(0, EH - 30, 0)
      local ledgeY = 620
      local lx = fx * (1 - ledgeY / EH)
      legs[#legs + 1] = box(110, 30, 900, 4):move(lx + 40, ledgeY, 0)
      local bw, bh = 760, 900
      local b2, f2 = framed(bw, bh, 50, 40)
      local tray2 = box(60, 12, bw - 60, 3):move(30, 20, 0)
      local w2 = chalk("ABC", -bw * 0.5 + 120, bh * 0.52, 170, 7) + chalk("1+2", -bw * 0.5 + 120, bh * 0.16, 150, 7)
      local function place(s) return s:rotz(tilt):move(lx + 30, ledgeY + 12, 0) end
      local stick2 = cylinder(8, 70, 4):rotx(90):move(lx + 75, ledgeY + 24, -200)
      k.attach("top", {0, EH, 0}, 80)
      return union(union(legs):part("frame"), place(b2):part("board"), place(f2 + tray2):part("frame"),
                   place(w2):part("writing"), stick2:part("writing"))
    end

    -- The free-standing school board: two uprights on T feet with casters,
    -- a rail between them low down, the board pivoting between them.
    local by = 760
    local zp = W / 2 + 34
    local stand = {}
    for _, s in ipairs({-1, 1}) do
      local z = s * zp
      stand[#stand + 1] = box(56, by + H + 90, 56, 6):move(0, (by + H + 90) / 2 + 20, z)
      stand[#stand + 1] = box(620, 56, 60, 8):move(0, 58, z)
      stand[#stand + 1] = cylinder(22, 60, 6):move(0, -30, 0):rotx(90):move(0, by + H / 2, s * (zp - 40))
      for _, x in ipairs({-270, 270}) do
        stand[#stand + 1] = cylinder(22, 30, 4):move(x, 16, z) + sphere(20):move(x, 20, z)
      end
    end
    stand[#stand + 1] = box(44, 44, 2 * zp, 6):move(0, 300, 0)
    local function place(s) return s:move(0, by, 0) end
    k.attach("top", {0, by + H + 110, 0}, 120)
    return union(place(board):part("board"), place(frame + tray):part("frame"), union(stand):part("frame"),
                 place(writing + stick):part("writing"), place(eraser):part("frame"), place(felt):part("eraser"))
  end,
}
