#include "store/data_dir_sweep.h"

#include <fstream>

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

namespace fs = std::filesystem;

// What a crash leaves behind: a partial file and a blob written but never
// referred to.
struct Leftovers {
  fs::path partial;
  fs::path stray;
};

Leftovers leaveCrashDebris(const fs::path& dir, Stores& stores) {
  Leftovers out;
  fs::create_directories(dir / "blobs" / "tmp");
  out.partial = dir / "blobs" / "tmp" / "0123456789abcdef.00112233.tmp";
  std::ofstream(out.partial) << "half a glb";
  auto stray = stores.blobs->put("bytes of an attempt that never finished");
  EXPECT_TRUE(stray.has_value());
  out.stray = *stores.blobs->localPath(stray->sha256);
  return out;
}

// A succeeded job with one artifact, an upload, and a job whose input names a blob.
std::vector<fs::path> makeReferencedBlobs(Stores& stores) {
  std::vector<fs::path> kept;
  auto artifact = stores.blobs->put("a finished model");
  auto upload_bytes = stores.blobs->put("an uploaded photo");
  auto input = stores.blobs->put("a model named only in a job's input");
  EXPECT_TRUE(artifact && upload_bytes && input);
  NewJob job{.kind = "text_to_3d", .engine = "sculpt", .tier = "draft",
             .spec = {{"input", {{"model", {{"sha256", input->sha256}}}}}}};
  EXPECT_TRUE(stores.jobs->create(job).has_value());
  job.spec = {{"input", {{"prompt", "a vase"}}}};
  EXPECT_TRUE(stores.jobs->create(job).has_value());
  auto lease = stores.jobs->lease("w", 30'000);
  EXPECT_TRUE(lease && lease->has_value());
  Outcome done{.success = true,
               .artifacts = {{.name = "model.glb", .format = "glb", .media_type = "model/gltf-binary",
                              .bytes = artifact->bytes, .sha256 = artifact->sha256}}};
  EXPECT_TRUE(stores.jobs->finish(**lease, done).has_value());
  UploadRecord record{.content_type = "image/png", .max_bytes = 100, .created_at_ms = 1, .expires_at_ms = 2};
  auto created = stores.uploads->createUpload(record);
  EXPECT_TRUE(created.has_value());
  EXPECT_TRUE(stores.uploads->completeUpload(created->id, upload_bytes->sha256, upload_bytes->bytes, "image/png"));
  for (const auto& ref : {*artifact, *upload_bytes, *input}) kept.push_back(*stores.blobs->localPath(ref.sha256));
  return kept;
}

TEST(DataDirSweep, RemovesPartialFilesAndUnreferencedBlobsAndKeepsEverythingReferredTo) {
  testing::TempDir dir;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value()) << stores.error().message;
  const auto kept = makeReferencedBlobs(*stores);
  const auto debris = leaveCrashDebris(dir.path(), *stores);
  std::ofstream(dir.path() / "blobs" / "README") << "not a blob: left alone";

  auto report = sweepDataDir(*stores, dir.path(), 0);
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->had_directory_to_itself);
  EXPECT_EQ(report->partial_files, 1);
  EXPECT_EQ(report->unreferenced_blobs, 1);
  EXPECT_GT(report->bytes, 0u);
  EXPECT_FALSE(fs::exists(debris.partial));
  EXPECT_FALSE(fs::exists(debris.stray));
  for (const auto& path : kept) EXPECT_TRUE(fs::exists(path)) << path;
  EXPECT_TRUE(fs::exists(dir.path() / "blobs" / "README"));
}

// Another process (here: a second opening) may be between writing a blob and
// committing the row that refers to it, or in the middle of a write.
TEST(DataDirSweep, LeavesBlobsAndFreshPartialFilesAloneWhileAnotherProcessUsesTheDirectory) {
  testing::TempDir dir;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  auto other = openDataDir(dir.path());
  ASSERT_TRUE(other.has_value());
  const auto debris = leaveCrashDebris(dir.path(), *stores);

  auto report = sweepDataDir(*stores, dir.path(), 0);
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_FALSE(report->had_directory_to_itself);
  EXPECT_EQ(report->unreferenced_blobs, 0);
  EXPECT_TRUE(fs::exists(debris.partial));
  EXPECT_TRUE(fs::exists(debris.stray));

  other = fail(ErrorCode::kInternal, "closed");  // the other process exits
  report = sweepDataDir(*stores, dir.path(), 0);
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->had_directory_to_itself);
  EXPECT_FALSE(fs::exists(debris.stray));
  // The sweep gives the lock back: the directory can be opened again.
  EXPECT_TRUE(openDataDir(dir.path()).has_value());
}

}  // namespace
}  // namespace kiln::store
