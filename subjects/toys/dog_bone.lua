-- A dog bone: a chew toy or treat shaped like a cartoon bone, a round shaft
-- with two knobs at each end, built across Z at a slant so that a dog
-- carrying it holds it crosswise in its mouth and both ends show.
return {
  id = "dog_bone",
  names = {"dog bone", "bone", "chew bone", "chew toy", "dog treat", "bone toy", "doggy bone", "dog biscuit"},
  lvis = {},
  family = "toys",
  size_mm = 36,
  description = "A cartoon dog bone",
  params = {length = {130, 160}},
  attach_to = {"mouth", "hand", "top"},
  parts = {
    {"bone", "bone", color = "#efe6d2", role = "primary", names = {"bone", "shaft", "knobs"}},
  },
  build = function(k)
    local L = k.p.length
    local r = 9
    local R = 15
    local shape = capsule({0, R, -L / 2 + R}, {0, R, L / 2 - R}, r)
    for _, z in ipairs({-1, 1}) do
      for _, x in ipairs({-1, 1}) do
        shape = smooth(4, shape, sphere(R * 0.95):move(x * R * 0.62, R, z * (L / 2 - R * 0.95)))
      end
    end
    return shape:roty(50):part("bone")
  end,
}
