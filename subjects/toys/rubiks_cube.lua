-- A Rubik's cube: a black cube of 3×3×3 cubies with coloured stickers on
-- every face (white top, green front, red right), its top layer a little
-- twisted.
return {
  id = "rubiks_cube",
  names = {"rubik's cube", "rubiks cube", "rubik cube", "magic cube", "puzzle cube", "speed cube", "cube puzzle", "rubix cube", "twisty puzzle", "rubics cube"},
  lvis = {},
  family = "toys",
  size_mm = 57,
  description = "A Rubik's cube",
  params = {twist = {0, 25}},
  parts = {
    {"body", "plastic", color = "#141416", role = "primary", names = {"body", "cube", "frame"}},
    {"white", "plastic", color = "#f4f4f4", role = "fixed"},
    {"green", "plastic", color = "#20a040", role = "fixed"},
    {"red", "plastic", color = "#d01c20", role = "fixed"},
    {"blue", "plastic", color = "#1a4ad0", role = "fixed"},
    {"orange", "plastic", color = "#f07a10", role = "fixed"},
    {"yellow", "plastic", color = "#f4d020", role = "fixed"},
  },
  build = function(k)
    local c = 19
    local half = c * 1.5
    local st = c * 0.84
    local function layer(j)
      -- a solid core slab under the cubies holds each layer together
      local s = box(c * 2.9, c * 0.98, c * 2.9):move(0, j * c, 0):part("body")
      for i = -1, 1 do
        for l = -1, 1 do
          s = s + box(c * 0.98, c * 0.98, c * 0.98, 1.5):move(i * c, j * c, l * c):part("body")
        end
      end
      -- Stickers on the outer faces of this layer.
      for i = -1, 1 do
        for _, face in ipairs({{"green", 1}, {"blue", -1}}) do
          s = s + box(1.6, st, st, 0.6):move(face[2] * (half + 0.1), j * c, i * c):part(face[1])
        end
        for _, face in ipairs({{"red", 1}, {"orange", -1}}) do
          s = s + box(st, st, 1.6, 0.6):move(i * c, j * c, face[2] * (half + 0.1)):part(face[1])
        end
        if j ~= 0 then
          for l = -1, 1 do
            s = s + box(st, 1.6, st, 0.6):move(i * c, j * (half + 0.1), l * c):part(j > 0 and "white" or "yellow")
          end
        end
      end
      return s
    end
    local shape = layer(-1) + layer(0) + layer(1):roty(k.p.twist)
    shape = shape + cylinder(c * 0.6, c * 2.6):move(0, -c * 1.3, 0):part("body")  -- the centre spindle joins the layers
    return shape:move(0, half, 0)
  end,
}
