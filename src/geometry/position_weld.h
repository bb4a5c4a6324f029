#pragma once
// Internal: groups vertices whose positions are bit-identical (after folding
// -0 into +0), the equality every topology check and weld in this module uses.

#include <cstdint>
#include <vector>

#include "geometry/mesh.h"

namespace kiln::geometry::detail {

/// For each position, the id of its class of exactly equal positions; ids are
/// dense and numbered in order of first occurrence. Returns the class count.
size_t weldPositions(const std::vector<Vec3>& positions, std::vector<uint32_t>& class_of_vertex);

/// Open-addressing hash for small fixed-size keys of 32-bit words; the core
/// of weldPositions, shared with weldKeys.
/// For each vertex, `words_per_key` words of `keys` (row-major) identify it;
/// returns the class count and fills class_of_vertex as weldPositions does.
size_t weldKeys(const std::vector<uint32_t>& keys, size_t words_per_key,
                std::vector<uint32_t>& class_of_vertex);

/// The bit pattern of f with -0 folded into +0.
uint32_t floatKey(float f);

}  // namespace kiln::geometry::detail
