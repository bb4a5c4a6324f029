-- A pharaoh: the striped gold-and-blue nemes headdress with a cobra on the
-- brow, a braided false beard, a broad jewelled collar, a white kilt, gold
-- armbands, and the crook held across the chest.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "pharaoh",
  names = {"pharaoh", "egyptian pharaoh", "king tut", "tutankhamun", "egyptian king"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "An Egyptian pharaoh with a nemes headdress",
  parts = {
    {"gold", "gold", color = "#e0b030", role = "primary", names = {"gold", "headdress", "nemes", "collar"}},
    {"blue", "paint", color = "#1e3a9a", role = "secondary", names = {"stripes", "blue"}},
    {"linen", "fabric", color = "#f2ece0", role = "detail", names = {"kilt", "linen", "skirt", "dress"}},
    {"skin", "skin", color = "#b87850", role = "detail", names = {"skin", "body"}},
    {"beard", "paint", color = "#1a1418", role = "detail", names = {"beard", "hair"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    queen = {names = {"cleopatra", "egyptian queen"}},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local queen = k.variant == "queen"
    local spec = {
      build = queen and "female" or "male", hair = "none",
      map = {torso = "skin", upper_arm = "skin", forearm = "skin", thigh = "skin", shin = "skin", foot = "gold", hair = "beard"},
      skirt = {to = queen and 0.02 or 0.55, flare = queen and 1.5 or 1.3, part = "linen"}, belt = "gold", cuffs = "gold",
      hat_lift = 1.2,
    }
    if queen then spec.map.torso = "linen" end
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Nemes: a cap over the head flaring into lappets over the shoulders.
      local cap = intersect(ellipsoid(hr * 1.08, hr * 1.18, hr * 1.05):move(c[1] - hr * 0.04, c[2] + hr * 0.02, 0),
                            box(hr * 4, hr * 4, hr * 4):move(c[1] - hr * 2 + hr * 0.72, c[2] + hr * 1.7, 0))
      local back = loft({
        {y = f.y_s - 6 * u, rx = hr * 0.6, rz = hr * 1.55, x = c[1] - hr * 0.35},
        {y = c[2] - hr * 0.4, rx = hr * 0.85, rz = hr * 1.25, x = c[1] - hr * 0.2},
        {y = c[2] + hr * 0.4, rx = hr * 1.0, rz = hr * 1.08, x = c[1] - hr * 0.08},
      })
      back = subtract(back, ellipsoid(hr * 0.9, hr * 1.3, hr * 0.86):move(c[1] + hr * 0.72, c[2] - hr * 0.45, 0))
      local nemes = union(cap, back)
      s = s + nemes:part("gold")
      for i = 0, 6 do
        s = s + intersect(nemes:scale(1.0):stretch(1.01, 1, 1.01), box(hr * 5, hr * 0.09, hr * 5):move(c[1], c[2] + hr * (0.9 - i * 0.32), 0)):part("blue")
      end
      -- Cobra on the brow.
      s = s + limb({c[1] + hr * 0.95, c[2] + hr * 0.45, 0}, {c[1] + hr * 1.05, c[2] + hr * 0.75, 0}, hr * 0.09, hr * 0.06):part("gold")
      -- False beard (not for the queen).
      if not queen then
        s = s + limb({c[1] + hr * 0.55, c[2] - hr * 0.85, 0}, {c[1] + hr * 0.68, c[2] - hr * 1.45, 0}, hr * 0.14, hr * 0.11):part("beard")
      end
      -- Broad collar.
      s = s + intersect(cylinder(f.sw * 0.82, 4 * u, 1 * u), box(f.Hh, f.Hh, f.Hh)):stretch(0.85, 1, 1):move(0, f.y_s - 5 * u, 0):part("gold")
      s = s + intersect(cylinder(f.sw * 0.84, 1.4 * u), box(f.Hh, f.Hh, f.Hh)):stretch(0.86, 1, 1):move(0, f.y_s - 3.8 * u, 0):part("blue")
      -- The crook across the chest in the left hand.
      local fl = f.fistL
      local top = {fl[1] + 3 * u, fl[2] + 22 * u, fl[3] + 8 * u}
      s = s + limb(H.add(fl, {0, -6 * u, 0}), top, 1 * u):part("blue")
      s = s + tube({top, H.add(top, {0, 4 * u, 0}), H.add(top, {-2 * u, 6 * u, 0}), H.add(top, {-4 * u, 4 * u, 0})}, 1 * u):part("gold")
      return s
    end
    return H.build(k, spec)
  end,
}
