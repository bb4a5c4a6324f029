// Zero-area triangle removal by dropping needles and folds and flipping caps
// (the edge flip of Lawson, "Software for C1 surface interpolation", 1977).
#include "geometry/repair.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/assert.h"
#include "geometry/position_weld.h"

namespace kiln::geometry {

namespace {

// Exactly the test analyzeTopology uses. Differences of floats are exact in
// double and so are the products of two of them, so the cross product is zero
// exactly when the three points are collinear, whichever corner is the base.
bool isZeroArea(const Vec3& a, const Vec3& b, const Vec3& c) {
  const Eigen::Vector3d pa = a.cast<double>();
  return (b.cast<double>() - pa).cross(c.cast<double>() - pa).squaredNorm() == 0.0;
}

// Zero area, or (with sliver_ratio > 0) a height over the longest edge of at
// most sliver_ratio times that edge: |n| <= r·L² with |n| twice the area.
bool isSliver(const Vec3& a, const Vec3& b, const Vec3& c, double sliver_ratio) {
  if (sliver_ratio <= 0.0) return isZeroArea(a, b, c);
  const Eigen::Vector3d pa = a.cast<double>(), pb = b.cast<double>(), pc = c.cast<double>();
  const double area2_squared = (pb - pa).cross(pc - pa).squaredNorm();
  const double longest_squared =
      std::max({(pb - pa).squaredNorm(), (pc - pb).squaredNorm(), (pa - pc).squaredNorm()});
  return area2_squared <= sliver_ratio * sliver_ratio * longest_squared * longest_squared;
}

Eigen::Vector3d faceNormal(const Vec3& a, const Vec3& b, const Vec3& c) {
  const Eigen::Vector3d pa = a.cast<double>();
  return (b.cast<double>() - pa).cross(c.cast<double>() - pa);
}

uint64_t edgeKey(uint32_t from, uint32_t to) {
  return (static_cast<uint64_t>(from) << 32) | to;
}

// Directed edge (welded ids) -> the triangle that traverses it. Open
// addressing without deletion: when a flip removes an edge its entry goes
// stale, and callers check that the triangle still has the edge. A key met
// twice while building belongs to a non-manifold or misoriented edge and is
// marked ambiguous, which keeps any flip away from it.
class DirectedEdgeMap {
 public:
  static constexpr uint32_t kAmbiguous = 0x80000000u;

  explicit DirectedEdgeMap(size_t expected) { rehash(capacityFor(expected)); }

  // While building: a second use of the same directed edge marks it
  // ambiguous. Returns true when it does so for the first time.
  bool add(uint64_t key, uint32_t triangle) {
    uint32_t& value = slot(key);
    const bool first_repeat = value != kNone && (value & kAmbiguous) == 0;
    value = value == kNone ? triangle : (value | kAmbiguous);
    return first_repeat;
  }

  // After a flip: `triangle` now owns the edge (an ambiguous mark stays).
  void assign(uint64_t key, uint32_t triangle) {
    uint32_t& value = slot(key);
    value = (value != kNone && (value & kAmbiguous) != 0) ? value : triangle;
  }

  // The stored value (possibly with kAmbiguous set), or nullopt.
  std::optional<uint32_t> find(uint64_t key) const {
    for (size_t s = hash(key);; s = (s + 1) & mask_) {
      if (keys_[s] == kEmptyKey) return std::nullopt;
      if (keys_[s] == key) return values_[s];
    }
  }

 private:
  static constexpr uint64_t kEmptyKey = ~0ull;  // from == to never occurs
  static constexpr uint32_t kNone = ~0u;

