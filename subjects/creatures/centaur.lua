-- A centaur: a horse's body and four legs with a man's torso, arms and
-- bearded head rising from the shoulders, holding a bow.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end

return {
  id = "centaur",
  names = {"centaur", "centaur archer", "horse man", "half horse half man", "centauress"},
  lvis = {},
  family = "creatures",
  size_mm = 2300,
  description = "A centaur: a man's torso on a horse's body",
  parts = {
    {"coat", "fur", color = "#8a5a36", role = "primary", names = {"coat", "body", "horse"}},
    {"skin", "skin", color = "#d8a07a", role = "secondary", names = {"skin", "torso", "arms"}},
    {"hair", "fur", color = "#3a2616", role = "detail", names = {"hair", "beard", "mane", "tail"}},
    {"hooves", "plastic", color = "#2a2220", role = "detail", names = {"hooves"}},
    {"bow", "wood", color = "#6a4a2e", role = "detail", names = {"bow", "belt", "strap"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"running"},
  points = {"head", "neck", "face", "hand", "back", "top"},
  build = function(k)
    local L, Hb, W = 330, 170, 150
    local leg = 560
    local by = leg + Hb * 0.55
    local body = ellipsoid(L, Hb, W * 0.95):move(0, by, 0)
    body = smooth(60, body, ellipsoid(L * 0.45, Hb, W * 0.95):move(-L * 0.55, by + 10, 0))
    local coat = body
    local hooves = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.62, by - Hb * 0.2, sz * W * 0.5}
        local knee = {sx * L * 0.64 + (sx > 0 and 0 or -15), leg * 0.5, sz * W * 0.5}
        local foot = {sx * L * 0.64, 40, sz * W * 0.5}
        coat = smooth(30, coat, limb(hip, knee, sx > 0 and 62 or 75, 32))
        coat = smooth(8, coat, limb(knee, foot, 30, 24))
        hooves = hooves + cylinder(32, 50, 6):move(foot[1], 0, foot[3])
      end
    end
    local shape = coat:part("coat") + hooves:part("hooves")
    shape = shape + tube({{-L * 1.05, by + Hb * 0.4, 0}, {-L * 1.3, by + 20, 0}, {-L * 1.4, by - 250, 0}}, 50, 20):noise(6, 40):part("hair")
    -- The human half: a figure cut at the hips, standing on the horse's chest.
    local spec = {
      build = "male", girth = 1.1, hair = "short", beard = "short", legs = false, turn = 0,
      map = {torso = "skin", upper_arm = "skin", forearm = "skin", hand = "skin", thigh = "coat", hair = "hair"},
    }
    local H2 = use("humanoid")
    local kk = setmetatable({pose = "", attach = function() end}, {__index = k})
    local rider = H2.build(kk, spec)
    local f = H2.last
    -- Place the figure's hips at the front of the horse, scaled to the horse.
    local sc = 0.6
    local function at(p) return {p[1] * sc + L * 0.72, p[2] * sc + by + Hb * 0.35 - f.y_hip * sc, p[3] * sc} end
    local o = at({0, 0, 0})
    shape = shape + rider:scale(sc):move(o[1], o[2], o[3])
    -- Bow in the left hand.
    local fl = at(f.fistL)
    local bow = {}
    for i = 0, 8 do
      local t = i / 8
      local a = (t - 0.5) * 2.2
      bow[#bow + 1] = {fl[1] + 4 + math.cos(a) * 40 - 40, fl[2] + math.sin(a) * 220, fl[3] - 20}
    end
    shape = shape + tube(bow, 9, 5):part("bow")
    shape = shape + limb(bow[1], bow[#bow], 2):part("hair")
    local hr = f.head_r * sc
    k.attach("head", H.add(at(f.head_c), {-3, hr * 0.5, 0}), hr * 2.4)
    k.attach("face", H.add(at(f.head_c), {hr * 0.88, hr * 0.06, 0}), hr * 1.7, {1, 0, 0})
    k.attach("hand", H.add(at(f.fistR), {0, -f.Hh * 0.035 * sc, 0}), f.Hh * 0.14 * sc)
    k.attach("back", {-L * 0.3, by + Hb * 0.95, 0}, W * 1.6)
    return shape
  end,
}
