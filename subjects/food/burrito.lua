-- A burrito: a fat rolled flour tortilla cut in half, showing rice, beans,
-- meat, lettuce and tomato inside the cut end.
return {
  id = "burrito",
  names = {"burrito", "wrap", "tortilla wrap", "chicken wrap", "burito", "burrrito"},
  lvis = {"burrito"},
  family = "food",
  size_mm = 75,
  description = "A burrito cut in half",
  params = {},
  parts = {
    {"tortilla", "food", color = "#f0d8a0", role = "primary", names = {"tortilla", "wrap"}},
    {"rice", "food", color = "#f8f4e8", role = "detail", names = {"rice"}},
    {"beans", "food", color = "#5a2a1e", role = "secondary", names = {"beans", "meat", "filling"}},
    {"lettuce", "plant", color = "#7ac040", role = "detail", names = {"lettuce", "salad"}},
    {"tomato", "food", color = "#d8301e", role = "detail", names = {"tomato", "salsa"}},
  },
  build = function(k)
    local R, L = 38, 180
    local roll = capsule({-L / 2, 0, 0}, {L / 2, 0, 0}, R):noise(1, 12, 1)
    roll = intersect(roll, box(400, 200, 200):move(-200 + L / 2 - 10, 0, 0))
    local shell = subtract(roll, capsule({-L / 2, 0, 0}, {L / 2 + 40, 0, 0}, R - 4))
    local filling = intersect(capsule({-L / 2, 0, 0}, {L / 2, 0, 0}, R - 4), box(400, 200, 200):move(-200 + L / 2 - 12, 0, 0))
    local chunks = {rice = {}, beans = {}, lettuce = {}, tomato = {}}
    local kinds = {"rice", "beans", "lettuce", "tomato", "rice", "beans"}
    for i = 0, 17 do
      local a = i * 2.39996
      local r = (R - 10) * math.sqrt((i + 0.5) / 18)
      local c = {L / 2 - 12, math.cos(a) * r, math.sin(a) * r}
      table.insert(chunks[kinds[i % 6 + 1]], sphere(8):move(c))
    end
    local x0 = L / 2 - 12
    local cut = box(6, 200, 200):move(x0 + 1, 0, 0)
    local function face(t) return intersect(union(t), intersect(cut, filling:round(0.3))) end
    local shape = union(shell:part("tortilla"), filling:part("rice"), face(chunks.beans):part("beans"), face(chunks.lettuce):part("lettuce"),
                        face(chunks.tomato):part("tomato"))
    return shape:roty(-40):rotz(12):move(0, R + 10, 0)
  end,
}
