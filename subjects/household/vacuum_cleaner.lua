-- A vacuum cleaner: an upright vacuum with a wide floor head with wheels,
-- a tall body with a clear dust bin, and a long handle with a grip loop.
return {
  id = "vacuum_cleaner",
  names = {"vacuum cleaner", "vacuum", "hoover", "upright vacuum", "vaccum cleaner", "vacum cleaner", "vacuum machine"},
  lvis = {"vacuum_cleaner"},
  family = "household",
  size_mm = 1100,
  description = "An upright vacuum cleaner",
  params = {},
  parts = {
    {"body", "plastic", color = "#8a3ac0", role = "primary", names = {"body", "case"}},
    {"bin", "glass", color = "#c8d8e0", role = "secondary", names = {"bin", "dust bin", "canister", "cylinder"}},
    {"trim", "plastic", color = "#2a2a2e", role = "detail", names = {"trim", "head", "wheels", "handle", "grip", "hose"}},
  },
  points = {"top"},
  build = function(k)
    local head = box(220, 70, 360, 30):move(60, 45, 0)
    local wheels = cylinder(45, 40):move(0, -20, 0):rotx(90):move(-60, 45, 130) + cylinder(45, 40):move(0, -20, 0):rotx(90):move(-60, 45, -130)
    local body = box(160, 380, 220, 60):move(-70, 300, 0)
    local bin = cylinder(70, 260, 20):move(10, 200, 0)
    local neck = box(120, 200, 140, 30):move(-80, 560, 0)
      + capsule({-60, 85, -100}, {-60, 85, 100}, 45) -- the swivel joint between body and floor head
    local handle = capsule({-100, 640, 0}, {-110, 1000, 0}, 18)
    local grip = tube({{-110, 990, 0}, {-150, 1060, 0}, {-100, 1100, 0}, {-60, 1060, 0}, {-100, 990, 0}}, 14)
    local hose = tube({{-150, 200, 60}, {-200, 400, 80}, {-180, 700, 60}, {-130, 800, 30}}, 20)
    k.attach("top", {-100, 1100, 0}, 60)
    return (body + neck):part("body") + bin:part("bin") + (head + wheels + handle + grip + hose):part("trim")
  end,
}
