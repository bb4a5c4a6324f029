// The render and image_enhance engines through runEngine: real pixels out,
// sizes as requested, clear errors for a missing model or a tier too small.
#include "engines/render_engine.h"

#include <gtest/gtest.h>

#include "engines/image_ops/enhance_engine.h"
#include "engines/registry.h"
#include "engines/render/image.h"
#include "engines/render/tests/test_meshes.h"
#include "formats/formats.h"

namespace kiln::engines {
namespace {

geometry::Mesh decodedCube() {
  const auto cube = render::testing::box({-10, 0, -10}, {10, 20, 10}, {0.8f, 0.3f, 0.2f});
  auto glb = formats::encodeGlb(cube, {});
  EXPECT_TRUE(glb.has_value());
  auto mesh = formats::decodeGlb(*glb);
  EXPECT_TRUE(mesh.has_value()) << mesh.error().message;
  return *mesh;
}

EngineRequest renderRequest(nlohmann::json params, Tier tier = Tier::kDraft) {
  EngineRequest request;
  request.kind = "render";
  request.tier = tier;
  request.params = std::move(params);
  request.model = decodedCube();
  return request;
}

TEST(RenderEngine, RendersADecodedCubeToAPngOfTheRequestedSize) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  auto result = runEngine(registry, "", renderRequest({{"resolution", "320x200"}, {"samples", 4}}), ctx);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  ASSERT_EQ(result->files.size(), 1u);
  EXPECT_EQ(result->files[0].name, "render.png");
  EXPECT_EQ(result->files[0].media_type, "image/png");
  EXPECT_EQ(result->mesh.triangleCount(), 0u) << "a render makes no model";
  auto image = render::decodeImage(result->files[0].bytes);
  ASSERT_TRUE(image.has_value());
  EXPECT_EQ(image->width, 320);
  EXPECT_EQ(image->height, 200);
  // The cube is lit and coloured: the centre pixel is not the background's grey and has the cube's red cast.
  const uint8_t* centre = image->at(160, 110);
  EXPECT_GT(centre[0], centre[2]) << "red cube should be redder than blue at the centre";
}

TEST(RenderEngine, JpegFormatGivesAJpeg) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  auto result = runEngine(registry, "", renderRequest({{"resolution", "64x64"}, {"samples", 1}, {"format", "jpg"}}), ctx);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->files[0].name, "render.jpg");
  ASSERT_GE(result->files[0].bytes.size(), 3u);
  EXPECT_EQ(result->files[0].bytes[0], 0xFF);
  EXPECT_EQ(result->files[0].bytes[1], 0xD8);
}

TEST(RenderEngine, DenoisesUnlessTheDenoiseParameterIsFalse) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  auto denoised = runEngine(registry, "", renderRequest({{"resolution", "64x64"}, {"samples", 2}}), ctx);
  auto plain =
      runEngine(registry, "", renderRequest({{"resolution", "64x64"}, {"samples", 2}, {"denoise", false}}), ctx);
  ASSERT_TRUE(denoised && plain);
  EXPECT_EQ(denoised->summary.value("denoised", false), true);
  EXPECT_EQ(plain->summary.value("denoised", true), false);
  EXPECT_NE(denoised->files[0].bytes, plain->files[0].bytes);

  auto bad = runEngine(registry, "", renderRequest({{"resolution", "64x64"}, {"denoise", "yes"}}), ctx);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().details.value("parameter", ""), "denoise");
}

TEST(RenderEngine, RejectsAMissingModelAndAResolutionOverTheTier) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  auto request = renderRequest({{"resolution", "64x64"}});
  request.model.reset();
  auto result = runEngine(registry, "", request, ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("input.model"), std::string::npos);

  result = runEngine(registry, "", renderRequest({{"resolution", "2k"}}, Tier::kStandard), ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("tier high"), std::string::npos) << result.error().message;

  result = runEngine(registry, "", renderRequest({{"samples", 0}}), ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().details.value("parameter", ""), "samples");
}

TEST(RenderEngine, MinimumTierFollowsResolution) {
  EXPECT_EQ(*minimumRenderTier({{"resolution", "512"}}), Tier::kDraft);
  EXPECT_EQ(*minimumRenderTier(nlohmann::json::object()), Tier::kStandard);
  EXPECT_EQ(*minimumRenderTier({{"resolution", "1920x1080"}}), Tier::kHigh);
  EXPECT_FALSE(minimumRenderTier({{"resolution", "huge"}}).has_value());
}

// A 40×30 image with a hard vertical edge: dark left half, light right half.
std::vector<uint8_t> edgePng() {
  render::Image8 image{40, 30, std::vector<uint8_t>(40 * 30 * 3)};
  for (int y = 0; y < 30; ++y) {
    for (int x = 0; x < 40; ++x) {
      uint8_t* p = image.at(x, y);
      p[0] = p[1] = p[2] = x < 20 ? 60 : 190;
    }
  }
  return *render::encodeImage(image, render::ImageFormat::kPng);
}

render::Image8 enhance(double sharpen) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  EngineRequest request;
  request.kind = "image_enhance";
  request.images = {edgePng()};
  request.params = {{"sharpen", sharpen}};
  auto result = runEngine(registry, "", request, ctx);
  EXPECT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->files.size(), 1u);
  return *render::decodeImage(result->files[0].bytes);
}

TEST(EnhanceEngine, DoublesTheSizeAndSharpensEdges) {
  const auto plain = enhance(0.0);
  const auto sharp = enhance(1.0);
  EXPECT_EQ(sharp.width, 80);
  EXPECT_EQ(sharp.height, 60);
  // Unsharp masking overshoots on both sides of an edge: darker just left of it, lighter just right.
  EXPECT_LT(sharp.at(38, 30)[0], plain.at(38, 30)[0]);
  EXPECT_GT(sharp.at(41, 30)[0], plain.at(41, 30)[0]);
  // Far from the edge nothing changes.
  EXPECT_NEAR(sharp.at(5, 30)[0], 60, 1);
}

TEST(EnhanceEngine, RejectsBytesThatAreNotAnImage) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  EngineRequest request;
  request.kind = "image_enhance";
  request.images = {std::vector<uint8_t>{0x89, 'P', 'N', 'G', 1, 2, 3}};
  auto result = runEngine(registry, "", request, ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  request.images.clear();
  EXPECT_FALSE(runEngine(registry, "", request, ctx).has_value());
}

}  // namespace
}  // namespace kiln::engines
