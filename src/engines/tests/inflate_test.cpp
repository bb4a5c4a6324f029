#include "engines/inflate/inflate_engine.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include <fmt/format.h>

#include "engines/inflate/inflation.h"
#include "engines/inflate/photo_decode.h"
#include "engines/inflate/silhouette.h"
#include "engines/registry.h"
#include "engines/tests/drawn_photos.h"
#include "formats/formats.h"
#include "geometry/mesh.h"

namespace kiln::engines {
namespace {

using geometry::Mesh;
using testing::encode;

Result<EngineResult> inflatePhotos(std::vector<std::vector<uint8_t>> images, Tier tier = Tier::kDraft,
                                   nlohmann::json params = nlohmann::json::object(), EngineContext* context = nullptr) {
  static const auto registry = Registry::withBuiltins();
  CallbackContext quiet;
  EngineRequest request{.kind = "image_to_3d", .tier = tier, .params = std::move(params), .images = std::move(images)};
  return runEngine(registry, "inflate", request, context != nullptr ? *context : quiet);
}

Result<EngineResult> inflate(const cv::Mat& photo, Tier tier = Tier::kDraft,
                             nlohmann::json params = nlohmann::json::object()) {
  return inflatePhotos({encode(photo)}, tier, std::move(params));
}

std::string topologyText(const geometry::TopologyReport& t) {
  return fmt::format("boundary {} non-manifold {} misoriented {} degenerate {} components {}", t.boundary_edges,
                     t.non_manifold_edges, t.misoriented_edges, t.degenerate_triangles, t.components);
}

void expectWatertight(const Mesh& mesh) {
  EXPECT_TRUE(mesh.validate());
  const auto topo = geometry::analyzeTopology(mesh);
  EXPECT_TRUE(topo.isWatertight()) << topologyText(topo);
  EXPECT_EQ(topo.components, 1u);
  EXPECT_GT(geometry::volume(mesh), 0.0) << "outward winding";
}

// Maps model X/Y onto the pixels of `mask` by matching the model's box to
// the mask's box (the engine centres and scales the model; the photo's
// pixels are square, so one scale serves both axes).
struct PhotoFrame {
  double px_per_mm = 1.0;
  double x0_mm = 0.0, y1_mm = 0.0;  // model x at the mask box's left, y at its top
  double left_px = 0.0, top_px = 0.0;
  cv::Point2d toPixel(const geometry::Vec3& p) const {
    return {left_px + (p.x() - x0_mm) * px_per_mm, top_px + (y1_mm - p.y()) * px_per_mm};
  }
};

PhotoFrame frameOf(const Mesh& mesh, const cv::Mat1b& mask) {
  const cv::Rect box = cv::boundingRect(mask);
  const auto b = geometry::boundingBox(mesh);
  PhotoFrame f;
  f.px_per_mm = std::max(box.width, box.height) / std::max(b.size().x(), b.size().y());
  f.x0_mm = b.min.x();
  f.y1_mm = b.max.y();
  f.left_px = box.x;
  f.top_px = box.y;
  return f;
}

// Intersection over union of the model's outline seen from the front
// (its triangles projected along Z and filled) and `mask`.
double silhouetteIoU(const Mesh& mesh, const cv::Mat1b& mask) {
  const PhotoFrame frame = frameOf(mesh, mask);
  cv::Mat1b drawn(mask.size(), uchar{0});
  constexpr int kShift = 4;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    std::array<cv::Point, 3> corners;
    for (int k = 0; k < 3; ++k) {
      const cv::Point2d p = frame.toPixel(mesh.positions[mesh.triangle(t)[static_cast<size_t>(k)]]);
      corners[static_cast<size_t>(k)] = cv::Point(static_cast<int>(std::lround((p.x - 0.5) * (1 << kShift))),
                                                  static_cast<int>(std::lround((p.y - 0.5) * (1 << kShift))));
    }
    cv::fillConvexPoly(drawn, corners.data(), 3, cv::Scalar(255), cv::LINE_8, kShift);
  }
  const double both = cv::countNonZero(drawn & mask);
  const double either = cv::countNonZero(drawn | mask);
  return either > 0 ? both / either : 0.0;
}

float linearToSrgb(float c) {
  return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

TEST(Inflation, DiscBecomesAHemisphere) {
  cv::Mat1b disc(201, 201, uchar{0});
  cv::circle(disc, cv::Point(100, 100), 80, cv::Scalar(255), -1);
  auto height = inflate::inflateSilhouette(disc);
  ASSERT_TRUE(height.has_value()) << height.error().message;
  EXPECT_NEAR((*height)(100, 100), 80.0f, 8.0f);
  // Halfway out, a hemisphere is √(R² − r²) tall.
  EXPECT_NEAR((*height)(100, 140), std::sqrt(80.0f * 80.0f - 40.0f * 40.0f), 8.0f);
  EXPECT_EQ((*height)(0, 0), 0.0f);
}

TEST(InflateEngine, DiscPhotoGivesADomeAsTallAsItsRadius) {
  const auto photo = testing::drawDisc(1024, 300);
  auto made = inflate(photo.bgr, Tier::kStandard);
  ASSERT_TRUE(made.has_value()) << made.error().message;
  expectWatertight(made->mesh);
  const auto b = geometry::boundingBox(made->mesh);
  const float radius = 0.5f * b.size().x();
  EXPECT_NEAR(0.5f * b.size().y(), radius, 0.03f * radius) << "the outline is round";
  // The front half is a dome of height ≈ radius; the back mirrors it.
  EXPECT_NEAR(b.max.z(), radius, 0.1f * radius);
  EXPECT_NEAR(-b.min.z(), radius, 0.1f * radius);
  EXPECT_GT(silhouetteIoU(made->mesh, photo.mask), 0.95);
}

TEST(InflateEngine, DepthScalesTheThickness) {
  const auto photo = testing::drawDisc(512, 150);
  auto round = inflate(photo.bgr, Tier::kDraft);
  auto flat = inflate(photo.bgr, Tier::kDraft, {{"depth", 0.5}});
  ASSERT_TRUE(round && flat);
  const auto r = geometry::boundingBox(round->mesh), f = geometry::boundingBox(flat->mesh);
  EXPECT_NEAR(f.size().z() / f.size().x(), 0.5f * r.size().z() / r.size().x(), 0.06f);
  expectWatertight(flat->mesh);
}

class EveryTier : public ::testing::TestWithParam<Tier> {};

TEST_P(EveryTier, ShadedVaseIsWatertightWithinBudgetAndFollowsThePhoto) {
  const auto photo = testing::drawVase();
  auto made = inflate(photo.bgr, GetParam());
  ASSERT_TRUE(made.has_value()) << made.error().message;
  const Mesh& mesh = made->mesh;
  expectWatertight(mesh);
  EXPECT_LE(mesh.triangleCount(), tierInfo(GetParam()).max_triangles);
  EXPECT_GT(mesh.triangleCount(), tierInfo(GetParam()).max_triangles / 2) << "the budget is used";
  EXPECT_GE(silhouetteIoU(mesh, photo.mask), 0.85);

  // Resting on the ground, centred, largest side 100 mm by default.
  const auto b = geometry::boundingBox(mesh);
  EXPECT_NEAR(b.min.y(), 0.0f, 1e-3f);
  EXPECT_NEAR(b.center().x(), 0.0f, 1e-3f);
  EXPECT_NEAR(b.center().z(), 0.0f, 1e-3f);
  EXPECT_NEAR(b.size().maxCoeff(), 100.0f, 1e-3f);

  // Front and back take the photo's colour where they project.
  ASSERT_EQ(mesh.colors.size(), mesh.vertexCount());
  ASSERT_EQ(mesh.normals.size(), mesh.vertexCount());
  const PhotoFrame frame = frameOf(mesh, photo.mask);
  double error = 0.0;
  int compared = 0;
  for (size_t v = 0; v < mesh.vertexCount(); ++v) {
    if (std::abs(mesh.normals[v].z()) < 0.8f) continue;  // front or back, away from the rim
    const cv::Point2d p = frame.toPixel(mesh.positions[v]);
    const cv::Point px(static_cast<int>(p.x), static_cast<int>(p.y));
    if (!cv::Rect(0, 0, photo.mask.cols, photo.mask.rows).contains(px) || photo.mask(px) == 0) continue;
    const cv::Vec3b drawn = photo.bgr(px);
    for (int c = 0; c < 3; ++c) {
      error += std::abs(linearToSrgb(mesh.colors[v][c]) * 255.0f - drawn[2 - c]);
    }
    ++compared;
  }
  ASSERT_GT(compared, 100);
  EXPECT_LT(error / (3.0 * compared), 12.0) << "mean colour error in 8-bit sRGB levels";
}

INSTANTIATE_TEST_SUITE_P(Inflate, EveryTier, ::testing::Values(Tier::kDraft, Tier::kStandard, Tier::kHigh),
                         [](const auto& tier_case) { return std::string(tierInfo(tier_case.param).id); });

TEST(InflateEngine, MugKeepsItsHandleOpening) {
  const auto photo = testing::drawMug();
  auto made = inflate(photo.bgr, Tier::kStandard);
  ASSERT_TRUE(made.has_value()) << made.error().message;
  expectWatertight(made->mesh);
  EXPECT_GE(silhouetteIoU(made->mesh, photo.mask), 0.85);
  // A handle with an opening makes the solid a torus: genus 1, χ = V − E + F = 0.
  Mesh welded = made->mesh;
  welded.normals.clear();
  welded.colors.clear();
  geometry::weldVertices(welded);
  const long long v = static_cast<long long>(welded.vertexCount());
  const long long f = static_cast<long long>(welded.triangleCount());
  EXPECT_EQ(v - f * 3 / 2 + f, 0) << "Euler characteristic";
}

TEST(InflateEngine, AlphaChannelIsTheSilhouette) {
  // Colour that GrabCut could not separate (static everywhere); the alpha says what the object is.
  cv::Mat1b alpha(768, 768, uchar{0});
  const std::vector<cv::Point> kite = {{384, 80}, {640, 360}, {384, 700}, {150, 360}};
  cv::fillConvexPoly(alpha, kite, cv::Scalar(255));
  cv::Mat4b bgra;
  cv::merge(std::vector<cv::Mat>{testing::noise(768), alpha}, bgra);
  auto made = inflate(bgra, Tier::kStandard);
  ASSERT_TRUE(made.has_value()) << made.error().message;
  EXPECT_EQ(made->summary["silhouette"], "alpha");
  expectWatertight(made->mesh);
  EXPECT_GE(silhouetteIoU(made->mesh, alpha), 0.9);
}

TEST(InflateEngine, SameBytesAndParamsGiveIdenticalGlb) {
  const auto bytes = encode(testing::drawMug(640).bgr);
  auto a = inflatePhotos({bytes});
  const int threads = cv::getNumThreads();
  cv::setNumThreads(1);
  auto b = inflatePhotos({bytes});
  cv::setNumThreads(threads);
  ASSERT_TRUE(a && b);
  auto ga = formats::encodeGlb(a->mesh, {});
  auto gb = formats::encodeGlb(b->mesh, {});
  ASSERT_TRUE(ga && gb);
  EXPECT_EQ(*ga, *gb);
}

TEST(InflateEngine, SilhouetteIsTheSameOnEveryThreadCount) {
  auto photo = inflate::decodePhoto(encode(testing::drawVase().bgr), 512);
  ASSERT_TRUE(photo.has_value());
  const auto a = inflate::segmentObject(*photo, 256, 3);
  const int threads = cv::getNumThreads();
  cv::setNumThreads(1);
  const auto b = inflate::segmentObject(*photo, 256, 3);
  cv::setNumThreads(threads);
  EXPECT_EQ(cv::countNonZero(a.mask != b.mask), 0);
  EXPECT_GT(cv::countNonZero(a.mask), 1000);
}

TEST(InflateEngine, HeightSetsTheLargestDimension) {
  auto made = inflate(testing::drawVase(512).bgr, Tier::kDraft, {{"height_mm", 42}});
  ASSERT_TRUE(made.has_value()) << made.error().message;
  EXPECT_NEAR(geometry::boundingBox(made->mesh).size().maxCoeff(), 42.0f, 1e-3f);
  // A vase is taller than wide, so the height is the Y extent.
  EXPECT_NEAR(geometry::boundingBox(made->mesh).size().y(), 42.0f, 1e-3f);
}

TEST(InflateEngine, FailingPreCheckIsAnErrorWithTheReport) {
  auto made = inflate(testing::drawTwoObjects(512));
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(made.error().message.find("skip_validation"), std::string::npos) << made.error().message;
  const auto& report = made.error().details["photo_check"];
  ASSERT_TRUE(report.is_object()) << made.error().details.dump();
  EXPECT_FALSE(report["usable"].get<bool>());
  EXPECT_EQ(report["problems"][0]["check"], "several_objects");
  // Skipping the check models the largest object.
  auto skipped = inflate(testing::drawTwoObjects(512), Tier::kDraft, {{"skip_validation", true}});
  ASSERT_TRUE(skipped.has_value()) << skipped.error().message;
  expectWatertight(skipped->mesh);
  EXPECT_EQ(skipped->summary["photo_check"], "skipped");
}

TEST(InflateEngine, NothingToModelIsUnprocessable) {
  auto made = inflate(testing::backdrop(256), Tier::kDraft, {{"skip_validation", true}});
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::kUnprocessable);
}

TEST(InflateEngine, UsesTheFirstOfSeveralImages) {
  const auto vase = encode(testing::drawVase(512).bgr);
  const auto disc = encode(testing::drawDisc(512, 150).bgr);
  auto made = inflatePhotos({vase, disc});
  ASSERT_TRUE(made.has_value()) << made.error().message;
  EXPECT_EQ(made->summary["images_used"], 1);
  EXPECT_EQ(made->summary["images_given"], 2);
  EXPECT_TRUE(made->summary.contains("note"));
  const auto b = geometry::boundingBox(made->mesh);
  EXPECT_GT(b.size().y(), 1.15f * b.size().x()) << "the vase, not the disc";
}

TEST(InflateEngine, RejectsMissingOrBadImages) {
  auto none = inflatePhotos({});
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(none.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(none.error().details["field"], "input.images");
  auto bad = inflatePhotos({{'n', 'o', 't', ' ', 'a', ' ', 'p', 'h', 'o', 't', 'o'}});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.error().message.find("PNG, JPEG or WebP"), std::string::npos);
}

TEST(InflateEngine, TinyOrSlenderPhotosFailCleanly) {
  // Nothing to cut out of a one-pixel or a two-row photo: an error, never a crash or an empty mesh.
  for (const cv::Size size : {cv::Size(1, 1), cv::Size(900, 2), cv::Size(2, 900), cv::Size(6, 6)}) {
    auto made = inflate(cv::Mat3b(size, cv::Vec3b(200, 100, 50)), Tier::kDraft, {{"skip_validation", true}});
    if (made) {
      expectWatertight(made->mesh);
    } else {
      EXPECT_EQ(made.error().code, ErrorCode::kUnprocessable) << size << ": " << made.error().message;
    }
  }
  // A long thin object still makes a closed model.
  cv::Mat3b stick = testing::backdrop(512);
  cv::line(stick, cv::Point(60, 256), cv::Point(450, 250), cv::Scalar(30, 60, 160), 7, cv::LINE_AA);
  auto made = inflate(stick, Tier::kDraft);
  ASSERT_TRUE(made.has_value()) << made.error().message;
  expectWatertight(made->mesh);
}

TEST(InflateEngine, RejectsUnknownAndOutOfRangeParameters) {
  const auto bytes = encode(testing::drawVase(256).bgr);
  auto unknown = inflatePhotos({bytes}, Tier::kDraft, {{"thickness", 1}});
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnknownParameter);
  EXPECT_EQ(unknown.error().details["parameter"], "thickness");
  for (const auto& [name, value] : std::vector<std::pair<std::string, nlohmann::json>>{
           {"depth", 3.0}, {"depth", 0.0}, {"height_mm", 5}, {"height_mm", 5000}, {"skip_validation", "yes"}}) {
    auto made = inflatePhotos({bytes}, Tier::kDraft, {{name, value}});
    ASSERT_FALSE(made.has_value()) << name << " " << value;
    EXPECT_EQ(made.error().code, ErrorCode::kInvalidArgument) << name;
    EXPECT_EQ(made.error().details["parameter"], name);
  }
}

