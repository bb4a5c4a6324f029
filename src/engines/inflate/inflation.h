#pragma once
// Silhouette inflation (Baran & Lehtinen, "Notes on inflating curves", 2009;
// Dvorožňák et al., "Monster Mash", SIGGRAPH Asia 2020): the height over a
// 2D region is the square root of a Poisson solution that vanishes on its
// boundary, which turns a disc into a hemisphere and keeps the sides round
// where a distance transform would give a ridge.

#include <opencv2/core.hpp>

#include "core/result.h"

namespace kiln::engines::inflate {

/// Solves ∇²h = −4 on the pixels of `mask` (255 = inside) with h = 0 on
/// every pixel outside it (Dirichlet; the 5-point Laplacian on a unit pixel
/// grid, Eigen's SimplicialLDLT), and returns the half-thickness √h in
/// pixels, 0 outside the mask. With c = 4 a disc of radius R gets
/// √(R² − r²): a hemisphere, as tall as it is wide over two. Holes in the
/// mask are boundaries too. Cost grows with the number of inside pixels;
/// callers keep masks to a couple of hundred pixels a side.
/// Fails with kInternal only if the factorisation fails (it cannot for a
/// non-empty mask: the system is symmetric positive definite).
Result<cv::Mat1f> inflateSilhouette(const cv::Mat1b& mask);

}  // namespace kiln::engines::inflate
