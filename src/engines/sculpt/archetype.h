#pragma once
// Archetype factories (Infinigen-style): each samples its parameters once
// from a seeded Rng, then builds a subject from SDF parts joined with smooth
// booleans. Parts carry material slots so the mesh can be split per material.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engines/sculpt/prompt_parser.h"
#include "engines/sculpt/random.h"
#include "geometry/sdf.h"

namespace kiln::engines::sculpt {

/// One material slot of a model, before the prompt's words are applied.
struct PartSlot {
  std::string role;             // "body", "lid", "bands", "leaves"…
  std::string_view material;    // a MaterialPreset id
  std::optional<ColorWord> color;  // overrides the preset's colour
  bool primary = false;         // takes the prompt's material and first colour
  bool secondary = false;       // takes the prompt's second colour
  bool keep_material = false;   // never recoloured (eyes, spots)
};

/// What a factory returns: the shape in mm (Y up, resting on y = 0, centred
/// on the Y axis) and its slots (slot index = material id in the SDF).
struct SculptModel {
  geometry::Sdf shape;
  std::vector<PartSlot> slots;
};

/// What a factory may read.
struct ArchetypeInput {
  std::string_view variant;  // from the subject word, e.g. "pine" for a tree
  Style style = Style::kDefault;
  /// Extra roundness for cartoon styles: blend radii are multiplied by this.
  float softness = 1.0f;
  /// "round", "square" or empty (PromptAnalysis::outline).
  std::string_view outline;
};

using ArchetypeFactory = std::function<SculptModel(const ArchetypeInput&, Rng&)>;

struct Archetype {
  std::string_view id;           // "teapot"
  std::string_view family;       // "vessel", "furniture", "nature", "creature", "building"
  float natural_height_mm;       // height when the prompt gives none
  ArchetypeFactory build;
};

/// Every archetype, in a fixed order.
const std::vector<Archetype>& archetypes();
const Archetype* findArchetype(std::string_view id);

// The factories, one per file under archetypes/.
SculptModel buildVase(const ArchetypeInput& in, Rng& rng);
SculptModel buildMug(const ArchetypeInput& in, Rng& rng);
SculptModel buildTeapot(const ArchetypeInput& in, Rng& rng);
SculptModel buildChest(const ArchetypeInput& in, Rng& rng);
SculptModel buildBarrel(const ArchetypeInput& in, Rng& rng);
SculptModel buildTable(const ArchetypeInput& in, Rng& rng);
SculptModel buildChair(const ArchetypeInput& in, Rng& rng);
SculptModel buildHouse(const ArchetypeInput& in, Rng& rng);
SculptModel buildTree(const ArchetypeInput& in, Rng& rng);
SculptModel buildRock(const ArchetypeInput& in, Rng& rng);
SculptModel buildMushroom(const ArchetypeInput& in, Rng& rng);
SculptModel buildAnimal(const ArchetypeInput& in, Rng& rng);
SculptModel buildSnowman(const ArchetypeInput& in, Rng& rng);

}  // namespace kiln::engines::sculpt
