-- A stop sign: a red octagon with a white border and a white bar for the
-- lettering, on a grey post.
return {
  id = "stop_sign",
  names = {"stop sign", "stopsign", "road sign", "traffic sign", "octagon sign"},
  lvis = {"stop_sign"},
  family = "buildings",
  size_mm = 2200,
  description = "A red octagonal stop sign on a post",
  params = {h = {300, 330}},
  parts = {
    {"sign", "paint", color = "#c8141e", role = "primary", names = {"sign", "face", "octagon"}},
    {"border", "paint", color = "#f6f6f4", role = "secondary", names = {"border", "letters", "lettering", "text"}},
    {"post", "steel", color = "#8a8e94", role = "detail", names = {"post", "pole"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local R = 62
    local function oct(r)
      local pts = {}
      for i = 0, 7 do
        local a = math.pi / 8 + math.pi / 4 * i
        pts[#pts + 1] = {r * math.cos(a), r * math.sin(a)}
      end
      return pts
    end
    local cy = h
    local board = extrude(oct(R), 6, 1):move(0, cy, 6)
    local border = extrude(oct(R + 0.1), 5, 1):move(0, cy, 7.5) - extrude(oct(R - 7), 20, 0):move(0, cy, 8)
    local face = extrude(oct(R - 7), 5, 1):move(0, cy, 7.5)
    -- the word STOP suggested by four blocky letters
    local letters = {}
    local lw, lh = 17, 30
    for i = 0, 3 do
      local x = -30 + i * 20
      local l = box(lw, lh, 3):move(x, cy, 11)
      if i == 0 then l = l - box(10, 6, 10):move(x + 4, cy + 6, 11) - box(10, 6, 10):move(x - 4, cy - 6, 11) end
      if i == 1 then l = box(lw, 5, 3):move(x, cy + lh / 2 - 2.5, 11) + box(5, lh, 3):move(x, cy, 11) end
      if i == 2 then l = l - box(8, lh - 12, 10):move(x, cy, 11) end
      if i == 3 then l = l - box(8, 6, 10):move(x, cy + 6, 11) - box(12, lh / 2, 10):move(x + 4, cy - lh / 4 - 2, 11) end
      letters[#letters + 1] = l
    end
    local post = box(10, h, 8, 1):move(0, h / 2, 0)
    local shape = (board + face):part("sign") + (border + union(letters)):part("border") + post:part("post")
    k.attach("top", {0, cy + R, 4}, 30)
    return shape:roty(25)
  end,
}
