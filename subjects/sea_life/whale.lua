-- A whale: a huge streamlined body with a broad rounded head, a long pale
-- grooved throat, small flippers, a small dorsal fin and wide horizontal
-- tail flukes; a blue-grey whale by default, an orca as a variant.
-- Breaching ("running" pose): the body rising steeply out of a round patch
-- of sea, the tail still under water inside a ring of splash.
local F = use and use("fish")

local species = {
  length = 300, height = 58, width = 54, peak = 0.68, nose_blunt = 0.05, tail_pinch = 0.06, rear_fill = 1.9,
  tail = "flukes", tail_len = 60, tail_h = 80,
  dorsal = "curved", dorsal_len = 22, dorsal_h = 10, dorsal_x = -0.22,
  pec_len = 90, pec_w = 20, pec_sweep = 35, pec_out = 60, pec_x = 0.2, pec_y = 0.5, pec_tip = 0.6,
  pelvic = false, fins_blend = true,
  eye_r = 0.06, eye_x = 0.22, eye_y = -0.2, fin_t = 3,
  mouth = false, spout = true,
  marks = {{"belly", part = "light", up = 0.3}, {"hstripes", part = "body", at = {-0.45, -0.6, -0.75}, w = 0.05}},
}

local parts = {
  {"body", "skin", color = "#4a6a8a", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#c8d2da", role = "secondary", names = {"belly", "underside", "throat"}},
  {"marks", "skin", color = "#2a2424", role = "detail", names = {"mouth"}},
  {"water", "gloss", color = "#bfe4f6", role = "detail", names = {"spout", "water", "water spout", "splash", "spray", "foam"}},
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
  {"sea", "gloss", color = "#2f7fb6", role = "detail", names = {"sea", "waves", "ocean"}},
}

local BIG = 6000

-- A breach: the straight body (built without its spout) arched a little and
-- rising steeply, its flukes under a flat round patch of sea, with a crown
-- of spray where the tail comes out.
local function breach(k, body, sp)
  return F.leap(k, body, sp, {
    rear = {{-0.14 * sp.length, 12}, {-0.3 * sp.length, 14}}, front = {{0.2 * sp.length, -8}}, rise = 52,
    mid = 0.32, mid_x = 0.04, sea_r = 0.38, sea_t = 0.14, sea_x = 0.08, ripples = {0.6, 0.88},
    crown = {0.6, 0.75, 13}, head_y = 0.8, big = BIG, sea_part = "sea", splash_part = "water"})
end

return {
  id = "whale",
  names = {"whale", "blue whale", "humpback whale", "humpback", "grey whale", "gray whale", "baby whale"},
  lvis = {},
  family = "sea_life",
  size_mm = 3500,
  description = "A whale",
  parts = parts,
  variants = {
    orca = {names = {"killer whale", "orca"}, size_mm = 1800, colors = {body = "#141416", light = "#f4f4f2"}},
    beluga = {names = {"beluga", "beluga whale", "white whale", "moby dick"}, size_mm = 1000, colors = {body = "#eeeeea", light = "#f6f6f4"}},
    sperm = {names = {"sperm whale"}, colors = {body = "#5a5a60", light = "#7a7a80"}},
    narwhal = {names = {"narwhal", "narwhale", "unicorn whale"}, size_mm = 900, colors = {body = "#8a8e94", light = "#e6e8ea", water = "#f2ecdc"}},
  },
  poses = {"running"},
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local leaping = k.pose == "running"
    local function finish(shape)
      if leaping then return breach(k, shape, sp) end
      return shape
    end
    local function body()
      if leaping then
        -- no spout; the flippers spread wide, clear of the water
        sp.spout = false; sp.pec_out = -55; sp.pec_sweep = 65; sp.pec_y = 0.3
        if k.variant == "orca" then
          -- seen from below as it rises: keep the white to the belly
          local m = {{"belly", part = "light", up = -0.15}}
          for i = 2, #sp.marks do m[i] = sp.marks[i] end
          sp.marks = m
        end
      end
      return F.build(k, sp, parts)
    end
    if k.variant == "orca" then
      sp.dorsal = "shark"; sp.dorsal_h = 40; sp.dorsal_len = 30; sp.dorsal_x = 0.0; sp.length = 250; sp.nose_blunt = 0.45
      sp.eye_y = 0.05; sp.pec_len = 40; sp.pec_tip = 0.2
      sp.marks = {{"belly", part = "light", up = 0.3}, {"eye_patch", part = "light"}, {"flank", part = "light", x = -0.2, y = -0.1, l = 0.12, h = 0.3}}
    elseif k.variant == "beluga" then
      sp.dorsal = nil; sp.length = 220; sp.nose_blunt = 0.1; sp.hump = 0.15; sp.eye_y = 0.05; sp.pec_len = 30
    elseif k.variant == "narwhal" then
      sp.dorsal = nil; sp.length = 230; sp.nose_blunt = 0.2; sp.eye_y = 0.05; sp.pec_len = 30; sp.spout = false
      sp.marks = {{"belly", part = "light", up = 0.3}, {"spots", part = "marks", n = 24, r = 0.045}}
      local shape = body()
      -- the long spiralled tusk from the upper lip
      local tusk = {tube({{108, 4, 0}, {170, 15, 0}, {235, 28, 0}}, 5.5, 1.4)}
      local spiral = {}
      for i = 0, 40 do
        local t = i / 40
        local a = t * 14 * math.pi
        local r = 5.5 * (1 - t * 0.8)
        spiral[#spiral + 1] = {115 + t * 120 - r * 0.2 * math.sin(a), 6 + t * 22 + r * math.cos(a), r * math.sin(a)}
      end
      shape = shape + smooth(2, smooth(3, table.unpack(tusk)), tube(spiral, 1.2, 0.5)):part("water")
      return finish(shape)
    elseif k.variant == "sperm" then
      sp.nose_blunt = 0.0; sp.peak = 0.75; sp.hump = 0.15; sp.dorsal = "hump"; sp.dorsal_h = 6
    end
    return finish(body())
  end,
}
