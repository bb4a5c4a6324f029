#include "jobs/job_spec.h"

#include <gtest/gtest.h>

#include "jobs/tests/test_engines.h"

namespace kiln::jobs {
namespace {

using nlohmann::json;

const engines::Registry& registry() {
  static const engines::Registry r = testing::registryWithTestEngines();
  return r;
}

json goodBody() {
  return {{"kind", "text_to_3d"}, {"input", {{"prompt", "a glazed ceramic teapot"}}}};
}

// Expects parseJobSpec to reject `body`, naming `field` in details.field.
void expectRejected(const json& body, const std::string& field, ErrorCode code = ErrorCode::kInvalidArgument) {
  auto spec = parseJobSpec(body, registry());
  ASSERT_FALSE(spec.has_value()) << body.dump();
  EXPECT_EQ(spec.error().code, code) << body.dump() << " → " << spec.error().message;
  EXPECT_EQ(spec.error().details.value("field", ""), field) << body.dump() << " → " << spec.error().message;
  EXPECT_FALSE(spec.error().message.empty());
}

TEST(ParseJobSpec, AcceptsAMinimalTextTo3dBodyWithDefaults) {
  auto spec = parseJobSpec(goodBody(), registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->kind, "text_to_3d");
  EXPECT_EQ(spec->engine, "sculpt");
  EXPECT_EQ(spec->tier, "standard");
  EXPECT_EQ(spec->outputs, (std::vector<std::string>{"glb"}));
  EXPECT_EQ(spec->seed, 0u);
  EXPECT_EQ(spec->input["prompt"], "a glazed ceramic teapot");
}

TEST(ParseJobSpec, KindDefaultsToTextTo3d) {
  json body = goodBody();
  body.erase("kind");
  auto spec = parseJobSpec(body, registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->kind, "text_to_3d");
  body["kind"] = 7;
  expectRejected(body, "kind");
}

TEST(ParseJobSpec, AcceptsAFullBodyAndNormalises) {
  json body = {{"kind", "miniature"},
               {"engine", "sculpt"},
               {"tier", "draft"},
               {"input", {{"prompt", "   a knight on a horse  \n"}}},
               {"params", {{"height_mm", 32}, {"style", "cartoon"}, {"max_triangles", 5000}}},
               {"outputs", {"STL", "3mf", "glb"}},
               {"seed", 9007199254740992ull},
               {"project_id", "proj_7"},
               {"webhook_url", "HTTPS://hooks.example.com/kiln?x=1"}};
  auto spec = parseJobSpec(body, registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->tier, "draft");
  EXPECT_EQ(spec->input["prompt"], "a knight on a horse");
  EXPECT_EQ(spec->outputs, (std::vector<std::string>{"stl", "3mf", "glb"}));
  EXPECT_EQ(spec->seed, 9007199254740992ull);
  EXPECT_EQ(spec->params["height_mm"], 32);
  EXPECT_EQ(spec->project_id, "proj_7");
}

TEST(ParseJobSpec, RoundTripsThroughItsStoredJson) {
  json body = goodBody();
  body["outputs"] = {"glb", "stl"};
  body["seed"] = 42;
  body["params"] = {{"style", "low_poly"}};
  body["webhook_url"] = "http://localhost:9000/hook";
  auto spec = parseJobSpec(body, registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  const JobSpec back = jobSpecFromJson(spec->toJson());
  EXPECT_EQ(back.toJson(), spec->toJson());
  EXPECT_EQ(back.seed, 42u);
  EXPECT_EQ(back.outputs, (std::vector<std::string>{"glb", "stl"}));
  EXPECT_EQ(back.webhook_url, "http://localhost:9000/hook");
  // The stored JSON is itself a valid body.
  auto again = parseJobSpec(spec->toJson(), registry());
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_EQ(again->toJson(), spec->toJson());
}

TEST(ParseJobSpec, CountsPromptLengthInCharactersNotBytes) {
  json body = goodBody();
  std::string prompt = "a teapot ";
  while (prompt.size() < 1900) prompt += "é";  // 2 bytes each: ~950 characters
  body["input"]["prompt"] = prompt;
  EXPECT_TRUE(parseJobSpec(body, registry()).has_value());
}

TEST(ParseJobSpec, RejectsUnknownFieldsNamingThem) {
  json body = goodBody();
  body["colour"] = "red";
  expectRejected(body, "colour", ErrorCode::kUnknownParameter);
  body = goodBody();
  body["input"]["sketch"] = "x";
  expectRejected(body, "input.sketch", ErrorCode::kUnknownParameter);
}

TEST(ParseJobSpec, RejectsWrongJsonTypes) {
  expectRejected(json::array(), "body");
  expectRejected("text", "body");
  json body = goodBody();
  body["kind"] = 3;
  expectRejected(body, "kind");
  body = goodBody();
  body["engine"] = json::array();
  expectRejected(body, "engine");
  body = goodBody();
  body["tier"] = 1;
  expectRejected(body, "tier");
  body = goodBody();
  body["input"] = "a teapot";
  expectRejected(body, "input");
  body = goodBody();
  body["input"]["prompt"] = 12;
  expectRejected(body, "input.prompt");
  body = goodBody();
  body["params"] = json::array({1});
  expectRejected(body, "params");
  body = goodBody();
  body["outputs"] = "glb";
  expectRejected(body, "outputs");
  body = goodBody();
  body["outputs"] = {"glb", 7};
  expectRejected(body, "outputs[1]");
  body = goodBody();
  body["project_id"] = 5;
  expectRejected(body, "project_id");
  body = goodBody();
  body["webhook_url"] = true;
  expectRejected(body, "webhook_url");
}

TEST(ParseJobSpec, RejectsKindsEnginesAndTiersNobodyServes) {
  json body = goodBody();
  body["kind"] = "hologram";
  expectRejected(body, "kind");
  body = goodBody();
  body["engine"] = "nonexistent";
  expectRejected(body, "engine");
  body = goodBody();
  body["engine"] = "exploding";  // exists, but makes test_explode only
  expectRejected(body, "engine");
  body = goodBody();
  body["tier"] = "ultra";
  expectRejected(body, "tier");
}

TEST(ParseJobSpec, RejectsMissingShortAndLongPrompts) {
  json body = goodBody();
  body.erase("input");
  expectRejected(body, "input.prompt");
  body = goodBody();
  body["input"] = json::object();
  expectRejected(body, "input.prompt");
  body = goodBody();
  body["input"]["prompt"] = "   ab   ";
  expectRejected(body, "input.prompt");
  body = goodBody();
  body["input"]["prompt"] = std::string(1001, 'a');
  expectRejected(body, "input.prompt");
  body = goodBody();
  body["input"]["images"] = {"upl_1"};
  expectRejected(body, "input.images");
}

TEST(ParseJobSpec, RejectsBadOutputLists) {
  json body = goodBody();
  body["outputs"] = json::array();
  expectRejected(body, "outputs");
  body["outputs"] = {"glb", "gltf", "obj", "stl", "3mf", "ply", "glb"};
  expectRejected(body, "outputs");
  body["outputs"] = {"glb", "fbx"};
  expectRejected(body, "outputs[1]");
  body["outputs"] = {"glb", "GLB"};
  expectRejected(body, "outputs[1]");
}

TEST(ParseJobSpec, RejectsSeedsThatAreNotNonNegativeIntegers) {
  for (const json& seed : {json(-1), json(1.5), json("7"), json(9007199254740993ull), json(nullptr)}) {
    json body = goodBody();
    body["seed"] = seed;
    expectRejected(body, "seed");
  }
}

TEST(ParseJobSpec, RejectsParametersOutsideTheEngineSchemaAtCreation) {
  json body = goodBody();
  body["params"] = {{"colour", "red"}};
  auto spec = parseJobSpec(body, registry());
  ASSERT_FALSE(spec.has_value());
  EXPECT_EQ(spec.error().code, ErrorCode::kUnknownParameter);
  EXPECT_EQ(spec.error().details["parameter"], "colour");
  EXPECT_EQ(spec.error().details["field"], "params.colour");

  body["params"] = {{"height_mm", 0}};
  spec = parseJobSpec(body, registry());
  ASSERT_FALSE(spec.has_value());
  EXPECT_EQ(spec.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(spec.error().details["parameter"], "height_mm");

  body["params"] = {{"style", "baroque"}};
  EXPECT_EQ(parseJobSpec(body, registry()).error().details["parameter"], "style");

  body["tier"] = "draft";
  body["params"] = {{"max_triangles", 50000}};  // above the draft tier's 12 000
  spec = parseJobSpec(body, registry());
  ASSERT_FALSE(spec.has_value());
  EXPECT_EQ(spec.error().details["parameter"], "max_triangles");
}

TEST(ParseJobSpec, RejectsWebhookUrlsThatAreNotHttp) {
  for (const char* url : {"ftp://example.com/hook", "example.com/hook", "https://", "http:// spaced.example.com",
                          "javascript:alert(1)"}) {
    json body = goodBody();
    body["webhook_url"] = url;
    expectRejected(body, "webhook_url");
  }
}

}  // namespace
}  // namespace kiln::jobs

namespace kiln::jobs {
namespace {

TEST(ParseJobSpec, RenderTakesAModelReferenceAndATierFromItsResolution) {
  auto spec = parseJobSpec({{"kind", "render"}, {"input", {{"model", {{"upload_id", "upl_01ARZ3NDEKTSV4RRFFQ69G5FAV"}}}}},
                            {"params", {{"resolution", "2k"}}}},
                           registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->engine, "render");
  EXPECT_EQ(spec->tier, "high");
  EXPECT_TRUE(spec->outputs.empty());
  spec = parseJobSpec({{"kind", "render"}, {"input", {{"model", {{"job_id", "job_01ARZ3NDEKTSV4RRFFQ69G5FAV"},
                                                                  {"artifact", "model.stl"}}}}}},
                      registry());
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->tier, "standard") << "1k by default";
  EXPECT_EQ(spec->input["model"]["artifact"], "model.stl");
}

TEST(ParseJobSpec, RejectsModelInputsWhereTheyMakeNoSense) {
  const nlohmann::json upload = {{"upload_id", "upl_01ARZ3NDEKTSV4RRFFQ69G5FAV"}};
  auto field = [](const nlohmann::json& body) {
    auto spec = parseJobSpec(body, registry());
    EXPECT_FALSE(spec.has_value()) << body.dump();
    return spec ? std::string() : spec.error().details.value("field", "");
  };
  EXPECT_EQ(field({{"kind", "render"}}), "input.model");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", "upl_x"}}}}), "input.model");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", {{"upload_id", "job_01ARZ3NDEKTSV4RRFFQ69G5FAV"}}}}}}),
            "input.model.upload_id");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", {{"upload_id", "upl_01ARZ3NDEKTSV4RRFFQ69G5FAV"},
                                                            {"job_id", "job_01ARZ3NDEKTSV4RRFFQ69G5FAV"}}}}}}),
            "input.model");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", upload}, {"prompt", "a vase"}}}}), "input.prompt");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", upload}}}, {"outputs", {"glb"}}}), "outputs");
  EXPECT_EQ(field({{"kind", "render"}, {"tier", "draft"}, {"input", {{"model", upload}}}}), "tier");
  EXPECT_EQ(field({{"kind", "render"}, {"input", {{"model", upload}}}, {"params", {{"resolution", "9x"}}}}),
            "params.resolution");
  EXPECT_EQ(field({{"input", {{"prompt", "a vase"}, {"model", upload}}}}), "input.model");
  EXPECT_EQ(field({{"kind", "image_enhance"}, {"input", {{"model", upload}}}}), "input.model");
  EXPECT_EQ(field({{"kind", "image_enhance"}, {"input", {{"images", nlohmann::json::array()}}}}), "input.images");
}

}  // namespace
}  // namespace kiln::jobs
