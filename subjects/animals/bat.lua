-- A bat: a small furry body with big pointed ears and a pug face, and wide
-- leathery wings spread on long finger bones, scalloped between the fingers.

return {
  id = "bat",
  names = {"bat", "fruit bat", "vampire bat", "flying fox", "bat animal", "little bat"},
  lvis = {"bat_(animal)"},
  family = "animals",
  size_mm = 60,
  description = "A bat with spread wings",
  parts = {
    {"fur", "fur", color = "#4a3a30", role = "primary", names = {"fur", "body"}},
    {"wings", "leather", color = "#5a4440", role = "secondary", names = {"wings", "wing"}},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local soft = k.soft
    local body = ellipsoid(16, 12, 11):move(0, 40, 0)
    local head_c = {20, 48, 0}
    local hr = k.style == "cartoon" and 13 or 10
    local head = sphere(hr):move(head_c[1], head_c[2], head_c[3])
    local snout = ellipsoid(5, 4, 5):move(head_c[1] + hr * 0.9, head_c[2] - 2, 0)
    local fur = smooth(5 * soft, body, head, snout)
    for _, sz in ipairs({-1, 1}) do
      fur = smooth(2, fur, cone(7, 0.8, 20):stretch(0.5, 1, 1):rotx(sz * 22):rotz(8):move(head_c[1] - 2, head_c[2] + hr * 0.6, sz * hr * 0.5))
    end
    -- wings: span along Z, a membrane outline with scallops, on finger bones
    local span, chord = 85, 40
    local wings, bones = {}, {}
    local t = 3.2
    for _, sz in ipairs({-1, 1}) do
      local o = {{10, 0}, {16, span * 0.35}, {14, span * 0.7}, {4, span}, {-4, span * 0.82}, {-10, span * 0.86}, {-14, span * 0.6},
                 {-22, span * 0.62}, {-22, span * 0.35}, {-30, span * 0.3}, {-22, 0}}
      local w = extrude(o, t, t * 0.4):rotx(sz * 90):rotx(-sz * 8)
      wings[#wings + 1] = w:move(0, 44, sz * 6)
      local base = {4, 44, sz * 6}
      for _, f in ipairs({{4, 1.0}, {-4, 0.84}, {-14, 0.62}, {-22, 0.36}}) do
        local tipp = {f[1], 44 + span * f[2] * math.sin(math.rad(8)), sz * (6 + span * f[2] * math.cos(math.rad(8)))}
        bones[#bones + 1] = limb(base, tipp, 1.6, 0.9)
      end
    end
    local shape = fur:part("fur") + union(table.unpack(wings)):part("wings") + union(table.unpack(bones)):part("fur")
    for _, sz in ipairs({-1, 1}) do
      shape = shape + sphere(hr * 0.18):move(head_c[1] + hr * 0.75, head_c[2] + hr * 0.25, sz * hr * 0.45):part("eyes")
      shape = shape + limb({-8, 32, sz * 5}, {-12, 24, sz * 6}, 2, 1.4):part("fur")
    end
    k.attach("head", {head_c[1], head_c[2] + hr, 0}, hr * 1.8)
    k.attach("back", {0, 52, 0}, 24)
    k.attach("face", {head_c[1] + hr * 0.9, head_c[2] + 2, 0}, hr * 1.6, {1, 0, 0})
    return shape
  end,
}
