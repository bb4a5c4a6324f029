#pragma once
// The part vocabulary: the C++ modelling kernel exposed to subject files as
// Lua functions (primitives, lathe, extrusion, loft, tubes along splines,
// leaves and blades, booleans and smooth booleans, transforms, arrays,
// mirror, shell, rounding, surface noise). docs/subjects.md is the manual.
//
// Shapes are userdata holding a geometry::Sdf; the kernel does the work, Lua
// only describes the tree, so a subject builds in well under a millisecond.
// Every count a subject passes (array sizes, points) is capped, and the
// number of kernel nodes one build may create is bounded, so a hostile file
// cannot make meshing run for hours.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "geometry/sdf.h"

struct lua_State;

namespace kiln::engines::sculpt {

/// Limits on what one build may ask of the kernel.
inline constexpr size_t kMaxShapeNodes = 20'000;
inline constexpr int kMaxArrayCount = 256;
inline constexpr size_t kMaxPoints = 2'000;

/// Per-build state the vocabulary needs: the part names of the subject being
/// built (a shape's :part("roof") looks its slot up here), a seed for noise,
/// and the node counter.
struct VocabularyState {
  std::vector<std::string> part_names;
  uint64_t noise_seed = 0;
  size_t nodes = 0;
};

/// Installs the vocabulary as globals in `L` and binds it to `state`, which
/// must outlive every call into `L`.
void installPartVocabulary(lua_State* L, VocabularyState* state);

/// Pushes `sdf` as a shape userdata.
void pushShape(lua_State* L, geometry::Sdf sdf);
/// The shape at `index`, or nullptr when it is not one.
const geometry::Sdf* toShape(lua_State* L, int index);

}  // namespace kiln::engines::sculpt
