// Budgeted reduction with meshoptimizer's quadric simplifier (after Garland & Heckbert, "Surface
// Simplification Using Quadric Error Metrics", 1997).
#include "geometry/simplify.h"

#include <meshoptimizer.h>
#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "geometry/position_weld.h"
#include "geometry/repair.h"

namespace kiln::geometry {

namespace {

// The mesh re-indexed by wedge: one vertex per distinct (position, material,
// uv, colour). meshoptimizer treats vertices that share a position but not an
// index as a seam and only collapses along it with both sides together, so
// material borders survive and the two sides stay stitched.
struct WedgeMesh {
  std::vector<float> positions;  // xyz per wedge
  // What meshoptimizer sees: positions plus a tie-breaking offset (see
  // tieBreakPositions).
  std::vector<float> collapse_positions;
  std::vector<uint32_t> source_vertex;  // original vertex each wedge takes its attributes from
  std::vector<uint32_t> material;       // material slot of each wedge
  std::vector<uint32_t> indices;
};

// On flat, axis-aligned faces many vertices are exactly coplanar and
// collinear, so collapses there make exactly zero-area triangles.
// meshoptimizer 0.18's flip test accepts them, and since their normal is
// zero, any later collapse around them passes the test too, which lets
// triangles fold over into flaps and non-manifold edges. Offsetting every
// position by a deterministic amount far below the voxel size (a hash of its
// bits, so wedges of one position move together and stay a seam) gives every
// triangle a definite orientation in the simplifier's eyes; the output keeps
// the exact positions, so the offset never reaches the mesh. 1e-5 of the
// extent: on the sculpt archetypes at 60–150 voxels across it removed most
// folds and made the first collapse sequence close in every case, while 1e-6
// left some folds.
std::vector<float> tieBreakPositions(const std::vector<float>& positions) {
  Box box;
  for (size_t i = 0; i + 2 < positions.size(); i += 3)
    box.extend(Vec3(positions[i], positions[i + 1], positions[i + 2]));
  constexpr float kRelativeOffset = 1e-5f;
  const float amplitude = kRelativeOffset * box.size().maxCoeff();
  std::vector<float> out = positions;
  for (size_t i = 0; i + 2 < positions.size(); i += 3) {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (int a = 0; a < 3; ++a) {
      h ^= detail::floatKey(positions[i + a]);
      h *= 0xff51afd7ed558ccdull;
      h ^= h >> 29;
    }
    for (int a = 0; a < 3; ++a) {
      const float unit =
          static_cast<float>((h >> (20 * a)) & 0xfffffu) / static_cast<float>(0xfffffu);  // [0, 1]
      out[i + a] += amplitude * (unit - 0.5f);
    }
  }
  return out;
}

WedgeMesh buildWedges(const Mesh& mesh) {
  std::vector<uint32_t> triangle_material(mesh.triangleCount(), 0);
  for (const SubMesh& s : mesh.effectiveSubmeshes()) {
    std::fill_n(triangle_material.begin() + s.first_triangle, s.triangle_count, s.material);
  }
  // Vertices first (position, uv, colour), then corners by (vertex class,
  // material): most vertices carry one material, so a flat array answers
  // those and a hash map only the few on material borders.
  const bool has_uvs = !mesh.uvs.empty();
  const bool has_colors = !mesh.colors.empty();
  const size_t words = 3 + (has_uvs ? 2 : 0) + (has_colors ? 4 : 0);
  std::vector<uint32_t> keys;
  keys.reserve(mesh.positions.size() * words);
  for (size_t v = 0; v < mesh.positions.size(); ++v) {
    for (int a = 0; a < 3; ++a) keys.push_back(detail::floatKey(mesh.positions[v][a]));
    if (has_uvs) {
      for (int a = 0; a < 2; ++a) keys.push_back(detail::floatKey(mesh.uvs[v][a]));
    }
    if (has_colors) {
      for (int a = 0; a < 4; ++a) keys.push_back(detail::floatKey(mesh.colors[v][a]));
    }
  }
  std::vector<uint32_t> vertex_class;
  const size_t classes = detail::weldKeys(keys, words, vertex_class);

  constexpr uint32_t kNone = 0xffffffffu;
  std::vector<uint32_t> class_wedge(classes, kNone);     // wedge of the first material met
  std::vector<uint32_t> class_material(classes, kNone);  // that material
  std::unordered_map<uint64_t, uint32_t> border_wedges;  // (class, other material) -> wedge
  WedgeMesh out;
  std::vector<uint32_t> wedge_of_corner(mesh.indices.size());
  const auto newWedge = [&](uint32_t v, uint32_t material) {
    const uint32_t w = static_cast<uint32_t>(out.source_vertex.size());
    for (int a = 0; a < 3; ++a) out.positions.push_back(mesh.positions[v][a]);
    out.source_vertex.push_back(v);
    out.material.push_back(material);
    return w;
  };
  for (size_t corner = 0; corner < mesh.indices.size(); ++corner) {
    const uint32_t v = mesh.indices[corner];
    const uint32_t c = vertex_class[v];
    const uint32_t material = triangle_material[corner / 3];
    if (class_wedge[c] == kNone) {
      class_wedge[c] = newWedge(v, material);
      class_material[c] = material;
    }
    if (class_material[c] == material) {
      wedge_of_corner[corner] = class_wedge[c];
      continue;
    }
    const auto [it, inserted] =
        border_wedges.try_emplace((static_cast<uint64_t>(c) << 32) | material, 0);
    if (inserted) it->second = newWedge(v, material);
    wedge_of_corner[corner] = it->second;
  }
  out.indices = std::move(wedge_of_corner);
  out.collapse_positions = tieBreakPositions(out.positions);
  return out;
}

// An error limit of 1 (the whole mesh extent) never stops the collapse
// sequence early: the budget, not the error, decides where to stop.
constexpr float kUnlimitedError = 1.0f;

std::vector<uint32_t> collapseIndices(const WedgeMesh& wedges, const std::vector<uint32_t>& indices,
                                      size_t target_triangles, unsigned options) {
  std::vector<uint32_t> out(indices.size());
  const size_t count =
      meshopt_simplify(out.data(), indices.data(), indices.size(), wedges.collapse_positions.data(),
                       wedges.source_vertex.size(), 3 * sizeof(float), target_triangles * 3,
                       kUnlimitedError, options, nullptr);
  out.resize(count);
  return out;
}

// As collapseIndices, on a vertex buffer holding only the wedges `indices`
// uses: meshoptimizer spends time on every vertex it is given, so a part of
// the mesh is cheaper to collapse on its own vertices.
std::vector<uint32_t> collapseCompact(const WedgeMesh& wedges, const std::vector<uint32_t>& indices,
                                      size_t target_triangles, unsigned options) {
  constexpr uint32_t kUnused = 0xffffffffu;
  std::vector<uint32_t> local_of(wedges.source_vertex.size(), kUnused);
  std::vector<uint32_t> global_of;
  std::vector<float> positions;
  std::vector<uint32_t> local(indices.size());
  for (size_t i = 0; i < indices.size(); ++i) {
    const uint32_t w = indices[i];
    if (local_of[w] == kUnused) {
      local_of[w] = static_cast<uint32_t>(global_of.size());
      global_of.push_back(w);
      positions.insert(positions.end(), wedges.collapse_positions.begin() + 3 * w,
                       wedges.collapse_positions.begin() + 3 * w + 3);
    }
    local[i] = local_of[w];
  }
  std::vector<uint32_t> out(local.size());
  const size_t count =
      meshopt_simplify(out.data(), local.data(), local.size(), positions.data(), global_of.size(),
                       3 * sizeof(float), target_triangles * 3, kUnlimitedError, options, nullptr);
  out.resize(count);
  for (uint32_t& i : out) i = global_of[i];
  return out;
}

// Above this many triangles the input is cut in two and the halves collapsed
// in parallel; below it the cut and the joining pass cost more than they
// save. Tuned on the sculpt archetypes on a 2-core machine (house at 96
// voxels across, 72k -> 12k triangles: 29 ms of collapses become 14 + 4 ms).
constexpr size_t kSplitMinTriangles = 40'000;
// The halves stop at this multiple of the target, leaving the joining pass
// enough collapses to thin the strip along the cut (kept at full density
// while its vertices were locked) to the density around it.
constexpr double kSplitSlack = 1.15;
// A half must be able to stop well above its locked cut: its target must be
// at least this many triangles per cut vertex, or the collapses would crush
// the rest of the half to make room (a budget of 500 on 66k triangles lost
// two thirds of the volume before this bound).
constexpr size_t kTrianglesPerCutVertex = 8;

// Cuts `indices` in two by triangle centroid at the median along the
// longest axis of the bounding box, so each half gets about half the
// triangles and a short cut.
std::array<std::vector<uint32_t>, 2> splitInHalves(const WedgeMesh& wedges,
                                                   const std::vector<uint32_t>& indices) {
  const size_t count = indices.size() / 3;
  Box box;
  for (size_t w = 0; w < wedges.source_vertex.size(); ++w) {
    box.extend(
        Vec3(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]));
  }
  int axis = 0;
  box.size().maxCoeff(&axis);
  std::vector<float> key(count);
  for (size_t t = 0; t < count; ++t) {
    key[t] = wedges.positions[3 * indices[3 * t] + axis] +
             wedges.positions[3 * indices[3 * t + 1] + axis] +
             wedges.positions[3 * indices[3 * t + 2] + axis];
  }
  std::vector<float> sorted = key;
  std::nth_element(sorted.begin(), sorted.begin() + count / 2, sorted.end());
  const float median = sorted[count / 2];
  std::array<std::vector<uint32_t>, 2> halves;
  for (auto& half : halves) half.reserve(indices.size() / 2 + 3);
  for (size_t t = 0; t < count; ++t) {
    auto& half = halves[key[t] < median ? 0 : 1];
    half.insert(half.end(), indices.begin() + 3 * t, indices.begin() + 3 * t + 3);
  }
  return halves;
}

// Topology-preserving collapses towards `target`. Large inputs are cut in
// two and each half collapsed on its own thread with its border (the cut)
// locked, so both sides keep the cut's edges and the joined result stays
// closed; a last pass over the joined mesh then reaches the target.
std::vector<uint32_t> collapse(const WedgeMesh& wedges, size_t target) {
  const std::vector<uint32_t>& indices = wedges.indices;
  const size_t count = indices.size() / 3;
  if (count < kSplitMinTriangles ||
      static_cast<double>(count) < 2.0 * kSplitSlack * static_cast<double>(target)) {
    return collapseIndices(wedges, indices, target, 0);
  }
  std::array<std::vector<uint32_t>, 2> halves = splitInHalves(wedges, indices);
  std::vector<uint8_t> used_by(wedges.source_vertex.size(), 0);
  for (int h = 0; h < 2; ++h) {
    for (uint32_t w : halves[h]) used_by[w] |= static_cast<uint8_t>(1 + h);
  }
  const size_t cut_vertices = static_cast<size_t>(std::count(used_by.begin(), used_by.end(), 3));
  if (kSplitSlack * static_cast<double>(target) / 2.0 <
      static_cast<double>(kTrianglesPerCutVertex * cut_vertices)) {
    return collapseIndices(wedges, indices, target, 0);
  }
  const auto halfTarget = [&](const std::vector<uint32_t>& half) {
    return static_cast<size_t>(kSplitSlack * static_cast<double>(target) *
                               static_cast<double>(half.size()) /
                               static_cast<double>(indices.size()));
  };
  std::array<std::vector<uint32_t>, 2> reduced;
  tbb::parallel_invoke(
      [&] {
        reduced[0] =
            collapseCompact(wedges, halves[0], halfTarget(halves[0]), meshopt_SimplifyLockBorder);
      },
      [&] {
        reduced[1] =
            collapseCompact(wedges, halves[1], halfTarget(halves[1]), meshopt_SimplifyLockBorder);
      });
  std::vector<uint32_t> joined = std::move(reduced[0]);
  joined.insert(joined.end(), reduced[1].begin(), reduced[1].end());
  return collapseCompact(wedges, joined, target, 0);
}

// Topology-preserving collapses towards `target`; nullopt when they stall
// above `budget`.
std::optional<std::vector<uint32_t>> collapseToTarget(const WedgeMesh& wedges, size_t target,
                                                      size_t budget) {
  std::vector<uint32_t> result = collapse(wedges, target);
  if (result.size() / 3 > budget) {
    // Stalled above the budget: continuing from the result sometimes frees
    // collapses that were blocked in the first pass.
    result = collapseIndices(wedges, result, target, 0);
  }
  if (result.size() / 3 > budget) return std::nullopt;
  return result;
}

// The sloppy clustering simplifier, the last resort that always meets the
// bound. It can overshoot its target slightly, so the target is lowered until
// the hard bound holds.
std::vector<uint32_t> clusterToBudget(const WedgeMesh& wedges, size_t budget) {
  size_t target = budget;
  std::vector<uint32_t> result;
  do {
    result.resize(wedges.indices.size());
    result.resize(meshopt_simplifySloppy(
        result.data(), wedges.indices.data(), wedges.indices.size(), wedges.positions.data(),
        wedges.source_vertex.size(), 3 * sizeof(float), target * 3, kUnlimitedError, nullptr));
    target = target * 9 / 10;
  } while (result.size() / 3 > budget && target >= 1);
  if (result.size() / 3 > budget) result.resize(3 * budget);
  return result;
}

// A compact mesh of the wedges `indices` uses, carrying the source mesh's
// attributes and materials. Normals are left empty.
Mesh rebuild(const Mesh& source, const WedgeMesh& wedges, const std::vector<uint32_t>& indices) {
  constexpr uint32_t kUnused = 0xffffffffu;
  std::vector<uint32_t> new_index(wedges.source_vertex.size(), kUnused);
  Mesh out;
  out.materials = source.materials;
  out.indices.reserve(indices.size());
  for (uint32_t w : indices) {
    if (new_index[w] == kUnused) {
      new_index[w] = static_cast<uint32_t>(out.positions.size());
      const uint32_t v = wedges.source_vertex[w];
      out.positions.emplace_back(wedges.positions[3 * w], wedges.positions[3 * w + 1],
                                 wedges.positions[3 * w + 2]);
      if (!source.uvs.empty()) out.uvs.push_back(source.uvs[v]);
      if (!source.colors.empty()) out.colors.push_back(source.colors[v]);
    }
    out.indices.push_back(new_index[w]);
  }
  if (!source.submeshes.empty()) {
    // Wedges are per material, so a triangle's first wedge names its slot.
    std::vector<uint32_t> triangle_material(out.triangleCount());
    for (size_t t = 0; t < out.triangleCount(); ++t)
      triangle_material[t] = wedges.material[indices[3 * t]];
    assignMaterials(out, triangle_material);
  }
  return out;
}

// Finds a reduction within `budget`. Collapses on flat, axis-aligned faces
// leave exactly collinear triangles (meshoptimizer's flip test accepts zero
// area) and, rarely, folds; repairDegenerateTriangles removes them without
// opening the surface, and the result is checked once. Only when that check
// fails on a watertight input are lower targets tried (a different stopping
// point gives a different collapse sequence); the first repaired reduction is
// kept if none of them closes, and the sloppy simplifier is the last resort.
// Caps thinner than this fraction of their longest edge are flipped too:
// callers scale and move the result (the sculpt engine sizes it to a height),
// and rounding then turned such near-caps into exactly collinear ones (up to
// 6 per draft model on the sculpt archetypes). Rounding moves a vertex by
// about 1e-7 of its coordinates, which for a triangle 1/100 of the extent
// long is 1e-5 of its length: 1e-4 leaves a margin and is far below
// anything visible.
constexpr double kSliverRatio = 1e-4;

// Where a reduction folds two sheets of a thin part onto one edge (a rim
// two voxels thick: meshoptimizer 0.18 does not test that a collapse keeps
// the surface a manifold), the collapses near the fold are undone: the
// source triangles within twice the reduction's local edge length of every
// crowded edge are kept as they were, and the rest is collapsed again with
// the border of that hole locked (as the halves are in collapse), so the two
// join closed. A new fold elsewhere widens the kept region, a few times at
// most; nullopt when none closes within the budget.
std::optional<Mesh> reduceAroundFolds(const Mesh& mesh, const WedgeMesh& wedges, Mesh folded, size_t budget) {
  std::vector<char> kept(wedges.source_vertex.size(), 0);
  constexpr int kRounds = 4;
  for (int round = 0; round < kRounds; ++round) {
    // Crowded edges of the folded mesh (by welded position), with the
    // longest edge of the triangles on them.
    std::vector<uint32_t> welded;
    detail::weldPositions(folded.positions, welded);
    std::vector<std::pair<uint64_t, uint32_t>> uses;  // (undirected edge key, triangle)
    uses.reserve(folded.indices.size());
    for (uint32_t t = 0; t < folded.triangleCount(); ++t) {
      for (int k = 0; k < 3; ++k) {
        const uint64_t a = welded[folded.indices[3 * t + k]], b = welded[folded.indices[3 * t + (k + 1) % 3]];
        if (a != b) uses.emplace_back((std::min(a, b) << 32) | std::max(a, b), t);
      }
    }
    std::sort(uses.begin(), uses.end());
    std::vector<std::pair<Vec3, float>> spots;  // centre, radius
    for (size_t i = 0; i < uses.size();) {
      size_t j = i;
      while (j < uses.size() && uses[j].first == uses[i].first) ++j;
      if (j - i > 2) {
        float longest = 0.0f;
        for (size_t u = i; u < j; ++u) {
          const auto tri = folded.triangle(uses[u].second);
          for (int k = 0; k < 3; ++k) {
            longest = std::max(longest, (folded.positions[tri[k]] - folded.positions[tri[(k + 1) % 3]]).norm());
          }
        }
        const auto tri = folded.triangle(uses[i].second);
        for (int k = 0; k < 3; ++k) {
          const uint64_t w = welded[tri[k]];
          if (w == (uses[i].first >> 32) || w == (uses[i].first & 0xffffffffu)) {
            spots.emplace_back(folded.positions[tri[k]], 2.0f * longest);
          }
        }
      }
      i = j;
    }
    if (spots.empty()) return std::nullopt;  // not a fold this can undo
    for (size_t w = 0; w < kept.size(); ++w) {
      const Vec3 p(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]);
      for (const auto& [centre, radius] : spots) {
        if ((p - centre).squaredNorm() <= radius * radius) {
          kept[w] = 1;
          break;
        }
      }
    }
    std::vector<uint32_t> region, rest;
    for (size_t t = 0; t < wedges.indices.size() / 3; ++t) {
      const uint32_t* tri = wedges.indices.data() + 3 * t;
      auto& into = kept[tri[0]] || kept[tri[1]] || kept[tri[2]] ? region : rest;
      into.insert(into.end(), tri, tri + 3);
    }
    if (region.size() / 3 + 4 > budget) return std::nullopt;
    std::vector<uint32_t> joined =
        collapseCompact(wedges, rest, budget - region.size() / 3, meshopt_SimplifyLockBorder);
    if (joined.size() / 3 + region.size() / 3 > budget) return std::nullopt;
    joined.insert(joined.end(), region.begin(), region.end());
    folded = rebuild(mesh, wedges, joined);
    repairDegenerateTriangles(folded, kSliverRatio);
    if (analyzeTopology(folded).isWatertight()) return folded;
  }
  return std::nullopt;
}

