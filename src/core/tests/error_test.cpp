#include "core/error.h"

#include <gtest/gtest.h>

#include "core/result.h"

namespace kiln {
namespace {

TEST(Error, EveryCodeMapsToAStatusAndName) {
  EXPECT_EQ(httpStatusFor(ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(httpStatusFor(ErrorCode::kUnknownParameter), 400);
  EXPECT_EQ(httpStatusFor(ErrorCode::kUnprocessable), 422);
  EXPECT_EQ(httpStatusFor(ErrorCode::kRateLimited), 429);
  EXPECT_EQ(errorCodeName(ErrorCode::kUnknownParameter), "unknown_parameter");
}

TEST(Error, JsonBodyHasCodeMessageDetails) {
  const Error e = makeError(ErrorCode::kInvalidArgument, "tier must be draft", {{"parameter", "tier"}});
  const auto j = e.toJson();
  EXPECT_EQ(j["error"]["code"], "invalid_argument");
  EXPECT_EQ(j["error"]["message"], "tier must be draft");
  EXPECT_EQ(j["error"]["details"]["parameter"], "tier");
}

TEST(Result, FailCarriesTheError) {
  auto f = []() -> Result<int> { return fail(ErrorCode::kNotFound, "nope"); };
  const auto r = f();
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kiln
