// Budgeted reduction with meshoptimizer's quadric simplifier (after Garland & Heckbert, "Surface Simplification Using Quadric Error Metrics", 1997).
#include "geometry/simplify.h"

#include <meshoptimizer.h>

#include <algorithm>
#include <array>
#include <optional>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <map>
static double nowMs(){return std::chrono::duration<double,std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();}

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
  std::vector<float> jittered;
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
  {
    float ext = 0; for (float f : out.positions) ext = std::max(ext, std::abs(f));
    out.jittered = out.positions;
    const float amp = getenv("KJIT") ? atof(getenv("KJIT")) * ext : 0.0f;
    for (size_t w = 0; w < wedges; ++w) {
      uint64_t h = 0x9e3779b97f4a7c15ull;
      for (int a = 0; a < 3; ++a) { h ^= detail::floatKey(out.positions[3*w+a]); h *= 0xff51afd7ed558ccdull; h ^= h >> 29; }
      for (int a = 0; a < 3; ++a) { out.jittered[3*w+a] += amp * (float((h >> (20*a)) & 0xfffff) / float(0xfffff) - 0.5f); }
    }
  }
  return out;
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
             : meshopt_simplify(out.data(), indices.data(), indices.size(), wedges.jittered.data(), vertex_count,
                                3 * sizeof(float), target_triangles * 3, kUnlimitedError, 0, nullptr);
  out.resize(count);
  return out;
}

// Topology-preserving collapses towards `target`; nullopt when they stall
// above `budget`.
std::optional<std::vector<uint32_t>> collapseToTarget(const WedgeMesh& wedges, size_t target, size_t budget) {
  std::vector<uint32_t> result = simplifyIndices(wedges, wedges.indices, target, false);
  if (result.size() / 3 > budget) {
    // Stalled above the budget: continuing from the result sometimes frees
    // collapses that were blocked in the first pass.
    result = simplifyIndices(wedges, result, target, false);
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
    result = simplifyIndices(wedges, wedges.indices, target, true);
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
      out.positions.emplace_back(wedges.positions[3 * w], wedges.positions[3 * w + 1], wedges.positions[3 * w + 2]);
      if (!source.uvs.empty()) out.uvs.push_back(source.uvs[v]);
      if (!source.colors.empty()) out.colors.push_back(source.colors[v]);
    }
    out.indices.push_back(new_index[w]);
  }
  if (!source.submeshes.empty()) {
    // Wedges are per material, so a triangle's first wedge names its slot.
    std::vector<uint32_t> triangle_material(out.triangleCount());
    for (size_t t = 0; t < out.triangleCount(); ++t) triangle_material[t] = wedges.material[indices[3 * t]];
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
Mesh reduce(const Mesh& mesh, const WedgeMesh& wedges, size_t budget, bool keep_watertight) {
  std::optional<Mesh> within_budget;
  std::optional<bool> input_watertight;  // measured only when a result is not
  size_t target = budget;
  constexpr int kAttempts = 6;
  for (int attempt = 0; attempt < kAttempts && target >= 4; ++attempt) {
    double t0=nowMs();
    std::optional<std::vector<uint32_t>> indices = collapseToTarget(wedges, target, budget);
    double t1=nowMs();
    if (!indices) break;
    Mesh candidate = rebuild(mesh, wedges, *indices);
    double t2=nowMs();
    {Mesh r=candidate; auto rep=repairDegenerateTriangles(r); double t3=nowMs(); auto topo=analyzeTopology(r); double t4=nowMs();
     if(topo.non_manifold_edges){ std::vector<uint32_t> w; detail::weldPositions(r.positions,w); std::map<std::pair<uint32_t,uint32_t>,std::vector<size_t>> em; for(size_t q=0;q<r.triangleCount();++q) for(int k=0;k<3;++k){uint32_t x=w[r.indices[3*q+k]],y=w[r.indices[3*q+(k+1)%3]]; em[{std::min(x,y),std::max(x,y)}].push_back(q);} for(auto& [e,ts]:em){ if(ts.size()<3)continue; fprintf(stderr,"nm edge %u-%u:\n",e.first,e.second); for(size_t q:ts){ auto P=[&](int k){auto v=r.positions[r.indices[3*q+k]]; return v;}; fprintf(stderr,"  tri %zu: %u %u %u  (%g %g %g) (%g %g %g) (%g %g %g)\n",q,w[r.indices[3*q]],w[r.indices[3*q+1]],w[r.indices[3*q+2]],P(0).x(),P(0).y(),P(0).z(),P(1).x(),P(1).y(),P(1).z(),P(2).x(),P(2).y(),P(2).z());}}}
     fprintf(stderr,"attempt %d target %zu: collapse %.1f rebuild %.1f repair %.1f topo %.1f | needles %zu folds %zu caps %zu unresolved %zu | nm %zu deg %zu b %zu mis %zu\n",attempt,target,t1-t0,t2-t1,t3-t2,t4-t3,rep.needles_removed,rep.folds_removed,rep.caps_flipped,rep.unresolved,topo.non_manifold_edges,topo.degenerate_triangles,topo.boundary_edges,topo.misoriented_edges);}
    if (!keep_watertight) return candidate;
    if (!input_watertight) {
      // Repairs assume a closed input; an open one keeps the plain reduction.
      Mesh repaired = candidate;
      repairDegenerateTriangles(repaired);
      if (analyzeTopology(repaired).isWatertight()) return repaired;
      input_watertight = analyzeTopology(mesh).isWatertight();
      if (!*input_watertight) return candidate;
      within_budget = std::move(repaired);
    } else {
      repairDegenerateTriangles(candidate);
      if (analyzeTopology(candidate).isWatertight()) return candidate;
    }
    target = target * 9 / 10;
  }
  if (within_budget) return std::move(*within_budget);
  return rebuild(mesh, wedges, clusterToBudget(wedges, budget));
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
  double tw=nowMs(); auto wedges=buildWedges(mesh); fprintf(stderr,"wedges %.1f ms\n",nowMs()-tw);
  Mesh out = reduce(mesh, wedges, options.max_triangles, options.keep_watertight);
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
