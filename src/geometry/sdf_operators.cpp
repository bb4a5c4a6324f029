// Boolean, transform and domain operators on distance fields; smooth booleans
// use the polynomial smooth minimum of Quilez, "smooth minimum" (iquilezles.org/articles/smin).
#include <Eigen/SVD>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "geometry/sdf.h"
#include "geometry/sdf_node.h"

namespace kiln::geometry {

namespace {

using detail::BoundedNode;
using detail::boxDistance;

Box intersection(const Box& a, const Box& b) { return {a.min.cwiseMax(b.min), a.max.cwiseMin(b.max)}; }

// True when a part whose box lies `box_distance` away cannot come below
// `threshold`: its distance is at least the box distance, but only outside the box.
bool cannotBeat(float box_distance, float threshold) { return box_distance > 0.0f && box_distance >= threshold; }

// Distance between two boxes (0 where they overlap; infinite for an empty one):
// a part whose box is this far from a region is at least this far from every
// point of it.
float boxGap(const Box& a, const Box& b) {
  if (a.empty() || b.empty()) return std::numeric_limits<float>::infinity();
  return (a.min - b.max).cwiseMax(b.min - a.max).cwiseMax(0.0f).norm();
}

bool sameNode(const Sdf& a, const Sdf& b) { return a.node() == b.node(); }

Sdf nothing() { return Sdf(std::make_shared<const detail::EmptyNode>()); }

Box unionBox(const Box& a, const Box& b) {
  Box box = a;
  box.extend(b);
  return box;
}

// --- Transforms ---

// world = linear * local + translation. The field is child(local) scaled by
// the smallest singular value of `linear`, which keeps it a distance bound for
// any invertible map (and exact for rigid maps times a uniform scale).
class TransformNode final : public BoundedNode {
 public:
  TransformNode(Sdf child, const Affine& world_from_local)
      : BoundedNode(transformedBox(child.bounds(), world_from_local)),
        child_(std::move(child)),
        world_from_local_(world_from_local),
        local_from_world_(world_from_local.inverse()),
        distance_scale_(smallestSingularValue(world_from_local)) {}

  float distance(const Vec3& p) const override {
    return child_.distance(local_from_world_ * p) * distance_scale_;
  }
  SdfSample sample(const Vec3& p) const override {
    SdfSample s = child_.sample(local_from_world_ * p);
    s.distance *= distance_scale_;
    return s;
  }

  const Sdf& child() const { return child_; }
  const Affine& worldFromLocal() const { return world_from_local_; }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    if (!(distance_scale_ > 0.0f)) return self;
    Sdf child = child_.pruned(transformedBox(region, local_from_world_), margin / distance_scale_);
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<TransformNode>(std::move(child), *this));
  }
  // The same transform over another child, without inverting it again.
  TransformNode(Sdf child, const TransformNode& like)
      : BoundedNode(transformedBox(child.bounds(), like.world_from_local_)),
        child_(std::move(child)),
        world_from_local_(like.world_from_local_),
        local_from_world_(like.local_from_world_),
        distance_scale_(like.distance_scale_) {}

 private:
  static float smallestSingularValue(const Affine& m) {
    const Eigen::Matrix3f linear = m.linear();
    Eigen::JacobiSVD<Eigen::Matrix3f> svd(linear);
    return svd.singularValues().minCoeff();
  }
  static Box transformedBox(const Box& box, const Affine& m) {
    if (box.empty()) return box;
    Box out;
    for (int corner = 0; corner < 8; ++corner) {
      const Vec3 c((corner & 1) ? box.max.x() : box.min.x(), (corner & 2) ? box.max.y() : box.min.y(),
                   (corner & 4) ? box.max.z() : box.min.z());
      out.extend(m * c);
    }
    return out;
  }

  Sdf child_;
  Affine world_from_local_;
  Affine local_from_world_;
  float distance_scale_;
};

// --- Booleans ---

