#include "engines/render/camera.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiln::render {

Vec3 Camera::directionThrough(float px, float py) const {
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  const float sx = (2.0f * px / static_cast<float>(width) - 1.0f) * tan_half_fov_y * aspect;
  const float sy = (1.0f - 2.0f * py / static_cast<float>(height)) * tan_half_fov_y;
  return (forward + right * sx + up * sy).normalized();
}

Camera frameBounds(const geometry::Box& bounds, int width, int height, float azimuth_deg, float elevation_deg,
                   float fov_deg, float fill) {
  constexpr float kDegToRad = std::numbers::pi_v<float> / 180.0f;
  Camera camera;
  camera.width = width;
  camera.height = height;
  camera.tan_half_fov_y = std::tan(0.5f * fov_deg * kDegToRad);
  const float az = azimuth_deg * kDegToRad;
  const float el = elevation_deg * kDegToRad;
  const Vec3 to_camera(std::sin(az) * std::cos(el), std::sin(el), std::cos(az) * std::cos(el));
  camera.forward = -to_camera;
  camera.right = camera.forward.cross(Vec3::UnitY()).normalized();
  camera.up = camera.right.cross(camera.forward);

  const Vec3 target = bounds.center();
  const float tan_y = camera.tan_half_fov_y * fill;
  const float tan_x = tan_y * static_cast<float>(width) / static_cast<float>(height);
  // A corner at view-space (x, y, z) — z along forward, relative to the target —
  // is inside the frame when |x| / (d + z) ≤ tan_x and |y| / (d + z) ≤ tan_y,
  // i.e. d ≥ |x| / tan_x − z and d ≥ |y| / tan_y − z.
  float distance = 0.0f;
  for (int i = 0; i < 8; ++i) {
    const Vec3 corner((i & 1) ? bounds.max.x() : bounds.min.x(), (i & 2) ? bounds.max.y() : bounds.min.y(),
                      (i & 4) ? bounds.max.z() : bounds.min.z());
    const Vec3 p = corner - target;
    const float x = p.dot(camera.right);
    const float y = p.dot(camera.up);
    const float z = p.dot(camera.forward);
    distance = std::max({distance, std::abs(x) / tan_x - z, std::abs(y) / tan_y - z});
  }
  // Never put the camera inside the box's bounding sphere.
  distance = std::max(distance, 1.05f * 0.5f * bounds.size().norm());
  camera.position = target - camera.forward * distance;
  return camera;
}

}  // namespace kiln::render
