-- A pyramid: a square stepped-stone pyramid of sandstone with a smooth cap.
return {
  id = "pyramid",
  names = {"pyramid", "egyptian pyramid", "great pyramid", "pyramids of giza", "stone pyramid"},
  lvis = {},
  family = "buildings",
  size_mm = 100000,
  description = "A square stone pyramid",
  params = {w = {400, 440}, steps = {14, 18}},
  parts = {
    {"stone", "stone", color = "#d8b878", role = "primary", names = {"stone", "blocks", "walls"}},
    {"cap", "gold", color = "#e0b848", role = "secondary", names = {"cap", "capstone", "top", "tip"}},
    {"door", "stone", color = "#3a3026", role = "fixed"},
  },
  variants = {
    stepped = {names = {"step pyramid", "mayan pyramid", "aztec pyramid", "ziggurat"}, colors = {stone = "#b4aa90"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local h = w * 0.64
    if k.variant == "stepped" then
      local n = 6
      local out = {}
      local sh = h * 0.75 / n
      for i = 0, n - 1 do
        local s = w * (1 - 0.8 * i / n)
        out[#out + 1] = box(s, sh, s, 2):move(0, sh * (i + 0.5), 0)
      end
      local stairs = {}
      local top_s = w * (1 - 0.8 * (n - 1) / n)
      local stair = extrude({{w / 2 + 8, 0}, {top_s / 2, h * 0.75}, {top_s / 2 - 10, h * 0.75}, {w / 2 - 20, 0}}, w * 0.16):roty(-90)
      local temple = box(top_s * 0.6, sh * 1.4, top_s * 0.6, 2):move(0, h * 0.75 + sh * 0.7, 0)
      local shape = (union(out) + stair):part("stone") + temple:part("cap")
      shape = shape + box(top_s * 0.22, sh, 6):move(0, h * 0.75 + sh * 0.5, top_s * 0.3):part("door")
      k.attach("top", {0, h * 0.75 + sh * 1.4, 0}, top_s * 0.5)
      return shape
    end
    local n = math.floor(k.p.steps + 0.5)
    local pyr = intersect(extrude({{-w / 2, 0}, {w / 2, 0}, {0, h}}, 2000), extrude({{-w / 2, 0}, {w / 2, 0}, {0, h}}, 2000):roty(90))
    -- courses of stone: shallow grooves every row
    local grooves = {}
    for i = 1, n - 1 do
      local y = h * i / n
      local s = w * (1 - i / n)
      grooves[#grooves + 1] = box(s + 10, 2.2, s + 10):move(0, y, 0) - box(s - 5, 10, s - 5):move(0, y, 0)
    end
    local body = pyr - union(grooves)
    local ch = h / n * 1.6
    local cap = intersect(pyr, box(w, ch, w):move(0, h - ch / 2, 0))
    body = body - box(w, ch, w):move(0, h - ch / 2, 0)
    local door = box(18, 24, 20):move(0, h * 0.22, w / 2 * (1 - 0.22) - 4)
    local shape = body:part("stone") + cap:part("cap") + (door * pyr:round(1.5)):part("door")
    k.attach("top", {0, h, 0}, 20)
    return shape:roty(0)
  end,
}