// Evaluates the child whose box is nearer first so the other can often be
// skipped. A child's distance is at least its box distance only outside its
// box (inside, it may be negative), so a child is skipped only when p is
// outside its box and the box is no nearer than the distance found so far.
class UnionNode final : public BoundedNode {
 public:
  UnionNode(Sdf a, Sdf b) : BoundedNode(unionBox(a.bounds(), b.bounds())), a_(std::move(a)), b_(std::move(b)) {
    box_a_ = a_.bounds();
    box_b_ = b_.bounds();
  }
  float distance(const Vec3& p) const override {
    const float da_box = boxDistance(box_a_, p);
    const float db_box = boxDistance(box_b_, p);
    if (da_box <= db_box) {
      const float da = a_.distance(p);
      return cannotBeat(db_box, da) ? da : std::min(da, b_.distance(p));
    }
    const float db = b_.distance(p);
    return cannotBeat(da_box, db) ? db : std::min(db, a_.distance(p));
  }
  SdfSample sample(const Vec3& p) const override {
    const float da_box = boxDistance(box_a_, p);
    const float db_box = boxDistance(box_b_, p);
    const Sdf& near = da_box <= db_box ? a_ : b_;
    const Sdf& far = da_box <= db_box ? b_ : a_;
    const SdfSample s_near = near.sample(p);
    if (cannotBeat(std::max(da_box, db_box), s_near.distance)) return s_near;
    const SdfSample s_far = far.sample(p);
    return s_far.distance < s_near.distance ? s_far : s_near;
  }
  // A part at least `margin` away stays above it: the other decides alone.
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    const bool keep_a = boxGap(box_a_, region) < margin, keep_b = boxGap(box_b_, region) < margin;
    if (!keep_a && !keep_b) return nothing();
    if (!keep_b) return a_.pruned(region, margin);
    if (!keep_a) return b_.pruned(region, margin);
    Sdf a = a_.pruned(region, margin), b = b_.pruned(region, margin);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<UnionNode>(std::move(a), std::move(b)));
  }

 private:
  Sdf a_, b_;
  Box box_a_, box_b_;
};

// The union of many parts (a creature's limbs, a chair's slats, a radial
// array). Each query measures every part's box once (squared, no root), reads
// the parts whose box holds the point — or else the nearest — and then only
// the parts whose box is nearer than the best distance found.
class MultiUnionNode final : public BoundedNode {
 public:
  explicit MultiUnionNode(std::vector<Sdf> parts) : BoundedNode(partsBox(parts)), parts_(std::move(parts)) {
    for (const Sdf& part : parts_) boxes_.push_back(part.bounds());
  }
  float distance(const Vec3& p) const override {
    float best = std::numeric_limits<float>::max();
    visit(p, [&] { return best; }, [&](size_t i) { best = std::min(best, parts_[i].distance(p)); });
    return best;
  }
  SdfSample sample(const Vec3& p) const override {
    SdfSample best{std::numeric_limits<float>::max(), 0};
    bool any = false;
    visit(p, [&] { return best.distance; }, [&](size_t i) {
      const SdfSample s = parts_[i].sample(p);
      if (!any || s.distance < best.distance) best = s;
      any = true;
    });
    return best;
  }
  // Parts at least `margin` away stay above it: only the others can decide.
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    std::vector<Sdf> kept;
    bool changed = false;
    for (size_t i = 0; i < parts_.size(); ++i) {
      if (!(boxGap(boxes_[i], region) < margin)) {
        changed = true;
        continue;
      }
      kept.push_back(parts_[i].pruned(region, margin));
      changed = changed || !sameNode(kept.back(), parts_[i]);
    }
    if (!changed) return self;
    if (kept.empty()) return nothing();
    if (kept.size() == 1) return kept.front();
    return Sdf(std::make_shared<MultiUnionNode>(std::move(kept)));
  }

 private:
  static Box partsBox(const std::vector<Sdf>& parts) {
    Box box;
    for (const Sdf& part : parts) box.extend(part.bounds());
    return box;
  }
  static float boxDistance2(const Box& box, const Vec3& p) {
    return (box.min - p).cwiseMax(p - box.max).cwiseMax(0.0f).squaredNorm();
  }

  // Calls `part(i)` for every part that might beat `best()`.
  template <class Best, class Part>
  void visit(const Vec3& p, Best best, Part part) const {
    const size_t n = parts_.size();
    if (n == 0) return;
    constexpr size_t kOnStack = 128;
    std::array<float, kOnStack> on_stack;
    std::vector<float> on_heap;
    float* d2 = on_stack.data();
    if (n > kOnStack) {
      on_heap.resize(n);
      d2 = on_heap.data();
    }
    size_t nearest = 0;
    bool inside_any = false;
    for (size_t i = 0; i < n; ++i) {
      d2[i] = boxDistance2(boxes_[i], p);
      if (d2[i] < d2[nearest]) nearest = i;
      inside_any = inside_any || d2[i] == 0.0f;
    }
    // Parts whose box holds p can be anywhere below zero: read them all.
    if (inside_any) {
      for (size_t i = 0; i < n; ++i) {
        if (d2[i] == 0.0f) part(i);
      }
    } else {
      part(nearest);
    }
    for (size_t i = 0; i < n; ++i) {
      if (d2[i] == 0.0f || (!inside_any && i == nearest)) continue;
      const float b = best();
      // Outside its box a part is at least the box distance away.
      if (b <= 0.0f || d2[i] >= b * b) continue;
      part(i);
    }
  }

  std::vector<Sdf> parts_;
  std::vector<Box> boxes_;
};

