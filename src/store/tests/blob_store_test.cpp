#include "store/file_blob_store.h"

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

TEST(FileBlobStore, PutThenGetReturnsTheSameBytes) {
  testing::TempDir dir;
  FileBlobStore blobs(dir.path());
  const std::string data("binary\0data\xff", 12);
  auto ref = blobs.put(data);
  ASSERT_TRUE(ref.has_value()) << ref.error().message;
  EXPECT_EQ(ref->sha256, sha256Hex(data));
  EXPECT_EQ(ref->bytes, data.size());
  EXPECT_TRUE(blobs.exists(ref->sha256));
  auto back = blobs.get(ref->sha256);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, data);
  auto path = blobs.localPath(ref->sha256);
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(*path, dir.path() / ref->sha256.substr(0, 2) / ref->sha256);
}

TEST(FileBlobStore, PutIsIdempotentAndLeavesNoTemporaries) {
  testing::TempDir dir;
  FileBlobStore blobs(dir.path());
  auto a = blobs.put("same bytes");
  auto b = blobs.put("same bytes");
  ASSERT_TRUE(a.has_value() && b.has_value());
  EXPECT_EQ(a->sha256, b->sha256);
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path())) {
    if (entry.is_regular_file()) ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(FileBlobStore, EmptyBlobIsStored) {
  testing::TempDir dir;
  FileBlobStore blobs(dir.path());
  auto ref = blobs.put("");
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(blobs.get(ref->sha256).value(), "");
}

TEST(FileBlobStore, MissingBlobIsNotFound) {
  testing::TempDir dir;
  FileBlobStore blobs(dir.path());
  const std::string key = sha256Hex(std::string_view("never stored"));
  auto got = blobs.get(key);
  ASSERT_FALSE(got.has_value());
  EXPECT_EQ(got.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(blobs.exists(key));
  EXPECT_FALSE(blobs.localPath(key).has_value());
}

TEST(FileBlobStore, RejectsMalformedKeys) {
  testing::TempDir dir;
  FileBlobStore blobs(dir.path());
  auto ref = blobs.put("x");
  ASSERT_TRUE(ref.has_value());
  std::string upper = ref->sha256;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const std::string& key : {std::string(), std::string("abc"), upper, ref->sha256 + "0",
                                 std::string("../") + ref->sha256.substr(3), std::string(64, 'g'),
                                 ref->sha256.substr(0, 2) + "/" + ref->sha256.substr(3)}) {
    auto got = blobs.get(key);
    ASSERT_FALSE(got.has_value()) << key;
    EXPECT_EQ(got.error().code, ErrorCode::kInvalidArgument) << key;
    EXPECT_FALSE(blobs.localPath(key).has_value()) << key;
    EXPECT_FALSE(blobs.exists(key)) << key;
  }
}

}  // namespace
}  // namespace kiln::store
