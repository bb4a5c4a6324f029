#include "core/crypto.h"

#include <gtest/gtest.h>

#include <set>

#include "core/clock.h"
#include "core/id.h"

namespace kiln {
namespace {

TEST(Crypto, Sha256MatchesTheFipsVector) {
  EXPECT_EQ(sha256Hex(std::string_view("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, HmacMatchesRfc4231Case2) {
  EXPECT_EQ(toHex(hmacSha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Crypto, Base64RoundTripsAndRejectsGarbage) {
  EXPECT_EQ(base64Encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64Encode("fo"), "Zm8=");
  EXPECT_EQ(base64UrlEncode("\xfb\xff"), "-_8");
  bool ok = false;
  EXPECT_EQ(base64Decode("Zm8=", &ok), "fo");
  EXPECT_TRUE(ok);
  EXPECT_EQ(base64Decode("-_8", &ok), "\xfb\xff");
  base64Decode("Zm*=", &ok);
  EXPECT_FALSE(ok);
}

TEST(Crypto, ConstantTimeEquals) {
  EXPECT_TRUE(constantTimeEquals("abc", "abc"));
  EXPECT_FALSE(constantTimeEquals("abc", "abd"));
  EXPECT_FALSE(constantTimeEquals("abc", "ab"));
}

TEST(Id, IdsAreWellFormedUniqueAndOrdered) {
  std::string prev;
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const auto id = newId("job");
    EXPECT_TRUE(isWellFormedId(id, "job")) << id;
    EXPECT_GT(id, prev);
    prev = id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 2000u);
  EXPECT_FALSE(isWellFormedId("job_123", "job"));
  EXPECT_FALSE(isWellFormedId("upl_01JD3X5Q8RZ6V0K9YB2M4N7P1C", "job"));
}

TEST(Clock, FormatsRfc3339) { EXPECT_EQ(formatRfc3339(0), "1970-01-01T00:00:00.000Z"); }

}  // namespace
}  // namespace kiln
