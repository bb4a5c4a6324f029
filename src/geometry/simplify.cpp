// Budgeted reduction with meshoptimizer's quadric simplifier (after Garland & Heckbert, "Surface Simplification Using Quadric Error Metrics", 1997).
#include "geometry/simplify.h"

#include <meshoptimizer.h>

#include <algorithm>
#include <array>
#include <optional>

#include "geometry/position_weld.h"

namespace kiln::geometry {

namespace {

// The mesh re-indexed by wedge: one vertex per distinct (position, material,
// uv, colour). meshoptimizer treats vertices that share a position but not an
// index as a seam and only collapses along it with both sides together, so
// material borders survive and the two sides stay stitched.
struct WedgeMesh {
  std::vector<float> positions;  // xyz per wedge
  std::vector<uint32_t> source_vertex;  // original vertex each wedge takes its attributes from
  std::vector<uint32_t> material;       // material slot of each wedge
  std::vector<uint32_t> indices;
};

WedgeMesh buildWedges(const Mesh& mesh) {
  std::vector<uint32_t> triangle_material(mesh.triangleCount(), 0);
  for (const SubMesh& s : mesh.effectiveSubmeshes()) {
    std::fill_n(triangle_material.begin() + s.first_triangle, s.triangle_count, s.material);
  }
  const bool has_uvs = !mesh.uvs.empty();
  const bool has_colors = !mesh.colors.empty();
  const size_t words = 4 + (has_uvs ? 2 : 0) + (has_colors ? 4 : 0);
  std::vector<uint32_t> keys;
  keys.reserve(mesh.indices.size() * words);
  for (size_t corner = 0; corner < mesh.indices.size(); ++corner) {
    const uint32_t v = mesh.indices[corner];
    for (int a = 0; a < 3; ++a) keys.push_back(detail::floatKey(mesh.positions[v][a]));
    keys.push_back(triangle_material[corner / 3]);
    if (has_uvs) {
      for (int a = 0; a < 2; ++a) keys.push_back(detail::floatKey(mesh.uvs[v][a]));
    }
    if (has_colors) {
      for (int a = 0; a < 4; ++a) keys.push_back(detail::floatKey(mesh.colors[v][a]));
    }
  }
  std::vector<uint32_t> wedge_of_corner;
  const size_t wedges = detail::weldKeys(keys, words, wedge_of_corner);
  WedgeMesh out;
  out.positions.assign(3 * wedges, 0.0f);
  out.source_vertex.resize(wedges);
  out.material.resize(wedges);
  out.indices = wedge_of_corner;
  std::vector<bool> seen(wedges, false);
  for (size_t corner = 0; corner < mesh.indices.size(); ++corner) {
    const uint32_t w = wedge_of_corner[corner];
    if (seen[w]) continue;
    seen[w] = true;
    const uint32_t v = mesh.indices[corner];
    for (int a = 0; a < 3; ++a) out.positions[3 * w + a] = mesh.positions[v][a];
    out.source_vertex[w] = v;
    out.material[w] = triangle_material[corner / 3];
  }
  return out;
}

// Edge collapses without a link-condition check can fold a thin region into
// two coincident triangles of opposite orientation, which leaves non-manifold
// edges (four uses). Both triangles enclose no volume, so dropping the pair
// restores the surrounding surface. `position_class` welds wedges by position.
void removeOpposingDuplicates(const std::vector<uint32_t>& position_class, std::vector<uint32_t>& indices) {
  const size_t count = indices.size() / 3;
  struct Entry {
    std::array<uint32_t, 3> sorted;
    bool even;  // orientation relative to the sorted order
    uint32_t triangle;
  };
  std::vector<Entry> entries(count);
  for (size_t t = 0; t < count; ++t) {
    std::array<uint32_t, 3> v = {position_class[indices[3 * t]], position_class[indices[3 * t + 1]],
                                 position_class[indices[3 * t + 2]]};
    // The rotation starting at the smallest id keeps the orientation; the
    // order of the other two then tells it.
    const int first = v[0] < v[1] ? (v[0] < v[2] ? 0 : 2) : (v[1] < v[2] ? 1 : 2);
    const std::array<uint32_t, 3> r = {v[first], v[(first + 1) % 3], v[(first + 2) % 3]};
    entries[t] = {{r[0], std::min(r[1], r[2]), std::max(r[1], r[2])}, r[1] < r[2], static_cast<uint32_t>(t)};
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.sorted != b.sorted ? a.sorted < b.sorted : a.triangle < b.triangle;
  });
  std::vector<bool> removed(count, false);
  bool any = false;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    while (j < entries.size() && entries[j].sorted == entries[i].sorted) ++j;
    // Pair off opposite orientations within the group.
    std::vector<uint32_t> even, odd;
    for (size_t k = i; k < j; ++k) (entries[k].even ? even : odd).push_back(entries[k].triangle);
    for (size_t k = 0; k < std::min(even.size(), odd.size()); ++k) {
      removed[even[k]] = removed[odd[k]] = true;
      any = true;
    }
    i = j;
  }
  if (!any) return;
  std::vector<uint32_t> kept;
  kept.reserve(indices.size());
  for (size_t t = 0; t < count; ++t) {
    if (!removed[t]) kept.insert(kept.end(), {indices[3 * t], indices[3 * t + 1], indices[3 * t + 2]});
  }
  indices = std::move(kept);
}

