#include "accounts/api_key.h"

#include <set>

#include <gtest/gtest.h>

namespace kiln::accounts {
namespace {

TEST(ApiKey, GeneratedKeysAreWellFormedAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const auto key = generateApiKey();
    EXPECT_TRUE(key.starts_with("kiln_live_")) << key;
    EXPECT_EQ(key.size(), 10u + 32u + 1u + 6u) << key;
    EXPECT_TRUE(isWellFormedApiKey(key)) << key;
    EXPECT_TRUE(seen.insert(key).second);
  }
}

TEST(ApiKey, ChecksumRejectsTypos) {
  const auto key = generateApiKey();
  int rejected = 0;
  for (size_t i = 10; i < key.size(); ++i) {
    if (key[i] == '_') continue;
    std::string typo = key;
    typo[i] = key[i] == 'a' ? 'b' : 'a';
    rejected += isWellFormedApiKey(typo) ? 0 : 1;
  }
  EXPECT_EQ(rejected, 38);
  EXPECT_FALSE(isWellFormedApiKey(""));
  EXPECT_FALSE(isWellFormedApiKey("kiln_live_"));
  EXPECT_FALSE(isWellFormedApiKey(key + "x"));
  EXPECT_FALSE(isWellFormedApiKey("tds_live_" + key.substr(10)));
}

TEST(ApiKey, HashIsStableHexAndHintIsTheTail) {
  const auto key = generateApiKey();
  EXPECT_EQ(apiKeyHash(key), apiKeyHash(key));
  EXPECT_EQ(apiKeyHash(key).size(), 64u);
  EXPECT_EQ(apiKeyHash(key).find(key), std::string::npos);
  EXPECT_EQ(apiKeyHint(key), key.substr(key.size() - 4));
}

}  // namespace
}  // namespace kiln::accounts
