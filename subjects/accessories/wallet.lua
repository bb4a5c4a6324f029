-- A leather bifold wallet stood half open on its bottom edge like a book,
-- the two halves swung apart on the rounded fold. Inside each half three
-- stepped card slots with a couple of bank cards standing out of them, and a
-- banknote peeking out of the long pocket along the top edge.
return {
  id = "wallet",
  names = {"wallet", "billfold", "leather wallet", "money wallet", "bifold wallet", "bi fold wallet",
           "mens wallet", "pocket wallet", "card wallet", "walet", "wallett", "open wallet", "billfold wallet"},
  lvis = {"wallet"},
  family = "accessories",
  size_mm = 100,
  description = "A leather bifold wallet lying half open with cards and a banknote",
  params = {open = {52, 60}},
  parts = {
    {"leather", "leather", color = "#6e4024", role = "primary", names = {"leather", "outside", "cover", "body",
                                                                        "shell"}},
    {"pockets", "leather", color = "#8a5630", role = "secondary", names = {"pockets", "card slots", "slots",
                                                                          "inside", "lining", "interior"}},
    {"cards", "plastic", color = "#2c68c8", role = "detail", names = {"cards", "card", "credit card",
                                                                    "credit cards", "bank card"}},
    {"money", "paper", color = "#9cc490", role = "detail", names = {"money", "banknote", "banknotes", "note",
                                                                   "notes", "bill", "bills", "cash", "dollar"}},
  },
  points = {"top"},
  build = function(k)
    -- one half, built flat: out from the fold along +x (0..L), up along +y
    -- (bottom edge on y = 0, top edge at y = Wd), its inside facing +z
    local L, Wd, T = 112, 90, 4.5
    local function half(with_cards, with_note)
      local shell = box(L, Wd, T, 1.8):move(L / 2, Wd / 2, -T / 2)
      local pockets, cards = {}, {}
      -- the lining panel the slots are sewn onto
      pockets[#pockets + 1] = box(L - 8, Wd - 6, 2.4, 0.8):move(L / 2 + 2, Wd / 2 - 1, 0.9)
      -- three stepped slots: the one with the highest mouth lies at the back,
      -- each lower one a layer nearer
      local mouths = {Wd - 30, Wd - 46, Wd - 62}
      for i, ym in ipairs(mouths) do
        local z = 1.6 + i * 2.2
        local y0 = 4.5
        pockets[#pockets + 1] = box(L - 12, ym - y0, 2.4, 0.8):move(L / 2 + 3, (ym + y0) / 2, z)
        -- the slot's stitched lip
        pockets[#pockets + 1] = capsule({10, ym, z + 0.4}, {L - 4, ym, z + 0.4}, 1.2)
        if with_cards and i <= 2 then
          -- a bank card standing out of the slot, set towards the outer edge
          cards[#cards + 1] = box(L * 0.66, 40, 2.2, 1):move(L * 0.5 + 6, ym - 6, z - 1.4)
        end
      end
      local note = empty()
      if with_note then
        -- a banknote peeking out of the long pocket along the top edge
        note = box(L - 14, 44, 2.6, 0.5):move(L / 2 + 1, Wd - 8, 0.3):rotz(-3):move(0, 5, 0)
      end
      return shell, union(pockets), (#cards > 0) and union(cards) or empty(), note
    end
    -- each half swings this far off the straight-out line
    local b = k.p.open
    local s1, p1, c1, n1 = half(true, true)
    local s2, p2, c2 = half(true, false)
    local function armA(s) return s:roty(b) end
    local function armB(s) return s:flip("z"):roty(-b) end
    -- the rounded fold joining the halves
    local spine = cylinder(T * 1.1, Wd - 4, 1):move(-T * 0.6, 2, 0)
    local shape = union((armA(s1) + armB(s2) + spine):part("leather"), (armA(p1) + armB(p2)):part("pockets"),
                        (armA(c1) + armB(c2)):part("cards"), armA(n1):part("money"))
    k.attach("top", {L * 0.5, Wd + 8, 0}, L * 0.6)
    return shape:roty(-35)
  end,
}