bool isWatertight(const WedgeMesh& wedges, const std::vector<uint32_t>& indices) {
  Mesh probe;
  probe.positions.resize(wedges.source_vertex.size());
  for (size_t w = 0; w < probe.positions.size(); ++w) {
    probe.positions[w] = Vec3(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]);
  }
  probe.indices = indices;
  return analyzeTopology(probe).isWatertight();
}

std::vector<uint32_t> simplifyIndices(const WedgeMesh& wedges, const std::vector<uint32_t>& indices,
                                      size_t target_triangles, bool sloppy) {
  std::vector<uint32_t> out(indices.size());
  const size_t vertex_count = wedges.source_vertex.size();
  // An error limit of 1 (the whole mesh extent) never stops the collapse
  // sequence early: the budget, not the error, decides where to stop.
  constexpr float kUnlimitedError = 1.0f;
  const size_t count =
      sloppy ? meshopt_simplifySloppy(out.data(), indices.data(), indices.size(), wedges.positions.data(),
                                      vertex_count, 3 * sizeof(float), target_triangles * 3, kUnlimitedError, nullptr)
             : meshopt_simplify(out.data(), indices.data(), indices.size(), wedges.positions.data(), vertex_count,
                                3 * sizeof(float), target_triangles * 3, kUnlimitedError, 0, nullptr);
  out.resize(count);
  return out;
}

// Finds a reduction within `budget`: topology-preserving collapses first,
// retried at lower targets when a collapse sequence opened the surface (a
// different stopping point gives a different sequence), then the sloppy
// clustering simplifier as the last resort that always meets the bound.
std::vector<uint32_t> reduce(const WedgeMesh& wedges, size_t budget, bool require_watertight) {
  std::vector<uint32_t> position_class;
  if (require_watertight) {
    std::vector<Vec3> positions(wedges.source_vertex.size());
    for (size_t w = 0; w < positions.size(); ++w) {
      positions[w] = Vec3(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]);
    }
    detail::weldPositions(positions, position_class);
  }
  std::optional<std::vector<uint32_t>> within_budget;
  size_t target = budget;
  constexpr int kAttempts = 6;
  for (int attempt = 0; attempt < kAttempts && target >= 4; ++attempt) {
    std::vector<uint32_t> result = simplifyIndices(wedges, wedges.indices, target, false);
    if (result.size() / 3 > budget) {
      // Stalled above the budget: continuing from the result sometimes frees
      // collapses that were blocked in the first pass.
      result = simplifyIndices(wedges, result, target, false);
    }
    if (result.size() / 3 <= budget) {
      if (!require_watertight) return result;
      if (isWatertight(wedges, result)) return result;
      removeOpposingDuplicates(position_class, result);
      if (isWatertight(wedges, result)) return result;
      if (!within_budget) within_budget = std::move(result);
      target = target * 9 / 10;
      continue;
    }
    break;
  }
  if (within_budget) return *within_budget;
  // The sloppy simplifier can overshoot its target slightly; lower it until the hard bound holds.
  target = budget;
  std::vector<uint32_t> result;
  do {
    result = simplifyIndices(wedges, wedges.indices, target, true);
    target = target * 9 / 10;
  } while (result.size() / 3 > budget && target >= 1);
  if (result.size() / 3 > budget) result.resize(3 * budget);
  return result;
}

}  // namespace