class IntersectNode final : public BoundedNode {
 public:
  IntersectNode(Sdf a, Sdf b)
      : BoundedNode(intersection(a.bounds(), b.bounds())), a_(std::move(a)), b_(std::move(b)) {}
  float distance(const Vec3& p) const override { return std::max(a_.distance(p), b_.distance(p)); }
  SdfSample sample(const Vec3& p) const override {
    const SdfSample sa = a_.sample(p);
    const SdfSample sb = b_.sample(p);
    return sa.distance >= sb.distance ? sa : sb;
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    if (!(boxGap(a_.bounds(), region) < margin) || !(boxGap(b_.bounds(), region) < margin)) return nothing();
    Sdf a = a_.pruned(region, margin), b = b_.pruned(region, margin);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<IntersectNode>(std::move(a), std::move(b)));
  }

 private:
  Sdf a_, b_;
};

// max(a, -b); b is skipped where its box is farther than -a, since then
// -b <= -box_distance <= a.
class SubtractNode final : public BoundedNode {
 public:
  SubtractNode(Sdf a, Sdf b) : BoundedNode(a.bounds()), a_(std::move(a)), b_(std::move(b)), box_b_(b_.bounds()) {}
  float distance(const Vec3& p) const override {
    const float da = a_.distance(p);
    if (boxDistance(box_b_, p) >= -da) return da;
    return std::max(da, -b_.distance(p));
  }
  SdfSample sample(const Vec3& p) const override {
    const SdfSample sa = a_.sample(p);
    if (boxDistance(box_b_, p) >= -sa.distance) return sa;
    const SdfSample sb = b_.sample(p);
    // The cut face takes the material of the part being cut.
    return {std::max(sa.distance, -sb.distance), sa.material};
  }
  // A cutter at least `margin` away leaves a alone there.
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    if (!(boxGap(a_.bounds(), region) < margin)) return nothing();
    if (!(boxGap(box_b_, region) < margin)) return a_.pruned(region, margin);
    Sdf a = a_.pruned(region, margin), b = b_.pruned(region, margin);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<SubtractNode>(std::move(a), std::move(b)));
  }

 private:
  Sdf a_, b_;
  Box box_b_;
};

// smin(a, b) equals min(a, b) once |a - b| >= k, so the farther child is
// skipped when its box is at least k beyond the nearer child's distance.
class SmoothUnionNode final : public BoundedNode {
 public:
  SmoothUnionNode(Sdf a, Sdf b, float k)
      : BoundedNode(unionBox(a.bounds(), b.bounds()).padded(0.25f * k)),
        a_(std::move(a)), b_(std::move(b)), box_a_(a_.bounds()), box_b_(b_.bounds()), k_(k) {}
  float distance(const Vec3& p) const override {
    const float da_box = boxDistance(box_a_, p);
    const float db_box = boxDistance(box_b_, p);
    if (da_box <= db_box) {
      const float da = a_.distance(p);
      if (cannotBeat(db_box, da + k_)) return da;
      return smoothMin(da, b_.distance(p), k_);
    }
    const float db = b_.distance(p);
    if (cannotBeat(da_box, db + k_)) return db;
    return smoothMin(a_.distance(p), db, k_);
  }
  SdfSample sample(const Vec3& p) const override {
    const float da_box = boxDistance(box_a_, p);
    const float db_box = boxDistance(box_b_, p);
    if (da_box <= db_box) {
      const SdfSample sa = a_.sample(p);
      if (cannotBeat(db_box, sa.distance + k_)) return sa;
      const SdfSample sb = b_.sample(p);
      return {smoothMin(sa.distance, sb.distance, k_), sa.distance <= sb.distance ? sa.material : sb.material};
    }
    const SdfSample sb = b_.sample(p);
    if (cannotBeat(da_box, sb.distance + k_)) return sb;
    const SdfSample sa = a_.sample(p);
    return {smoothMin(sa.distance, sb.distance, k_), sa.distance <= sb.distance ? sa.material : sb.material};
  }
  // smin moves a value by at most k/4 and only where |a - b| < k, so the
  // children are kept exact within margin + 2k, and a child at least that far
  // away never blends in.
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    const float wide = margin + 2.0f * k_;
    const bool keep_a = boxGap(box_a_, region) < wide, keep_b = boxGap(box_b_, region) < wide;
    if (!keep_a && !keep_b) return nothing();
    if (!keep_b) return a_.pruned(region, wide);
    if (!keep_a) return b_.pruned(region, wide);
    Sdf a = a_.pruned(region, wide), b = b_.pruned(region, wide);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<SmoothUnionNode>(std::move(a), std::move(b), k_));
  }

 private:
  Sdf a_, b_;
  Box box_a_, box_b_;
  float k_;
};

