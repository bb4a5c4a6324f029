#pragma once
// A pinhole camera and the automatic 3/4-view framing of a model's bounds.

#include "engines/render/sampler.h"

namespace kiln::render {

/// Lifecycle: a plain value; const methods are thread-safe.
struct Camera {
  Vec3 position = Vec3::Zero();
  Vec3 forward = -Vec3::UnitZ();  // unit, towards the scene
  Vec3 right = Vec3::UnitX();     // unit, image +x
  Vec3 up = Vec3::UnitY();        // unit, image -y (rows go down)
  float tan_half_fov_y = 0.3f;
  int width = 512;
  int height = 512;

  /// Unit direction through image position (px, py) in pixels, (0, 0) being
  /// the top-left corner of the top-left pixel.
  Vec3 directionThrough(float px, float py) const;
};

/// Frames `bounds` (non-empty) from azimuth `azimuth_deg` (from +Z towards +X)
/// and elevation `elevation_deg`, vertical field of view `fov_deg`, looking at
/// the box centre from just far enough that every corner of the box projects
/// inside the central `fill` fraction of the image (so the model never
/// touches the border).
Camera frameBounds(const geometry::Box& bounds, int width, int height, float azimuth_deg, float elevation_deg,
                   float fov_deg, float fill = 0.86f);

}  // namespace kiln::render
