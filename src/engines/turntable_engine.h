#pragma once
// The `turntable` engine (kind "video"): the request's model, path traced
// from N azimuths around it and encoded as an H.264 MP4 (turntable.mp4).

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

/// Parameters: frames (8–360, default 36), fps (1–60, default 24),
/// resolution ("256", "512", "1k"; default "512"), samples (1–256, default
/// 16), lighting (studio, golden_hour, overcast, noon, night; default studio).
/// A run needs request.model (kInvalidArgument naming input.model otherwise) and
/// returns no mesh and one file: {"turntable.mp4", "mp4", "video/mp4", bytes}.
/// Deterministic for a request and seed (see render/turntable.h, mp4_encoder.h).
std::unique_ptr<Engine> makeTurntableEngine();

}  // namespace kiln::engines
