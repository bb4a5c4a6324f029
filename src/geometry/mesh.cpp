#include "geometry/mesh.h"

#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "geometry/position_weld.h"

namespace kiln::geometry {

std::vector<SubMesh> Mesh::effectiveSubmeshes() const {
  if (!submeshes.empty()) return submeshes;
  return {SubMesh{0, 0, static_cast<uint32_t>(triangleCount())}};
}

bool Mesh::validate() const {
  if (indices.size() % 3 != 0) return false;
  const size_t n = positions.size();
  for (uint32_t i : indices) {
    if (i >= n) return false;
  }
  if (!normals.empty() && normals.size() != n) return false;
  if (!uvs.empty() && uvs.size() != n) return false;
  if (!colors.empty() && colors.size() != n) return false;
  if (submeshes.empty()) return true;
  if (materials.empty()) return false;
  uint32_t next = 0;
  for (const SubMesh& s : submeshes) {
    if (s.first_triangle != next || s.material >= materials.size()) return false;
    next += s.triangle_count;
  }
  return next == triangleCount();
}

Box boundingBox(const Mesh& mesh) {
  Box box;
  for (const Vec3& p : mesh.positions) box.extend(p);
  return box;
}

double volume(const Mesh& mesh) {
  // Divergence theorem: sum of signed tetrahedra against the origin, in double
  // and relative to the first vertex to limit cancellation far from the origin.
  if (mesh.positions.empty()) return 0.0;
  const Eigen::Vector3d origin = mesh.positions[0].cast<double>();
  double six_volume = 0.0;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto [a, b, c] = mesh.triangle(t);
    const Eigen::Vector3d pa = mesh.positions[a].cast<double>() - origin;
    const Eigen::Vector3d pb = mesh.positions[b].cast<double>() - origin;
    const Eigen::Vector3d pc = mesh.positions[c].cast<double>() - origin;
    six_volume += pa.dot(pb.cross(pc));
  }
  return six_volume / 6.0;
}

double surfaceArea(const Mesh& mesh) {
  double area = 0.0;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto [a, b, c] = mesh.triangle(t);
    const Eigen::Vector3d pa = mesh.positions[a].cast<double>();
    const Eigen::Vector3d pb = mesh.positions[b].cast<double>();
    const Eigen::Vector3d pc = mesh.positions[c].cast<double>();
    area += 0.5 * (pb - pa).cross(pc - pa).norm();
  }
  return area;
}

void transform(Mesh& mesh, const Affine& transform) {
  const Eigen::Matrix3f linear = transform.linear();
  const Eigen::Matrix3f normal_matrix = linear.inverse().transpose();
  for (Vec3& p : mesh.positions) p = transform * p;
  for (Vec3& n : mesh.normals) {
    const Vec3 m = normal_matrix * n;
    const float length = m.norm();
    n = length > 0.0f ? Vec3(m / length) : n;
  }
  if (linear.determinant() < 0.0f) {
    for (size_t t = 0; t < mesh.triangleCount(); ++t) {
      std::swap(mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]);
    }
  }
}

void computeNormals(Mesh& mesh) {
  // Face normals weighted by corner angle times area (the cross product's
  // length is twice the area), accumulated per welded position so material
  // seams and split vertices do not show as creases.
  std::vector<uint32_t> welded;
  const size_t classes = detail::weldPositions(mesh.positions, welded);
  std::vector<Eigen::Vector3d> sum(classes, Eigen::Vector3d::Zero());
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto tri = mesh.triangle(t);
    const Eigen::Vector3d p[3] = {mesh.positions[tri[0]].cast<double>(),
                                  mesh.positions[tri[1]].cast<double>(),
                                  mesh.positions[tri[2]].cast<double>()};
    const Eigen::Vector3d face = (p[1] - p[0]).cross(p[2] - p[0]);
    if (face.squaredNorm() == 0.0) continue;
    for (int corner = 0; corner < 3; ++corner) {
      const Eigen::Vector3d e1 = p[(corner + 1) % 3] - p[corner];
      const Eigen::Vector3d e2 = p[(corner + 2) % 3] - p[corner];
      const double angle = std::atan2(e1.cross(e2).norm(), e1.dot(e2));
      sum[welded[tri[corner]]] += face * angle;
    }
  }
  mesh.normals.resize(mesh.positions.size());
  for (size_t v = 0; v < mesh.positions.size(); ++v) {
    const Eigen::Vector3d& s = sum[welded[v]];
    const double length = s.norm();
    mesh.normals[v] = length > 0.0 ? Vec3((s / length).cast<float>()) : Vec3(0.0f, 1.0f, 0.0f);
  }
}

