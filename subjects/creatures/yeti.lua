-- A yeti: a huge ape-like snowman of shaggy white fur with a blue-grey
-- face, long arms, big hands and feet.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "yeti",
  names = {"yeti", "abominable snowman", "snow monster", "abominable"},
  lvis = {},
  family = "creatures",
  size_mm = 2400,
  description = "A shaggy white yeti",
  parts = {
    {"fur", "fur", color = "#f2f2f0", role = "primary", names = {"fur", "body", "hair"}},
    {"skin", "skin", color = "#8a9ab0", role = "secondary", names = {"face", "skin", "hands", "feet"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
    {"teeth", "bone", color = "#f8f6ee", role = "detail", names = {"teeth", "fangs"}},
  },
  variants = {
    bigfoot = {names = {"bigfoot", "sasquatch", "skunk ape"}, colors = {fur = "#5a3e28", skin = "#3a2a20"}},
  },
  poses = {"sitting", "running"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", girth = 1.55, proportions = {legs = 0.45, head = 0.068, shoulders = 0.18, waist = 0.14, belly = 0.04, depth = 0.11},
      hair = "none", arms = "down",
      map = {head = "fur", neck = "fur", torso = "fur", upper_arm = "fur", forearm = "fur", hand = "skin",
             thigh = "fur", shin = "fur", foot = "skin", ears = "fur"},
      face = {nose = false, ears = false, eye_size = 0.11}, hat_lift = 0.8,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Bare face: muzzle and brow.
      local face = ellipsoid(hr * 0.45, hr * 0.65, hr * 0.7):move(c[1] + hr * 0.6, c[2] - hr * 0.1, 0)
      local s = face:part("skin")
      s = s + ellipsoid(hr * 0.25, hr * 0.15, hr * 0.8):move(c[1] + hr * 0.85, c[2] + hr * 0.3, 0):part("fur")
      for _, z in ipairs({-1, 1}) do
        s = s + cone(hr * 0.07, hr * 0.01, hr * 0.2):rotx(180):move(c[1] + hr * 0.95, c[2] - hr * 0.38, z * hr * 0.2):part("teeth")
      end
      -- Shaggy tufts on the shoulders, hips and a crest on the head.
      local tufts = {}
      for _, side in ipairs({"L", "R"}) do
        tufts[#tufts + 1] = sphere(f.r_upper * 1.6):move(f["s" .. side])
        tufts[#tufts + 1] = sphere(f.r_elbow * 1.5):move(H.lerp(f["e" .. side], f["w" .. side], 0.5))
      end
      tufts[#tufts + 1] = ellipsoid(hr * 0.8, hr * 0.6, hr * 0.7):move(c[1] - hr * 0.1, c[2] + hr * 0.65, 0)
      s = s + union(table.unpack(tufts)):part("fur")
      return s
    end
    local shape = H.build(k, spec)
    return shape:noise(0.35 * 17.5, 2.5 * 17.5, 2)
  end,
}
