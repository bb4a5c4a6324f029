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
    {"fur", "fur", color = "#eef2f6", role = "primary", names = {"fur", "body", "hair"}},
    {"skin", "skin", color = "#8a9ab0", role = "secondary", names = {"face", "skin", "hands", "feet"}},
    {"eyes", "plastic", color = "#1a1a22", role = "fixed"},
    {"teeth", "bone", color = "#f8f6ee", role = "detail", names = {"teeth", "fangs"}},
  },
  variants = {
    bigfoot = {names = {"bigfoot", "sasquatch", "skunk ape"}, colors = {fur = "#5a3e28", skin = "#3a2a20"}},
  },
  poses = {"sitting", "running"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", girth = 1.55, proportions = {legs = 0.42, head = 0.068, shoulders = 0.17, waist = 0.15, belly = 0.05, depth = 0.12},
      hair = "none", arms = "up", head_scale = 1.0, arm_len = 1.3,
      map = {head = "fur", neck = "fur", torso = "fur", upper_arm = "fur", forearm = "fur", hand = "skin",
             thigh = "fur", shin = "fur", foot = "skin", ears = "fur"},
      face = {nose = false, ears = false, eye_size = 0.11}, hat_lift = 0.8,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Bare blue-grey face with a heavy brow, a roaring mouth and fangs.
      local face = ellipsoid(hr * 0.5, hr * 0.75, hr * 0.72):move(c[1] + hr * 0.55, c[2] - hr * 0.15, 0)
      local s = face:part("skin")
      s = s + ellipsoid(hr * 0.3, hr * 0.16, hr * 0.85):move(c[1] + hr * 0.82, c[2] + hr * 0.3, 0):part("fur")
      s = s + ellipsoid(hr * 0.2, hr * 0.22, hr * 0.38):move(c[1] + hr * 0.95, c[2] - hr * 0.45, 0):part("eyes")
      for _, z in ipairs({-1, 1}) do
        s = s + cone(hr * 0.09, hr * 0.01, hr * 0.25):rotx(180):move(c[1] + hr * 1.02, c[2] - hr * 0.26, z * hr * 0.24):part("teeth")
        s = s + cone(hr * 0.09, hr * 0.01, hr * 0.22):move(c[1] + hr * 1.0, c[2] - hr * 0.66, z * hr * 0.24):part("teeth")
      end
      -- A shaggy crest on the head and long fur hanging from the forearms.
      s = s + ellipsoid(hr * 0.85, hr * 0.55, hr * 0.8):move(c[1] - hr * 0.15, c[2] + hr * 0.7, 0):part("fur")
      for _, side in ipairs({"L", "R"}) do
        local e, w = f["e" .. side], f["w" .. side]
        s = s + limb(H.lerp(e, w, 0.2), H.add(H.lerp(e, w, 0.8), {-3 * u, -4 * u, 0}), f.r_elbow * 1.35, f.r_wrist * 1.3):part("fur")
      end
      return s
    end
    local shape = H.build(k, spec)
    return shape:noise(0.4 * 17.5, 1.1 * 17.5, 2)
  end,
}
