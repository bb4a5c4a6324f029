// Queries on a field's surface that its conservative bounds cannot answer.
// Written here rather than taken from OpenVDB: that library works on sampled
// grids, and sampling a whole subject to find one height would cost more than
// meshing it at the draft tier.
#include <cmath>
#include <queue>

#include "geometry/sdf.h"

namespace kiln::geometry {

std::optional<float> surfaceExtreme(const Sdf& sdf, const Box& region, float direction, float tolerance,
                                    float column_width, int max_evaluations) {
  if (region.empty() || tolerance <= 0.0f) return std::nullopt;
  // A column of the region (a rectangle in x and z) swept along y from the
  // face the query looks at: everything the column held before `t` is known
  // to be outside. Columns are taken lowest `t` first, so the first whose
  // centre lies on the surface (within the tolerance) holds the extreme.
  // Proving a flat face clear would take columns as narrow as the tolerance
  // all over it; a column narrower than `column_width` instead follows its
  // centre line only, so a feature thinner than that may be missed.
  struct Column {
    float t, cx, cz, hx, hz;
    bool line = false;
    bool operator>(const Column& o) const { return t > o.t; }
  };
  const float s = direction < 0.0f ? 1.0f : -1.0f;  // marching up finds the lowest point
  const float y0 = direction < 0.0f ? region.min.y() : region.max.y();
  const float length = region.size().y();
  std::priority_queue<Column, std::vector<Column>, std::greater<>> open;
  open.push({0.0f, region.center().x(), region.center().z(), region.size().x(), region.size().z()});
  int evaluations = 0;
  while (!open.empty()) {
    Column c = open.top();
    open.pop();
    if (c.t > length) continue;  // this column is empty
    if (++evaluations > max_evaluations) return std::nullopt;
    const float d = sdf.distance(Vec3(c.cx, y0 + s * c.t, c.cz));
    if (d <= tolerance) return y0 + s * c.t;
    // The ball of radius d round the centre covers the column's cross
    // section (radius r) for sqrt(d² - r²) further along.
    const float r = 0.5f * std::hypot(c.hx, c.hz);
    if (c.line) {
      c.t += d;
      open.push(c);
      continue;
    }
    if (2.0f * r <= column_width) {
      c.line = true;
      c.t += d;
      open.push(c);
      continue;
    }
    if (d > r + tolerance) {
      c.t += std::sqrt(d * d - r * r);
      open.push(c);
      continue;
    }
    const float qx = 0.25f * c.hx, qz = 0.25f * c.hz;
    for (const float sx : {-1.0f, 1.0f}) {
      for (const float sz : {-1.0f, 1.0f}) open.push({c.t, c.cx + sx * qx, c.cz + sz * qz, 0.5f * c.hx, 0.5f * c.hz});
    }
  }
  return std::nullopt;
}

}  // namespace kiln::geometry