Mesh reduce(const Mesh& mesh, const WedgeMesh& wedges, size_t budget, bool keep_watertight) {
  std::optional<Mesh> within_budget;
  std::optional<bool> input_watertight;  // measured only when a result is not
  size_t target = budget;
  constexpr int kAttempts = 6;
  for (int attempt = 0; attempt < kAttempts && target >= 4; ++attempt) {
    std::optional<std::vector<uint32_t>> indices = collapseToTarget(wedges, target, budget);
    if (!indices) break;
    Mesh candidate = rebuild(mesh, wedges, *indices);
    if (!keep_watertight) return candidate;
    if (!input_watertight) {
      // Repairs assume a closed input; an open one keeps the plain reduction.
      Mesh repaired = candidate;
      repairDegenerateTriangles(repaired, kSliverRatio);
      if (analyzeTopology(repaired).isWatertight()) return repaired;
      input_watertight = analyzeTopology(mesh).isWatertight();
      if (!*input_watertight) return candidate;
      within_budget = std::move(repaired);
    } else {
      repairDegenerateTriangles(candidate, kSliverRatio);
      if (analyzeTopology(candidate).isWatertight()) return candidate;
    }
    target = target * 9 / 10;
  }
  if (within_budget) {
    if (auto unfolded = reduceAroundFolds(mesh, wedges, *within_budget, budget)) return std::move(*unfolded);
    return std::move(*within_budget);
  }
  return rebuild(mesh, wedges, clusterToBudget(wedges, budget));
}

}  // namespace

