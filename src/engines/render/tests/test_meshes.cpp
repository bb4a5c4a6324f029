#include "engines/render/tests/test_meshes.h"

#include <cmath>
#include <numbers>

namespace kiln::render::testing {

geometry::Mesh uvSphere(const geometry::Vec3& center, float radius, int segments, int rings,
                        const geometry::Vec3& albedo) {
  geometry::Mesh mesh;
  const float pi = std::numbers::pi_v<float>;
  for (int r = 0; r <= rings; ++r) {
    const float theta = pi * static_cast<float>(r) / static_cast<float>(rings);
    for (int s = 0; s <= segments; ++s) {
      const float phi = 2.0f * pi * static_cast<float>(s) / static_cast<float>(segments);
      const geometry::Vec3 n(std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi));
      mesh.positions.push_back(center + n * radius);
      mesh.normals.push_back(n);
    }
  }
  const auto at = [&](int r, int s) { return static_cast<uint32_t>(r * (segments + 1) + s); };
  for (int r = 0; r < rings; ++r) {
    for (int s = 0; s < segments; ++s) {
      // Counter-clockwise seen from outside.
      if (r != 0) mesh.indices.insert(mesh.indices.end(), {at(r, s), at(r, s + 1), at(r + 1, s)});
      if (r != rings - 1) mesh.indices.insert(mesh.indices.end(), {at(r, s + 1), at(r + 1, s + 1), at(r + 1, s)});
    }
  }
  geometry::Material m;
  m.base_color = geometry::Vec4(albedo.x(), albedo.y(), albedo.z(), 1.0f);
  m.roughness = 1.0f;
  m.metallic = 0.0f;
  mesh.materials = {m};
  return mesh;
}

geometry::Mesh box(const geometry::Vec3& min, const geometry::Vec3& max, const geometry::Vec3& albedo) {
  geometry::Mesh mesh;
  for (int i = 0; i < 8; ++i) {
    mesh.positions.emplace_back((i & 1) ? max.x() : min.x(), (i & 2) ? max.y() : min.y(), (i & 4) ? max.z() : min.z());
  }
  mesh.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                  2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
  geometry::Material m;
  m.base_color = geometry::Vec4(albedo.x(), albedo.y(), albedo.z(), 1.0f);
  mesh.materials = {m};
  geometry::flatShade(mesh);
  return mesh;
}

}  // namespace kiln::render::testing
