// The turntable engine through runEngine: an MP4 file out, clear errors for a
// missing model and out-of-range parameters.
#include "engines/turntable_engine.h"

#include <gtest/gtest.h>

#include <string>

#include "engines/registry.h"
#include "engines/render/tests/test_meshes.h"

namespace kiln::engines {
namespace {

EngineRequest videoRequest(nlohmann::json params) {
  EngineRequest request;
  request.kind = "video";
  request.tier = Tier::kDraft;
  request.params = std::move(params);
  request.seed = 3;
  request.model = render::testing::box({-30, 0, -6}, {30, 15, 6}, {0.3f, 0.5f, 0.8f});
  return request;
}

std::string boxType(const std::vector<uint8_t>& bytes, size_t at) {
  return at + 8 <= bytes.size() ? std::string(reinterpret_cast<const char*>(&bytes[at + 4]), 4)
                                : std::string();
}

TEST(TurntableEngine, ServesVideoJobsWithAnMp4File) {
  const auto registry = Registry::withBuiltins();
  ASSERT_NE(registry.pick("video"), nullptr);
  EXPECT_EQ(registry.pick("video")->info().id, "turntable");

  std::vector<float> progress;
  CallbackContext ctx([&](std::string_view, float p) { progress.push_back(p); });
  auto result = runEngine(
      registry, "",
      videoRequest({{"frames", 8}, {"resolution", "256"}, {"samples", 1}, {"fps", 12}}), ctx);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->mesh.triangleCount(), 0u);
  ASSERT_EQ(result->files.size(), 1u);
  const auto& file = result->files[0];
  EXPECT_EQ(file.name, "turntable.mp4");
  EXPECT_EQ(file.format, "mp4");
  EXPECT_EQ(file.media_type, "video/mp4");
  EXPECT_EQ(boxType(file.bytes, 0), "ftyp");
  EXPECT_EQ(result->summary["frames"], 8);
  EXPECT_EQ(result->summary["fps"], 12);
  EXPECT_EQ(result->summary["width"], 256);
  EXPECT_EQ(result->summary["lighting"], "studio");
  EXPECT_EQ(result->summary["bytes"], file.bytes.size());
  ASSERT_FALSE(progress.empty());
  EXPECT_FLOAT_EQ(progress.back(), 1.0f);
}

TEST(TurntableEngine, RejectsAMissingModel) {
  const auto registry = Registry::withBuiltins();
  auto request = videoRequest({{"frames", 8}, {"resolution", "256"}, {"samples", 1}});
  request.model.reset();
  CallbackContext ctx;
  auto result = runEngine(registry, "turntable", request, ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("needs a model"), std::string::npos)
      << result.error().message;
  EXPECT_EQ(result.error().details["field"], "input.model");
}

TEST(TurntableEngine, RejectsOutOfRangeParameters) {
  const auto registry = Registry::withBuiltins();
  const std::vector<std::pair<std::string, nlohmann::json>> bad = {
      {"frames", 7},        {"frames", 361},       {"fps", 0},
      {"fps", 61},          {"samples", 0},        {"samples", 257},
      {"resolution", "2k"}, {"lighting", "disco"}, {"frames", "many"},
  };
  for (const auto& [name, value] : bad) {
    CallbackContext ctx;
    auto result = runEngine(registry, "", videoRequest({{name, value}}), ctx);
    ASSERT_FALSE(result.has_value()) << name << " = " << value.dump();
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument) << name << " = " << value.dump();
    EXPECT_EQ(result.error().details["parameter"], name) << result.error().message;
  }
  CallbackContext ctx;
  auto unknown = runEngine(registry, "", videoRequest({{"bounces", 2}}), ctx);
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnknownParameter);
}

TEST(TurntableEngine, StopsWhenCanceled) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  ctx.cancel();
  auto result = runEngine(
      registry, "", videoRequest({{"frames", 8}, {"resolution", "256"}, {"samples", 1}}), ctx);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kCanceled);
}

}  // namespace
}  // namespace kiln::engines