namespace {

// Rebuilds submesh counts after triangles were dropped; `kept_per_submesh`
// holds the surviving count of each submesh in order (empty ones removed).
void rebuildSubmeshes(Mesh& mesh, const std::vector<uint32_t>& kept_per_submesh) {
  if (mesh.submeshes.empty()) return;
  std::vector<SubMesh> rebuilt;
  uint32_t first = 0;
  for (size_t s = 0; s < mesh.submeshes.size(); ++s) {
    if (kept_per_submesh[s] == 0) continue;
    rebuilt.push_back({mesh.submeshes[s].material, first, kept_per_submesh[s]});
    first += kept_per_submesh[s];
  }
  mesh.submeshes = std::move(rebuilt);
}

template <typename T>
void compactAttribute(std::vector<T>& values, const std::vector<uint32_t>& representative) {
  if (values.empty()) return;
  std::vector<T> out(representative.size());
  for (size_t c = 0; c < representative.size(); ++c) out[c] = values[representative[c]];
  values = std::move(out);
}

}  // namespace

void weldVertices(Mesh& mesh) {
  std::vector<uint32_t> welded;
  const size_t classes = detail::weldPositions(mesh.positions, welded);
  std::vector<uint32_t> representative(classes, 0);
  std::vector<bool> seen(classes, false);
  for (size_t v = 0; v < welded.size(); ++v) {
    if (!seen[welded[v]]) {
      seen[welded[v]] = true;
      representative[welded[v]] = static_cast<uint32_t>(v);
    }
  }
  compactAttribute(mesh.positions, representative);
  compactAttribute(mesh.normals, representative);
  compactAttribute(mesh.uvs, representative);
  compactAttribute(mesh.colors, representative);

  const std::vector<SubMesh> submeshes = mesh.effectiveSubmeshes();
  std::vector<uint32_t> kept_per_submesh(submeshes.size(), 0);
  std::vector<uint32_t> out;
  out.reserve(mesh.indices.size());
  for (size_t s = 0; s < submeshes.size(); ++s) {
    for (uint32_t t = submeshes[s].first_triangle;
         t < submeshes[s].first_triangle + submeshes[s].triangle_count; ++t) {
      const uint32_t a = welded[mesh.indices[3 * t]];
      const uint32_t b = welded[mesh.indices[3 * t + 1]];
      const uint32_t c = welded[mesh.indices[3 * t + 2]];
      if (a == b || b == c || a == c) continue;
      out.insert(out.end(), {a, b, c});
      ++kept_per_submesh[s];
    }
  }
  mesh.indices = std::move(out);
  rebuildSubmeshes(mesh, kept_per_submesh);
}

void flatShade(Mesh& mesh) {
  Mesh flat;
  const size_t corners = mesh.indices.size();
  flat.positions.resize(corners);
  flat.normals.resize(corners);
  if (!mesh.uvs.empty()) flat.uvs.resize(corners);
  if (!mesh.colors.empty()) flat.colors.resize(corners);
  flat.indices.resize(corners);
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto tri = mesh.triangle(t);
    const Vec3& a = mesh.positions[tri[0]];
    const Vec3& b = mesh.positions[tri[1]];
    const Vec3& c = mesh.positions[tri[2]];
    Vec3 normal = (b - a).cross(c - a);
    const float length = normal.norm();
    normal = length > 0.0f ? Vec3(normal / length) : Vec3(0.0f, 1.0f, 0.0f);
    for (int k = 0; k < 3; ++k) {
      const size_t out = 3 * t + k;
      flat.positions[out] = mesh.positions[tri[k]];
      flat.normals[out] = normal;
      if (!mesh.uvs.empty()) flat.uvs[out] = mesh.uvs[tri[k]];
      if (!mesh.colors.empty()) flat.colors[out] = mesh.colors[tri[k]];
      flat.indices[out] = static_cast<uint32_t>(out);
    }
  }
  flat.submeshes = std::move(mesh.submeshes);
  flat.materials = std::move(mesh.materials);
  mesh = std::move(flat);
}

void assignMaterials(Mesh& mesh, const std::vector<uint32_t>& triangle_material) {
  const size_t count = mesh.triangleCount();
  std::vector<uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return triangle_material[x] < triangle_material[y];
  });
  std::vector<uint32_t> sorted(mesh.indices.size());
  for (size_t i = 0; i < count; ++i) {
    for (int k = 0; k < 3; ++k) sorted[3 * i + k] = mesh.indices[3 * order[i] + k];
  }
  mesh.indices = std::move(sorted);
  mesh.submeshes.clear();
  uint32_t max_material = 0;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t material = triangle_material[order[i]];
    max_material = std::max(max_material, material);
    if (mesh.submeshes.empty() || mesh.submeshes.back().material != material) {
      mesh.submeshes.push_back({material, static_cast<uint32_t>(i), 0});
    }
    ++mesh.submeshes.back().triangle_count;
  }
  while (mesh.materials.size() <= max_material) {
    Material material;
    material.name = "material_" + std::to_string(mesh.materials.size());
    mesh.materials.push_back(std::move(material));
  }
}

}  // namespace kiln::geometry
