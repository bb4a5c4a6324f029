#pragma once
// The closed solid of an inflated silhouette as an SDF for geometry::meshSdf:
// inside the silhouette and between z = −f(x, y) and z = +f(x, y), where f is
// the inflated half-thickness. The front faces +Z, image up is +Y.

#include <opencv2/core.hpp>

#include "geometry/sdf.h"

namespace kiln::engines::inflate {

struct InflatedSolidInput {
  /// The silhouette, 255 = object. Pixel (i, j) is centred at
  /// x = (i + ½ − cols/2)·mm_per_px, y = (rows/2 − j − ½)·mm_per_px.
  cv::Mat1b mask;
  /// Half-thickness in its own pixels (inflateSilhouette), on any grid that
  /// covers the same image as `mask`; scaled to mm with the grid's pitch.
  cv::Mat1f half_thickness_px;
  float mm_per_px = 1.0f;  // pitch of `mask`
  float depth = 1.0f;      // multiplies the half-thickness
  /// Thinnest half-thickness anywhere, so the rim is a wall of 2× this rather
  /// than a knife edge that meshing would break into holes (≥ 1.5 voxels).
  float min_half_thickness_mm = 1.0f;
  /// How far outside bounds() the 2D distance is tabulated; beyond, it is
  /// extrapolated (still a bound, but a looser one, which costs meshing time).
  float reach_mm = 10.0f;
};

/// The solid's SDF: max(d₂(x, y), ψ(x, y, z)), where d₂ is the signed 2D
/// distance to the silhouette (exact Euclidean distance transform, bilinear)
/// (scaled by 1/√3 to stay 1-Lipschitz) and ψ = (z² − f²)/L with
/// f² = max((depth·f)², min²) and L the largest gradient of z² − f² up to
/// the solid's top (continued linearly above it), so ψ is 1-Lipschitz too:
/// both are distance bounds, as meshSdf's block skipping requires, without
/// the unbounded slope of |z| − f at the rim. Exact zero set, lower bound
/// elsewhere. Bounds: the silhouette's box, ±max f in z.
geometry::Sdf inflatedSolid(const InflatedSolidInput& input);

}  // namespace kiln::engines::inflate
