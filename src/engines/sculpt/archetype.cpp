#include "engines/sculpt/archetype.h"

namespace kiln::engines::sculpt {

const std::vector<Archetype>& archetypes() {
  static const std::vector<Archetype> kArchetypes = {
      {"vase", "vessel", 220.0f, buildVase},
      {"mug", "vessel", 100.0f, buildMug},
      {"teapot", "vessel", 150.0f, buildTeapot},
      {"chest", "container", 280.0f, buildChest},
      {"barrel", "container", 450.0f, buildBarrel},
      {"table", "furniture", 750.0f, buildTable},
      {"chair", "furniture", 900.0f, buildChair},
      {"house", "building", 400.0f, buildHouse},
      {"tree", "plant", 600.0f, buildTree},
      {"rock", "mineral", 150.0f, buildRock},
      {"mushroom", "fungus", 120.0f, buildMushroom},
      {"animal", "creature", 200.0f, buildAnimal},
      {"snowman", "figure", 300.0f, buildSnowman},
  };
  return kArchetypes;
}

const Archetype* findArchetype(std::string_view id) {
  for (const auto& a : archetypes()) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

}  // namespace kiln::engines::sculpt
