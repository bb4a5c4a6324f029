-- A pillow or cushion: a plump square pad with pinched corners and a
-- piped seam round the edge, lying flat (or a bed pillow, longer).
return {
  id = "pillow",
  names = {"pillow", "cushion", "throw pillow", "sofa cushion", "pilow", "couch cushion", "decorative pillow",
           "scatter cushion", "floor cushion", "pillow cushion"},
  lvis = {"pillow", "cushion"},
  family = "household",
  size_mm = 140,
  description = "A plump square cushion with a piped seam",
  params = {size = {400, 460}, plump = {0.28, 0.36}},
  parts = {
    {"cover", "fabric", color = "#c85a4a", role = "primary", names = {"cover", "fabric", "body"}},
    {"piping", "fabric", color = "#f0e6d0", role = "secondary", names = {"piping", "trim", "seam", "edge", "tassels"}},
  },
  variants = {
    bed = {names = {"bed pillow", "sleeping pillow", "head pillow"}, size_mm = 150, colors = {cover = "#f4f4f0", piping = "#f4f4f0"}},
  },
  points = {"top"},
  build = function(k)
    local s = k.p.size
    local lx, lz = s, s
    if k.variant == "bed" then lx, lz = 480, 700 end
    local th = s * k.p.plump
    -- Puffed body: a rounded box squashed at the edges and pinched at the corners.
    local body = smooth(70, ellipsoid(lx * 0.44, th * 0.62, lz * 0.44), box(lx * 0.86, th * 0.22, lz * 0.86, th * 0.1))
    local corners = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        corners[#corners + 1] = ellipsoid(lx * 0.1, th * 0.12, lz * 0.1):move(sx * lx * 0.46, 0, sz * lz * 0.46)
      end
    end
    body = smooth(30, body, union(corners))
    -- Piping: a band round the seam.
    local piping = intersect(body:round(4), box(lx * 1.2, 10, lz * 1.2))
    local shape = body:part("cover") + piping:part("piping")
    shape = shape:move(0, th * 0.62, 0)
    k.attach("top", {0, th * 1.2, 0}, math.min(lx, lz) * 0.6)
    return shape
  end,
}
