// Narrow-band sampling into an OpenVDB level set, meshed with openvdb::tools::volumeToMesh (Museth, "VDB", ACM TOG 2013).
#include "geometry/meshing.h"

#include <openvdb/openvdb.h>
#include <openvdb/tools/SignedFloodFill.h>
#include <openvdb/tools/VolumeToMesh.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace kiln::geometry {

namespace {

using LeafT = openvdb::FloatTree::LeafNodeType;

constexpr int kLeafDim = 8;     // OpenVDB leaf: 8^3 voxels
constexpr int kCoarseLeaves = 4;  // a coarse block is 4^3 leaves = 32^3 voxels
constexpr int kSubDim = 4;      // early-reject sub-blocks inside a leaf: 4^3 voxels
constexpr float kSqrt3 = 1.7320508f;

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Leaf coordinates of the sampled domain, in units of leaves.
struct LeafDomain {
  Eigen::Vector3i first;  // leaf index of the first leaf on each axis
  Eigen::Vector3i count;  // leaves per axis
  Eigen::Vector3i coarse_count;  // coarse blocks per axis
};

// Samples one candidate leaf. Sub-blocks whose centre is farther than their
// half-diagonal plus the band cannot hold a band voxel (the field is
// 1-Lipschitz), so they are filled with the clamped value of the right sign
// without evaluating their voxels. Returns nullptr when no voxel is in the band.
//
// The voxels are read from the field pruned to the leaf (Sdf::pruned): every
// value that decides anything here — a sub-block centre within its reject
// distance, a voxel within the band — is the same, from a tree without the
// parts that are too far away to matter.
std::unique_ptr<LeafT> sampleLeaf(const Sdf& whole, const openvdb::Coord& origin, float voxel, float band,
                                  bool prune) {
  auto leaf = std::make_unique<LeafT>(origin, band, false);
  const float sub_reject = kSqrt3 * 0.5f * static_cast<float>(kSubDim - 1) * voxel + band;
  const Vec3 first(static_cast<float>(origin.x()), static_cast<float>(origin.y()), static_cast<float>(origin.z()));
  const Box region = Box{first * voxel, (first + Vec3::Constant(kLeafDim - 1)) * voxel}.padded(1e-3f * voxel);
  const Sdf sdf = prune ? whole.pruned(region, sub_reject * 1.01f) : whole;
  bool any_active = false;
  for (int sx = 0; sx < kLeafDim; sx += kSubDim) {
    for (int sy = 0; sy < kLeafDim; sy += kSubDim) {
      for (int sz = 0; sz < kLeafDim; sz += kSubDim) {
        const float centre_offset = 0.5f * static_cast<float>(kSubDim - 1);
        const Vec3 centre(static_cast<float>(origin.x() + sx) + centre_offset,
                          static_cast<float>(origin.y() + sy) + centre_offset,
                          static_cast<float>(origin.z() + sz) + centre_offset);
        const float d_centre = sdf.distance(centre * voxel);
        const bool skip = std::abs(d_centre) > sub_reject;
        const float fill = std::copysign(band, d_centre);
        for (int x = sx; x < sx + kSubDim; ++x) {
          for (int y = sy; y < sy + kSubDim; ++y) {
            for (int z = sz; z < sz + kSubDim; ++z) {
              const openvdb::Index offset = static_cast<openvdb::Index>((x << 6) | (y << 3) | z);
              if (skip) {
                leaf->setValueOnly(offset, fill);
                continue;
              }
              const Vec3 p(static_cast<float>(origin.x() + x) * voxel, static_cast<float>(origin.y() + y) * voxel,
                           static_cast<float>(origin.z() + z) * voxel);
              const float d = sdf.distance(p);
              if (std::abs(d) < band) {
                leaf->setValueOn(offset, d);
                any_active = true;
              } else {
                leaf->setValueOnly(offset, std::copysign(band, d));
              }
            }
          }
        }
      }
    }
  }
  if (!any_active) return nullptr;
  return leaf;
}

void report(const MeshingOptions& options, float fraction) {
  if (options.progress) options.progress(fraction);
}

}  // namespace

