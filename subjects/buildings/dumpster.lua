-- A dumpster: a big green steel waste container on casters, its body
-- tapering toward the bottom, two black hinged lids sloping down to the
-- front, a rim round the top, ribbed sides and fork pockets on both ends.
return {
  id = "dumpster",
  names = {"dumpster", "waste container", "trash container", "garbage dumpster",
           "garbage container", "refuse container", "wheelie dumpster", "commercial bin", "industrial bin", "dumpster bin", "rubbish container"},
  lvis = {"dumpster"},
  family = "buildings",
  size_mm = 1300,
  description = "A green dumpster with two black lids",
  params = {len = {1750, 1850}},
  parts = {
    {"body", "steel", color = "#2f6b3c", role = "primary", names = {"body", "container", "bin", "sides"}},
    {"lids", "plastic", color = "#1d1e20", role = "secondary", names = {"lids", "lid", "top", "cover", "wheels", "casters"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    local hz = L / 2
    local y0, yb, yf = 170, 1250, 1020     -- bottom, top at the back, top at the front
    local xb, xf = -560, 560                -- back and front of the top
    local tb, tf = -470, 470                -- back and front of the bottom
    local hzb = hz - 70                     -- half length at the bottom
    local side = extrude({{tb, y0}, {tf, y0}, {xf, yf}, {xb, yb}}, L * 2, 0)
    local ends = extrude({{-hzb, y0}, {hzb, y0}, {hz, 1300}, {-hz, 1300}}, 3000, 0):roty(90)
    local body = intersect(side, ends):round(14)
    -- the top rim: a lip standing proud of the body
    local function top_y(x) return yf + (yb - yf) * (xf - x) / (xf - xb) end
    local slope = math.deg(math.atan(yb - yf, xf - xb))
    local rim = intersect(
      extrude({{xb - 22, yb - 70}, {xf + 22, yf - 70}, {xf + 22, yf + 4}, {xb - 22, yb + 4}}, 3000, 0),
      box(3000, 3000, L + 44)) - extrude({{xb + 10, yb - 200}, {xf - 10, yf - 200}, {xf - 10, yf + 100}, {xb + 10, yb + 100}}, L - 20, 0)
    -- vertical ribs on the front and back
    local ribs = {}
    for _, z in ipairs({-hz * 0.5, 0, hz * 0.5}) do
      ribs[#ribs + 1] = extrude({{tf - 10, y0 + 20}, {tf + 22, y0 + 20}, {xf + 24, yf - 80}, {xf - 10, yf - 80}}, 60, 8):move(0, 0, z)
      ribs[#ribs + 1] = extrude({{tb + 10, y0 + 20}, {tb - 22, y0 + 20}, {xb - 24, yb - 80}, {xb + 10, yb - 80}}, 60, 8):move(0, 0, z)
    end
    -- fork pockets: rectangular sleeves along both ends, open front and back
    local pockets = {}
    for _, sz in ipairs({-1, 1}) do
      local zc = sz * (hz - 10)
      local sleeve = box(1040, 190, 110, 8):move(0, 760, zc)
      local hole = box(1200, 130, 56):move(0, 760, zc + sz * 8)
      pockets[#pockets + 1] = sleeve - hole
    end
    local frame = {}
    -- a base skid frame under the body
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = box(960, 50, 90, 6):move(0, y0 + 5, sz * (hzb - 60))
    end
    local body_all = union(body, rim, union(table.unpack(ribs)), union(table.unpack(pockets)), union(table.unpack(frame)))

    -- two lids, hinged at the back, sloping with the top
    local lids = {}
    local lw = (L + 20) / 2 - 12
    for _, sz in ipairs({-1, 1}) do
      local zc = sz * (lw / 2 + 8)
      local lid = extrude({{xb - 30, yb + 2}, {xf + 40, yf + 2}, {xf + 40, yf + 38}, {xb - 30, yb + 38}}, lw, 12):move(0, 0, zc)
      -- moulded ribs across each lid
      for i = -1, 1 do
        local x = i * 300
        lid = lid + capsule({x, top_y(x) + 40, zc - lw * 0.42}, {x, top_y(x) + 40, zc + lw * 0.42}, 14)
      end
      lids[#lids + 1] = lid
    end
    local hinge = capsule({xb - 34, yb + 16, -hz}, {xb - 34, yb + 16, hz}, 22)
    -- casters at the four corners
    local wheels = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local x, z = sx * (tf - 90), sz * (hzb - 110)
        wheels[#wheels + 1] = cylinder(70, 50, 8):move(0, -25, 0):rotx(90):move(x, 72, z)
        wheels[#wheels + 1] = box(100, 70, 80, 6):move(x, 150, z)
      end
    end
    local shape = body_all:part("body") + union(table.unpack(lids)):part("lids") + hinge:part("body")
      + union(table.unpack(wheels)):part("lids")
    k.attach("top", {0, (yb + yf) / 2 + 60, 0}, L * 0.6)
    k.attach("inside", {0, y0 + 20, 0}, L * 0.5)
    return shape:roty(-30)
  end,
}
