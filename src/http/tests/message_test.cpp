#include "http/message.h"

#include <gtest/gtest.h>

namespace kiln::http {
namespace {

TEST(Headers, LookupIgnoresCase) {
  Headers headers;
  headers.set("Content-Type", "text/plain");
  EXPECT_EQ(headers.get("content-type"), "text/plain");
  EXPECT_TRUE(headers.has("CONTENT-TYPE"));
  EXPECT_FALSE(headers.has("Content-Length"));
}

TEST(Headers, SetReplacesAndAddKeepsEarlierValues) {
  Headers headers;
  headers.add("Vary", "a");
  headers.add("vary", "b");
  EXPECT_EQ(headers.get("Vary"), "a");
  EXPECT_EQ(headers.all().size(), 2u);
  headers.set("VARY", "c");
  EXPECT_EQ(headers.all().size(), 1u);
  EXPECT_EQ(headers.get("vary"), "c");
}

TEST(PercentDecode, DecodesEscapesAndPlusOnlyInQueries) {
  EXPECT_EQ(percentDecode("a%20b%2Fc", false), "a b/c");
  EXPECT_EQ(percentDecode("a+b", false), "a+b");
  EXPECT_EQ(percentDecode("a+b", true), "a b");
  EXPECT_EQ(percentDecode("%e2%9C%93", false), "\xE2\x9C\x93");
}

TEST(PercentDecode, RejectsInvalidEscapes) {
  EXPECT_FALSE(percentDecode("%", false));
  EXPECT_FALSE(percentDecode("%2", false));
  EXPECT_FALSE(percentDecode("abc%", false));
  EXPECT_FALSE(percentDecode("%zz", false));
  EXPECT_FALSE(percentDecode("%2g", false));
}

TEST(PercentEncode, RoundTripsArbitraryBytes) {
  const std::string raw("a b/c?d=e&f\x01\xff~._-", 17);
  const std::string encoded = percentEncode(raw);
  EXPECT_EQ(encoded.find_first_of(" /?=&"), std::string::npos);
  EXPECT_EQ(percentDecode(encoded, false), raw);
  EXPECT_EQ(percentEncode("AZaz09-._~"), "AZaz09-._~");
}

TEST(ParseQuery, HandlesRepeatsBareKeysAndEmptyPairs) {
  const auto query = parseQuery("limit=2&&tag=a&tag=b&catalog&q=red+chair&e=&=v");
  EXPECT_EQ(query.count("tag"), 2u);
  auto range = query.equal_range("tag");
  EXPECT_EQ(range.first->second, "a");
  EXPECT_EQ(std::next(range.first)->second, "b");
  EXPECT_EQ(query.find("catalog")->second, "");
  EXPECT_EQ(query.find("q")->second, "red chair");
  EXPECT_EQ(query.find("e")->second, "");
  EXPECT_EQ(query.find("")->second, "v");
  EXPECT_EQ(query.find("limit")->second, "2");
}

TEST(ParseQuery, ValueMayContainEquals) {
  const auto query = parseQuery("sig=abc==&x=%3D");
  EXPECT_EQ(query.find("sig")->second, "abc==");
  EXPECT_EQ(query.find("x")->second, "=");
}

TEST(ParseQuery, EmptyQueryIsEmpty) {
  EXPECT_TRUE(parseQuery("").empty());
  EXPECT_TRUE(parseQuery("&&&").empty());
}

TEST(ParseQuery, StrictRejectsInvalidEscapesLenientDropsThem) {
  EXPECT_FALSE(parseQueryStrict("a=1&b=%zz"));
  const auto lenient = parseQuery("a=1&b=%zz");
  EXPECT_EQ(lenient.size(), 1u);
  EXPECT_TRUE(parseQueryStrict("a=%41"));
}

TEST(Request, QueryParamReturnsFirstValue) {
  Request request;
  request.query = parseQuery("a=1&a=2");
  EXPECT_EQ(request.queryParam("a"), "1");
  EXPECT_FALSE(request.queryParam("b"));
}

TEST(ErrorResponse, UsesMappedStatusAndJsonShape) {
  const Response response = errorResponse(makeError(ErrorCode::kRateLimited, "slow down", {{"retry_after_s", 3}}));
  EXPECT_EQ(response.status, 429);
  EXPECT_EQ(response.headers.get("Content-Type"), "application/json");
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["error"]["code"], "rate_limited");
  EXPECT_EQ(body["error"]["message"], "slow down");
  EXPECT_EQ(body["error"]["details"]["retry_after_s"], 3);
}

TEST(JsonResponse, ToleratesInvalidUtf8) {
  const Response response = jsonResponse(201, {{"name", std::string("bad\xff")}});
  EXPECT_EQ(response.status, 201);
  EXPECT_NO_THROW((void)nlohmann::json::parse(response.body));
}

}  // namespace
}  // namespace kiln::http
