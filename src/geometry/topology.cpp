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

}  // namespace kiln::geometry
