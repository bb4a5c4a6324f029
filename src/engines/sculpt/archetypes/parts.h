#pragma once
// Parts shared by several archetypes: lathe solids and vessels, tapered
// limbs, and colour literals.

#include <functional>
#include <vector>

#include "engines/sculpt/archetype.h"
#include "geometry/sdf.h"

namespace kiln::engines::sculpt::parts {

using geometry::Sdf;
using geometry::Vec2;
using geometry::Vec3;

/// A colour literal for a slot (sRGB bytes).
inline ColorWord rgb(unsigned char r, unsigned char g, unsigned char b) { return {"", r, g, b}; }

/// Samples radius(t) for t in [0, 1] at `samples` heights from y = 0 to
/// `height` and returns the outer profile points (r, y).
std::vector<Vec2> sampleProfile(const std::function<float(float)>& radius, float height, int samples);

/// A solid of revolution under an outer profile (r, y) that runs bottom to
/// top; closed along the axis.
Sdf latheSolid(const std::vector<Vec2>& outer);

/// An open-topped vessel: the outer profile, walls `wall` thick (measured
/// horizontally) and a floor `floor` thick.
Sdf latheVessel(const std::vector<Vec2>& outer, float wall, float floor);

/// A tapered limb from `a` (radius ra) to `b` (radius rb).
Sdf limb(const Vec3& a, const Vec3& b, float ra, float rb);

/// A tapered tube along a smooth curve through `control` points.
Sdf curvedLimb(const std::vector<Vec3>& control, float r_start, float r_end);

/// A handle: a half-ring of tube radius `tube` spanning from `top` to
/// `bottom` (both on the body), bulging `reach` along +direction.
Sdf loopHandle(const Vec3& top, const Vec3& bottom, const Vec3& direction, float reach, float tube);

}  // namespace kiln::engines::sculpt::parts
