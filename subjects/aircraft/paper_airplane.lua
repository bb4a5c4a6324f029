-- A paper airplane: a folded paper dart — a narrow keel with two flat
-- swept wings folded out from it, pointed nose.
return {
  id = "paper_airplane",
  names = {"paper airplane", "paper plane", "paper aeroplane", "paper dart", "paper jet", "origami plane", "origami airplane"},
  lvis = {},
  family = "aircraft",
  size_mm = 60,
  description = "A folded paper airplane",
  params = {len = {280, 300}, span = {0.9, 1.1}},
  parts = {
    {"paper", "paper", color = "#f6f6f2", role = "primary", names = {"paper", "body", "wings"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local sp = L * 0.36 * k.p.span
    local t = 5
    local keel_h = 34
    -- wings: triangles lying flat, meeting along the spine at the top of the keel
    local y = keel_h + 8
    local wing = extrude({{L / 2, 0}, {-L / 2, 0}, {-L / 2, sp}}, t, 0.6):rotx(90)
    local wings = wing:rotx(-20):move(0, y, 0) + wing:flip("z"):rotx(20):move(0, y, 0)
    -- the keel: a narrow triangle hanging under the spine
    local keel = extrude({{L / 2, 0}, {-L / 2, 0}, {-L / 2, -keel_h}}, t, 0.6):move(0, y, 0)
    local keel2 = keel:rotx(12):move(0, 0, 3) + keel:rotx(-12):move(0, 0, -3)
    local shape = (wings + keel2):part("paper")
    k.attach("top", {0, y, 0}, sp)
    return shape:rotz(4):move(0, 10, 0)
  end,
}