// smax(a, b) = -smin(-a, -b).
class SmoothIntersectNode final : public BoundedNode {
 public:
  SmoothIntersectNode(Sdf a, Sdf b, float k)
      : BoundedNode(intersection(a.bounds(), b.bounds())), a_(std::move(a)), b_(std::move(b)), k_(k) {}
  float distance(const Vec3& p) const override { return -smoothMin(-a_.distance(p), -b_.distance(p), k_); }
  SdfSample sample(const Vec3& p) const override {
    const SdfSample sa = a_.sample(p);
    const SdfSample sb = b_.sample(p);
    return {-smoothMin(-sa.distance, -sb.distance, k_), sa.distance >= sb.distance ? sa.material : sb.material};
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    const float wide = margin + 2.0f * k_;
    Sdf a = a_.pruned(region, wide), b = b_.pruned(region, wide);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<SmoothIntersectNode>(std::move(a), std::move(b), k_));
  }

 private:
  Sdf a_, b_;
  float k_;
};

// smax(a, -b) = -smin(-a, b); equal to a wherever b >= k - a.
class SmoothSubtractNode final : public BoundedNode {
 public:
  SmoothSubtractNode(Sdf a, Sdf b, float k)
      : BoundedNode(a.bounds()), a_(std::move(a)), b_(std::move(b)), box_b_(b_.bounds()), k_(k) {}
  float distance(const Vec3& p) const override {
    const float da = a_.distance(p);
    if (boxDistance(box_b_, p) >= k_ - da) return da;
    return -smoothMin(-da, b_.distance(p), k_);
  }
  SdfSample sample(const Vec3& p) const override {
    const SdfSample sa = a_.sample(p);
    if (boxDistance(box_b_, p) >= k_ - sa.distance) return sa;
    return {-smoothMin(-sa.distance, b_.distance(p), k_), sa.material};
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    const float wide = margin + 2.0f * k_;
    if (!(boxGap(box_b_, region) < wide)) return a_.pruned(region, wide);
    Sdf a = a_.pruned(region, wide), b = b_.pruned(region, wide);
    if (sameNode(a, a_) && sameNode(b, b_)) return self;
    return Sdf(std::make_shared<SmoothSubtractNode>(std::move(a), std::move(b), k_));
  }

 private:
  Sdf a_, b_;
  Box box_b_;
  float k_;
};

// --- Modifiers ---

class ShellNode final : public BoundedNode {
 public:
  ShellNode(Sdf child, float thickness)
      : BoundedNode(child.bounds().padded(0.5f * thickness)), child_(std::move(child)), half_(0.5f * thickness) {}
  float distance(const Vec3& p) const override { return std::abs(child_.distance(p)) - half_; }
  SdfSample sample(const Vec3& p) const override {
    SdfSample s = child_.sample(p);
    s.distance = std::abs(s.distance) - half_;
    return s;
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    Sdf child = child_.pruned(region, margin + half_);
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<ShellNode>(std::move(child), 2.0f * half_));
  }

 private:
  Sdf child_;
  float half_;
};

class RoundedNode final : public BoundedNode {
 public:
  RoundedNode(Sdf child, float radius)
      : BoundedNode(child.bounds().padded(radius)), child_(std::move(child)), radius_(radius) {}
  float distance(const Vec3& p) const override { return child_.distance(p) - radius_; }
  SdfSample sample(const Vec3& p) const override {
    SdfSample s = child_.sample(p);
    s.distance -= radius_;
    return s;
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    Sdf child = child_.pruned(region, margin + std::abs(radius_));
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<RoundedNode>(std::move(child), radius_));
  }

 private:
  Sdf child_;
  float radius_;
};

