-- A triumphal arch (Arc de Triomphe): a massive stone block pierced by a
-- tall central arch and smaller side arches, with a cornice and attic.
local B = use and use("building")

return {
  id = "triumphal_arch",
  names = {"triumphal arch", "arc de triomphe", "arch monument", "stone arch", "archway", "memorial arch"},
  lvis = {},
  family = "buildings",
  size_mm = 50000,
  description = "A triumphal arch",
  params = {w = {300, 330}},
  parts = {
    {"stone", "stone", color = "#e2d8c2", role = "primary", names = {"stone", "walls", "arch"}},
    {"trim", "stone", color = "#c8bca4", role = "secondary", names = {"trim", "cornice", "reliefs", "attic"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local d = w * 0.5
    local h = w * 1.1
    local body = B.block(-w / 2, 0, -d / 2, w / 2, h * 0.82, d / 2)
    local cornice = B.block(-w / 2 - 8, h * 0.8, -d / 2 - 8, w / 2 + 8, h * 0.84, d / 2 + 8)
    local attic = B.block(-w / 2 + 4, h * 0.84, -d / 2 + 4, w / 2 - 4, h, d / 2 - 4) + B.block(-w / 2, h - 6, -d / 2, w / 2, h, d / 2)
    local main = B.arch_cut(0, -1, w * 0.36, h * 0.62, 0, d + 40)
    local side = B.arch_cut(0, -1, d * 0.36, h * 0.36, 0, w + 40):roty(90)
    body = body - main - side
    -- relief panels and pilasters on the front
    local reliefs = {}
    for _, sx in ipairs({-1, 1}) do
      reliefs[#reliefs + 1] = B.block(sx * w * 0.33 - w * 0.1, h * 0.3, d / 2 - 2, sx * w * 0.33 + w * 0.1, h * 0.55, d / 2 + 4, 2)
      reliefs[#reliefs + 1] = B.block(sx * w * 0.33 - w * 0.1, h * 0.3, -d / 2 - 4, sx * w * 0.33 + w * 0.1, h * 0.55, -d / 2 + 2, 2)
    end
    local band = B.block(-w / 2 - 3, h * 0.66, -d / 2 - 3, w / 2 + 3, h * 0.7, d / 2 + 3) - main - side
    local shape = body:part("stone") + (cornice + attic + union(reliefs) + band):part("trim")
    k.attach("top", {0, h, 0}, w * 0.6)
    return shape
  end,
}
