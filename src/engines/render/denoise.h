#pragma once
// The denoiser of low-sample renders: an edge-avoiding à-trous wavelet filter
// over the linear HDR radiance, guided by what the camera rays saw first
// (albedo, normal, position) and by each pixel's estimated noise, with the
// albedo divided out while filtering so textures and colour edges stay sharp.
//
// The samples of a pixel are split in two layers by what its camera ray hit
// first: the model, or its surroundings (ground, walls, sky). Each layer is
// filtered on its own and the pixel is their coverage-weighted sum, so light
// never bleeds between the model and the ground, and a pixel on the model's
// silhouette is denoised like its neighbours instead of staying grainy.

#include <array>
#include <vector>

#include "engines/render/image.h"

namespace kiln::render {

/// The samples of each pixel that belong to one layer, summarised. Planes
/// are row-major like HdrImage, one per quantity and channel. The surface
/// averages (albedo, normal, position) are over the layer's samples that hit
/// a surface, and zero where there are none.
struct RenderLayer {
  using Plane = std::vector<float>;
  /// Mean linear radiance (red, green, blue) of the layer's samples, exposure applied.
  std::array<Plane, 3> radiance;
  /// Linear base colour of the first surface hit.
  std::array<Plane, 3> albedo;
  /// World-space shading normal (x, y, z): the mean of unit normals, not renormalised.
  std::array<Plane, 3> normal;
  /// World-space hit point (x, y, z) in mm.
  std::array<Plane, 3> position;
  /// Fraction of the pixel's samples in this layer (the two layers' coverages sum to 1).
  Plane coverage;
  /// Fraction of the pixel's samples in this layer that hit a surface (not the sky).
  Plane surface_coverage;
  /// Variance of the layer's mean luminance at the pixel, in the radiance's
  /// units squared. With one sample it cannot be measured and is taken as
  /// that sample's luminance squared.
  Plane luminance_variance;
};

/// A render split into the model's layer and its surroundings' layer: the
/// denoiser's input. Lifecycle: a plain value, filled by the path tracer.
struct LayeredRender {
  int width = 0;
  int height = 0;
  RenderLayer model;
  RenderLayer surroundings;

  /// Zero-filled layers for a width × height image.
  static LayeredRender zeros(int width, int height);
  /// True when every plane of both layers holds width × height pixels.
  bool isConsistent() const;
  /// The render without denoising: each pixel the coverage-weighted sum of its layers.
  HdrImage composite() const;
};

/// The denoised render of `layers`: each layer filtered on its own, where
/// pixels are averaged only with pixels whose normal, tangent plane, albedo
/// and brightness agree, then composited. Pixels that saw only the sky keep
/// their value. Deterministic (the same input gives the same bits whatever
/// the thread count); uses the TBB pool. Takes `layers` by value because it
/// filters in their memory (move them in). Precondition:
/// layers.isConsistent() (KILN_ASSERT).
HdrImage denoise(LayeredRender layers);

}  // namespace kiln::render
