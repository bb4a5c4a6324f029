-- A kitchen funnel: a wide open cone narrowing into a long straight spout,
-- with a small ring tab on its rim to hang it by. It stands upright on its
-- spout tip, the wide mouth up, the way it is used.
return {
  id = "funnel",
  names = {"funnel", "kitchen funnel", "canning funnel", "oil funnel", "filling funnel", "funnell", "funel"},
  lvis = {"funnel"},
  family = "kitchen",
  size_mm = 150,
  description = "A kitchen funnel with a ring tab",
  params = {R = {62, 70}, spout = {52, 64}},
  parts = {
    {"body", "steel", color = "#c8ccd2", role = "primary", names = {"body", "cone", "bowl", "spout"}},
    {"tab", "steel", color = "#b4b8be", role = "secondary", names = {"tab", "ring", "loop", "handle"}},
  },
  points = {"top"},
  build = function(k)
    local R, Ls = k.p.R, k.p.spout
    local t = 3.2                 -- wall
    local rs = 9                  -- spout outer radius at its top
    local rt = 6.5                -- at its tip
    local hc = R * 1.05           -- height of the cone
    local y1 = Ls                 -- where the cone starts
    -- Wall section {r, y}: outside up, then inside down; the tip and the
    -- rim are open, so it is one sheet all round.
    local poly = {
      {rt, 0}, {rs, y1 - 4}, {rs + 6, y1 + 6}, {R, y1 + hc}, {R + 3, y1 + hc + 2},
      {R + 3, y1 + hc + 5}, {R - t, y1 + hc + 5}, {R - t - 0.5, y1 + hc},
      {rs - t + 5, y1 + 6}, {rs - t, y1 - 4}, {rt - t, 0},
    }
    local body = revolve(poly)
    -- The tab: a small flat ring standing out from the rim on -Z.
    local top = y1 + hc + 2.5
    local tab = subtract(cylinder(13, 4, 1.5), cylinder(6.5, 12):move(0, -4, 0)):move(0, top - 2, -(R + 9))
    k.attach("top", {0, top, 0}, 2 * R)
    return body:part("body") + tab:part("tab")
  end,
}