  static size_t capacityFor(size_t count) {
    size_t capacity = 64;
    while (capacity < 2 * count) capacity *= 2;
    return capacity;
  }
  size_t hash(uint64_t key) const {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & mask_;
  }
  void rehash(size_t capacity) {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_values = std::move(values_);
    keys_.assign(capacity, kEmptyKey);
    values_.assign(capacity, kNone);
    mask_ = capacity - 1;
    size_ = 0;
    for (size_t s = 0; s < old_keys.size(); ++s) {
      if (old_keys[s] != kEmptyKey) slot(old_keys[s]) = old_values[s];
    }
  }
  // The value slot of `key`, inserted with kNone when absent.
  uint32_t& slot(uint64_t key) {
    if (2 * (size_ + 1) > keys_.size()) rehash(2 * keys_.size());
    size_t s = hash(key);
    while (keys_[s] != kEmptyKey && keys_[s] != key) s = (s + 1) & mask_;
    if (keys_[s] == kEmptyKey) {
      keys_[s] = key;
      ++size_;
    }
    return values_[s];
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

class Repairer {
 public:
  Repairer(Mesh& mesh, double sliver_ratio, RepairReport& report)
      : mesh_(mesh), sliver_ratio_(sliver_ratio), report_(report) {
    detail::weldPositions(mesh.positions, welded_);
    material_.assign(mesh.triangleCount(), 0);
    for (const SubMesh& s : mesh.effectiveSubmeshes()) {
      std::fill_n(material_.begin() + s.first_triangle, s.triangle_count, s.material);
    }
    removed_.assign(mesh.triangleCount(), false);
  }

  // Flips on crowded edges can free caps and the reverse, and the edge map
  // is rebuilt each round, so rounds repeat while they change something.
  void run() {
    constexpr int kMaxRounds = 4;
    for (int round = 0; round < kMaxRounds; ++round) {
      const size_t changes = changeCount();
      removeNeedles();
      removeFolds();
      buildEdgeMap();
      flipCaps();
      flipFlaps();
      if (report_.isClean() || changeCount() == changes) break;
    }
    compact();
  }

  size_t changeCount() const {
    return report_.needles_removed + report_.folds_removed + report_.caps_flipped +
           report_.pockets_removed + report_.flaps_flipped;
  }

 private:
  uint32_t cls(size_t triangle, int corner) const {
    return welded_[mesh_.indices[3 * triangle + corner]];
  }
  const Vec3& position(size_t triangle, int corner) const {
    return mesh_.positions[mesh_.indices[3 * triangle + corner]];
  }

  void removeNeedles() {
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (removed_[t]) continue;
      const uint32_t a = cls(t, 0), b = cls(t, 1), c = cls(t, 2);
      if (a == b || b == c || a == c) {
        removed_[t] = true;
        ++report_.needles_removed;
      }
    }
  }

  // Collapses without a link-condition check can fold a thin region into two
  // coincident triangles of opposite orientation; they enclose no volume and
  // dropping the pair restores the surrounding surface.
  void removeFolds() {
    struct Entry {
      std::array<uint32_t, 3> sorted;
      bool even;  // orientation relative to the sorted order
      uint32_t triangle;
    };
    std::vector<Entry> entries;
    entries.reserve(removed_.size());
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (removed_[t]) continue;
      const std::array<uint32_t, 3> v = {cls(t, 0), cls(t, 1), cls(t, 2)};
      // The rotation starting at the smallest id keeps the orientation; the
      // order of the other two then tells it.
      const int first = v[0] < v[1] ? (v[0] < v[2] ? 0 : 2) : (v[1] < v[2] ? 1 : 2);
      const uint32_t r1 = v[(first + 1) % 3], r2 = v[(first + 2) % 3];
      entries.push_back(
          {{v[first], std::min(r1, r2), std::max(r1, r2)}, r1 < r2, static_cast<uint32_t>(t)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.sorted != b.sorted ? a.sorted < b.sorted : a.triangle < b.triangle;
    });
    for (size_t i = 0; i < entries.size();) {
      size_t j = i + 1;
      while (j < entries.size() && entries[j].sorted == entries[i].sorted) ++j;
      if (j - i > 1) {
        // Pair off opposite orientations within the group, in triangle order.
        std::vector<uint32_t> even, odd;
        for (size_t k = i; k < j; ++k)
          (entries[k].even ? even : odd).push_back(entries[k].triangle);
        for (size_t k = 0; k < std::min(even.size(), odd.size()); ++k) {
          removed_[even[k]] = removed_[odd[k]] = true;
          report_.folds_removed += 2;
        }
      }
      i = j;
    }
  }

  bool isZeroArea(size_t t) const {
    return geometry::isZeroArea(position(t, 0), position(t, 1), position(t, 2));
  }
  bool isSliver(size_t t) const {
    return geometry::isSliver(position(t, 0), position(t, 1), position(t, 2), sliver_ratio_);
  }

  bool hasDirectedEdge(uint32_t t, uint32_t from, uint32_t to) const {
    for (int k = 0; k < 3; ++k) {
      if (cls(t, k) == from && cls(t, (k + 1) % 3) == to) return true;
    }
    return false;
  }

  // The live triangle traversing from -> to, or kAmbiguous when several do.
  std::optional<uint32_t> owner(uint32_t from, uint32_t to) const {
    const std::optional<uint32_t> value = edges_->find(edgeKey(from, to));
    if (!value) return std::nullopt;
    if ((*value & DirectedEdgeMap::kAmbiguous) != 0) return DirectedEdgeMap::kAmbiguous;
    if (removed_[*value] || !hasDirectedEdge(*value, from, to)) return std::nullopt;
    return *value;
  }

  bool edgeExists(uint32_t x, uint32_t y) const { return owner(x, y) || owner(y, x); }

  void buildEdgeMap() {
    edges_.emplace(mesh_.indices.size());
    crowded_edges_.clear();
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (removed_[t]) continue;
      for (int k = 0; k < 3; ++k) {
        const uint32_t from = cls(t, k), to = cls(t, (k + 1) % 3);
        if (edges_->add(edgeKey(from, to), static_cast<uint32_t>(t))) {
          crowded_edges_.push_back(edgeKey(std::min(from, to), std::max(from, to)));
        }
      }
    }
    std::sort(crowded_edges_.begin(), crowded_edges_.end());
    crowded_edges_.erase(std::unique(crowded_edges_.begin(), crowded_edges_.end()),
                         crowded_edges_.end());
  }

