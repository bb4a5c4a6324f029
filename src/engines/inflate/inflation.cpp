// Inflation by a Poisson solve: Baran & Lehtinen 2009; Monster Mash (Dvorožňák et al. 2020).
#include "engines/inflate/inflation.h"

#include <cmath>
#include <vector>

#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>

namespace kiln::engines::inflate {

Result<cv::Mat1f> inflateSilhouette(const cv::Mat1b& mask) {
  cv::Mat1f half_thickness(mask.size(), 0.0f);
  // Number the inside pixels in raster order (the system's unknowns).
  cv::Mat1i index(mask.size(), -1);
  int unknowns = 0;
  for (int y = 0; y < mask.rows; ++y) {
    for (int x = 0; x < mask.cols; ++x) {
      if (mask(y, x) != 0) index(y, x) = unknowns++;
    }
  }
  if (unknowns == 0) return half_thickness;

  // −∇²h = c with the 5-point stencil: 4·h(p) − Σ h(neighbours inside) = c;
  // neighbours outside the mask (or the image) are h = 0 and drop out. The
  // matrix is symmetric and strictly diagonally dominant on every row next
  // to the boundary, hence positive definite.
  constexpr double kSource = 4.0;
  std::vector<Eigen::Triplet<double>> entries;
  entries.reserve(static_cast<size_t>(unknowns) * 5);
  Eigen::VectorXd rhs = Eigen::VectorXd::Constant(unknowns, kSource);
  for (int y = 0; y < mask.rows; ++y) {
    for (int x = 0; x < mask.cols; ++x) {
      const int i = index(y, x);
      if (i < 0) continue;
      entries.emplace_back(i, i, 4.0);
      const int neighbours[4][2] = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
      for (const auto& n : neighbours) {
        if (n[0] < 0 || n[1] < 0 || n[0] >= mask.cols || n[1] >= mask.rows) continue;
        const int j = index(n[1], n[0]);
        if (j >= 0) entries.emplace_back(i, j, -1.0);
      }
    }
  }
  Eigen::SparseMatrix<double> laplacian(unknowns, unknowns);
  laplacian.setFromTriplets(entries.begin(), entries.end());
  Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver(laplacian);
  if (solver.info() != Eigen::Success) {
    return fail(ErrorCode::kInternal, "the inflation system could not be factorised");
  }
  const Eigen::VectorXd h = solver.solve(rhs);
  if (solver.info() != Eigen::Success) return fail(ErrorCode::kInternal, "the inflation system could not be solved");
  for (int y = 0; y < mask.rows; ++y) {
    for (int x = 0; x < mask.cols; ++x) {
      const int i = index(y, x);
      if (i >= 0) half_thickness(y, x) = static_cast<float>(std::sqrt(std::max(0.0, h[i])));
    }
  }
  return half_thickness;
}

}  // namespace kiln::engines::inflate
