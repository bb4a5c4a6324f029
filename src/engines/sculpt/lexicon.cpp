#include "engines/sculpt/lexicon.h"

#include <cmath>

namespace kiln::engines::sculpt {

const std::vector<SubjectWord>& subjectWords() {
  static const std::vector<SubjectWord> kWords = {
      // Lathe vessels.
      {"vase", "vase", ""}, {"vessel", "vase", ""}, {"urn", "vase", "urn"}, {"jar", "vase", "jar"},
      {"amphora", "vase", "amphora"}, {"bottle", "vase", "bottle"}, {"pot", "vase", "jar"},
      {"flowerpot", "vase", "jar"}, {"jug", "vase", "bottle"}, {"bowl", "vase", "bowl"},
      {"goblet", "vase", "goblet"}, {"chalice", "vase", "goblet"}, {"cup", "mug", ""},
      {"mug", "mug", ""}, {"tankard", "mug", "tankard"},
      {"teapot", "teapot", ""}, {"kettle", "teapot", "kettle"},
      // Containers and furniture.
      {"chest", "chest", ""}, {"treasure", "chest", ""}, {"trunk", "chest", ""},
      {"crate", "chest", "crate"}, {"box", "chest", "crate"},
      {"barrel", "barrel", ""}, {"keg", "barrel", "keg"}, {"cask", "barrel", ""},
      {"table", "table", ""}, {"desk", "table", "desk"}, {"stool", "chair", "stool"},
      {"chair", "chair", ""}, {"seat", "chair", ""}, {"throne", "chair", "throne"},
      {"house", "house", ""}, {"cottage", "house", ""}, {"hut", "house", "hut"},
      {"cabin", "house", ""}, {"home", "house", ""},
      // Nature.
      {"tree", "tree", ""}, {"oak", "tree", "oak"}, {"pine", "tree", "pine"},
      {"fir", "tree", "pine"}, {"spruce", "tree", "pine"}, {"conifer", "tree", "pine"},
      {"bush", "tree", "bush"}, {"shrub", "tree", "bush"},
      {"rock", "rock", ""}, {"stone", "rock", ""}, {"boulder", "rock", "boulder"},
      {"pebble", "rock", "pebble"}, {"crystal", "rock", "crystal"},
      {"mushroom", "mushroom", ""}, {"toadstool", "mushroom", "toadstool"},
      {"fungus", "mushroom", ""},
      // Four-legged animals.
      {"animal", "animal", "dog"}, {"dog", "animal", "dog"}, {"puppy", "animal", "dog"},
      {"retriever", "animal", "dog"}, {"hound", "animal", "dog"}, {"cat", "animal", "cat"},
      {"kitten", "animal", "cat"}, {"horse", "animal", "horse"}, {"pony", "animal", "horse"},
      {"cow", "animal", "cow"}, {"bull", "animal", "cow"}, {"ox", "animal", "cow"},
      {"pig", "animal", "pig"}, {"piglet", "animal", "pig"}, {"sheep", "animal", "sheep"},
      {"lamb", "animal", "sheep"}, {"fox", "animal", "fox"}, {"wolf", "animal", "dog"},
      {"bear", "animal", "bear"}, {"deer", "animal", "deer"}, {"elephant", "animal", "elephant"},
      {"lion", "animal", "cat"}, {"tiger", "animal", "cat"},
      // Others.
      {"snowman", "snowman", ""},
  };
  return kWords;
}

const std::vector<ColorWord>& colorWords() {
  static const std::vector<ColorWord> kWords = {
      {"red", 200, 40, 35},      {"crimson", 170, 20, 45},    {"maroon", 120, 25, 30},
      {"orange", 235, 125, 30},  {"yellow", 240, 205, 50},    {"green", 60, 150, 60},
      {"lime", 150, 210, 60},    {"olive", 120, 120, 50},     {"teal", 30, 128, 128},
      {"cyan", 60, 200, 210},    {"turquoise", 60, 200, 190}, {"blue", 45, 90, 200},
      {"navy", 25, 35, 90},      {"purple", 120, 60, 160},    {"violet", 140, 90, 200},
      {"magenta", 200, 50, 160}, {"pink", 240, 150, 180},     {"brown", 115, 75, 45},
      {"tan", 200, 165, 120},    {"beige", 220, 205, 170},    {"cream", 240, 230, 200},
      {"ivory", 245, 240, 225},  {"white", 240, 240, 236},    {"grey", 128, 128, 128},
      {"gray", 128, 128, 128},   {"black", 30, 30, 32},       {"silver", 200, 200, 205},
      {"golden", 225, 180, 60},  {"rusty", 150, 75, 40},      {"pastel", 230, 200, 220},
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
      {"rubber", 40, 40, 40, 0.0f, 0.95f},   {"glass", 220, 235, 240, 0.0f, 0.05f},
      {"jade", 80, 160, 110, 0.0f, 0.2f},    {"clay", 180, 120, 90, 0.0f, 0.9f},
      {"concrete", 160, 160, 155, 0.0f, 0.95f},
  };
  return kPresets;
}

const std::vector<MaterialWord>& materialWords() {
  static const std::vector<MaterialWord> kWords = {
      {"wood", "wood"},         {"wooden", "wood"},         {"oaken", "wood"},
      {"walnut", "wood"},       {"timber", "wood"},         {"ceramic", "ceramic"},
      {"porcelain", "ceramic"}, {"china", "ceramic"},       {"glazed", "glazed"},
      {"terracotta", "terracotta"}, {"clay", "clay"},       {"stone", "stone"},
      {"granite", "stone"},     {"marble", "marble"},       {"gold", "gold"},
      {"golden", "gold"},       {"gilded", "gold"},         {"silver", "silver"},
      {"iron", "iron"},         {"cast", "iron"},           {"wrought", "iron"},
      {"steel", "steel"},       {"metal", "steel"},         {"metallic", "steel"},
      {"bronze", "bronze"},     {"copper", "copper"},       {"brass", "brass"},
      {"plastic", "plastic"},   {"rubber", "rubber"},       {"glass", "glass"},
      {"jade", "jade"},         {"concrete", "concrete"},
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

const SubjectWord* findSubject(std::string_view word) { return findIn(subjectWords(), word); }
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
