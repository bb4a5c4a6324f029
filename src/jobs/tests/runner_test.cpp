#include "jobs/runner.h"

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "engines/render/image.h"
#include "jobs/tests/test_engines.h"
#include "store/file_blob_store.h"

namespace kiln::jobs {
namespace {

class RunJobTest : public ::testing::Test {
 protected:
  RunJobTest()
      : root_(std::filesystem::temp_directory_path() / ("kiln-runner-test-" + toHex(randomBytes(8)))),
        registry_(testing::registryWithTestEngines()) {
    std::filesystem::create_directories(root_);
    blobs_ = std::make_unique<store::FileBlobStore>(root_);
  }
  ~RunJobTest() override { std::filesystem::remove_all(root_); }

  store::JobRecord jobFor(const nlohmann::json& body) {
    auto spec = parseJobSpec(body, registry_);
    EXPECT_TRUE(spec.has_value()) << spec.error().message;
    store::JobRecord job;
    job.id = "job_test";
    job.kind = spec->kind;
    job.engine = spec->engine;
    job.tier = spec->tier;
    job.spec = spec->toJson();
    return job;
  }

  std::filesystem::path root_;
  engines::Registry registry_;
  std::unique_ptr<store::FileBlobStore> blobs_;
};

TEST_F(RunJobTest, DraftTeapotGivesGlbAndStlWithStoredBlobsAndWatertightChecks) {
  const auto job = jobFor({{"kind", "text_to_3d"}, {"tier", "draft"},
                           {"input", {{"prompt", "a glazed ceramic teapot"}}}, {"outputs", {"glb", "stl"}}});
  engines::CallbackContext context;
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context);
  ASSERT_TRUE(outcome.success) << (outcome.error ? outcome.error->message : "");
  ASSERT_EQ(outcome.artifacts.size(), 2u);
  EXPECT_EQ(outcome.artifacts[0].name, "model.glb");
  EXPECT_EQ(outcome.artifacts[0].format, "glb");
  EXPECT_EQ(outcome.artifacts[0].media_type, "model/gltf-binary");
  EXPECT_EQ(outcome.artifacts[1].name, "model.stl");
  EXPECT_EQ(outcome.artifacts[1].format, "stl");
  for (const auto& a : outcome.artifacts) {
    ASSERT_TRUE(blobs_->exists(a.sha256)) << a.name;
    auto bytes = blobs_->get(a.sha256);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(bytes->size(), a.bytes);
    EXPECT_EQ(sha256Hex(*bytes), a.sha256);
  }
  EXPECT_EQ(blobs_->get(outcome.artifacts[0].sha256)->substr(0, 4), "glTF");
  const auto& checks = outcome.result["checks"];
  EXPECT_EQ(checks["watertight"], true);
  EXPECT_EQ(checks["manifold"], true);
  EXPECT_GT(checks["triangles"].get<int>(), 100);
  EXPECT_LE(checks["triangles"].get<int>(), 12000);
  ASSERT_EQ(checks["bbox_mm"].size(), 3u);
  for (const auto& v : checks["bbox_mm"]) EXPECT_GT(v.get<double>(), 1.0);
  EXPECT_EQ(outcome.result["subject"], "teapot");
}

TEST_F(RunJobTest, SucceededModelJobCarriesA512PreviewPng) {
  const auto job = jobFor({{"kind", "text_to_3d"}, {"tier", "draft"},
                           {"input", {{"prompt", "a small red mushroom"}}}, {"outputs", {"glb"}}});
  engines::CallbackContext context;
  geometry::Mesh model;
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context, &model);
  ASSERT_TRUE(outcome.success) << (outcome.error ? outcome.error->message : "");
  ASSERT_EQ(outcome.artifacts.size(), 1u) << "the preview is rendered after delivery";
  ASSERT_GT(model.triangleCount(), 0u);
  auto rendered = renderPreviewArtifact(model, 0, *blobs_);
  ASSERT_TRUE(rendered.has_value()) << rendered.error().message;
  const auto& preview = *rendered;
  EXPECT_EQ(preview.name, "preview.png");
  EXPECT_EQ(preview.format, "png");
  EXPECT_EQ(preview.media_type, "image/png");
  auto bytes = blobs_->get(preview.sha256);
  ASSERT_TRUE(bytes.has_value());
  EXPECT_EQ(bytes->size(), preview.bytes);
  auto image = render::decodeImage(std::vector<uint8_t>(bytes->begin(), bytes->end()));
  ASSERT_TRUE(image.has_value()) << image.error().message;
  EXPECT_EQ(image->width, 512);
  EXPECT_EQ(image->height, 512);
  // The red mushroom is in the picture: some pixels are clearly red.
  size_t red = 0;
  for (size_t i = 0; i + 2 < image->rgb.size(); i += 3) {
    red += image->rgb[i] > 120 && image->rgb[i] > 2 * image->rgb[i + 1] && image->rgb[i] > 2 * image->rgb[i + 2];
  }
  EXPECT_GT(red, 1000u);
}

