#include "geometry/position_weld.h"

#include <bit>
#include <cstring>

namespace kiln::geometry::detail {

uint32_t floatKey(float f) {
  // -0.0f + 0.0f == +0.0f, so equal values get equal bits.
  return std::bit_cast<uint32_t>(f + 0.0f);
}

size_t weldKeys(const std::vector<uint32_t>& keys, size_t words_per_key,
                std::vector<uint32_t>& class_of_vertex) {
  const size_t count = words_per_key == 0 ? 0 : keys.size() / words_per_key;
  class_of_vertex.assign(count, 0);
  size_t capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const size_t mask = capacity - 1;
  constexpr uint32_t kEmpty = 0xffffffffu;
  // slot -> representative vertex; classes numbered by first occurrence.
  std::vector<uint32_t> slot_vertex(capacity, kEmpty);
  std::vector<uint32_t> slot_class(capacity, 0);
  size_t classes = 0;
  for (size_t v = 0; v < count; ++v) {
    const uint32_t* key = &keys[v * words_per_key];
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (size_t w = 0; w < words_per_key; ++w) {
      h ^= key[w];
      h *= 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
    size_t slot = static_cast<size_t>(h) & mask;
    while (true) {
      const uint32_t other = slot_vertex[slot];
      if (other == kEmpty) {
        slot_vertex[slot] = static_cast<uint32_t>(v);
        slot_class[slot] = static_cast<uint32_t>(classes);
        class_of_vertex[v] = static_cast<uint32_t>(classes++);
        break;
      }
      if (std::memcmp(&keys[other * words_per_key], key, words_per_key * sizeof(uint32_t)) == 0) {
        class_of_vertex[v] = slot_class[slot];
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return classes;
}

size_t weldPositions(const std::vector<Vec3>& positions, std::vector<uint32_t>& class_of_vertex) {
  std::vector<uint32_t> keys(positions.size() * 3);
  for (size_t v = 0; v < positions.size(); ++v) {
    for (int a = 0; a < 3; ++a) keys[3 * v + a] = floatKey(positions[v][a]);
  }
  return weldKeys(keys, 3, class_of_vertex);
}

}  // namespace kiln::geometry::detail
