// The denoiser on real renders: less noise against a high-sample reference,
// colour edges and silhouettes as sharp as the reference's, no light carried
// between the model and the ground, and the layers it reads adding up to the
// plain render.
#include "engines/render/denoise.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "engines/render/path_tracer.h"
#include "engines/render/render.h"
#include "engines/render/scene.h"
#include "engines/render/tests/test_meshes.h"

namespace kiln::render {
namespace {

using geometry::Vec3;

constexpr int kSide = 96;
constexpr int kLowSamples = 8;
constexpr int kReferenceSamples = 1024;

// A sphere resting on the ground, red above its equator and blue below: a
// colour edge across the model and a silhouette against the floor.
geometry::Mesh twoColourSphere() {
  const Vec3 center(0, 40, 0);
  geometry::Mesh sphere = testing::uvSphere(center, 40, 64, 32, Vec3(0.80f, 0.12f, 0.08f));
  // Triangles come ring by ring from the top, so the upper hemisphere is a prefix.
  uint32_t upper = 0;
  while (upper < sphere.triangleCount()) {
    const auto tri = sphere.triangle(upper);
    const float y = (sphere.positions[tri[0]].y() + sphere.positions[tri[1]].y() +
                     sphere.positions[tri[2]].y()) /
                    3;
    if (y < center.y()) break;
    ++upper;
  }
  geometry::Material blue = sphere.materials[0];
  blue.base_color = geometry::Vec4(0.08f, 0.15f, 0.80f, 1.0f);
  sphere.materials.push_back(blue);
  sphere.submeshes = {{0, 0, upper},
                      {1, upper, static_cast<uint32_t>(sphere.triangleCount()) - upper}};
  return sphere;
}

RenderOptions studioOptions(int samples, uint64_t seed, bool denoise) {
  RenderOptions o;
  o.size = {kSide, kSide};
  o.samples_per_pixel = samples;
  o.max_bounces = 3;
  o.seed = seed;
  o.denoise = denoise;
  return o;
}

double rmse(const HdrImage& a, const HdrImage& b) {
  double sum = 0;
  for (size_t i = 0; i < a.rgb.size(); ++i) sum += std::pow(double{a.rgb[i]} - double{b.rgb[i]}, 2);
  return std::sqrt(sum / static_cast<double>(a.rgb.size()));
}

// The two-colour sphere at few samples with and without denoising, and its
// reference: many samples, another seed, not denoised. Rendered once.
class DenoisedSphere : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const geometry::Mesh mesh = twoColourSphere();
    auto noisy = renderMesh(mesh, studioOptions(kLowSamples, 1, false));
    auto denoised = renderMesh(mesh, studioOptions(kLowSamples, 1, true));
    auto reference = renderMesh(mesh, studioOptions(kReferenceSamples, 2, false));
    ASSERT_TRUE(noisy && denoised && reference);
    noisy_ = std::make_unique<RenderResult>(std::move(*noisy));
    denoised_ = std::make_unique<RenderResult>(std::move(*denoised));
    reference_ = std::make_unique<RenderResult>(std::move(*reference));
  }
  static void TearDownTestSuite() {
    noisy_.reset();
    denoised_.reset();
    reference_.reset();
  }

  static bool isModel(int x, int y) {
    return x >= 0 && y >= 0 && x < kSide && y < kSide &&
           reference_->model_mask[static_cast<size_t>(y) * kSide + x] != 0;
  }
  // Red minus blue: positive on the upper hemisphere, negative on the lower.
  static float redMinusBlue(const HdrImage& image, int x, int y) {
    return image.at(x, y)[0] - image.at(x, y)[2];
  }

  static inline std::unique_ptr<RenderResult> noisy_;
  static inline std::unique_ptr<RenderResult> denoised_;
  static inline std::unique_ptr<RenderResult> reference_;
};

TEST_F(DenoisedSphere, NoiseGoesDown) {
  const double without = rmse(noisy_->radiance, reference_->radiance);
  const double with = rmse(denoised_->radiance, reference_->radiance);
  EXPECT_LE(with, 0.6 * without) << "RMSE against the reference: " << with << " denoised, "
                                 << without << " not";
}

TEST_F(DenoisedSphere, ColourEdgeStaysSharp) {
  // Down each column, where the reference turns from red to blue: the
  // steepest step of red − blue within three pixels of that, denoised and in
  // the reference. Blurring the edge would flatten the step.
  double steepest_denoised = 0;
  double steepest_reference = 0;
  int columns = 0;
  for (int x = 0; x < kSide; ++x) {
    for (int y = 1; y + 1 < kSide; ++y) {
      if (!isModel(x, y - 1) || !isModel(x, y + 1)) continue;
      if (!(redMinusBlue(reference_->radiance, x, y - 1) > 0 &&
            redMinusBlue(reference_->radiance, x, y + 1) < 0))
        continue;
      float d = 0;
      float r = 0;
      for (int k = std::max(y - 3, 0); k < std::min(y + 3, kSide - 1); ++k) {
        d = std::max(d, std::abs(redMinusBlue(denoised_->radiance, x, k + 1) -
                                 redMinusBlue(denoised_->radiance, x, k)));
        r = std::max(r, std::abs(redMinusBlue(reference_->radiance, x, k + 1) -
                                 redMinusBlue(reference_->radiance, x, k)));
      }
      steepest_denoised += d;
      steepest_reference += r;
      ++columns;
      break;
    }
  }
  ASSERT_GT(columns, 30) << "the colour edge is not in the picture";
  EXPECT_GE(steepest_denoised, 0.8 * steepest_reference)
      << "mean steepest step " << steepest_denoised / columns << " denoised, "
      << steepest_reference / columns << " in the reference";
}

