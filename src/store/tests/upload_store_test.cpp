#include "store/sqlite/sqlite_upload_store.h"

#include <gtest/gtest.h>

#include "core/clock.h"
#include "store/store.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

UploadRecord slot() {
  UploadRecord r;
  r.workspace_id = "ws_1";
  r.content_type = "image/png";
  r.max_bytes = 1 << 20;
  r.expires_at_ms = nowUnixMs() + 60'000;
  return r;
}

TEST(SqliteUploadStore, CreateGetComplete) {
  testing::TempDir dir;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value()) << stores.error().message;
  auto created = stores->uploads->createUpload(slot());
  ASSERT_TRUE(created.has_value()) << created.error().message;
  EXPECT_TRUE(created->id.starts_with("upl_"));
  EXPECT_FALSE(created->complete);
  auto done = stores->uploads->completeUpload(created->id, std::string(64, 'a'), 123, "image/png");
  ASSERT_TRUE(done.has_value()) << done.error().message;
  EXPECT_TRUE(done->complete);
  auto got = stores->uploads->getUpload(created->id);
  ASSERT_TRUE(got.has_value());
  EXPECT_TRUE(got->complete);
  EXPECT_EQ(got->sha256, std::string(64, 'a'));
  EXPECT_EQ(got->bytes, 123u);
  EXPECT_EQ(got->detected_type, "image/png");
  EXPECT_EQ(got->workspace_id, "ws_1");
}

TEST(SqliteUploadStore, CompletingTwiceIsAConflictAndUnknownIsNotFound) {
  testing::TempDir dir;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  auto created = stores->uploads->createUpload(slot());
  ASSERT_TRUE(created.has_value());
  ASSERT_TRUE(stores->uploads->completeUpload(created->id, std::string(64, 'b'), 1, "image/png").has_value());
  auto again = stores->uploads->completeUpload(created->id, std::string(64, 'c'), 2, "image/png");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stores->uploads->getUpload(created->id)->sha256, std::string(64, 'b'));
  EXPECT_EQ(stores->uploads->getUpload("upl_missing").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(stores->uploads->completeUpload("upl_missing", std::string(64, 'b'), 1, "").error().code,
            ErrorCode::kNotFound);
}

TEST(SqliteUploadStore, RejectsASlotWithoutTypeOrSize) {
  testing::TempDir dir;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  UploadRecord bad = slot();
  bad.content_type.clear();
  EXPECT_EQ(stores->uploads->createUpload(bad).error().code, ErrorCode::kInvalidArgument);
  bad = slot();
  bad.max_bytes = 0;
  EXPECT_EQ(stores->uploads->createUpload(bad).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kiln::store
