-- A troll: a hulking, hunched brute with grey-green skin, a huge nose, big
-- ears, a tuft of hair, a ragged loincloth and a wooden club. Ogres and
-- goblins are variants with their own builds.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "troll",
  names = {"troll", "cave troll", "mountain troll", "forest troll", "brute"},
  lvis = {},
  family = "creatures",
  size_mm = 2400,
  description = "A hulking troll with a club",
  parts = {
    {"skin", "skin", color = "#8a9a78", role = "primary", names = {"skin", "body"}},
    {"cloth", "leather", color = "#6a4a2e", role = "secondary", names = {"loincloth", "clothes", "rags", "vest"}},
    {"club", "wood", color = "#6a4a2e", role = "detail", names = {"club", "weapon"}},
    {"hair", "fur", color = "#3a2a1e", role = "detail", names = {"hair"}},
    {"eyes", "plastic", color = "#e8d060", role = "fixed"},
  },
  variants = {
    ogre = {names = {"ogre", "shrek"}, size_mm = 2200, colors = {skin = "#8ab050", cloth = "#7a6040"}},
    goblin = {names = {"goblin", "hobgoblin"}, size_mm = 900, colors = {skin = "#6aa040", cloth = "#5a4030"}},
    orc = {names = {"orc"}, size_mm = 2000, colors = {skin = "#5a7a40", cloth = "#3a3030"}},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local v = k.variant
    local goblin = v == "goblin"
    local spec = {
      build = goblin and "slim" or "heavy", girth = goblin and 0.85 or 1.45,
      proportions = goblin and {head = 0.1, legs = 0.48} or {legs = 0.47, head = 0.07, shoulders = 0.17, belly = 0.07, waist = 0.14},
      hair = goblin and "none" or "spiky", arms = "hold",
      map = {torso = "skin", upper_arm = "skin", forearm = "skin", thigh = "skin", shin = "skin", foot = "skin", hair = "hair"},
      face = {nose_size = goblin and 0.3 or 0.35, ears = goblin and "pointy" or true, eye_size = 0.12}, hat_lift = 0.7,
      skirt = {to = 0.7, flare = 1.25, part = "cloth"},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      if goblin then
        for _, z in ipairs({-1, 1}) do
          local base = {c[1] - hr * 0.1, c[2] + hr * 0.05, z * hr * 0.8}
          s = s + limb(base, H.add(base, {-hr * 0.3, hr * 0.35, z * hr * 1.1}), hr * 0.26, hr * 0.03):part("skin")
        end
      else
        -- Heavy brow and jutting jaw, tusks for ogres and orcs.
        s = s + ellipsoid(hr * 0.3, hr * 0.18, hr * 0.75):move(c[1] + hr * 0.75, c[2] + hr * 0.35, 0):part("skin")
        s = s + ellipsoid(hr * 0.5, hr * 0.35, hr * 0.7):move(c[1] + hr * 0.55, c[2] - hr * 0.7, 0):part("skin")
        if v == "ogre" or v == "orc" then
          for _, z in ipairs({-1, 1}) do
            s = s + cone(hr * 0.08, hr * 0.02, hr * 0.3):move(c[1] + hr * 0.95, c[2] - hr * 0.6, z * hr * 0.3):part("eyes")
          end
        end
      end
      -- A club in the right hand, resting on the shoulder, unless the
      -- prompt puts something else there ("a goblin holding a dagger").
      if not kk.holds then
        local fr = f.fistR
        local club_base = H.add(fr, {-3 * u, -4 * u, 0})
        local club_top = H.add(fr, {goblin and 6 * u or 4 * u, goblin and 26 * u or 34 * u, 2 * u})
        s = s + union(limb(club_base, club_top, 1.8 * u, goblin and 3.5 * u or 5.5 * u),
                      sphere(goblin and 4 * u or 6 * u):move(club_top)):noise(0.4 * u, 3 * u):part("club")
      end
      -- A strap of the loincloth across the chest.
      s = s + limb({f.depth, f.y_waist, -f.waist * 0.6}, {-0.5 * u, f.y_s + 1 * u, f.sw * 0.6}, 1.6 * u, 1.6 * u):part("cloth")
      return s
    end
    local shape = H.build(k, spec)
    return shape:noise(0.2 * 17.5, 5 * 17.5)
  end,
}