// A model job's GLB stored as a blob, then a render job reading it (the API
// resolves input.model to the blob; here the test does).
TEST_F(RunJobTest, RenderJobReadsItsModelBlobAndStoresAnImageWithoutAModel) {
  const auto model_job = jobFor({{"tier", "draft"}, {"input", {{"prompt", "a wooden barrel"}}}});
  engines::CallbackContext context;
  const auto made = runJob(model_job, registry_, *blobs_, context);
  ASSERT_TRUE(made.success);
  auto render_job = jobFor({{"kind", "render"},
                            {"input", {{"model", {{"job_id", "job_01ARZ3NDEKTSV4RRFFQ69G5FAV"}}}}},
                            {"params", {{"resolution", "96x64"}, {"samples", 2}}}});
  EXPECT_EQ(render_job.tier, "draft");
  render_job.spec["input"]["model"]["sha256"] = made.artifacts[0].sha256;
  render_job.spec["input"]["model"]["format"] = "glb";
  geometry::Mesh model;
  const auto outcome = runJob(render_job, registry_, *blobs_, context, &model);
  ASSERT_TRUE(outcome.success) << (outcome.error ? outcome.error->message : "");
  EXPECT_EQ(model.triangleCount(), 0u) << "a render hands no model to the preview";
  ASSERT_EQ(outcome.artifacts.size(), 1u);
  EXPECT_EQ(outcome.artifacts[0].name, "render.png");
  auto bytes = blobs_->get(outcome.artifacts[0].sha256);
  ASSERT_TRUE(bytes.has_value());
  auto image = render::decodeImage(std::vector<uint8_t>(bytes->begin(), bytes->end()));
  ASSERT_TRUE(image.has_value());
  EXPECT_EQ(image->width, 96);
  EXPECT_EQ(image->height, 64);
  EXPECT_EQ(outcome.result["summary"]["width"], 96);
}

TEST_F(RunJobTest, RenderOfACorruptModelFailsWithoutRetry) {
  auto job = jobFor({{"kind", "render"}, {"input", {{"model", {{"upload_id", "upl_01ARZ3NDEKTSV4RRFFQ69G5FAV"}}}}},
                     {"params", {{"resolution", "64x64"}}}});
  auto ref = blobs_->put(std::string("glTF\x02\0\0\0") + std::string(40, '\x07'));
  ASSERT_TRUE(ref.has_value());
  job.spec["input"]["model"]["sha256"] = ref->sha256;
  job.spec["input"]["model"]["format"] = "glb";
  engines::CallbackContext context;
  const auto outcome = runJob(job, registry_, *blobs_, context);
  ASSERT_FALSE(outcome.success);
  EXPECT_FALSE(outcome.retryable);
  EXPECT_NE(outcome.error->message.find("cannot be read"), std::string::npos) << outcome.error->message;
  // Unresolved (no blob recorded): refused, not crashed.
  job.spec["input"]["model"].erase("sha256");
  EXPECT_FALSE(runJob(job, registry_, *blobs_, context).success);
}

TEST_F(RunJobTest, GltfAndObjCompanionsAreSeparateArtifacts) {
  const auto job = jobFor({{"kind", "text_to_3d"}, {"tier", "draft"},
                           {"input", {{"prompt", "a wooden barrel"}}}, {"outputs", {"gltf", "obj"}}});
  engines::CallbackContext context;
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context);
  ASSERT_TRUE(outcome.success) << (outcome.error ? outcome.error->message : "");
  std::vector<std::string> names;
  for (const auto& a : outcome.artifacts) names.push_back(a.name);
  EXPECT_EQ(names, (std::vector<std::string>{"model.gltf", "model.bin", "model.obj", "model.mtl"}));
  EXPECT_EQ(outcome.artifacts[1].media_type, "application/octet-stream");
}

// Intake refuses unknown subjects; a job that reaches the runner with one
// anyway (queued before the library changed) fails without retries.
TEST_F(RunJobTest, UnknownSubjectIsANonRetryableFailure) {
  store::JobRecord job = jobFor({{"kind", "text_to_3d"}, {"tier", "draft"}, {"input", {{"prompt", "a vase"}}}});
  job.spec["input"]["prompt"] = "a flurbish zzgronk";
  engines::CallbackContext context;
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context);
  EXPECT_FALSE(outcome.success);
  EXPECT_FALSE(outcome.retryable);
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_EQ(outcome.error->code, ErrorCode::kUnknownSubject);
  EXPECT_TRUE(outcome.artifacts.empty());
}

TEST_F(RunJobTest, AnEngineExceptionBecomesARetryableFailure) {
  const auto job = jobFor({{"kind", "test_explode"}, {"engine", "exploding"}});
  engines::CallbackContext context;
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context);
  EXPECT_FALSE(outcome.success);
  EXPECT_TRUE(outcome.retryable);
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_EQ(outcome.error->code, ErrorCode::kInternal);
  EXPECT_NE(outcome.error->message.find("exploded"), std::string::npos);
}

TEST_F(RunJobTest, ACanceledContextStopsTheRun) {
  const auto job = jobFor({{"kind", "test_endless"}, {"engine", "endless"}});
  engines::CallbackContext context;
  context.cancel();
  const store::Outcome outcome = runJob(job, registry_, *blobs_, context);
  EXPECT_FALSE(outcome.success);
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_EQ(outcome.error->code, ErrorCode::kCanceled);
}

}  // namespace
}  // namespace kiln::jobs