class MirrorNode final : public BoundedNode {
 public:
  MirrorNode(Sdf child, int axis) : BoundedNode(mirroredBox(child.bounds(), axis)), child_(std::move(child)), axis_(axis) {}
  float distance(const Vec3& p) const override { return child_.distance(fold(p)); }
  SdfSample sample(const Vec3& p) const override { return child_.sample(fold(p)); }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    if (region.empty()) return self;
    Box folded = region;
    const float lo = region.min[axis_], hi = region.max[axis_];
    folded.min[axis_] = lo <= 0.0f && hi >= 0.0f ? 0.0f : std::min(std::abs(lo), std::abs(hi));
    folded.max[axis_] = std::max(std::abs(lo), std::abs(hi));
    Sdf child = child_.pruned(folded, margin);
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<MirrorNode>(std::move(child), axis_));
  }

 private:
  static Box mirroredBox(Box box, int axis) {
    if (box.empty()) return box;
    const float extent = std::max(box.max[axis], 0.0f);
    box.min[axis] = -extent;
    box.max[axis] = extent;
    return box;
  }
  Vec3 fold(Vec3 p) const {
    p[axis_] = std::abs(p[axis_]);
    return p;
  }
  Sdf child_;
  int axis_;
};

// Limited repetition: each axis maps p to the nearest copy's cell and also
// tries the neighbouring copy on the side p leans towards, so parts that reach
// past half the spacing are still measured correctly.
class RepeatNode final : public BoundedNode {
 public:
  RepeatNode(Sdf child, const Vec3& spacing, const Eigen::Vector3i& count)
      : BoundedNode(repeatedBox(child.bounds(), spacing, count)), child_(std::move(child)), spacing_(spacing),
        count_(count) {
    for (int a = 0; a < 3; ++a) {
      if (count_[a] < 2 || spacing_[a] <= 0.0f) count_[a] = 1;
      half_span_[a] = 0.5f * static_cast<float>(count_[a] - 1) * spacing_[a];
    }
  }
  float distance(const Vec3& p) const override { return evaluate(p).distance; }
  SdfSample sample(const Vec3& p) const override { return evaluate(p); }

 private:
  static Box repeatedBox(const Box& box, const Vec3& spacing, const Eigen::Vector3i& count) {
    if (box.empty()) return box;
    Box out = box;
    for (int a = 0; a < 3; ++a) {
      if (count[a] < 2 || spacing[a] <= 0.0f) continue;
      const float half_span = 0.5f * static_cast<float>(count[a] - 1) * spacing[a];
      out.min[a] -= half_span;
      out.max[a] += half_span;
    }
    return out;
  }
  SdfSample evaluate(const Vec3& p) const {
    std::array<std::array<float, 2>, 3> offsets{};
    std::array<int, 3> choices{};
    for (int a = 0; a < 3; ++a) {
      if (count_[a] == 1) {
        offsets[a] = {p[a], p[a]};
        choices[a] = 1;
        continue;
      }
      const float q = p[a] + half_span_[a];
      const int cell = std::clamp(static_cast<int>(std::lround(q / spacing_[a])), 0, count_[a] - 1);
      const float local = q - static_cast<float>(cell) * spacing_[a];
      const int neighbour = std::clamp(cell + (local > 0.0f ? 1 : -1), 0, count_[a] - 1);
      offsets[a] = {local, q - static_cast<float>(neighbour) * spacing_[a]};
      choices[a] = neighbour == cell ? 1 : 2;
    }
    SdfSample best{std::numeric_limits<float>::max(), 0};
    for (int i = 0; i < choices[0]; ++i) {
      for (int j = 0; j < choices[1]; ++j) {
        for (int k = 0; k < choices[2]; ++k) {
          const SdfSample s = child_.sample(Vec3(offsets[0][i], offsets[1][j], offsets[2][k]));
          if (s.distance < best.distance) best = s;
        }
      }
    }
    return best;
  }
  Sdf child_;
  Vec3 spacing_;
  Eigen::Vector3i count_;
  Vec3 half_span_ = Vec3::Zero();
};

class MaterialNode final : public BoundedNode {
 public:
  MaterialNode(Sdf child, uint32_t material) : BoundedNode(child.bounds()), child_(std::move(child)), material_(material) {}
  float distance(const Vec3& p) const override { return child_.distance(p); }
  SdfSample sample(const Vec3& p) const override { return {child_.distance(p), material_}; }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    Sdf child = child_.pruned(region, margin);
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<MaterialNode>(std::move(child), material_));
  }

 private:
  Sdf child_;
  uint32_t material_;
};

