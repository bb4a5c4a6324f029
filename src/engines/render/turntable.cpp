#include "engines/render/turntable.h"

#include <fmt/format.h>

#include <algorithm>

#include "engines/render/camera.h"

namespace kiln::render {
namespace {

float frameAzimuthDeg(const TurntableOptions& options, int index) {
  return options.render.camera_azimuth_deg +
         360.0f * static_cast<float>(index) / static_cast<float>(options.frames);
}

}  // namespace

float turntableCameraDistance(const geometry::Box& bounds, const TurntableOptions& options) {
  const RenderOptions& r = options.render;
  float distance = 0.0f;
  for (int i = 0; i < options.frames; ++i) {
    const Camera camera =
        frameBounds(bounds, r.size.width, r.size.height, frameAzimuthDeg(options, i),
                    r.camera_elevation_deg, r.fov_deg);
    distance = std::max(distance, (camera.position - bounds.center()).norm());
  }
  return distance;
}

Status renderTurntable(const geometry::Mesh& mesh, const TurntableOptions& options,
                       const FrameSink& sink) {
  if (options.frames < 1 || options.frames > kMaxTurntableFrames) {
    return fail(
        ErrorCode::kInvalidArgument,
        fmt::format("a turntable has 1 to {} frames, not {}", kMaxTurntableFrames, options.frames),
        {{"parameter", "frames"}});
  }
  if (auto ok = validateOptions(options.render); !ok) return ok;
  if (auto ok = validateForRender(mesh); !ok) return ok;

  RenderOptions frame_options = options.render;
  if (frame_options.camera_distance <= 0.0f) {
    frame_options.camera_distance = turntableCameraDistance(geometry::boundingBox(mesh), options);
  }
  const auto& progress = options.render.progress;
  const float frame_count = static_cast<float>(options.frames);
  for (int i = 0; i < options.frames; ++i) {
    if (options.render.is_canceled && options.render.is_canceled()) {
      return fail(ErrorCode::kCanceled, "the turntable was canceled");
    }
    frame_options.camera_azimuth_deg = frameAzimuthDeg(options, i);
    if (progress) {
      frame_options.progress = [&progress, i, frame_count](float fraction) {
        progress((static_cast<float>(i) + fraction) / frame_count);
      };
    }
    auto rendered = renderMesh(mesh, frame_options);
    if (!rendered) return fail(rendered.error());
    if (auto taken = sink(i, rendered->image); !taken) return taken;
  }
  return {};
}

Result<std::vector<uint8_t>> renderTurntableMp4(const geometry::Mesh& mesh,
                                                const TurntableOptions& options,
                                                const Mp4Options& video) {
  // Open the encoder first: a missing H.264 encoder or a bad fps fails before any rendering.
  auto encoder = Mp4Encoder::create(options.render.size.width, options.render.size.height, video);
  if (!encoder) return fail(encoder.error());
  auto rendered = renderTurntable(
      mesh, options, [&](int, const Image8& frame) { return (*encoder)->addFrame(frame); });
  if (!rendered) return fail(rendered.error());
  return (*encoder)->finish();
}

}  // namespace kiln::render
