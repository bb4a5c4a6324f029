-- A cat tree (cat tower): a carpeted base board with a cube condo on it,
-- sisal-rope-wrapped posts (tan, ringed with rope) holding carpeted
-- platforms at different heights, a round entry hole in the condo, and a
-- pom-pom toy dangling on a string from the middle platform.
return {
  id = "cat_tree",
  names = {"cat tree", "cat tower", "cat condo", "cat climbing tree", "cat gym",
           "cat scratcher tower", "kitty tower", "kitty condo", "cat climber", "cat activity tree"},
  lvis = {},
  family = "furniture",
  size_mm = 1200,
  description = "A carpeted cat tree with sisal posts, platforms, a condo and a dangling toy",
  params = {w = {580, 640}, h = {1120, 1220}, mid = {0.5, 0.58}, post_r = {44, 50}},
  parts = {
    {"carpet", "fabric", color = "#a39e98", role = "primary", names = {"carpet", "platforms", "platform", "shelves", "condo",
                                                                        "box", "base", "perch", "cube"}},
    {"posts", "fabric", color = "#c9a46c", role = "secondary", names = {"posts", "post", "sisal", "rope", "poles", "columns"}},
    {"toy", "fabric", color = "#d8403a", role = "detail", names = {"toy", "ball", "pom pom", "pompom"}},
    {"string", "fabric", color = "#e8e0d0", role = "detail", names = {"string", "cord"}},
    {"core", "fabric", color = "#7e6442", role = "fixed"},
    {"hole", "fabric", color = "#3a3634", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local W, H = k.p.w, k.p.h
    local D = W * 0.72
    local pr = k.p.post_r
    local bt = 30                               -- board thickness
    local top_y = H - bt                        -- underside of the top perch
    local mid_y = H * k.p.mid                   -- underside of the middle platform
    local cs = math.min(D - 20, W * 0.5)        -- condo cube size

    -- A sisal post: bands of wound rope over a darker core, so the wraps
    -- read as horizontal rings.
    local cores = {}
    local function post(x, z, y0, y1)
      local pitch = 30
      local n = math.floor((y1 - y0) / pitch + 0.5)
      local step = (y1 - y0) / n
      cores[#cores + 1] = cylinder(pr - 3, y1 - y0):move(x, y0, z)
      return array(cylinder(pr, step - 7, 3):move(0, 3.5, 0), n, 0, step, 0):move(x, y0, z)
    end

    local carpet, posts = {}, {}
    -- Base board.
    carpet[#carpet + 1] = box(W, bt, D, 8):move(0, bt / 2, 0)

    -- The condo: a carpeted cube on the left end with a round hole on the viewer's side.
    local cx, cz = -W / 2 + cs / 2 + 10, D / 2 - cs / 2 - 10
    local cube = box(cs, cs, cs, 10):move(cx, bt + cs / 2 - 2, cz)
    local cavity = box(cs - 40, cs - 40, cs - 40, 6):move(cx, bt + cs / 2 - 2, cz)
    local hole = cylinder(cs * 0.27, 60):rotx(90):move(cx, bt + cs * 0.46, cz + cs / 2 - 30)
    carpet[#carpet + 1] = cube - cavity - hole
    -- A dark lining inside the condo so the hole reads as an opening.
    local dark = cavity:round(2) - box(cs - 46, cs - 46, cs - 46, 4):move(cx, bt + cs / 2 - 2, cz) - hole
    local condo_top = bt + cs - 2

    -- Right-hand post from the base up to the middle platform.
    local px = W / 2 - pr - 60
    local pz = -D * 0.12
    posts[#posts + 1] = post(px, pz, bt - 4, mid_y + 4)
    -- The middle platform, overhanging the right end towards the viewer.
    local mw, md = W * 0.5, D * 0.95
    local mx, mz = W / 2 - mw / 2 + 30, D * 0.06
    carpet[#carpet + 1] = box(mw, bt, md, 8):move(mx, mid_y + bt / 2, mz)

    -- Posts up to the top perch: one from the condo roof, one from the middle platform.
    local qx, qz = cx + 20, cz - cs * 0.12
    posts[#posts + 1] = post(qx, qz, condo_top - 4, top_y + 4)
    posts[#posts + 1] = post(px - 40, pz - 20, mid_y + bt - 4, top_y + 4)

    -- The top perch: a board with a raised lip like a shallow bed.
    local tw, td = W * 0.9, D * 0.85
    local tx, tz = (qx + px - 40) / 2, (qz + pz - 20) / 2 + 10
    local perch = box(tw, bt, td, 10):move(tx, top_y + bt / 2, tz)
    local lip = box(tw, 26, td, 14) - box(tw - 44, 40, td - 44, 10):move(0, 10, 0)
    carpet[#carpet + 1] = perch + lip:move(tx, top_y + bt + 9, tz)

    -- The dangling toy: a string from under the middle platform's front corner
    -- to a pom-pom ball.
    local sx, sz = mx + mw / 2 - 80, mz + md / 2 - 28
    local ball_r = 36
    local by = mid_y - 190
    local cord = capsule({sx, mid_y + 6, sz}, {sx + 6, by + ball_r - 4, sz + 4}, 10)  -- thick enough (about 1.6 draft voxels across) to stay whole at draft
    local ball = sphere(ball_r):noise(2.5, 9):move(sx + 6, by, sz + 4)

    local shape = union(carpet):part("carpet") + union(posts):part("posts") + union(cores):part("core") + dark:part("hole")
    shape = shape + cord:part("string") + ball:part("toy")
    k.attach("top", {tx, top_y + bt, tz}, math.min(tw, td) * 0.6)
    return shape
  end,
}