class MaterialOffsetNode final : public BoundedNode {
 public:
  MaterialOffsetNode(Sdf child, uint32_t offset)
      : BoundedNode(child.bounds()), child_(std::move(child)), offset_(offset) {}
  float distance(const Vec3& p) const override { return child_.distance(p); }
  SdfSample sample(const Vec3& p) const override {
    SdfSample s = child_.sample(p);
    s.material += offset_;
    return s;
  }
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    Sdf child = child_.pruned(region, margin);
    if (sameNode(child, child_)) return self;
    return Sdf(std::make_shared<MaterialOffsetNode>(std::move(child), offset_));
  }

 private:
  Sdf child_;
  uint32_t offset_;
};

}  // namespace

Sdf SdfNode::pruned(const Sdf& self, const Box&, float) const { return self; }

float smoothMin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::clamp(0.5f + 0.5f * (b - a) / k, 0.0f, 1.0f);
  return b + (a - b) * h - k * h * (1.0f - h);
}

Sdf transformed(Sdf sdf, const Affine& world_from_local) {
  // Nested transforms fold into one node: one matrix per evaluation.
  if (const auto* inner = dynamic_cast<const TransformNode*>(sdf.node().get())) {
    return Sdf(std::make_shared<TransformNode>(inner->child(), world_from_local * inner->worldFromLocal()));
  }
  return Sdf(std::make_shared<TransformNode>(std::move(sdf), world_from_local));
}

Sdf translate(Sdf sdf, const Vec3& offset) {
  return transformed(std::move(sdf), Affine(Eigen::Translation3f(offset)));
}

Sdf rotate(Sdf sdf, const Vec3& axis, float angle_rad) {
  return transformed(std::move(sdf), Affine(Eigen::AngleAxisf(angle_rad, axis.normalized())));
}

Sdf scale(Sdf sdf, float factor) { return transformed(std::move(sdf), Affine(Eigen::Scaling(factor))); }

Sdf unite(Sdf a, Sdf b) { return Sdf(std::make_shared<UnionNode>(std::move(a), std::move(b))); }

Sdf unite(std::vector<Sdf> parts) {
  if (parts.size() == 1) return parts.front();
  if (parts.empty()) return Sdf(std::make_shared<MultiUnionNode>(std::vector<Sdf>{}));
  return Sdf(std::make_shared<MultiUnionNode>(std::move(parts)));
}

Sdf intersect(Sdf a, Sdf b) { return Sdf(std::make_shared<IntersectNode>(std::move(a), std::move(b))); }

Sdf subtract(Sdf a, Sdf b) { return Sdf(std::make_shared<SubtractNode>(std::move(a), std::move(b))); }

Sdf smoothUnion(Sdf a, Sdf b, float k) {
  return Sdf(std::make_shared<SmoothUnionNode>(std::move(a), std::move(b), std::max(k, 0.0f)));
}

Sdf smoothIntersect(Sdf a, Sdf b, float k) {
  return Sdf(std::make_shared<SmoothIntersectNode>(std::move(a), std::move(b), std::max(k, 0.0f)));
}

Sdf smoothSubtract(Sdf a, Sdf b, float k) {
  return Sdf(std::make_shared<SmoothSubtractNode>(std::move(a), std::move(b), std::max(k, 0.0f)));
}

Sdf shell(Sdf sdf, float thickness) { return Sdf(std::make_shared<ShellNode>(std::move(sdf), thickness)); }

Sdf rounded(Sdf sdf, float radius) { return Sdf(std::make_shared<RoundedNode>(std::move(sdf), radius)); }

Sdf mirror(Sdf sdf, int axis) {
  return Sdf(std::make_shared<MirrorNode>(std::move(sdf), std::clamp(axis, 0, 2)));
}

Sdf repeat(Sdf sdf, const Vec3& spacing, const Eigen::Vector3i& count) {
  return Sdf(std::make_shared<RepeatNode>(std::move(sdf), spacing, count));
}

Sdf withMaterial(Sdf sdf, uint32_t material) {
  return Sdf(std::make_shared<MaterialNode>(std::move(sdf), material));
}

Sdf offsetMaterial(Sdf sdf, uint32_t offset) {
  if (offset == 0) return sdf;
  return Sdf(std::make_shared<MaterialOffsetNode>(std::move(sdf), offset));
}

}  // namespace kiln::geometry
