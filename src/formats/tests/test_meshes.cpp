#include "formats/tests/test_meshes.h"

#include <cmath>
#include <map>
#include <numbers>

namespace kiln::formats::testing {

using geometry::Mesh;
using geometry::Vec2;
using geometry::Vec3;
using geometry::Vec4;

Mesh twoMaterialCube() {
  Mesh mesh;
  // Each face: outward normal and two in-plane axes u, v with u × v = normal,
  // so corners (−u−v, +u−v, +u+v, −u+v) wind counter-clockwise from outside.
  struct Face {
    Vec3 normal, u, v;
  };
  const Face faces[] = {
      {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},  {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
      {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},  {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}},
      {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}},  {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
  };
  const Vec3 centre(0.0f, 10.0f, 0.0f);
  const float half = 10.0f;
  const float corner_signs[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
  for (const Face& face : faces) {
    const auto base = static_cast<uint32_t>(mesh.positions.size());
    for (const auto& s : corner_signs) {
      const Vec3 p = centre + half * (face.normal + s[0] * face.u + s[1] * face.v);
      mesh.positions.push_back(p);
      mesh.normals.push_back(face.normal);
      // A colour from the position, so every corner differs.
      mesh.colors.emplace_back(0.5f + p.x() / 40.0f, p.y() / 20.0f, 0.5f + p.z() / 40.0f, 1.0f);
    }
    mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  }
  // Faces 0-3 are the sides (x and z), 4-5 top and bottom.
  mesh.materials = {
      {"red", Vec4(0.8f, 0.05f, 0.05f, 1.0f), 0.0f, 0.6f, Vec3::Zero()},
      {"blue", Vec4(0.1f, 0.2f, 0.9f, 1.0f), 0.5f, 0.3f, Vec3(0.0f, 0.0f, 0.25f)},
  };
  mesh.submeshes = {{0, 0, 8}, {1, 8, 4}};
  return mesh;
}

Mesh icosphere(int subdivisions, float radius_mm) {
  const float t = (1.0f + std::sqrt(5.0f)) / 2.0f;
  std::vector<Vec3> points = {{-1, t, 0}, {1, t, 0},  {-1, -t, 0}, {1, -t, 0}, {0, -1, t},  {0, 1, t},
                              {0, -1, -t}, {0, 1, -t}, {t, 0, -1},  {t, 0, 1},  {-t, 0, -1}, {-t, 0, 1}};
  for (Vec3& p : points) p.normalize();
  std::vector<uint32_t> tris = {0, 11, 5, 0, 5,  1, 0, 1, 7, 0, 7,  10, 0, 10, 11, 1, 5, 9, 5, 11,
                                4, 11, 10, 2, 10, 7, 6, 7, 1, 8, 3, 9,  4, 3, 4,  2, 3, 2, 6, 3,
                                6, 8,  3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
  for (int s = 0; s < subdivisions; ++s) {
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> midpoint;
    auto mid = [&](uint32_t a, uint32_t b) {
      const auto key = std::minmax(a, b);
      auto [it, inserted] = midpoint.try_emplace(key, static_cast<uint32_t>(points.size()));
      if (inserted) points.push_back((points[a] + points[b]).normalized());
      return it->second;
    };
    std::vector<uint32_t> next;
    for (size_t i = 0; i < tris.size(); i += 3) {
      const uint32_t a = tris[i], b = tris[i + 1], c = tris[i + 2];
      const uint32_t ab = mid(a, b), bc = mid(b, c), ca = mid(c, a);
      next.insert(next.end(), {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca});
    }
    tris = std::move(next);
  }
  Mesh mesh;
  for (const Vec3& p : points) {
    mesh.positions.push_back(p * radius_mm);
    mesh.normals.push_back(p);
    const float u = 0.5f + std::atan2(p.z(), p.x()) / (2.0f * std::numbers::pi_v<float>);
    const float v = 0.5f - std::asin(std::clamp(p.y(), -1.0f, 1.0f)) / std::numbers::pi_v<float>;
    mesh.uvs.emplace_back(u, v);
  }
  mesh.indices = std::move(tris);
  mesh.materials = {{"clay", Vec4(0.7f, 0.55f, 0.4f, 1.0f), 0.0f, 0.9f, Vec3::Zero()}};
  mesh.submeshes = {{0, 0, static_cast<uint32_t>(mesh.triangleCount())}};
  return mesh;
}

geometry::Box bounds(const Mesh& mesh) {
  geometry::Box box;
  for (const Vec3& p : mesh.positions) box.extend(p);
  return box;
}

}  // namespace kiln::formats::testing