TEST_F(DenoisedSphere, SilhouetteStaysSharp) {
  // Along each row, the steepest colour step within two pixels of where the
  // model starts: as steep as the reference's, not a ramp.
  const auto step = [](const HdrImage& image, int x, int y) {
    float sum = 0;
    for (int c = 0; c < 3; ++c) sum += std::abs(image.at(x + 1, y)[c] - image.at(x, y)[c]);
    return sum;
  };
  double steepest_denoised = 0;
  double steepest_reference = 0;
  int rows = 0;
  for (int y = 0; y < kSide; ++y) {
    int left = 0;
    while (left < kSide && !isModel(left, y)) ++left;
    if (left < 3 || left > kSide - 4) continue;
    float d = 0;
    float r = 0;
    for (int x = left - 3; x <= left + 1; ++x) {
      d = std::max(d, step(denoised_->radiance, x, y));
      r = std::max(r, step(reference_->radiance, x, y));
    }
    steepest_denoised += d;
    steepest_reference += r;
    ++rows;
  }
  ASSERT_GT(rows, 30);
  EXPECT_GE(steepest_denoised, 0.8 * steepest_reference)
      << "mean steepest step " << steepest_denoised / rows << " denoised, "
      << steepest_reference / rows << " in the reference";
}

TEST(Denoise, KeepsTheGroundOutOfTheModelAndTheModelOutOfTheGround) {
  // A nearly black sphere on the bright floor: ground light carried into the
  // model would brighten its rim, model light carried out would darken the
  // floor around it. Compare the mean of each band with the undenoised
  // render's (the mean over a band is unbiased, so only smearing moves it).
  const auto mesh = testing::uvSphere(Vec3(0, 40, 0), 40, 64, 32, Vec3(0.03f, 0.03f, 0.03f));
  auto plain = renderMesh(mesh, studioOptions(32, 3, false));
  auto denoised = renderMesh(mesh, studioOptions(32, 3, true));
  ASSERT_TRUE(plain && denoised);
  const auto& mask = plain->model_mask;
  const auto isModel = [&](int x, int y) {
    return x >= 0 && y >= 0 && x < kSide && y < kSide &&
           mask[static_cast<size_t>(y) * kSide + x] != 0;
  };
  // Distance in pixels (Chebyshev, up to 4) to the nearest pixel on the other side of the
  // silhouette.
  const auto distanceToEdge = [&](int x, int y) {
    for (int r = 1; r <= 4; ++r) {
      for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
          if (isModel(x + dx, y + dy) != isModel(x, y)) return r;
        }
      }
    }
    return 5;
  };
  double rim_plain = 0;
  double rim_denoised = 0;
  double floor_plain = 0;
  double floor_denoised = 0;
  int rim = 0;
  int floor = 0;
  for (int y = 0; y < kSide; ++y) {
    for (int x = 0; x < kSide; ++x) {
      const int d = distanceToEdge(x, y);
      if (d < 2 || d > 4) continue;  // pixels right on the silhouette mix both by nature
      const double a = luminance(Vec3(plain->radiance.at(x, y)[0], plain->radiance.at(x, y)[1],
                                      plain->radiance.at(x, y)[2]));
      const double b =
          luminance(Vec3(denoised->radiance.at(x, y)[0], denoised->radiance.at(x, y)[1],
                         denoised->radiance.at(x, y)[2]));
      if (isModel(x, y)) {
        rim_plain += a;
        rim_denoised += b;
        ++rim;
      } else {
        floor_plain += a;
        floor_denoised += b;
        ++floor;
      }
    }
  }
  ASSERT_GT(rim, 50);
  ASSERT_GT(floor, 50);
  EXPECT_NEAR(rim_denoised / rim, rim_plain / rim, 0.15 * rim_plain / rim)
      << "the model's rim changed brightness";
  EXPECT_NEAR(floor_denoised / floor, floor_plain / floor, 0.05 * floor_plain / floor)
      << "the floor around the model changed brightness";
}

TEST(Denoise, LayersAddUpToThePlainRender) {
  const geometry::Mesh mesh = twoColourSphere();
  const RenderOptions o = studioOptions(4, 5, false);
  const SceneSetup setup = layoutScene(geometry::boundingBox(mesh), o);
  LayeredRender layers;
  auto plain = pathTrace(mesh, setup, o, &layers);
  ASSERT_TRUE(plain.has_value());
  ASSERT_TRUE(layers.isConsistent());
  const HdrImage sum = layers.composite();
  for (size_t i = 0; i < sum.rgb.size(); ++i) {
    ASSERT_NEAR(sum.rgb[i], plain->radiance.rgb[i],
                1e-5f + 1e-5f * std::abs(plain->radiance.rgb[i]))
        << "value " << i;
  }
  for (size_t p = 0; p < plain->model_mask.size(); ++p) {
    EXPECT_EQ(plain->model_mask[p] != 0, layers.model.coverage[p] > 0.0f) << "pixel " << p;
    EXPECT_FLOAT_EQ(layers.model.coverage[p] + layers.surroundings.coverage[p], 1.0f);
  }
}

}  // namespace
}  // namespace kiln::render
