-- A smartphone: a thin slab with well-rounded corners, its front almost all
-- dark glossy screen in a narrow border with a small camera hole at the top,
-- a grid of rounded app tiles and a dock row on the screen, side buttons on
-- the frame and a square camera bump with three lenses on the back. It
-- stands upright in portrait, leaning back on a small desk stand, the screen
-- facing +X. Held by someone, it is the phone alone.

-- A rounded rectangle w x h centred on the origin, as {x, y} points.
local function rrect(w, h, r, n)
  local pts = {}
  n = n or 5
  local cs = {{w / 2 - r, h / 2 - r, 0}, {-w / 2 + r, h / 2 - r, 90}, {-w / 2 + r, -h / 2 + r, 180}, {w / 2 - r, -h / 2 + r, 270}}
  for _, c in ipairs(cs) do
    for i = 0, n do
      local a = math.rad(c[3] + 90 * i / n)
      pts[#pts + 1] = {c[1] + r * math.cos(a), c[2] + r * math.sin(a)}
    end
  end
  return pts
end

return {
  id = "smartphone",
  names = {"smartphone", "smart phone", "mobile phone", "cell phone", "cellphone", "cellular telephone",
           "cellular phone", "mobile telephone", "touchscreen phone", "touch screen phone", "handphone",
           "smartfone", "smart fone", "cell fone", "mobile handset"},
  lvis = {"cellular_telephone"},
  family = "household",
  size_mm = 150,
  description = "A smartphone standing on a small desk stand",
  params = {lean = {15, 19}},
  parts = {
    {"body", "plastic", color = "#2a2c31", role = "primary",
     names = {"body", "case", "casing", "frame", "back", "cover", "phone case", "shell"}},
    {"screen", "gloss", color = "#121722", role = "detail", glows = true,
     names = {"screen", "display", "touchscreen", "touch screen", "glass"}},
    {"apps", "gloss", color = "#3d8bf0", role = "detail", names = {"apps", "app icons", "icons", "app tiles", "tiles"}},
    {"apps_green", "gloss", color = "#3cc46a", role = "fixed"},
    {"apps_warm", "gloss", color = "#f29a38", role = "fixed"},
    {"camera", "gloss", color = "#141416", role = "detail", names = {"camera", "cameras", "lens", "lenses", "camera bump"}},
    {"stand", "steel", color = "#b9bdc4", role = "detail", names = {"stand", "phone stand", "holder", "dock", "base"}},
  },
  points = {"top"},
  build = function(k)
    local H, W, T = 150, 72, 8.2
    local R = 10
    -- Laid out flat first: width along X, height along Y, the screen facing +Z,
    -- the phone standing on y = 0.
    local body = extrude(rrect(W - 3, H - 3, R - 1.5, 5), T, 1.5):move(0, H / 2, 0)
    local sw, sh = W - 5, H - 5
    -- The screen: a sheet set into the front, just proud of the border.
    body = subtract(body, extrude(rrect(sw, sh, R - 2.5, 5), 2, 0):move(0, H / 2, T / 2 + 0.3))
    local screen = extrude(rrect(sw, sh, R - 2.5, 5), 3, 0):move(0, H / 2, T / 2 - 1)
    local zf = T / 2 + 0.5            -- the screen's face
    -- The camera hole at the top of the screen.
    local hole = cylinder(2.2, 1.4):rotx(90):move(0, H - 8, zf - 0.2)
    -- App tiles: four columns by five rows, and a dock of four at the bottom.
    local tiles = {{}, {}, {}}
    local ts, px = 11, 15.5
    local tile = extrude(rrect(ts - 1, ts - 1, 2.5, 3), 1.4, 0.5)
    for r = 0, 4 do
      for c = 0, 3 do
        local t = tile:move((c - 1.5) * px, H - 30 - r * 17, zf)
        local g = ({1, 3, 2, 1, 2, 1, 3, 2, 3, 2, 1, 3, 2, 3, 1, 1, 1, 2, 3, 2})[r * 4 + c + 1]
        table.insert(tiles[g], t)
      end
    end
    for c = 0, 3 do
      table.insert(tiles[({2, 1, 3, 1})[c + 1]], tile:move((c - 1.5) * px, 17, zf))
    end
    -- Side buttons on the frame (+X edge here) and the camera bump on the back.
    local btns = box(2.4, 16, 3.2, 1):move(W / 2, H - 40, 0) + box(2.4, 22, 3.2, 1):move(-W / 2, H - 36, 0)
      + box(2.4, 14, 3.2, 1):move(-W / 2, H - 60, 0)
    local bump = extrude(rrect(30, 30, 8, 4), 2.4, 0):move(W / 2 - 20, H - 20, -T / 2 - 0.8)
    local lenses = empty()
    for _, p in ipairs({{-6.5, 6.5}, {-6.5, -6.5}, {6.5, 0}}) do
      lenses = lenses + cylinder(4.6, 2.6, 0.8):rotx(-90):move(W / 2 - 20 + p[1], H - 20 + p[2], -T / 2 - 1.2)
    end
    local phone = union((body + btns + bump):part("body"), (screen + hole):part("screen"),
                        union(tiles[1]):part("apps"), union(tiles[2]):part("apps_green"), union(tiles[3]):part("apps_warm"),
                        lenses:part("camera"))
    -- Turn it to face +X: the screen normal +Z goes to +X, width runs along Z.
    phone = phone:roty(90)
    if k.worn then
      k.attach("top", {0, H, 0}, W * 0.6)
      return phone:roty(-20)
    end
    -- On the stand: a base plate with a front lip, and a back rest at the same
    -- lean as the phone. The phone's bottom front edge sits behind the lip.
    local lean = k.p.lean
    local bt = 5                       -- base plate thickness
    local lipx = 16
    local placed = phone:move(-T / 2, 0, 0):rotz(lean):move(lipx - 2, bt - 0.6, 0)
    local base = box(86, bt, 64, 2):move(-22, bt / 2, 0)
    local lip = box(5, 17, 64, 2):move(2.5 - 0.8, 4.5, 0):rotz(lean):move(lipx - 2, bt - 0.6, 0)
    local rest = box(5, 92, 50, 2):move(-T - 1.7, 46, 0):rotz(lean):move(lipx - 2, bt - 1, 0)
    local stand = base + lip + rest
    local top = bt + H * math.cos(math.rad(lean))
    k.attach("top", {lipx - H * math.sin(math.rad(lean)), top, 0}, W * 0.5)
    return union(placed, stand:part("stand")):roty(-24)
  end,
}
