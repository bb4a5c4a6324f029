-- A street newsstand: a small green-painted kiosk with a slanted roof that
-- overhangs the front as an awning, a serving window with a counter and a
-- stack of papers on it, a sign band, and racks of colourful magazines and
-- newspapers in rows on the front and both sides.
return {
  id = "newsstand",
  names = {"newsstand", "news stand", "newspaper stand", "news kiosk", "kiosk", "magazine stand", "newsagent stall",
           "newspaper kiosk", "magazine kiosk", "newsagents stall", "news stall", "newspaper stall", "paper stand",
           "newstand", "news booth", "press kiosk"},
  lvis = {"newsstand"},
  family = "buildings",
  size_mm = 2600,
  description = "A green street newsstand kiosk with racks of magazines",
  params = {w = {1760, 1880}, slope = {7, 10}},
  parts = {
    {"booth", "paint", color = "#2f6b45", role = "primary", names = {"booth", "kiosk", "walls", "body", "stand"}},
    {"roof", "paint", color = "#24523a", role = "secondary", names = {"roof", "awning", "canopy"}},
    {"counter", "wood", color = "#9a6a3e", role = "detail", names = {"counter", "shelf", "ledge"}},
    {"sign", "paint", color = "#f2eee0", role = "detail", names = {"sign", "sign band", "banner"}},
    {"racks", "steel", color = "#b8bcc2", role = "detail", names = {"racks", "rack", "rails", "wire racks"}},
    {"magazines", "paper", color = "#d8322e", role = "detail", names = {"magazines", "magazine", "covers"}},
    {"magazines_yellow", "paper", color = "#f2c428", role = "detail", names = {"yellow magazines"}},
    {"magazines_blue", "paper", color = "#2f6ec8", role = "detail", names = {"blue magazines"}},
    {"magazines_pink", "paper", color = "#e070a8", role = "detail", names = {"pink magazines", "comics"}},
    {"newspapers", "paper", color = "#ece8da", role = "detail", names = {"newspapers", "newspaper", "papers", "news"}},
    {"window", "gloss", color = "#2a3038", role = "detail", names = {"window", "opening", "hatch"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local hw = w / 2
    local d = 1250
    local hd = d / 2
    local h = 2150
    local function blk(x0, y0, z0, x1, y1, z1, r)
      return box(x1 - x0, y1 - y0, z1 - z0, r or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
    end
    -- plinth and body
    local plinth = blk(-hw - 40, 0, -hd - 40, hw + 40, 110, hd + 40, 10)
    local body = blk(-hw, 100, -hd, hw, h, hd, 12)
    -- the serving window: a dark recess in the front with a counter ledge
    local win_w, wy0, wy1 = w * 0.5, 1000, 1720
    local recess = blk(-win_w / 2, wy0, hd - 260, win_w / 2, wy1, hd + 20)
    body = body - recess
    local window = blk(-win_w / 2 + 1, wy0, hd - 262, win_w / 2 - 1, wy1, hd - 240)
    local counter = blk(-win_w / 2 - 60, wy0 - 50, hd - 260, win_w / 2 + 60, wy0, hd + 230, 8)
    local stack = blk(-win_w * 0.35, wy0, hd - 40, -win_w * 0.08, wy0 + 70, hd + 170, 4)
                + blk(win_w * 0.1, wy0, hd - 40, win_w * 0.34, wy0 + 45, hd + 170, 4)
    -- a panelled lower front: a raised frame line
    local trim = blk(-hw - 10, 100, -hd - 10, hw + 10, 180, hd + 10, 6)
    -- slanted roof: high at the back, low over the front, overhanging as an awning
    local slope = k.p.slope
    local t = math.tan(math.rad(slope))
    local zc, rd = 130, d + 500
    local zf = zc + rd / 2
    local roof = box(w + 260, 70, rd, 20):rotx(slope):move(0, h + 60, zc)
    local roof_cap = box(w + 290, 34, rd + 30, 12):rotx(slope):move(0, h + 108, zc)
    -- the sign board along the awning's front edge, with red lettering
    local fy = h + 60 - t * (zf - zc)
    local sign = box(w + 240, 240, 50, 8):move(0, fy - 40, zf + 10)
    local sign_text = {}
    for i = 0, 3 do
      sign_text[#sign_text + 1] = box(130, 150, 30, 6):move(-255 + i * 170, fy - 40, zf + 40)
    end
    -- magazine racks: rows of covers leaning in wire racks
    local mags = {magazines = {}, magazines_yellow = {}, magazines_blue = {}, magazines_pink = {}, newspapers = {}}
    local order = {"magazines", "magazines_yellow", "newspapers", "magazines_blue", "magazines_pink", "magazines_yellow",
                   "magazines", "newspapers", "magazines_blue"}
    local racks = {}
    local rows = {450, 720, 990, 1260}
    local mw, mh = 175, 235
    local seq = 0
    -- front racks either side of the window (face +Z)
    local function front_rack(x0, x1, z, ys)
      local n = math.floor((x1 - x0) / (mw + 22))
      local step = (x1 - x0) / n
      for _, y in ipairs(ys) do
        racks[#racks + 1] = blk(x0 - 10, y - 10, z, x1 + 10, y + 30, z + 75, 6)
        for i = 0, n - 1 do
          seq = seq + 1
          local pname = order[(seq * 7 + i) % #order + 1]
          local cx = x0 + step * (i + 0.5)
          local m = box(mw, mh, 44, 6):rotx(-8):move(cx, y + mh / 2 + 4, z + 30)
          table.insert(mags[pname], m)
        end
      end
    end
    -- side racks (face ±X)
    local function side_rack(sx, z0, z1, ys)
      local n = math.floor((z1 - z0) / (mw + 22))
      local step = (z1 - z0) / n
      local x = sx * hw
      for _, y in ipairs(ys) do
        racks[#racks + 1] = blk(math.min(x, x + sx * 60), y - 10, z0 - 10, math.max(x, x + sx * 75), y + 30, z1 + 10, 6)
        for i = 0, n - 1 do
          seq = seq + 1
          local pname = order[(seq * 5 + i * 2) % #order + 1]
          local cz = z0 + step * (i + 0.5)
          local m = box(44, mh, mw, 6):rotz(sx * 8):move(x + sx * 30, y + mh / 2 + 4, cz)
          table.insert(mags[pname], m)
        end
      end
    end
    local low_ys = {330, 620}
    local side_ys = {330, 620, 910, 1200, 1490}
    front_rack(-hw + 30, -win_w / 2 - 90, hd, {330, 620, 910, 1200, 1490})
    front_rack(win_w / 2 + 90, hw - 30, hd, {330, 620, 910, 1200, 1490})
    front_rack(-win_w / 2 + 40, win_w / 2 - 40, hd, low_ys)
    side_rack(1, -hd + 60, hd - 60, side_ys)
    side_rack(-1, -hd + 60, hd - 60, side_ys)
    local shape = (body + plinth + trim):part("booth") + roof:part("roof") + roof_cap:part("roof")
    shape = shape + window:part("window") + counter:part("counter") + stack:part("newspapers")
    shape = shape + sign:part("sign") + union(table.unpack(sign_text)):part("magazines")
    shape = shape + union(table.unpack(racks)):part("racks")
    for name, list in pairs(mags) do
      if #list > 0 then shape = shape + union(table.unpack(list)):part(name) end
    end
    k.attach("top", {0, h + 200, 0}, w * 0.5)
    return shape
  end,
}
