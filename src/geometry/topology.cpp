#include <algorithm>
#include <numeric>

#include "geometry/mesh.h"
#include "geometry/position_weld.h"

namespace kiln::geometry {

namespace {

uint32_t findRoot(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

size_t labelComponents(const Mesh& mesh, const std::vector<uint32_t>& welded, size_t classes,
                       std::vector<uint32_t>& triangle_component) {
  std::vector<uint32_t> parent(classes);
  std::iota(parent.begin(), parent.end(), 0u);
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto tri = mesh.triangle(t);
    const uint32_t a = findRoot(parent, welded[tri[0]]);
    for (int k = 1; k < 3; ++k) {
      const uint32_t b = findRoot(parent, welded[tri[k]]);
      if (a != b) parent[b] = a;
    }
  }
  // Number components in order of their first triangle so labels are stable.
  constexpr uint32_t kUnlabelled = 0xffffffffu;
  std::vector<uint32_t> label(classes, kUnlabelled);
  triangle_component.assign(mesh.triangleCount(), 0);
  uint32_t count = 0;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const uint32_t root = findRoot(parent, welded[mesh.indices[3 * t]]);
    if (label[root] == kUnlabelled) label[root] = count++;
    triangle_component[t] = label[root];
  }
  return count;
}

}  // namespace

TopologyReport analyzeTopology(const Mesh& mesh) {
  TopologyReport report;
  std::vector<uint32_t> welded;
  const size_t classes = detail::weldPositions(mesh.positions, welded);

  // Each non-degenerate triangle contributes three directed edges; sorting by
  // the undirected key groups the uses of every edge. The low bit records
  // whether the edge runs from the smaller to the larger welded id.
  std::vector<uint64_t> edges;
  edges.reserve(mesh.indices.size());
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto tri = mesh.triangle(t);
    const uint32_t w[3] = {welded[tri[0]], welded[tri[1]], welded[tri[2]]};
    if (w[0] == w[1] || w[1] == w[2] || w[0] == w[2]) {
      ++report.degenerate_triangles;
      continue;
    }
    const Eigen::Vector3d a = mesh.positions[tri[0]].cast<double>();
    const Eigen::Vector3d b = mesh.positions[tri[1]].cast<double>();
    const Eigen::Vector3d c = mesh.positions[tri[2]].cast<double>();
    if ((b - a).cross(c - a).squaredNorm() == 0.0) ++report.degenerate_triangles;
    for (int k = 0; k < 3; ++k) {
      const uint32_t from = w[k];
      const uint32_t to = w[(k + 1) % 3];
      const uint64_t lo = std::min(from, to);
      const uint64_t hi = std::max(from, to);
      edges.push_back((lo << 33) | (hi << 1) | (from < to ? 1u : 0u));
    }
  }
  std::sort(edges.begin(), edges.end());
  for (size_t i = 0; i < edges.size();) {
    size_t j = i;
    size_t forward = 0;
    while (j < edges.size() && (edges[j] >> 1) == (edges[i] >> 1)) {
      forward += edges[j] & 1u;
      ++j;
    }
    const size_t uses = j - i;
    if (uses == 1) {
      ++report.boundary_edges;
    } else if (uses >= 3) {
      ++report.non_manifold_edges;
    } else if (forward != 1) {
      ++report.misoriented_edges;
    }
    i = j;
  }

  std::vector<uint32_t> components;
  report.components = labelComponents(mesh, welded, classes, components);
  return report;
}

size_t connectedComponents(const Mesh& mesh, std::vector<uint32_t>& triangle_component) {
  std::vector<uint32_t> welded;
  const size_t classes = detail::weldPositions(mesh.positions, welded);
  return labelComponents(mesh, welded, classes, triangle_component);
}

size_t keepComponents(Mesh& mesh, const std::function<bool(size_t triangles, bool is_largest)>& keep) {
  std::vector<uint32_t> component;
  const size_t count = connectedComponents(mesh, component);
  if (count == 0) return 0;
  std::vector<size_t> size(count, 0);
  for (uint32_t c : component) ++size[c];
  const auto largest = static_cast<size_t>(std::max_element(size.begin(), size.end()) - size.begin());
  std::vector<bool> kept_component(count);
  for (size_t c = 0; c < count; ++c) kept_component[c] = keep(size[c], c == largest);

  std::vector<uint32_t> triangle_material(mesh.triangleCount(), 0);
  for (const auto& sm : mesh.effectiveSubmeshes()) {
    for (uint32_t t = sm.first_triangle; t < sm.first_triangle + sm.triangle_count; ++t) triangle_material[t] = sm.material;
  }
  std::vector<uint32_t> remap(mesh.vertexCount(), UINT32_MAX);
  std::vector<uint32_t> indices, materials;
  uint32_t next = 0;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    if (!kept_component[component[t]]) continue;
    for (uint32_t v : mesh.triangle(t)) {
      if (remap[v] == UINT32_MAX) remap[v] = next++;
      indices.push_back(remap[v]);
    }
    materials.push_back(triangle_material[t]);
  }
  const size_t removed = mesh.triangleCount() - materials.size();
  if (removed == 0) return 0;
  auto compact = [&](auto& attribute) {
    if (attribute.empty()) return;
    std::remove_reference_t<decltype(attribute)> out(next);
    for (size_t v = 0; v < remap.size(); ++v) {
      if (remap[v] != UINT32_MAX) out[remap[v]] = attribute[v];
    }
    attribute = std::move(out);
  };
  compact(mesh.positions);
  compact(mesh.normals);
  compact(mesh.uvs);
  compact(mesh.colors);
  mesh.indices = std::move(indices);
  if (!mesh.materials.empty()) assignMaterials(mesh, materials);
  return removed;
}

}  // namespace kiln::geometry
