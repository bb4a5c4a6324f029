#include "http/metrics.h"

#include <gtest/gtest.h>

namespace kiln::http {
namespace {

bool contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(Metrics, CounterRendersHelpTypeAndValue) {
  Metrics metrics;
  metrics.describe("kiln_jobs_total", "counter", "Jobs created.");
  metrics.increment("kiln_jobs_total", {{"engine", "sculpt"}});
  metrics.increment("kiln_jobs_total", {{"engine", "sculpt"}}, 2);
  const std::string text = metrics.renderPrometheus();
  EXPECT_TRUE(contains(text, "# HELP kiln_jobs_total Jobs created.\n"));
  EXPECT_TRUE(contains(text, "# TYPE kiln_jobs_total counter\n"));
  EXPECT_TRUE(contains(text, "kiln_jobs_total{engine=\"sculpt\"} 3\n"));
}

TEST(Metrics, LabelValuesAreEscaped) {
  Metrics metrics;
  metrics.setGauge("g", {{"path", "a\"b\\c\nd"}}, 1.5);
  const std::string text = metrics.renderPrometheus();
  EXPECT_TRUE(contains(text, "# TYPE g gauge\n"));
  EXPECT_TRUE(contains(text, "g{path=\"a\\\"b\\\\c\\nd\"} 1.5\n")) << text;
}

TEST(Metrics, HistogramHasCumulativeBucketsSumAndCount) {
  Metrics metrics;
  metrics.observe("lat_seconds", {{"route", "/x"}}, 0.003);
  metrics.observe("lat_seconds", {{"route", "/x"}}, 0.2);
  metrics.observe("lat_seconds", {{"route", "/x"}}, 100.0);
  const std::string text = metrics.renderPrometheus();
  EXPECT_TRUE(contains(text, "# TYPE lat_seconds histogram\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_bucket{route=\"/x\",le=\"0.005\"} 1\n")) << text;
  EXPECT_TRUE(contains(text, "lat_seconds_bucket{route=\"/x\",le=\"0.1\"} 1\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_bucket{route=\"/x\",le=\"0.25\"} 2\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_bucket{route=\"/x\",le=\"60\"} 2\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_bucket{route=\"/x\",le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_sum{route=\"/x\"} 100.203\n"));
  EXPECT_TRUE(contains(text, "lat_seconds_count{route=\"/x\"} 3\n"));
}

TEST(Metrics, UnlabelledSeriesHasNoBraces) {
  Metrics metrics;
  metrics.setGauge("up", {}, 1);
  EXPECT_TRUE(contains(metrics.renderPrometheus(), "\nup 1\n"));
}

TEST(Metrics, RenderCallbacksRefreshValues) {
  Metrics metrics;
  int depth = 4;
  metrics.onRender([&](Metrics& m) { m.setGauge("kiln_queue_depth", {}, depth); });
  EXPECT_TRUE(contains(metrics.renderPrometheus(), "kiln_queue_depth 4\n"));
  depth = 7;
  EXPECT_TRUE(contains(metrics.renderPrometheus(), "kiln_queue_depth 7\n"));
}

TEST(Metrics, EveryLineIsCommentOrSample) {
  Metrics metrics;
  metrics.increment("a_total");
  metrics.observe("b_seconds", {}, 1);
  metrics.setGauge("c", {{"k", "v"}}, -2);
  const std::string text = metrics.renderPrometheus();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    ASSERT_FALSE(line.empty());
    if (line[0] == '#') continue;
    const size_t space = line.rfind(' ');
    ASSERT_NE(space, std::string::npos) << line;
    const std::string value = line.substr(space + 1);
    EXPECT_TRUE(value == "+Inf" || value.find_first_not_of("-0123456789.e+") == std::string::npos) << line;
  }
}

}  // namespace
}  // namespace kiln::http
