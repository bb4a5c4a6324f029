#include "engines/params.h"

#include <gtest/gtest.h>

#include "engines/registry.h"

namespace kiln::engines {
namespace {

ParamSchema schema() {
  return {
      {.name = "height_mm", .type = ParamType::kNumber, .min = 1.0, .max = 100.0},
      {.name = "count", .type = ParamType::kInteger, .min = 0.0, .max = 10.0, .default_value = 3},
      {.name = "style", .type = ParamType::kEnum, .choices = {"a", "b"}, .default_value = "a"},
      {.name = "flat", .type = ParamType::kBoolean},
  };
}

TEST(Params, DefaultsAreFilledIn) {
  auto v = validateParams(schema(), nlohmann::json::object());
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->integer("count"), 3);
  EXPECT_EQ(v->string("style"), "a");
  EXPECT_FALSE(v->has("height_mm"));
}

TEST(Params, UnknownParameterIsNamed) {
  auto v = validateParams(schema(), {{"colour", "red"}});
  ASSERT_FALSE(v.has_value());
  EXPECT_EQ(v.error().code, ErrorCode::kUnknownParameter);
  EXPECT_EQ(v.error().details["parameter"], "colour");
  EXPECT_NE(v.error().message.find("colour"), std::string::npos);
  EXPECT_NE(v.error().message.find("height_mm"), std::string::npos);
}

TEST(Params, OutOfRangeIsNamedWithItsRange) {
  auto v = validateParams(schema(), {{"height_mm", 500}});
  ASSERT_FALSE(v.has_value());
  EXPECT_EQ(v.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(v.error().details["parameter"], "height_mm");
  EXPECT_NE(v.error().message.find("between 1 and 100"), std::string::npos);
}

TEST(Params, WrongTypesAreRejected) {
  EXPECT_FALSE(validateParams(schema(), {{"height_mm", "tall"}}).has_value());
  EXPECT_FALSE(validateParams(schema(), {{"count", 2.5}}).has_value());
  EXPECT_FALSE(validateParams(schema(), {{"flat", 1}}).has_value());
  EXPECT_FALSE(validateParams(schema(), {{"style", "c"}}).has_value());
  EXPECT_FALSE(validateParams(schema(), nlohmann::json::array()).has_value());
  EXPECT_TRUE(validateParams(schema(), {{"count", 2.0}, {"flat", true}, {"style", "b"}}).has_value());
}

TEST(Registry, CatalogListsSculptWithParametersAndTiers) {
  const auto catalog = Registry::withBuiltins().catalogJson();
  ASSERT_FALSE(catalog["engines"].empty());
  EXPECT_EQ(catalog["engines"][0]["id"], "sculpt");
  EXPECT_FALSE(catalog["engines"][0]["parameters"].empty());
  ASSERT_EQ(catalog["tiers"].size(), 3u);
  EXPECT_EQ(catalog["tiers"][0]["max_triangles"], 12000);
  EXPECT_EQ(catalog["tiers"][1]["max_triangles"], 30000);
  EXPECT_EQ(catalog["tiers"][2]["max_triangles"], 200000);
}

TEST(Registry, UnknownEngineAndKindAreRejected) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  EngineRequest req{.kind = "text_to_3d", .prompt = "a vase"};
  auto r = runEngine(registry, "nosuch", req, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().details["parameter"], "engine");
  req.kind = "hologram";
  r = runEngine(registry, "", req, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().details["parameter"], "kind");
}

TEST(Registry, BadEngineParameterIsRejectedBeforeRunning) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  EngineRequest req{.kind = "text_to_3d", .prompt = "a vase", .params = {{"wobble", 1}}};
  auto r = runEngine(registry, "sculpt", req, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kUnknownParameter);
  req.params = {{"height_mm", -5}};
  r = runEngine(registry, "sculpt", req, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().details["parameter"], "height_mm");
}

}  // namespace
}  // namespace kiln::engines