Status simplifyToBudget(Mesh& mesh, const SimplifyOptions& options) {
  if (options.max_triangles < 4) {
    return fail(ErrorCode::kInvalidArgument, "the triangle budget must be at least 4",
                {{"parameter", "max_triangles"}, {"value", options.max_triangles}});
  }
  if (!mesh.validate()) {
    return fail(ErrorCode::kInvalidArgument,
                "the mesh is malformed (indices or attributes out of range)",
                {{"parameter", "mesh"}});
  }
  if (mesh.triangleCount() <= options.max_triangles) {
    if (options.finish) computeNormals(mesh);
    return {};
  }
  Mesh out = reduce(mesh, buildWedges(mesh), options.max_triangles, options.keep_watertight);
  if (options.finish) {
    computeNormals(out);
    optimizeVertexCache(out);
  }
  mesh = std::move(out);
  return {};
}

void optimizeVertexCache(Mesh& mesh, bool thorough) {
  if (mesh.indices.empty()) return;
  const size_t vertex_count = mesh.positions.size();
  for (const SubMesh& s : mesh.effectiveSubmeshes()) {
    uint32_t* range = mesh.indices.data() + 3 * static_cast<size_t>(s.first_triangle);
    const size_t count = 3 * static_cast<size_t>(s.triangle_count);
    if (thorough) {
      meshopt_optimizeVertexCache(range, range, count, vertex_count);
    } else {
      meshopt_optimizeVertexCacheFifo(range, range, count, vertex_count, 16);
    }
  }
  std::vector<uint32_t> remap(vertex_count);
  const size_t unique = meshopt_optimizeVertexFetchRemap(remap.data(), mesh.indices.data(),
                                                         mesh.indices.size(), vertex_count);
  meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                           remap.data());
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
