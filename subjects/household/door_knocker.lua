-- A brass lion-head door knocker on a small square of door: a lion's face in
-- relief (a ring of flame-like mane locks round a domed face with a heavy
-- brow, deep eyes, a broad nose and a puffed muzzle) holding a heavy ring in
-- its mouth, the ring resting on a round striker stud below. The "ring"
-- variant is a plain ring hanging from a round boss.
return {
  id = "door_knocker",
  names = {"door knocker", "knocker", "lion door knocker", "lion head knocker", "doorknocker", "lion knocker",
           "brass door knocker", "lion head door knocker"},
  lvis = {"knocker_(on_a_door)"},
  family = "household",
  size_mm = 240,
  description = "A brass lion-head door knocker holding a ring, on a square of door",
  params = {locks = {14, 16}, twist = {0, 8}},
  parts = {
    {"knocker", "brass", color = "#b88f34", role = "primary", names = {"knocker", "lion", "head", "face", "mane", "boss"}},
    {"door", "paint", color = "#1f3a2c", role = "secondary", names = {"door", "panel", "backing"}},
    {"ring", "brass", color = "#c29a3c", role = "primary", names = {"ring", "handle", "hoop", "striker"}},
    {"eyes", "bronze", color = "#5a4420", role = "fixed"},
  },
  variants = {
    ring = {names = {"ring knocker", "ring door knocker", "round door knocker", "plain door knocker"}},
  },
  points = {"top"},
  build = function(k)
    -- Built in the XY plane with the relief towards +Z; the door's face is z = 0.
    local W, H, T = 190, 240, 18
    local door = box(W, H, T, 3):move(0, H / 2, -T / 2)
    -- Raised moulding round the panel's edge.
    door = door + subtract(box(W - 16, H - 16, 6, 2), box(W - 34, H - 34, 10)):move(0, H / 2, 0)
    local cy = 160
    local knocker, ring, eyes = empty(), empty(), empty()
    local RR, rr = 46, 7.5
    local ring_c                           -- centre of the ring
    if k.variant == "ring" then
      -- A round boss: a stepped plate with a dome and a hinge lug below.
      knocker = lathe({{0, 0}, {40, 0}, {40, 4}, {34, 8}, {30, 10}, {22, 16}, {12, 20}, {0, 21}}):rotx(90)
      knocker = knocker + sphere(5):move(0, 0, 22)
      knocker = knocker:move(0, cy, 0)
      knocker = knocker + cylinder(8, 24, 2):rotz(90):move(12, cy - 40, 12)
      RR = 54
      ring_c = {0, cy - 40 - RR + rr, 12}
    else
      -- The mane: flame-like locks round the face, each a pointed petal.
      local n = k.p.locks
      local mane = cylinder(62, 12, 4):rotx(90):move(0, cy, 12)
      for i = 0, n - 1 do
        local a = 360 * i / n + k.p.twist
        local lock = leaf(40, 28, 16, 0.7):move(0, 44, 0):rotz(a)
        mane = mane + lock:move(0, cy, 10)
        local inner = leaf(30, 22, 16, 0.6):move(0, 38, 0):rotz(a + 180 / n)
        mane = mane + inner:move(0, cy, 16)
      end
      -- The face: a domed oval with cheeks.
      local face = ellipsoid(38, 44, 20):move(0, cy - 4, 18)
      local cheeks = ellipsoid(20, 18, 14):move(20, cy - 26, 24):mirror("x")
      -- Heavy brow ridge over deep-set eyes.
      local brow = capsule({-24, cy + 14, 32}, {-4, cy + 9, 38}, 7):mirror("x")
      local nose = loft({
        {y = cy - 28, rx = 15, rz = 9, z = 40},
        {y = cy - 14, rx = 10, rz = 8, z = 40},
        {y = cy + 8, rx = 7, rz = 6, z = 36},
      })
      local muzzle = sphere(13):stretch(1, 0.8, 1):move(11, cy - 38, 34):mirror("x")
      local chin = ellipsoid(12, 8, 8):move(0, cy - 52, 26)
      local head = smooth(6, face, cheeks, brow, nose, muzzle, chin)
      head = smooth_sub(head, sphere(7.5):move(15, cy + 3, 36):mirror("x"), 2)
      -- Ears poking out of the mane at the top.
      local ears = ellipsoid(11, 12, 8):move(34, cy + 36, 22):mirror("x")
      knocker = smooth(4, mane, head, ears)
      eyes = sphere(4.5):move(15, cy + 2, 32.5):mirror("x")
      ring_c = {0, cy - 46 - RR + rr, 26}
    end
    -- The heavy ring, in the door's plane, hanging from the mouth or lug.
    ring = torus(RR, rr):rotx(90):move(ring_c[1], ring_c[2], ring_c[3])
    -- The striker stud the ring knocks on.
    local sy = ring_c[2] - RR
    local stud = lathe({{0, 0}, {16, 0}, {16, 3}, {11, 8}, {0, 12}}):rotx(90):move(0, sy, 0)
    stud = stud + cylinder(8, ring_c[3] - 8):rotx(90):move(0, sy, 0)
    local shape = door:part("door") + knocker:part("knocker") + (ring + stud):part("ring") + eyes:part("eyes")
    k.attach("top", {0, H, -T / 2}, 60)
    -- Turn the face a little towards the usual three-quarter view.
    return shape:roty(50)
  end,
}
