#pragma once
// Composition: turns an understood prompt into one SDF and its material
// slots. The main subject is built at its natural size; accessories are
// scaled to the attachment point they go to (a hat to the head, a bowtie to
// the neck, a sword to the hand); a container or support is built at its own
// natural size with the subject placed at its "inside" or "top" point;
// contents fill an "inside" point (a liquid up to the "fill" point); counts
// arrange several copies side by side, each with its own seed.

#include <string>
#include <vector>

#include "core/result.h"
#include "engines/sculpt/lexicon.h"
#include "engines/sculpt/prompt_parser.h"
#include "engines/sculpt/subject_library.h"
#include "geometry/sdf.h"

namespace kiln::engines::sculpt {

/// One material slot of the composed model, with the prompt's words applied.
struct ResolvedSlot {
  std::string name;            // "dog/coat", "bowtie/body"
  ColorWord color;
  const MaterialPreset* preset;
  bool glazed = false;
  bool glowing = false;        // gives off light in its own colour (an emissive material)
};

struct ComposedModel {
  geometry::Sdf shape;               // mm, Y up, resting on y = 0, centred on the Y axis
  std::vector<ResolvedSlot> slots;   // slot i = material i of the shape
  std::vector<std::string> notes;    // what was asked but could not be placed
  size_t shape_nodes = 0;
  bool grew_held = false;            // a held or worn thing was grown to its holder's scale
  bool reshaped = false;             // a condition (dented, cracked, weathered) displaced the surface
  bool apart = false;                // something stands beside the subject, not joined to it
  std::string pose;                  // the pose built: the prompt's, or "sitting" on or in a seat
};

struct ComposeOptions {
  /// Grow held and worn things to their holder's scale so their thin parts
  /// survive meshing; off for the retry when a grown part closed badly.
  bool grow_held = true;
  /// Let conditions displace the surface; off for the retry when the
  /// displaced surface closed badly (the condition is still painted).
  bool reshape_conditions = true;
};

/// Builds everything the analysis names. Fails with the subject's error
/// (file and line) when a subject file fails.
Result<ComposedModel> compose(const PromptAnalysis& prompt, const SubjectLibrary& library, Style style,
                              uint64_t seed, const ComposeOptions& options = {});

}  // namespace kiln::engines::sculpt
