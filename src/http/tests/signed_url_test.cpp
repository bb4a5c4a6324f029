#include "http/signed_url.h"

#include <gtest/gtest.h>

#include "http/message.h"

namespace kiln::http {
namespace {

constexpr std::string_view kSecret = "s3cret-key";

struct Parts {
  std::string expires;
  std::string sig;
};

Parts split(const std::string& query) {
  const auto parsed = parseQuery(query);
  return {parsed.find("expires")->second, parsed.find("sig")->second};
}

TEST(SignedUrl, ValidSignatureVerifies) {
  const auto parts = split(signQuery(kSecret, "GET", "/v1/files/abc", 1'000));
  EXPECT_EQ(parts.expires, "1000");
  EXPECT_TRUE(verifySignedQuery(kSecret, "GET", "/v1/files/abc", parts.expires, parts.sig, 999));
  EXPECT_TRUE(verifySignedQuery(kSecret, "GET", "/v1/files/abc", parts.expires, parts.sig, 1'000));
}

TEST(SignedUrl, SignatureIsUrlSafe) {
  const std::string query = signQuery(kSecret, "PUT", "/v1/uploads/x", 1'234'567'890);
  EXPECT_EQ(query.find_first_of("+/= "), query.find('='));  // only the two separators' '='
  EXPECT_EQ(percentEncode(split(query).sig), split(query).sig);
}

TEST(SignedUrl, ExpiredIsNotFound) {
  const auto parts = split(signQuery(kSecret, "GET", "/f", 1'000));
  const auto status = verifySignedQuery(kSecret, "GET", "/f", parts.expires, parts.sig, 1'001);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kNotFound);
}

TEST(SignedUrl, TamperingIsNotFound) {
  const auto parts = split(signQuery(kSecret, "GET", "/f", 5'000));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/g", parts.expires, parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "PUT", "/f", parts.expires, parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", "5001", parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery("other", "GET", "/f", parts.expires, parts.sig, 0));
  std::string flipped = parts.sig;
  flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", parts.expires, flipped, 0));
}

TEST(SignedUrl, MalformedPartsAreNotFound) {
  const auto parts = split(signQuery(kSecret, "GET", "/f", 5'000));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", "", parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", "5000x", parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", "-1", parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", "99999999999999999999999", parts.sig, 0));
  EXPECT_FALSE(verifySignedQuery(kSecret, "GET", "/f", parts.expires, "", 0));
}

}  // namespace
}  // namespace kiln::http