  void flipCaps() {
    std::vector<uint32_t> pending;
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (!removed_[t] && isSliver(t)) pending.push_back(static_cast<uint32_t>(t));
    }
    report_.unresolved = pending.size();
    if (pending.empty()) return;
    // A flip never creates a zero-area triangle, so every round that flips
    // something shrinks the pending set; a round without progress ends it.
    while (!pending.empty()) {
      std::vector<uint32_t> deferred;
      for (uint32_t t : pending) {
        if (removed_[t] || !isSliver(t)) continue;
        if (flipCap(t)) {
          ++report_.caps_flipped;
        } else {
          deferred.push_back(t);
        }
      }
      if (deferred.size() == pending.size()) break;
      pending = std::move(deferred);
    }
    report_.unresolved = pending.size();
  }

  // Cap t = (a, b, m) with m strictly inside ab, neighbour n = (b, a, c):
  // the flip gives (a, c, m) and (c, b, m), which cover exactly n's area.
  bool flipCap(uint32_t t) {
    // For distinct collinear points the middle one is opposite the longest edge.
    int k = 0;
    double longest = -1.0;
    for (int corner = 0; corner < 3; ++corner) {
      const Vec3 edge = position(t, (corner + 1) % 3) - position(t, (corner + 2) % 3);
      const double length = edge.cast<double>().squaredNorm();
      if (length > longest) {
        longest = length;
        k = corner;
      }
    }
    const uint32_t ca = cls(t, (k + 1) % 3), cb = cls(t, (k + 2) % 3);
    if (owner(ca, cb) != t) return false;
    const std::optional<uint32_t> across = owner(cb, ca);
    if (!across || *across == DirectedEdgeMap::kAmbiguous || *across == t) return false;
    // An exact cap may become a sliver (still progress: the sliver round
    // after can flip it again); a sliver must become something better.
    const double new_ratio = isZeroArea(t) ? 0.0 : sliver_ratio_;
    return flipEdge(t, k, *across, /*keep_facing=*/true, new_ratio);
  }

