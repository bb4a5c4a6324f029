#pragma once
// Vertex colours projected from the photo: each vertex takes the colour at
// its (x, y), front and back alike.

#include <opencv2/core.hpp>

#include "geometry/mesh.h"

namespace kiln::engines::inflate {

/// The photo with every pixel outside `mask` (same size; 255 = object), and
/// the object's outermost pixel ring, replaced by the colour of the nearest
/// object pixel inside that ring, so that sampling near or beyond the
/// silhouette's edge never picks up background or the edge's blend with it.
/// An empty mask leaves the photo unchanged.
cv::Mat3b fillBackgroundFromObject(const cv::Mat3b& bgr, const cv::Mat1b& mask);

/// Sets mesh.colors (linear RGBA, alpha 1) from `photo` (8-bit sRGB, BGR
/// order), sampled bilinearly where each vertex projects along Z. Pixel
/// (i, j) of the photo is centred at x = (i + ½ − cols/2)·mm_per_px,
/// y = (rows/2 − j − ½)·mm_per_px (image centre at the origin, up is +Y).
void colorVerticesFromPhoto(geometry::Mesh& mesh, const cv::Mat3b& photo, float mm_per_px);

}  // namespace kiln::engines::inflate
