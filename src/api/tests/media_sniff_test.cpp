#include "api/media_sniff.h"

#include <gtest/gtest.h>

#include <cstring>

namespace kiln::api {
namespace {

TEST(MediaSniff, RecognisesAcceptedTypesFromBytes) {
  EXPECT_EQ(sniffMediaType(std::string("\x89PNG\r\n\x1a\n....", 12)), "image/png");
  EXPECT_EQ(sniffMediaType(std::string("\xff\xd8\xff\xe0....", 8)), "image/jpeg");
  EXPECT_EQ(sniffMediaType(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), "image/webp");
  EXPECT_EQ(sniffMediaType(std::string("glTF\x02\0\0\0\x0c\0\0\0", 12)), "model/gltf-binary");
  std::string stl(84 + 50, '\0');
  const uint32_t one = 1;
  std::memcpy(stl.data() + 80, &one, 4);
  EXPECT_EQ(sniffMediaType(stl), "model/stl");
}

TEST(MediaSniff, RejectsOtherBytesWhateverTheyClaim) {
  EXPECT_EQ(sniffMediaType(""), std::nullopt);
  EXPECT_EQ(sniffMediaType("<html><body>not an image</body></html>"), std::nullopt);
  EXPECT_EQ(sniffMediaType(std::string("GIF89a", 6)), std::nullopt);
  std::string stl(84 + 50, '\0');
  const uint32_t two = 2;  // claims two facets but holds one
  std::memcpy(stl.data() + 80, &two, 4);
  EXPECT_EQ(sniffMediaType(stl), std::nullopt);
  EXPECT_FALSE(isAcceptedUploadType("text/html"));
  EXPECT_TRUE(isAcceptedUploadType("image/png"));
}

}  // namespace
}  // namespace kiln::api