  // Flips the edge a–b shared by t = (a, b, m) (m at corner k) and
  // n = (b, a, c), giving (a, c, m) in t's slot and (c, b, m) in n's slot;
  // the pair's boundary loop, and so the orientation of the surface around
  // it, is unchanged. When the edge m–c exists already, the flip is still
  // clean if the triangle on it is the reverse of one of the new ones (b, or
  // a, then closes a fan of three triangles): that pair cancels and one
  // triangle replaces three. With keep_facing, each new triangle must face
  // the way n did. New triangles must not be slivers by `new_ratio` (0: not
  // of zero area). Both new triangles take n's material.
  bool flipEdge(uint32_t t, int k, uint32_t n, bool keep_facing, double new_ratio) {
    const uint32_t m = mesh_.indices[3 * t + k];
    const uint32_t ca = cls(t, (k + 1) % 3), cb = cls(t, (k + 2) % 3), cm = welded_[m];
    int j = 0;
    while (!(cls(n, j) == cb && cls(n, (j + 1) % 3) == ca)) ++j;
    const uint32_t b = mesh_.indices[3 * n + j];
    const uint32_t a = mesh_.indices[3 * n + (j + 1) % 3];
    const uint32_t c = mesh_.indices[3 * n + (j + 2) % 3];
    const uint32_t cc = welded_[c];
    if (cc == cm) return false;

    bool keep_acm = true, keep_cbm = true;
    uint32_t cancelled = 0;  // the existing reverse of the new triangle not kept
    if (edgeExists(cm, cc)) {
      const auto owns = [&](std::optional<uint32_t> x, uint32_t from, uint32_t to) {
        return x && *x != DirectedEdgeMap::kAmbiguous && hasDirectedEdge(*x, from, to);
      };
      const std::optional<uint32_t> reverse_cbm = owner(cc, cm);  // (b, c, m)?
      const std::optional<uint32_t> reverse_acm = owner(cm, cc);  // (a, m, c)?
      const bool cancels_cbm = owns(reverse_cbm, cb, cc);
      const bool cancels_acm = owns(reverse_acm, ca, cm);
      if (!cancels_cbm && !cancels_acm) return false;
      if (cancels_cbm && cancels_acm) {
        // t, n and the two reverses close a pocket of four triangles that
        // shares only its edges' endpoints and a–b with the rest; dropping
        // it leaves a–b with its other two triangles.
        if (*reverse_cbm == *reverse_acm) return false;
        for (uint32_t x : {t, n, *reverse_cbm, *reverse_acm}) removed_[x] = true;
        ++report_.pockets_removed;
        return true;
      }
      keep_cbm = !cancels_cbm;
      keep_acm = !cancels_acm;
      cancelled = cancels_cbm ? *reverse_cbm : *reverse_acm;
    }

    const std::vector<Vec3>& p = mesh_.positions;
    const Eigen::Vector3d facing = faceNormal(p[b], p[a], p[c]);
    const auto isGood = [&](uint32_t x, uint32_t y, uint32_t z) {
      if (geometry::isSliver(p[x], p[y], p[z], new_ratio)) return false;
      return !keep_facing || faceNormal(p[x], p[y], p[z]).dot(facing) > 0.0;
    };
    if ((keep_acm && !isGood(a, c, m)) || (keep_cbm && !isGood(c, b, m))) return false;
    if (keep_facing && (!isGood(a, c, m) || !isGood(c, b, m))) return false;

    const uint32_t acm_slot = t;
    const uint32_t cbm_slot = keep_acm ? n : t;
    if (keep_acm) {
      setTriangle(acm_slot, {a, c, m});
      edges_->assign(edgeKey(ca, cc), acm_slot);
      edges_->assign(edgeKey(cc, cm), acm_slot);
      edges_->assign(edgeKey(cm, ca), acm_slot);
    }
    if (keep_cbm) {
      setTriangle(cbm_slot, {c, b, m});
      edges_->assign(edgeKey(cc, cb), cbm_slot);
      edges_->assign(edgeKey(cb, cm), cbm_slot);
      edges_->assign(edgeKey(cm, cc), cbm_slot);
    }
    material_[t] = material_[n];
    if (!keep_acm || !keep_cbm) {
      removed_[n] = true;
      removed_[cancelled] = true;
      ++report_.fans_merged;
    }
    return true;
  }

  // An edge p–q used four times (twice each way) where two of its triangles,
  // X = (p, q, u) and Y = (q, p, v), fold onto each other: both lie on the
  // same side of p–q, nearly coplanar (a flap left by a collapse that turned
  // a sliver over). Flipping p–q inside that pair gives (p, v, u) and
  // (v, q, u), which keep the pair's boundary loop and so its orientation,
  // and leaves p–q with the other two triangles. The flap's two layers
  // enclose almost no volume, so neither does the flip.
  void flipFlaps() {
    report_.crowded_edges = crowded_edges_.size();
    if (crowded_edges_.empty()) return;
    struct Use {
      uint64_t edge;  // undirected key
      uint32_t triangle;
    };
    std::vector<Use> uses;
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (removed_[t]) continue;
      for (int k = 0; k < 3; ++k) {
        const uint32_t from = cls(t, k), to = cls(t, (k + 1) % 3);
        const uint64_t key = edgeKey(std::min(from, to), std::max(from, to));
        if (std::binary_search(crowded_edges_.begin(), crowded_edges_.end(), key)) {
          uses.push_back({key, static_cast<uint32_t>(t)});
        }
      }
    }
    std::sort(uses.begin(), uses.end(), [](const Use& a, const Use& b) {
      return a.edge != b.edge ? a.edge < b.edge : a.triangle < b.triangle;
    });
    for (size_t i = 0; i < uses.size();) {
      size_t j = i + 1;
      while (j < uses.size() && uses[j].edge == uses[i].edge) ++j;
      if (j - i == 4) {
        const uint32_t p = static_cast<uint32_t>(uses[i].edge >> 32),
                       q = static_cast<uint32_t>(uses[i].edge);
        std::array<uint32_t, 2> forward{}, backward{};
        size_t nf = 0, nb = 0;
        bool current = true;  // no earlier flip in this pass changed the group
        for (size_t k = i; k < j; ++k) {
          const uint32_t t = uses[k].triangle;
          current =
              current && !removed_[t] && (hasDirectedEdge(t, p, q) || hasDirectedEdge(t, q, p));
          if (hasDirectedEdge(t, p, q)) {
            if (nf < 2) forward[nf] = t;
            ++nf;
          } else {
            if (nb < 2) backward[nb] = t;
            ++nb;
          }
        }
        if (current && nf == 2 && nb == 2 && flipFlap(p, q, forward, backward)) {
          ++report_.flaps_flipped;
          --report_.crowded_edges;
        }
      }
      i = j;
    }
  }

