-- A piano: an upright piano is a tall glossy cabinet with a keyboard of white
-- and black keys on a ledge, a fallboard and a music stand; a grand piano has
-- a curved wing-shaped body on three legs with its lid propped open.
-- Keyboard faces +X.
local function keyboard(W, y, x0, depth)
  local white, black = {}, {}
  local n = 36
  local kw = W / n
  local pattern = {1, 1, 0, 1, 1, 1, 0}
  for i = 0, n - 1 do
    local z = -W / 2 + kw * (i + 0.5)
    white[#white + 1] = box(depth, 12, kw - 0.8, 0.6):move(x0 + depth / 2, y, z)
    if pattern[i % 7 + 1] == 1 and i < n - 1 then
      black[#black + 1] = box(depth * 0.62, 10, kw * 0.55, 0.6):move(x0 + depth * 0.31, y + 9, z + kw / 2)
    end
  end
  return union(white), union(black)
end

return {
  id = "piano",
  names = {"piano", "upright piano", "keyboard piano", "pianoforte", "paino", "pianno"},
  lvis = {"piano"},
  family = "instruments",
  size_mm = 1250,
  description = "An upright piano",
  params = {},
  parts = {
    {"cabinet", "glazed", color = "#141416", role = "primary", names = {"cabinet", "body", "case", "lid", "wood"}},
    {"keys", "plastic", color = "#f8f6f0", role = "detail", names = {"keys", "white keys", "ivory"}},
    {"black_keys", "plastic", color = "#101012", role = "fixed"},
    {"pedals", "brass", color = "#d8b040", role = "detail", names = {"pedals", "hinges", "trim"}},
    {"bench", "leather", color = "#2a1a14", role = "detail", names = {"bench", "stool", "seat"}},
  },
  variants = {
    grand = {names = {"grand piano", "baby grand", "baby grand piano", "concert grand"}, size_mm = 1000},
  },
  build = function(k)
    if k.variant == "grand" then
      local W = 1480
      -- wing outline in the XZ plane (keyboard end at x = 0, tail towards -X)
      local o = {{0, -W / 2}, {0, W / 2}, {-700, W / 2}, {-1100, W / 2 - 120}, {-1500, W * 0.05}, {-1750, -W * 0.2}, {-1850, -W / 2 + 180}, {-1800, -W / 2}}
      local body = extrude(o, 330, 10):rotx(90):move(0, 850, 0)
      local inside = extrude(o, 330, 10):rotx(90):scale(0.97):move(-20, 880, 0)
      body = subtract(body, inside)
      local lid = extrude(o, 20, 4):rotx(90):move(0, 0, -W / 2):rotx(42):move(0, 1025, W / 2)
      local prop = capsule({-900, 1015, -296}, {-900, 1700, -30}, 10)
      local legs = {}
      for _, p in ipairs({{-60, -W / 2 + 80}, {-60, W / 2 - 80}, {-1600, -W / 2 + 300}}) do
        legs[#legs + 1] = lathe({{40, 0}, {55, 80}, {45, 520}, {60, 690}}):move(p[1], 0, p[2])
      end
      local ledge = box(160, 90, W, 6):move(60, 700, 0)
      local w, b = keyboard(W - 80, 750, 0, 150)
      local stand = union(box(24, 260, 700, 4):rotz(15):move(-10, 1070, 0), box(100, 290, 720, 6):move(-10, 880, 0)) -- music desk on its rail
      local pedals = union(box(140, 10, 24, 3):move(60, 60, -40), box(140, 10, 24, 3):move(60, 60, 0), box(140, 10, 24, 3):move(60, 60, 40), box(60, 740, 120, 8):move(-30, 370, 0))
      return union(union(body, lid, union(legs), ledge, stand):part("cabinet"), prop:part("pedals"), w:part("keys"), b:part("black_keys"),
                   pedals:part("pedals"))
    end
    local W, H, D = 1480, 1250, 600
    local body = box(D * 0.55, H, W, 8):move(-D * 0.275, H / 2, 0)
    local ledge = box(D * 0.5, 80, W, 5):move(D * 0.1, 700, 0)
    local w, b = keyboard(W - 100, 746, D * 0.02, D * 0.26)
    local fall = box(60, 90, W - 60, 6):rotz(-20):move(-20, 830, 0)
    local top = box(D * 0.58, 30, W + 20, 8):move(-D * 0.26, H, 0)
    local legs = {}
    for _, z in ipairs({-W / 2 + 60, W / 2 - 60}) do
      legs[#legs + 1] = box(60, 660, 60, 10):move(D * 0.25, 330, z)
      legs[#legs + 1] = box(D * 0.5, 40, 60, 8):move(D * 0.05, 20, z)
      legs[#legs + 1] = box(D * 0.55, 90, 40, 10):move(-0.02 * D, 700, z * 1.02)
    end
    local panel = box(20, 500, W - 260, 6):move(0, 1030, 0)
    local pedals = union(box(120, 10, 24, 3):move(20, 60, -50), box(120, 10, 24, 3):move(20, 60, 0), box(120, 10, 24, 3):move(20, 60, 50))
    local shape = union(union(body, ledge, fall, top, union(legs), panel):part("cabinet"), w:part("keys"), b:part("black_keys"), pedals:part("pedals"))
    return shape
  end,
}
