#pragma once
// The `render` engine: a path-traced image of a model the caller supplies
// (an upload or another job's artifact), with a lighting preset, scene type,
// resolution, sample count and image format as parameters.
//
// Tiers bound pixels for renders as they bound triangles for models: draft
// up to 512 × 512, standard up to 1k × 1k, high up to 4k × 4k. A render job
// without an explicit tier takes the lowest tier its resolution fits.

#include <memory>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "engines/engine.h"

namespace kiln::engines {

std::unique_ptr<Engine> makeRenderEngine();

/// Largest pixel count a render of `tier` may have.
int64_t renderPixelBudget(Tier tier);

/// The lowest tier whose pixel budget fits the render parameters' resolution
/// ("1k" when absent). kInvalidArgument (details.parameter = "resolution")
/// when the resolution does not parse.
Result<Tier> minimumRenderTier(const nlohmann::json& params);

}  // namespace kiln::engines
