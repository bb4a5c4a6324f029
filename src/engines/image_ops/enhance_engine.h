#pragma once
// The `image_ops` engine, kind "image_enhance": the honest operations kiln can
// do on a plain 2D image — a 2× Lanczos upscale followed by unsharp-mask
// sharpening (OpenCV). It invents no detail and changes no content.

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

/// Largest input side accepted, so the 2× output stays within 4096 per side.
inline constexpr int kMaxEnhanceInputSide = 2048;

std::unique_ptr<Engine> makeEnhanceEngine();

}  // namespace kiln::engines
