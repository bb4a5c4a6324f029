-- An urn: a wide-bellied vessel with a broad neck and flared mouth on a
-- stemmed pedestal foot, with two scroll handles and a domed lid.
local V = use("vessel")

return {
  id = "urn",
  names = {"urn", "funeral urn", "cremation urn", "garden urn", "greek urn", "ern"},
  lvis = {"urn"},
  family = "vessels",
  size_mm = 300,
  description = "An urn on a pedestal foot with two handles",
  params = {belly = {70, 85}, neck = {35, 45}, lidded = {0, 1}},
  parts = {
    {"body", "stone", color = "#b8b2a6", role = "primary", names = {"body"}},
    {"trim", "stone", color = "#a49c8e", role = "secondary", names = {"trim", "foot", "handles", "lid", "rim"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local h = 210
    local belly, neck = k.p.belly * 1.12, k.p.neck
    local lip = neck * 1.4
    local prof = V.keyed({{0, 34}, {0.18, 30}, {0.5, belly}, {0.82, neck}, {1, lip}}, h, 28)
    -- Raise the body onto a pedestal.
    local lift = 70
    for _, p in ipairs(prof) do p[2] = p[2] + lift end
    -- A lidded urn is solid: a hollow closed by the lid would be a loose inner skin.
    local body = (k.p.lidded > 0.5 and lathe(prof) or V.solid_vessel(prof, 7, h * 0.45)):part("body")
    local foot = lathe({{62, 0}, {62, 16}, {48, 22}, {26, 40}, {22, 55}, {30, 68}, {34, lift + 2}}):part("trim")
    local rim = torus(lip - 2, 4):move(0, lift + h - 3, 0):part("trim")
    local shape = smooth(4, body, foot) + rim
    for _, s in ipairs({-1, 1}) do
      local hdl = V.loop_handle({s * (neck + 2), lift + h * 0.86, 0}, {s * belly * 0.9, lift + h * 0.55, 0},
                                {s, 0.5, 0}, 34, 6)
      shape = smooth(4, shape, hdl:part("trim"))
    end
    local top_y = lift + h
    if k.p.lidded > 0.5 then
      local lid = lathe({{lip + 1, 0}, {lip, 8}, {lip * 0.6, 28}, {10, 36}, {14, 44}, {10, 52}, {1, 56}}):move(0, top_y - 2, 0)
      shape = shape + lid:part("trim")
      top_y = top_y + 54
      k.attach("top", {0, top_y, 0}, 24)
    else
      k.attach("top", {0, top_y, 0}, 2 * lip)
    end
    V.cavity(k, prof, 7, 0, 0.8, {inside_at = 0.55})
    return shape
  end,
}