float voxelSizeForTriangles(double area_mm2, size_t target_triangles) {
  if (area_mm2 <= 0.0 || target_triangles == 0) return 1.0f;
  return static_cast<float>(std::sqrt(3.0 * area_mm2 / static_cast<double>(target_triangles)));
}

Result<Mesh> meshSdf(const Sdf& sdf, const MeshingOptions& options) {
  const float voxel = options.voxel_size_mm;
  if (!(voxel > 0.0f) || !std::isfinite(voxel)) {
    return fail(ErrorCode::kInvalidArgument, "voxel size must be a positive number of millimetres",
                {{"parameter", "voxel_size_mm"}, {"value", voxel}});
  }
  if (!(options.band_voxels >= 1.0f) || !std::isfinite(options.band_voxels)) {
    return fail(ErrorCode::kInvalidArgument, "the narrow band must be at least one voxel wide",
                {{"parameter", "band_voxels"}, {"value", options.band_voxels}});
  }
  if (!sdf.valid()) {
    return fail(ErrorCode::kInvalidArgument, "there is no shape to mesh", {{"parameter", "sdf"}});
  }
  const Box bounds = sdf.bounds();
  if (bounds.empty() || !bounds.min.allFinite() || !bounds.max.allFinite()) {
    return fail(ErrorCode::kInvalidArgument, "the shape is empty or unbounded", {{"parameter", "sdf"}});
  }
  const float band = options.band_voxels * voxel;

  // Index domain: the bounds plus the band and two voxels, so surfaces at the
  // bounds are closed by background (outside) values.
  const int pad = static_cast<int>(std::ceil(options.band_voxels)) + 2;
  const Vec3 lo_index = (bounds.min / voxel).array().floor();
  const Vec3 hi_index = (bounds.max / voxel).array().ceil();
  constexpr float kMaxIndex = 1 << 24;
  if ((lo_index.array().abs() > kMaxIndex).any() || (hi_index.array().abs() > kMaxIndex).any()) {
    return fail(ErrorCode::kTooLarge, "the shape is too large for this voxel size; use a larger voxel size",
                {{"parameter", "voxel_size_mm"}, {"value", voxel}});
  }
  LeafDomain domain;
  for (int a = 0; a < 3; ++a) {
    const int lo = static_cast<int>(lo_index[a]) - pad;
    const int hi = static_cast<int>(hi_index[a]) + pad;
    domain.first[a] = floorDiv(lo, kLeafDim);
    domain.count[a] = floorDiv(hi, kLeafDim) - domain.first[a] + 1;
    domain.coarse_count[a] = (domain.count[a] + kCoarseLeaves - 1) / kCoarseLeaves;
  }
  const double domain_leaves = static_cast<double>(domain.count.x()) * domain.count.y() * domain.count.z();
  // The coarse pass costs one evaluation per 32^3 voxels; refuse domains where
  // even that, or the band of a surface filling the domain, is out of reach.
  const double coarse_blocks =
      static_cast<double>(domain.coarse_count.x()) * domain.coarse_count.y() * domain.coarse_count.z();
  if (coarse_blocks > 1e7 || domain_leaves > 1e9) {
    return fail(ErrorCode::kTooLarge, "the shape spans too many voxels; use a larger voxel size",
                {{"parameter", "voxel_size_mm"}, {"value", voxel}, {"leaves", domain_leaves}});
  }
  report(options, 0.0f);

  // Pass 1: coarse blocks, then their leaves; a bit per leaf of each block.
  const size_t coarse_total = static_cast<size_t>(coarse_blocks);
  std::vector<uint64_t> leaf_bits(coarse_total, 0);
  const float coarse_dim = static_cast<float>(kCoarseLeaves * kLeafDim);
  const float coarse_reject = kSqrt3 * 0.5f * (coarse_dim - 1.0f) * voxel + band;
  const float leaf_reject = kSqrt3 * 0.5f * static_cast<float>(kLeafDim - 1) * voxel + band;
  const Eigen::Vector3i cc = domain.coarse_count;
  tbb::parallel_for(tbb::blocked_range<size_t>(0, coarse_total), [&](const tbb::blocked_range<size_t>& range) {
    for (size_t b = range.begin(); b != range.end(); ++b) {
      const int bx = static_cast<int>(b / (static_cast<size_t>(cc.y()) * cc.z()));
      const int by = static_cast<int>((b / cc.z()) % cc.y());
      const int bz = static_cast<int>(b % cc.z());
      const Eigen::Vector3i first_leaf = Eigen::Vector3i(bx, by, bz) * kCoarseLeaves;
      const Vec3 block_origin = ((domain.first + first_leaf) * kLeafDim).cast<float>();
      const Vec3 centre = (block_origin + Vec3::Constant(0.5f * (coarse_dim - 1.0f))) * voxel;
      if (std::abs(sdf.distance(centre)) > coarse_reject) continue;
      const Box region = Box{block_origin * voxel, (block_origin + Vec3::Constant(coarse_dim - 1.0f)) * voxel}.padded(
          1e-3f * voxel);
      const Sdf block_sdf = options.prune ? sdf.pruned(region, leaf_reject * 1.01f) : sdf;
      uint64_t bits = 0;
      for (int lx = 0; lx < kCoarseLeaves; ++lx) {
        for (int ly = 0; ly < kCoarseLeaves; ++ly) {
          for (int lz = 0; lz < kCoarseLeaves; ++lz) {
            const Eigen::Vector3i leaf = first_leaf + Eigen::Vector3i(lx, ly, lz);
            if ((leaf.array() >= domain.count.array()).any()) continue;
            const Vec3 leaf_origin = ((domain.first + leaf) * kLeafDim).cast<float>();
            const Vec3 leaf_centre = (leaf_origin + Vec3::Constant(0.5f * (kLeafDim - 1))) * voxel;
            if (std::abs(block_sdf.distance(leaf_centre)) > leaf_reject) continue;
            bits |= uint64_t{1} << ((lx * kCoarseLeaves + ly) * kCoarseLeaves + lz);
          }
        }
      }
      leaf_bits[b] = bits;
    }
  });
  std::vector<openvdb::Coord> candidates;
  for (size_t b = 0; b < coarse_total; ++b) {
    if (leaf_bits[b] == 0) continue;
    const int bx = static_cast<int>(b / (static_cast<size_t>(cc.y()) * cc.z()));
    const int by = static_cast<int>((b / cc.z()) % cc.y());
    const int bz = static_cast<int>(b % cc.z());
    for (int bit = 0; bit < 64; ++bit) {
      if ((leaf_bits[b] >> bit & 1u) == 0) continue;
      const Eigen::Vector3i leaf = Eigen::Vector3i(bx, by, bz) * kCoarseLeaves +
                                   Eigen::Vector3i(bit / 16, (bit / 4) % 4, bit % 4);
      const Eigen::Vector3i origin = (domain.first + leaf) * kLeafDim;
      candidates.emplace_back(origin.x(), origin.y(), origin.z());
    }
  }
  const size_t sampled_voxels = candidates.size() * LeafT::SIZE;
  if (sampled_voxels > options.max_active_voxels) {
    return fail(ErrorCode::kTooLarge, "meshing at this voxel size needs too many samples; use a larger voxel size",
                {{"parameter", "voxel_size_mm"},
                 {"value", voxel},
                 {"sampled_voxels", sampled_voxels},
                 {"limit", options.max_active_voxels}});
  }
  report(options, 0.1f);

  // Pass 2: sample candidate leaves in parallel into their own slots, in
  // batches so progress is reported from the calling thread; the tree is then
  // assembled in candidate order, so the result does not depend on threads.
  std::vector<std::unique_ptr<LeafT>> leaves(candidates.size());
  constexpr size_t kBatches = 8;
  const size_t batch_size = (candidates.size() + kBatches - 1) / kBatches;
  for (size_t start = 0; start < candidates.size(); start += batch_size) {
    const size_t end = std::min(start + batch_size, candidates.size());
    tbb::parallel_for(tbb::blocked_range<size_t>(start, end, 4), [&](const tbb::blocked_range<size_t>& range) {
      for (size_t i = range.begin(); i != range.end(); ++i) leaves[i] = sampleLeaf(sdf, candidates[i], voxel, band, options.prune);
    });
    report(options, 0.1f + 0.6f * static_cast<float>(end) / static_cast<float>(candidates.size()));
  }

  openvdb::initialize();
  openvdb::FloatGrid::Ptr grid = openvdb::FloatGrid::create(band);
  grid->setTransform(openvdb::math::Transform::createLinearTransform(voxel));
  grid->setGridClass(openvdb::GRID_LEVEL_SET);
  openvdb::FloatTree& tree = grid->tree();
  for (auto& leaf : leaves) {
    if (leaf) tree.addLeaf(leaf.release());
  }
  openvdb::tools::signedFloodFill(tree);

  std::vector<openvdb::Vec3s> points;
  std::vector<openvdb::Vec3I> triangles;
  std::vector<openvdb::Vec4I> quads;
  openvdb::tools::volumeToMesh(*grid, points, triangles, quads, 0.0, 0.0, false);
  report(options, 0.85f);

  Mesh mesh;
  mesh.positions.resize(points.size());
  for (size_t i = 0; i < points.size(); ++i) mesh.positions[i] = Vec3(points[i].x(), points[i].y(), points[i].z());
  mesh.indices.reserve(6 * quads.size() + 3 * triangles.size());
  for (const openvdb::Vec3I& t : triangles) mesh.indices.insert(mesh.indices.end(), {t[0], t[1], t[2]});
  for (const openvdb::Vec4I& q : quads) {
    // Split along the shorter diagonal for better-shaped triangles.
    const float d02 = (mesh.positions[q[0]] - mesh.positions[q[2]]).squaredNorm();
    const float d13 = (mesh.positions[q[1]] - mesh.positions[q[3]]).squaredNorm();
    if (d02 <= d13) {
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
    } else {
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[3], q[1], q[2], q[3]});
    }
  }
  weldVertices(mesh);
  // volumeToMesh winds level-set quads clockwise seen from outside; measure
  // rather than assume, since the sign convention is not part of its contract.
  if (volume(mesh) < 0.0) {
    for (size_t t = 0; t < mesh.triangleCount(); ++t) std::swap(mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]);
  }

  // Materials: the slot of sdf.sample at each centroid. Centroids lie within
  // a voxel of the surface, so the parts that decide them are all within the
  // band of the block they fall in: triangles are grouped by leaf block and
  // each group reads the field pruned to its block.
  const size_t triangle_count = mesh.triangleCount();
  std::vector<Vec3> centroids(triangle_count);
  std::vector<std::pair<uint64_t, uint32_t>> by_block(triangle_count);
  const float block_size = static_cast<float>(kLeafDim) * voxel;
  for (size_t t = 0; t < triangle_count; ++t) {
    const auto [a, b, c] = mesh.triangle(t);
    centroids[t] = (mesh.positions[a] + mesh.positions[b] + mesh.positions[c]) / 3.0f;
    const Vec3 cell = (centroids[t] / block_size).array().floor();
    const auto key = [](float v) { return static_cast<uint64_t>(static_cast<int64_t>(v) + (int64_t{1} << 20)) & 0x1fffff; };
    by_block[t] = {key(cell.x()) << 42 | key(cell.y()) << 21 | key(cell.z()), static_cast<uint32_t>(t)};
  }
  std::sort(by_block.begin(), by_block.end());
  std::vector<size_t> group_start;
  for (size_t i = 0; i < by_block.size(); ++i) {
    if (i == 0 || by_block[i].first != by_block[i - 1].first) group_start.push_back(i);
  }
  group_start.push_back(by_block.size());
  std::vector<uint32_t> triangle_material(triangle_count, 0);
  tbb::parallel_for(tbb::blocked_range<size_t>(0, group_start.size() - 1, 4), [&](const tbb::blocked_range<size_t>& range) {
    for (size_t g = range.begin(); g != range.end(); ++g) {
      Box region;
      for (size_t i = group_start[g]; i < group_start[g + 1]; ++i) region.extend(centroids[by_block[i].second]);
      const Sdf local = options.prune ? sdf.pruned(region.padded(1e-3f * voxel), band + voxel) : sdf;
      for (size_t i = group_start[g]; i < group_start[g + 1]; ++i) {
        triangle_material[by_block[i].second] = local.sample(centroids[by_block[i].second]).material;
      }
    }
  });
  assignMaterials(mesh, triangle_material);
  report(options, 1.0f);
  return mesh;
}

}  // namespace kiln::geometry
