#pragma once
// The `inflate` engine, kind "image_to_3d": one photo of one object → a
// watertight, vertex-coloured model, with no learned models. The photo is
// pre-checked (photo_check.h), the object cut out (silhouette.h), its
// silhouette inflated (inflation.h) into a closed solid that is meshed from
// an SDF (inflated_solid.h), reduced to the tier's budget and coloured from
// the photo, front and back alike (photo_colors.h).

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

std::unique_ptr<Engine> makeInflateEngine();

}  // namespace kiln::engines