Status simplifyToBudget(Mesh& mesh, const SimplifyOptions& options) {
  if (options.max_triangles < 4) {
    return fail(ErrorCode::kInvalidArgument, "the triangle budget must be at least 4",
                {{"parameter", "max_triangles"}, {"value", options.max_triangles}});
  }
  if (!mesh.validate()) {
    return fail(ErrorCode::kInvalidArgument, "the mesh is malformed (indices or attributes out of range)",
                {{"parameter", "mesh"}});
  }
  if (mesh.triangleCount() <= options.max_triangles) {
    computeNormals(mesh);
    return {};
  }
  const bool require_watertight = options.keep_watertight && analyzeTopology(mesh).isWatertight();
  const WedgeMesh wedges = buildWedges(mesh);
  const std::vector<uint32_t> indices = reduce(wedges, options.max_triangles, require_watertight);

  // Rebuild a compact mesh from the surviving wedges.
  constexpr uint32_t kUnused = 0xffffffffu;
  std::vector<uint32_t> new_index(wedges.source_vertex.size(), kUnused);
  Mesh out;
  out.materials = mesh.materials;
  out.indices.reserve(indices.size());
  for (uint32_t w : indices) {
    if (new_index[w] == kUnused) {
      new_index[w] = static_cast<uint32_t>(out.positions.size());
      const uint32_t v = wedges.source_vertex[w];
      out.positions.emplace_back(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]);
      if (!mesh.uvs.empty()) out.uvs.push_back(mesh.uvs[v]);
      if (!mesh.colors.empty()) out.colors.push_back(mesh.colors[v]);
    }
    out.indices.push_back(new_index[w]);
  }
  if (!mesh.submeshes.empty()) {
    // Wedges are per material, so a triangle's first wedge names its slot.
    std::vector<uint32_t> triangle_material(out.triangleCount());
    for (size_t t = 0; t < out.triangleCount(); ++t) triangle_material[t] = wedges.material[indices[3 * t]];
    assignMaterials(out, triangle_material);
  }
  computeNormals(out);
  optimizeVertexCache(out);
  mesh = std::move(out);
  return {};
}

void optimizeVertexCache(Mesh& mesh) {
  if (mesh.indices.empty()) return;
  const size_t vertex_count = mesh.positions.size();
  for (const SubMesh& s : mesh.effectiveSubmeshes()) {
    uint32_t* range = mesh.indices.data() + 3 * static_cast<size_t>(s.first_triangle);
    meshopt_optimizeVertexCache(range, range, 3 * static_cast<size_t>(s.triangle_count), vertex_count);
  }
  std::vector<uint32_t> remap(vertex_count);
  const size_t unique =
      meshopt_optimizeVertexFetchRemap(remap.data(), mesh.indices.data(), mesh.indices.size(), vertex_count);
  meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
  auto remapAttribute = [&](auto& values) {
    if (values.empty()) return;
    using Value = typename std::decay_t<decltype(values)>::value_type;
    std::vector<Value> out(unique);
    for (size_t v = 0; v < vertex_count; ++v) {
      if (remap[v] != ~0u) out[remap[v]] = values[v];
    }
    values = std::move(out);
  };
  remapAttribute(mesh.positions);
  remapAttribute(mesh.normals);
  remapAttribute(mesh.uvs);
  remapAttribute(mesh.colors);
}

}  // namespace kiln::geometry