TEST(InflateEngine, ReportsItsStepsAndStopsWhenCanceled) {
  const auto bytes = encode(testing::drawVase(512).bgr);
  std::vector<std::string> steps;
  CallbackContext watch([&](std::string_view step, float) {
    if (steps.empty() || steps.back() != step) steps.emplace_back(step);
  });
  ASSERT_TRUE(inflatePhotos({bytes}, Tier::kDraft, {}, &watch).has_value());
  EXPECT_EQ(steps, (std::vector<std::string>{"image", "mesh", "finish"}));

  CallbackContext canceled_first;
  canceled_first.cancel();
  auto made = inflatePhotos({bytes}, Tier::kDraft, {}, &canceled_first);
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::kCanceled);

  // Canceled while meshing.
  CallbackContext* self = nullptr;
  CallbackContext mid_way([&](std::string_view step, float) {
    if (step == "mesh") self->cancel();
  });
  self = &mid_way;
  made = inflatePhotos({bytes}, Tier::kDraft, {}, &mid_way);
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::kCanceled);
}

TEST(InflateEngine, IsInTheCatalogForImageTo3d) {
  const auto registry = Registry::withBuiltins();
  const Engine* engine = registry.pick("image_to_3d");
  ASSERT_NE(engine, nullptr);
  EXPECT_EQ(engine->info().id, "inflate");
  std::vector<std::string> names;
  for (const auto& p : engine->info().params) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"skip_validation", "depth", "height_mm"}));
}

}  // namespace
}  // namespace kiln::engines