  bool flipFlap(uint32_t p, uint32_t q, const std::array<uint32_t, 2>& forward,
                const std::array<uint32_t, 2>& backward) {
    const std::vector<Vec3>& pos = mesh_.positions;
    const Eigen::Vector3d origin = pos[vertexOfClass(forward[0], p)].cast<double>();
    const Eigen::Vector3d axis =
        (pos[vertexOfClass(forward[0], q)].cast<double>() - origin).normalized();
    const auto side = [&](uint32_t t) {
      const Eigen::Vector3d r =
          pos[mesh_.indices[3 * t + thirdCorner(t, p, q)]].cast<double>() - origin;
      return Eigen::Vector3d(r - r.dot(axis) * axis).normalized();
    };
    // A folded pair is one whose third vertices point the same way; several
    // may qualify when more layers lie on each other, so try them in order.
    struct Pair {
      double alignment;
      uint32_t x, y;
    };
    std::array<Pair, 4> pairs{};
    size_t count = 0;
    for (uint32_t f : forward) {
      for (uint32_t b : backward) pairs[count++] = {side(f).dot(side(b)), f, b};
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& l, const Pair& r) { return l.alignment > r.alignment; });
    constexpr double kFoldedCos = 0.9;  // within ~25°: the two layers lie on each other
    for (const Pair& pair : pairs) {
      if (!(pair.alignment > kFoldedCos)) break;
      if (flipEdge(pair.x, thirdCorner(pair.x, p, q), pair.y, /*keep_facing=*/false,
                   /*new_ratio=*/0.0)) {
        return true;
      }
    }
    return false;
  }

  // The corner of t whose welded id is neither x nor y.
  int thirdCorner(uint32_t t, uint32_t x, uint32_t y) const {
    int k = 0;
    while (cls(t, k) == x || cls(t, k) == y) ++k;
    return k;
  }

  uint32_t vertexOfClass(uint32_t t, uint32_t welded) const {
    for (int k = 0; k < 3; ++k) {
      if (cls(t, k) == welded) return mesh_.indices[3 * t + k];
    }
    KILN_ASSERT(false, "the triangle has a vertex of the welded id");
    return 0;
  }

  void setTriangle(uint32_t t, const std::array<uint32_t, 3>& corners) {
    std::copy(corners.begin(), corners.end(), mesh_.indices.begin() + 3 * t);
  }

  void compact() {
    if (changeCount() == 0) return;
    std::vector<uint32_t> indices;
    std::vector<uint32_t> material;
    indices.reserve(mesh_.indices.size());
    material.reserve(material_.size());
    for (size_t t = 0; t < removed_.size(); ++t) {
      if (removed_[t]) continue;
      indices.insert(indices.end(), mesh_.indices.begin() + 3 * t,
                     mesh_.indices.begin() + 3 * t + 3);
      material.push_back(material_[t]);
    }
    mesh_.indices = std::move(indices);
    if (!mesh_.submeshes.empty()) assignMaterials(mesh_, material);
  }

  Mesh& mesh_;
  const double sliver_ratio_;
  RepairReport& report_;
  std::vector<uint32_t> welded_;    // welded id of each vertex
  std::vector<uint32_t> material_;  // material slot of each triangle
  std::vector<bool> removed_;
  std::optional<DirectedEdgeMap> edges_;
  std::vector<uint64_t> crowded_edges_;  // undirected keys of edges with a repeated direction
};

}  // namespace

RepairReport repairDegenerateTriangles(Mesh& mesh, double sliver_ratio) {
  KILN_ASSERT(mesh.validate(), "repairDegenerateTriangles needs a mesh that validates");
  RepairReport report;
  Repairer(mesh, sliver_ratio, report).run();
  return report;
}

}  // namespace kiln::geometry
