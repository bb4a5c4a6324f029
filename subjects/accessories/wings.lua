-- Wings: a pair of feathered wings spread up and out from their roots, for
-- the back of any animal or figure; bat and fairy wings are variants.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "wings",
  names = {"wings", "wing", "angel wings", "feathered wings", "bird wings"},
  lvis = {},
  family = "accessories",
  size_mm = 500,
  description = "A pair of feathered wings",
  parts = {
    {"wings", "feather", color = "#f6f4ee", role = "primary", names = {"wings", "feathers"}},
  },
  variants = {
    bat = {names = {"bat wings", "dragon wings", "devil wings"}, colors = {wings = "#2a2228"}},
    fairy = {names = {"fairy wings", "butterfly wings"}, colors = {wings = "#a8d8f0"}},
  },
  attach_to = {"back", "top"},
  build = function(k)
    local kind = k.variant == "bat" and "bat" or (k.variant == "fairy" and "fairy" or "feather")
    return O.wings(500, {wings = "wings"}, kind, 60)
  end,
}
