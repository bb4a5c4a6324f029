#pragma once
// Contact sheets: a grid of preview tiles, each labelled with its prompt, for
// judging many generated models at a glance (`kiln gallery`).

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "engines/render/image.h"

namespace kiln::render {

/// One cell: a rendered image with its label, or, when `image` is empty, a
/// failure whose `error` text is drawn in the cell instead.
struct SheetTile {
  std::optional<Image8> image;
  std::string label;
  std::string error;
};

/// Lays `tiles` out row by row, `columns` per row (0 = a near-square grid),
/// each image scaled to `tile_size` pixels square with its label wrapped
/// beneath it (OpenCV's built-in Hershey font). Fails with kInvalidArgument
/// for no tiles, a tile size outside 64–1024 or a sheet over 16 Mi pixels.
Result<Image8> composeContactSheet(const std::vector<SheetTile>& tiles, int tile_size, int columns = 0);

}  // namespace kiln::render
