-- A rubber duck: a yellow bath toy with a round body, upturned tail, a
-- round head and an orange bill.
return {
  id = "rubber_duck",
  names = {"rubber duck", "rubber ducky", "rubber duckie", "bath duck", "toy duck", "duckie", "yellow duck", "squeaky duck",
           "bath toy"},
  lvis = {},
  family = "toys",
  size_mm = 90,
  description = "A yellow rubber duck",
  params = {head = {0.95, 1.08}},
  parts = {
    {"body", "rubber", color = "#f8d020", role = "primary", names = {"body", "duck"}},
    {"bill", "rubber", color = "#f07a18", role = "secondary", names = {"bill", "beak"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  points = {"head", "neck", "face", "top"},
  build = function(k)
    local hs = k.p.head
    local body = loft({
      {y = 0, rx = 40, rz = 30, x = 0},
      {y = 14, rx = 52, rz = 40, x = -2},
      {y = 32, rx = 50, rz = 38, x = -4},
      {y = 46, rx = 34, rz = 28, x = -8},
    })
    local tail = limb({-40, 30, 0}, {-60, 52, 0}, 16, 5)
    local hr = 27 * hs
    local hc = {22, 72, 0}
    local head = sphere(hr):move(hc[1], hc[2], hc[3])
    local shape = smooth(10 * k.soft, body, tail, head):part("body")
    local bill = ellipsoid(16, 6, 15):move(hc[1] + hr * 0.95, hc[2] - hr * 0.22, 0)
    bill = smooth(2, bill, ellipsoid(15, 4, 13):move(hc[1] + hr * 0.95, hc[2] - hr * 0.42, 0))
    shape = shape + bill:part("bill")
    for _, s in ipairs({-1, 1}) do
      shape = shape + sphere(hr * 0.16):move(hc[1] + hr * 0.62, hc[2] + hr * 0.3, s * hr * 0.6):part("eyes")
      -- Wing bumps.
      shape = smooth(4, shape, ellipsoid(22, 12, 8):rotz(15):move(-6, 34, s * 38):part("body"))
    end
    k.attach("head", {hc[1], hc[2] + hr * 0.85, 0}, hr * 1.6)
    k.attach("neck", {hc[1] + hr * 0.5, hc[2] - hr * 0.8, 0}, hr * 1.0, {1, 0.3, 0})
    -- glasses sit across the eyes, facing forward
    k.attach("face", {hc[1] + hr * 0.78, hc[2] + hr * 0.3, 0}, hr * 1.7, {1, 0, 0})
    return shape
  end,
}
