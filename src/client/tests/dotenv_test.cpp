#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "client/http_client.h"

namespace kiln::client {
namespace {

namespace fs = std::filesystem;

class DotEnvTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kiln_dotenv_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    old_cwd_ = fs::current_path();
    saved_url_ = save("KILN_URL");
    saved_key_ = save("KILN_API_KEY");
    ::unsetenv("KILN_URL");
    ::unsetenv("KILN_API_KEY");
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    fs::remove_all(dir_);
    restore("KILN_URL", saved_url_);
    restore("KILN_API_KEY", saved_key_);
  }
  fs::path write(const std::string& text, const std::string& name = ".env") {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static std::optional<std::string> save(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr ? std::optional<std::string>(v) : std::nullopt;
  }
  static void restore(const char* name, const std::optional<std::string>& value) {
    if (value) ::setenv(name, value->c_str(), 1); else ::unsetenv(name);
  }

  fs::path dir_;
  fs::path old_cwd_;
  std::optional<std::string> saved_url_, saved_key_;
};

TEST_F(DotEnvTest, MissingFileGivesEmptyMap) {
  EXPECT_TRUE(readDotEnv(dir_ / "nope.env").empty());
}

TEST_F(DotEnvTest, ParsesPlainQuotedAndExportedValues) {
  const auto values = readDotEnv(write(
      "# a comment\n"
      "\n"
      "KILN_URL=http://example.test:9000\n"
      "export KILN_API_KEY=\"kiln_sk_abc def\"\n"
      "SINGLE='single $quoted # kept'\n"
      "LITERAL='a\\nb'\n"
      "ESCAPED=\"line1\\nline2 \\\"q\\\" \\\\\"\n"
      "  SPACED  =   padded value   \n"
      "INLINE=value # trailing comment\n"
      "HASH=abc#def\n"
      "QUOTED_HASH=\"a # b\" # comment after quote\n"
      "EMPTY=\n"));
  EXPECT_EQ(values.at("KILN_URL"), "http://example.test:9000");
  EXPECT_EQ(values.at("KILN_API_KEY"), "kiln_sk_abc def");
  EXPECT_EQ(values.at("SINGLE"), "single $quoted # kept");
  EXPECT_EQ(values.at("LITERAL"), "a\\nb");
  EXPECT_EQ(values.at("ESCAPED"), "line1\nline2 \"q\" \\");
  EXPECT_EQ(values.at("SPACED"), "padded value");
  EXPECT_EQ(values.at("INLINE"), "value");
  EXPECT_EQ(values.at("HASH"), "abc#def");
  EXPECT_EQ(values.at("QUOTED_HASH"), "a # b");
  EXPECT_EQ(values.at("EMPTY"), "");
}

TEST_F(DotEnvTest, HandlesCrlfLineEnds) {
  const auto values = readDotEnv(write("A=1\r\nB=\"two\"\r\n# c\r\nC=three\r\n"));
  EXPECT_EQ(values.at("A"), "1");
  EXPECT_EQ(values.at("B"), "two");
  EXPECT_EQ(values.at("C"), "three");
  EXPECT_EQ(values.size(), 3u);
}

TEST_F(DotEnvTest, SkipsMalformedLinesAndLaterLinesWin) {
  const auto values = readDotEnv(write(
      "no equals sign\n"
      "=novalue\n"
      "-BAD=x\n"
      "UNTERMINATED=\"oops\n"
      "K=first\n"
      "K=second\n"));
  EXPECT_EQ(values.size(), 1u);
  EXPECT_EQ(values.at("K"), "second");
}

TEST_F(DotEnvTest, KeysMayStartWithADigit) {
  const auto values = readDotEnv(write("3D_AI_STUDIO_API_KEY=abc\n.BAD=x\n"));
  EXPECT_EQ(values.size(), 1u);
  EXPECT_EQ(values.at("3D_AI_STUDIO_API_KEY"), "abc");
}

TEST_F(DotEnvTest, EndpointDefaultsWhenNothingIsSet) {
  fs::current_path(dir_);
  const auto endpoint = resolveEndpoint("", "");
  EXPECT_EQ(endpoint.url, "http://127.0.0.1:8080");
  EXPECT_EQ(endpoint.api_key, "");
}

TEST_F(DotEnvTest, EndpointPrecedenceIsFlagThenEnvThenDotEnv) {
  write("KILN_URL=http://dotenv.test\nKILN_API_KEY=dotenv-key\n");
  fs::current_path(dir_);
  EXPECT_EQ(resolveEndpoint("", "").url, "http://dotenv.test");
  EXPECT_EQ(resolveEndpoint("", "").api_key, "dotenv-key");

  ::setenv("KILN_URL", "http://env.test/", 1);
  ::setenv("KILN_API_KEY", "env-key", 1);
  EXPECT_EQ(resolveEndpoint("", "").url, "http://env.test");  // trailing slash removed
  EXPECT_EQ(resolveEndpoint("", "").api_key, "env-key");

  const auto flagged = resolveEndpoint("http://flag.test", "flag-key");
  EXPECT_EQ(flagged.url, "http://flag.test");
  EXPECT_EQ(flagged.api_key, "flag-key");
}

TEST_F(DotEnvTest, EndpointResolvesUrlAndKeyIndependently) {
  write("KILN_API_KEY=dotenv-key\n");
  fs::current_path(dir_);
  ::setenv("KILN_URL", "http://env.test", 1);
  const auto endpoint = resolveEndpoint("", "");
  EXPECT_EQ(endpoint.url, "http://env.test");
  EXPECT_EQ(endpoint.api_key, "dotenv-key");
  ::setenv("KILN_API_KEY", "", 1);  // empty counts as unset
  EXPECT_EQ(resolveEndpoint("", "").api_key, "dotenv-key");
}

}  // namespace
}  // namespace kiln::client
