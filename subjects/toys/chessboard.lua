-- A chessboard: a square wooden board with a dark border, its 8 x 8 field
-- of alternating light and dark tiles set a little proud of the board
-- (a1, the near left corner, dark; h1 light). The `set` variant stands a
-- game in progress on it: Staunton pieces, cream against dark.
local T = use("chess")

local S = 50           -- one square
local B = 26           -- border width
local H = 18           -- board thickness
local TOP = H + 1.5    -- the tiles' top face

-- The base radius of each piece on a 50 mm square.
local RADIUS = {pawn = 13, rook = 14, knight = 14, bishop = 14, queen = 15, king = 15.5}

-- Centre of square (file 1..8 along +X, rank 1..8 from the +Z edge back).
local function sq(file, rank)
  return (file - 4.5) * S, (4.5 - rank) * S
end

return {
  id = "chessboard",
  names = {"chessboard", "chess board", "checkerboard", "checker board", "draughts board", "checkers board",
           "chequerboard", "chequer board", "draughtboard", "chessbord", "wooden chessboard"},
  lvis = {"chessboard", "checkerboard"},
  family = "toys",
  size_mm = 20,
  description = "A square 8x8 chessboard of light and dark squares in a wooden frame",
  parts = {
    {"dark_squares", "wood", color = "#6e3f22", role = "primary", names = {"dark squares", "black squares", "dark tiles", "squares", "tiles"}},
    {"light_squares", "wood", color = "#ecd4a8", role = "secondary", names = {"light squares", "white squares", "light tiles"}},
    {"frame", "wood", color = "#3e2416", role = "detail", names = {"frame", "border", "board", "edge", "rim"}},
    {"white_pieces", "wood", color = "#f0e2c4", role = "detail", names = {"white pieces", "light pieces", "pieces", "chess pieces", "chessmen"}},
    {"black_pieces", "wood", color = "#2a211c", role = "detail", names = {"black pieces", "dark pieces"}},
  },
  variants = {
    set = {names = {"chess set", "chessboard with pieces", "chess board with pieces", "chess game", "game of chess",
                    "chess set with board", "chessboard with chess pieces", "chessboard with all the pieces",
                    "chessboard with the pieces", "chessboard with all pieces", "chess board with all the pieces",
                    "chessboard set up", "chess board set up"}, size_mm = 110},
  },
  build = function(k)
    local W = 8 * S + 2 * B
    local board = box(W, H, W, 3):move(0, H * 0.5, 0)
    -- a thin inlaid line round the field
    local line = subtract(box(8 * S + 8, 1.5, 8 * S + 8):move(0, H + 0.2, 0), box(8 * S + 2, 4, 8 * S + 2):move(0, H, 0))
    -- the tiles: a1 (file 1, rank 1, near left) dark, alternating
    local t = S - 4
    local tile = box(t, 3, t, 1)
    local x0, z0 = sq(1, 1)
    local function field(dx, dy)
      -- two interleaved 4 x 4 lattices of every other square
      local a = array(array(tile, 4, 2 * S, 0, 0), 4, 0, 0, -2 * S):move(x0 + dx, TOP - 1.5 + dy, z0)
      local b = array(array(tile, 4, 2 * S, 0, 0), 4, 0, 0, -2 * S):move(x0 + S - dx, TOP - 1.5 + dy, z0 - S)
      return a + b
    end
    -- the dark tiles sit a hair lower, so each colour ends on an edge
    local dark = field(0, 0)
    local light = field(S, 0)
    local shape = (board + line):part("frame") + dark:part("dark_squares") + light:part("light_squares")
    if k.variant == "set" then
      -- A game in its middle: {piece, file, rank, white?}
      local game = {
        {"king", 7, 1, true}, {"rook", 6, 1, true}, {"pawn", 6, 2, true}, {"pawn", 7, 2, true}, {"pawn", 8, 3, true},
        {"queen", 4, 3, true}, {"knight", 3, 3, true}, {"bishop", 3, 4, true}, {"pawn", 4, 4, true}, {"pawn", 1, 2, true},
        {"king", 7, 8, false}, {"rook", 4, 8, false}, {"pawn", 6, 7, false}, {"pawn", 7, 6, false}, {"pawn", 8, 7, false},
        {"queen", 5, 7, false}, {"knight", 6, 6, false}, {"bishop", 2, 7, false}, {"pawn", 5, 5, false}, {"pawn", 1, 7, false},
      }
      local white, black = {}, {}
      for _, g in ipairs(game) do
        local x, z = sq(g[2], g[3])
        local p = T[g[1]](RADIUS[g[1]])
        -- knights look across the board at the other side
        if g[1] == "knight" then p = p:roty(g[4] and -90 or 90) end
        p = p:move(x, TOP - 0.6, z)
        if g[4] then white[#white + 1] = p else black[#black + 1] = p end
      end
      shape = shape + union(white):part("white_pieces") + union(black):part("black_pieces")
      k.attach("top", {0, TOP + 100, 0}, W)
    else
      k.attach("top", {0, TOP, 0}, W * 0.6)
    end
    return shape
  end,
}
