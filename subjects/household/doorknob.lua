-- A round door knob standing on the edge of its round rose plate, the knob
-- turned towards the viewer: a flat stepped rose, a flared neck and a
-- smooth ball knob with a small lock cylinder in its face.
return {
  id = "doorknob",
  names = {"doorknob", "door knob", "door handle knob", "knob", "round door knob", "door knob handle",
           "brass doorknob", "round knob", "passage knob", "privacy knob", "door nob", "doornob"},
  lvis = {"doorknob", "knob"},
  family = "household",
  size_mm = 66,
  description = "A round brass door knob on its rose plate",
  params = {knob = {26, 28}, reach = {64, 70}},
  parts = {
    {"knob", "brass", color = "#c9a24a", role = "primary", names = {"knob", "handle", "ball"}},
    {"rose", "brass", color = "#b8913e", role = "secondary", names = {"rose", "plate", "back plate", "backplate", "rosette"}},
    {"lock", "steel", color = "#8a8e94", role = "detail", names = {"lock", "keyhole", "cylinder", "spindle"}},
  },
  points = {"top"},
  build = function(k)
    local KR, reach = k.p.knob, k.p.reach
    local RR = 33
    -- Built along +Y from the rose's back (y = 0), then turned to face +X.
    local rose = lathe({{0, 0}, {RR, 0}, {RR, 2.5}, {RR - 2.5, 6}, {RR - 8, 7}, {RR - 11, 9}, {14, 10}, {0, 10}})
    local neck = lathe({{0, 8}, {12, 8}, {10, 14}, {9, 20}, {10.5, reach - 2 * KR + 10},
                        {16, reach - 2 * KR + 16}, {0, reach - 2 * KR + 18}})
    -- The ball knob, a little flattened across its face.
    local c = reach - KR
    local ball = sphere(KR):stretch(1, 0.72, 1):move(0, c + KR * 0.14, 0)
    local knob = smooth(5, neck, ball)
    -- A small lock cylinder and keyway in the middle of the face.
    local face = c + KR * 0.86
    local lock = cylinder(5.5, 6, 1):move(0, face - 4.6, 0)
    knob = subtract(knob, cylinder(6.2, 6):move(0, face - 3.6, 0))
    lock = subtract(lock, box(1.6, 4, 6.5):move(0, face + 1.2, -1))
    lock = subtract(lock, cylinder(1.5, 4):move(0, face - 1.2, 2.4))
    local shape = rose:part("rose") + knob:part("knob") + lock:part("lock")
    -- Stand it on the rose's rim with the knob pointing +X.
    shape = shape:rotz(-90):move(0, RR, 0)
    k.attach("top", {reach * 0.5, 2 * RR, 0}, 30)
    return shape:roty(0)
  end,
}
