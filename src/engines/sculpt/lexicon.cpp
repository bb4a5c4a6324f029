#include "engines/sculpt/lexicon.h"

#include <cmath>

namespace kiln::engines::sculpt {

const std::vector<ColorWord>& colorWords() {
  static const std::vector<ColorWord> kWords = {
      {"red", 200, 40, 35},      {"crimson", 170, 20, 45},    {"maroon", 120, 25, 30},
      {"orange", 235, 125, 30},  {"autumn", 205, 105, 35},   {"autumnal", 205, 105, 35},  {"yellow", 240, 205, 50},    {"green", 60, 150, 60},
      {"lime", 150, 210, 60},    {"olive", 120, 120, 50},     {"teal", 30, 128, 128},
      {"cyan", 60, 200, 210},    {"turquoise", 60, 200, 190}, {"blue", 45, 90, 200},
      {"navy", 25, 35, 90},      {"purple", 120, 60, 160},    {"violet", 140, 90, 200},
      {"magenta", 200, 50, 160}, {"pink", 240, 150, 180},     {"brown", 115, 75, 45},
      {"tan", 200, 165, 120},    {"beige", 220, 205, 170},    {"cream", 240, 230, 200},
      {"ivory", 245, 240, 225},  {"white", 240, 240, 236},    {"grey", 128, 128, 128},
      {"gray", 128, 128, 128},   {"black", 30, 30, 32},       {"silver", 200, 200, 205},
      {"golden", 225, 180, 60},  {"pastel", 230, 200, 220},   {"gold", 225, 180, 60},
      {"bronze", 175, 120, 60},  {"copper", 200, 115, 75},    {"chocolate", 95, 55, 35},
      {"ginger", 200, 110, 45},  {"blonde", 230, 200, 130},   {"auburn", 150, 60, 35},
      {"emerald", 30, 140, 80},  {"ruby", 170, 20, 50},       {"sapphire", 30, 60, 160},
      {"amber", 230, 150, 30},   {"lavender", 180, 150, 220}, {"mint", 150, 220, 180},
      {"peach", 250, 190, 150},  {"coral", 245, 120, 100},    {"indigo", 70, 50, 140},
      {"charcoal", 55, 55, 60},  {"khaki", 190, 175, 120},    {"rose", 230, 120, 140},
      {"scarlet", 220, 35, 30},  {"aqua", 80, 210, 220},      {"burgundy", 110, 20, 40},
      {"mustard", 215, 170, 40}, {"salmon", 245, 140, 115},   {"sky", 135, 190, 235},
      {"rainbow", 200, 80, 200}, {"multicolored", 200, 80, 200}, {"colorful", 220, 90, 60},
  };
  return kWords;
}

const std::vector<MaterialPreset>& materialPresets() {
  static const std::vector<MaterialPreset> kPresets = {
      {"wood", 140, 95, 55, 0.0f, 0.75f},    {"ceramic", 235, 232, 225, 0.0f, 0.35f},
      {"glazed", 230, 235, 240, 0.0f, 0.12f}, {"terracotta", 190, 100, 60, 0.0f, 0.85f},
      {"stone", 140, 138, 130, 0.0f, 0.9f},  {"marble", 235, 232, 228, 0.0f, 0.25f},
      {"gold", 255, 200, 80, 1.0f, 0.25f},   {"silver", 230, 230, 235, 1.0f, 0.2f},
      {"iron", 95, 95, 100, 1.0f, 0.55f},    {"steel", 170, 172, 178, 1.0f, 0.35f},
      {"bronze", 175, 120, 60, 1.0f, 0.4f},  {"copper", 210, 120, 80, 1.0f, 0.3f},
      {"brass", 210, 170, 80, 1.0f, 0.3f},   {"plastic", 200, 200, 200, 0.0f, 0.45f},
      {"rubber", 40, 40, 40, 0.0f, 0.95f},   {"glass", 220, 235, 240, 0.0f, 0.05f, 0.25f},
      // Glossy and opaque: eyes, windows on a solid cabin, lamps, gems.
      {"gloss", 220, 235, 240, 0.0f, 0.05f},
      {"jade", 80, 160, 110, 0.0f, 0.2f},    {"clay", 180, 120, 90, 0.0f, 0.9f},
      {"concrete", 160, 160, 155, 0.0f, 0.95f},
      // Soft and organic surfaces: "golden" on these is a colour, not gold.
      {"fur", 170, 130, 90, 0.0f, 0.9f},     {"skin", 225, 180, 150, 0.0f, 0.6f},
      {"feather", 200, 200, 195, 0.0f, 0.85f}, {"scales", 90, 130, 80, 0.0f, 0.5f},
      {"fabric", 200, 60, 60, 0.0f, 0.95f},  {"leather", 110, 65, 35, 0.0f, 0.6f},
      {"plant", 70, 140, 60, 0.0f, 0.7f},    {"food", 220, 170, 110, 0.0f, 0.6f},
      {"paper", 240, 238, 230, 0.0f, 0.9f},  {"wax", 245, 240, 225, 0.0f, 0.4f},
      {"ice", 215, 235, 245, 0.0f, 0.1f},    {"bone", 235, 225, 200, 0.0f, 0.7f},
      {"chocolate", 95, 55, 35, 0.0f, 0.45f}, {"paint", 220, 220, 220, 0.0f, 0.35f},
      {"candy", 240, 120, 170, 0.0f, 0.25f},
  };
  return kPresets;
}

const std::vector<MaterialWord>& materialWords() {
  static const std::vector<MaterialWord> kWords = {
      {"wood", "wood"},         {"wooden", "wood"},         {"oaken", "wood"},
      {"walnut", "wood"},       {"timber", "wood"},         {"ceramic", "ceramic"},
      {"porcelain", "ceramic"}, {"china", "ceramic"},       {"glazed", "glazed"},
      {"enamel", "glazed"},     {"enamelled", "glazed"},    {"enameled", "glazed"},
      {"terracotta", "terracotta"}, {"clay", "clay"},       {"stone", "stone"},
      {"granite", "stone"},     {"marble", "marble"},       {"gold", "gold"},
      {"golden", "gold"},       {"gilded", "gold"},         {"silver", "silver"},
      {"iron", "iron"},         {"cast", "iron"},           {"wrought", "iron"},
      {"steel", "steel"},       {"metal", "steel"},         {"tin", "steel"},         {"galvanized", "steel"},    {"translucent", "glass"},   {"transparent", "glass"},    {"galvanised", "steel"},    {"zinc", "steel"},         {"metallic", "steel"},
      {"bronze", "bronze"},     {"copper", "copper"},       {"brass", "brass"},
      {"plastic", "plastic"},   {"rubber", "rubber"},       {"glass", "glass"},
      {"jade", "jade"},         {"concrete", "concrete"},     {"leather", "leather"},
      {"fabric", "fabric"},     {"cloth", "fabric"},          {"cotton", "fabric"},
      {"wool", "fabric"},       {"woolen", "fabric"},         {"woollen", "fabric"},
      {"knitted", "fabric"},    {"plush", "fabric"},          {"felt", "fabric"},
      {"velvet", "fabric"},     {"silk", "fabric"},           {"denim", "fabric"},
      {"paper", "paper"},       {"cardboard", "paper"},       {"wax", "wax"},
      {"bone", "bone"},         {"chocolate", "chocolate"},   {"candy", "candy"},
      {"crystal", "glass"},     {"ceramics", "ceramic"},      {"stoneware", "ceramic"},
      {"pewter", "iron"},       {"platinum", "silver"},       {"aluminium", "steel"},
      {"aluminum", "steel"},    {"chrome", "steel"},          {"chromed", "steel"},
      {"obsidian", "stone"},    {"sandstone", "stone"},       {"slate", "stone"},
      {"ivory", "bone"},        {"resin", "plastic"},         {"vinyl", "plastic"},
      {"ice", "ice"},
  };
  return kWords;
}

namespace {
template <typename T>
const T* findIn(const std::vector<T>& table, std::string_view word) {
  for (const auto& entry : table) {
    if (entry.word == word) return &entry;
  }
  return nullptr;
}
}  // namespace

const ColorWord* findColor(std::string_view word) { return findIn(colorWords(), word); }
const MaterialWord* findMaterialWord(std::string_view word) { return findIn(materialWords(), word); }
const MaterialPreset* findMaterialPreset(std::string_view id) {
  for (const auto& p : materialPresets()) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

float srgbToLinear(unsigned char value) {
  // IEC 61966-2-1 transfer function.
  const float c = static_cast<float>(value) / 255.0f;
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

geometry::Vec4 linearColor(unsigned char r, unsigned char g, unsigned char b) {
  return {srgbToLinear(r), srgbToLinear(g), srgbToLinear(b), 1.0f};
}

}  // namespace kiln::engines::sculpt
