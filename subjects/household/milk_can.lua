-- A milk churn: a tall steel can with a rolled foot ring, a straight body
-- with two raised hoops, a sloping shoulder up to a narrow neck, a
-- mushroom lid pressed over the neck with a grip bar on top, and two loop
-- handles riveted to the shoulder.
return {
  id = "milk_can",
  names = {"milk can", "milk churn", "milkcan", "milk jug churn", "dairy can", "creamery can",
           "steel milk can", "metal milk can", "old milk can", "farm milk can", "milk canister"},
  family = "household",
  size_mm = 650,
  description = "A steel milk churn with a lid and two side handles",
  params = {body_r = {150, 165}, neck_r = {80, 90}},
  parts = {
    {"body", "steel", color = "#b4bac0", role = "primary", names = {"body", "can", "churn", "steel"}},
    {"lid", "steel", color = "#9aa0a6", role = "secondary", names = {"lid", "cap", "top", "stopper"}},
    {"handles", "steel", color = "#7c8288", role = "detail", names = {"handles", "handle", "grips", "grip"}},
    {"bands", "steel", color = "#8e949a", role = "detail", names = {"bands", "band", "hoops", "hoop", "rings", "ring", "rim"}},
  },
  build = function(k)
    local R, N = k.p.body_r, k.p.neck_r
    local y_sh = 400            -- top of the straight body
    local y_nk = 500            -- foot of the neck
    local y_top = 590           -- the neck's lip
    local prof = {{R - 6, 0}, {R, 8}, {R, y_sh}, {R * 0.97, y_sh + 30}, {R * 0.85, y_sh + 65},
                  {N * 1.25, y_nk - 25}, {N * 1.04, y_nk - 6}, {N, y_nk}, {N, y_top}, {0.5, y_top}}
    local body = lathe(prof)
    -- the foot ring, two hoops round the body and a rolled lip at the neck
    local bands = torus(R + 1, 9):move(0, 12, 0) + torus(R + 1, 7):move(0, 140, 0)
      + torus(R + 1, 7):move(0, y_sh - 60, 0)
    -- the lid: a skirt over the neck, a domed cap and a grip bar
    local lid_y = y_top - 40
    local lid = lathe({{N + 10, lid_y}, {N + 12, lid_y + 8}, {N + 12, y_top + 10}, {N * 1.0, y_top + 30},
                       {N * 0.5, y_top + 40}, {0.5, y_top + 42}})
    lid = lid + torus(N + 11, 6):move(0, lid_y + 4, 0)
    local grip = box(N * 1.3, 16, 22, 7):move(0, y_top + 58, 0)
      + cylinder(10, 24):move(-N * 0.5, y_top + 32, 0) + cylinder(10, 24):move(N * 0.5, y_top + 32, 0)
    lid = lid + grip
    -- two loop handles on the shoulder, each a bar bent out from the body
    local handles = {}
    for _, s in ipairs({-1, 1}) do
      local yh = y_sh + 20
      local pts = {{0, yh - 40, s * (R - 6)}, {0, yh - 30, s * (R + 40)}, {0, yh + 40, s * (R + 48)},
                   {0, yh + 70, s * (R * 0.8)}}
      local loop = tube(pts, 9)
      local plate = box(60, 50, 16, 5):move(0, yh - 30, s * (R - 2))
      handles[#handles + 1] = loop + plate
    end
    local h = union(handles)
    -- the handles turned to the sides of the 3/4 view
    return (body:part("body") + bands:part("bands") + lid:part("lid") + h:part("handles")):roty(-25)
  end,
}
