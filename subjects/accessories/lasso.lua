-- A lasso: a coil of stiff rope, a few loops bound together at the top, as
-- a cowboy carries it.
return {
  id = "lasso",
  names = {"lasso", "lariat", "lasso rope", "coiled rope", "rope coil", "coil of rope", "rope", "lassoo"},
  lvis = {"lasso"},
  family = "accessories",
  size_mm = 450,
  description = "A coiled rope lasso with an open noose",
  params = {lean = {-8, 8}},
  parts = {
    {"rope", "fabric", color = "#c8a468", role = "primary", names = {"rope", "coil", "loop", "noose"}},
    {"binding", "leather", color = "#6a4426", role = "detail", names = {"binding", "tie"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    -- Coils hanging from a point at the top (the hand), each a loop of rope
    -- slightly larger and lower than the last.
    local loops = {}
    for i = 0, 3 do
      local r = 120 + 10 * i
      loops[#loops + 1] = torus(r, 9):stretch(0.8, 1, 1):rotx(90):roty(8 * i - 12):move(0, 300 - r, 6 * i)
    end
    local coil = union(loops)
    local binding = cylinder(18, 40, 6):move(0, 280, 0)
    local shape = union(coil:part("rope"), binding:part("binding"))
    if k.worn then return shape end
    return shape:rotz(k.p.lean)
  end,
}
