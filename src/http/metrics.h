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

/// Thread-safe.
class Metrics {
 public:
  void increment(const std::string& name, const Labels& labels = {}, double by = 1.0);
  void setGauge(const std::string& name, const Labels& labels, double value);
  /// Records an observation in seconds into buckets 5ms…60s.
  void observe(const std::string& name, const Labels& labels, double seconds);
  /// HELP text for a metric name.
  void describe(const std::string& name, const std::string& type, const std::string& help);
  /// Called at render time to refresh gauges computed elsewhere (queue depth).
  void onRender(std::function<void(Metrics&)> callback);
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
