#pragma once
// The unidirectional path tracer: Embree for ray queries, next-event
// estimation for area and distant lights, BSDF sampling for the environment.

#include "engines/render/denoise.h"
#include "engines/render/render.h"
#include "engines/render/scene.h"

namespace kiln::render {

/// Path traces `mesh` (already checked by validateForRender, with one unit
/// normal per vertex) inside `setup`. Runs options.samples_per_pixel samples
/// per pixel in passes, reporting options.progress after each pass and
/// polling options.is_canceled (which must be thread-safe) between tiles.
/// When `layers` is not null it also receives the samples split by what the
/// camera ray hit first, with the guides the denoiser needs.
/// Fails with kCanceled, or kInternal when Embree cannot build the scene.
Result<RenderResult> pathTrace(const geometry::Mesh& mesh, const SceneSetup& setup, const RenderOptions& options,
                               LayeredRender* layers = nullptr);

}  // namespace kiln::render
