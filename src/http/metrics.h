#pragma once
// A small Prometheus metrics registry: counters, gauges and histograms with
// labels, rendered in the text exposition format 0.0.4.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace kiln::http {

using Labels = std::vector<std::pair<std::string, std::string>>;

/// Thread-safe. A metric's type is what describe() said, else what the first
/// call implied (increment → counter, setGauge → gauge, observe → histogram).
/// Metric and label names are trusted (code constants); label values are
/// escaped when rendered.
class Metrics {
 public:
  /// Upper bounds (seconds) of the histogram buckets, ascending; +Inf is implied.
  static const std::vector<double>& bucketBounds();

  void increment(const std::string& name, const Labels& labels = {}, double by = 1.0);
  /// Sets the value of a gauge (or of a counter kept elsewhere, published at render time).
  void setGauge(const std::string& name, const Labels& labels, double value);
  /// Records an observation in seconds into buckets 5ms…60s.
  void observe(const std::string& name, const Labels& labels, double seconds);
  /// Replaces a whole histogram series with counts kept elsewhere (the HTTP
  /// server's lock-free counters): `bucket_counts` has one non-cumulative count
  /// per bucketBounds() entry plus one for +Inf.
  void setHistogram(const std::string& name, const Labels& labels,
                    const std::vector<uint64_t>& bucket_counts, double sum, uint64_t count);
  /// HELP text for a metric name.
  void describe(const std::string& name, const std::string& type, const std::string& help);
  /// Called at render time (without the registry lock held) to refresh values
  /// computed elsewhere (queue depth). Callbacks live as long as the registry.
  void onRender(std::function<void(Metrics&)> callback);
  /// Text exposition format 0.0.4, metrics sorted by name.
  std::string renderPrometheus();

 private:
  struct Histogram {
    std::vector<uint64_t> buckets;
    double sum = 0;
    uint64_t count = 0;
  };
  std::mutex mutex_;
  std::map<std::string, std::pair<std::string, std::string>> help_;  // name → type, help
  std::map<std::string, std::map<Labels, double>> values_;
  std::map<std::string, std::map<Labels, Histogram>> histograms_;
  std::vector<std::function<void(Metrics&)>> render_callbacks_;
};

}  // namespace kiln::http
