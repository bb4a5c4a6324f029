-- A chicken drumstick: a plump golden-brown fried leg tapering to a clean
-- white bone knob.
return {
  id = "drumstick",
  names = {"chicken drumstick", "drumstick food", "chicken leg", "fried chicken", "turkey leg", "roast chicken leg",
           "meat on the bone"},
  lvis = {"drumstick"},
  family = "food",
  size_mm = 60,
  description = "A fried chicken drumstick",
  params = {},
  parts = {
    {"meat", "food", color = "#b8661e", role = "primary", names = {"meat", "chicken", "skin"}},
    {"bone", "bone", color = "#f4eee0", role = "secondary", names = {"bone"}},
  },
  build = function(k)
    local meat = smooth(20, ellipsoid(70, 44, 46):move(0, 0, 0), ellipsoid(40, 24, 26):move(60, 0, 0)):noise(3, 14, 2)
    local bone = union(capsule({70, 0, 0}, {140, 0, 0}, 9), sphere(13):move(145, 6, 0), sphere(13):move(145, -6, 0))
    return union(meat:part("meat"), bone:part("bone")):rotz(12):roty(-25):move(0, 50, 0)
  end,
}
