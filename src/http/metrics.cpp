#include "http/metrics.h"

#include <cmath>

#include <fmt/format.h>

namespace kiln::http {
namespace {

// Prometheus text format 0.0.4: label values escape \, " and newline.
void appendEscaped(std::string& out, const std::string& value) {
  for (const char c : value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out.push_back(c);
    }
  }
}

// HELP text escapes \ and newline only.
std::string escapeHelp(const std::string& help) {
  std::string out;
  for (const char c : help) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string formatValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  return fmt::format("{}", value);
}

// name{a="x",b="y"} — `extra` is appended as one more label (histogram `le`).
void appendSeries(std::string& out, const std::string& name, const Labels& labels,
                  const std::string* extra_name = nullptr, const std::string* extra_value = nullptr) {
  out += name;
  if (labels.empty() && extra_name == nullptr) return;
  out.push_back('{');
  bool first = true;
  for (const auto& [key, value] : labels) {
    if (!first) out.push_back(',');
    first = false;
    out += key;
    out += "=\"";
    appendEscaped(out, value);
    out.push_back('"');
  }
  if (extra_name != nullptr) {
    if (!first) out.push_back(',');
    out += *extra_name;
    out += "=\"";
    appendEscaped(out, *extra_value);
    out.push_back('"');
  }
  out.push_back('}');
}

}  // namespace

const std::vector<double>& Metrics::bucketBounds() {
  static const std::vector<double> kBounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                              1.0,   2.5,  5.0,   10.0, 30.0, 60.0};
  return kBounds;
}

void Metrics::increment(const std::string& name, const Labels& labels, double by) {
  std::lock_guard lock(mutex_);
  help_.try_emplace(name, "counter", "");
  values_[name][labels] += by;
}

void Metrics::setGauge(const std::string& name, const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  help_.try_emplace(name, "gauge", "");
  values_[name][labels] = value;
}

void Metrics::observe(const std::string& name, const Labels& labels, double seconds) {
  const auto& bounds = bucketBounds();
  size_t bucket = 0;
  while (bucket < bounds.size() && seconds > bounds[bucket]) ++bucket;
  std::lock_guard lock(mutex_);
  help_.try_emplace(name, "histogram", "");
  Histogram& histogram = histograms_[name][labels];
  if (histogram.buckets.empty()) histogram.buckets.assign(bounds.size() + 1, 0);
  ++histogram.buckets[bucket];
  histogram.sum += seconds;
  ++histogram.count;
}

void Metrics::setHistogram(const std::string& name, const Labels& labels,
                           const std::vector<uint64_t>& bucket_counts, double sum, uint64_t count) {
  std::lock_guard lock(mutex_);
  help_.try_emplace(name, "histogram", "");
  Histogram& histogram = histograms_[name][labels];
  histogram.buckets = bucket_counts;
  histogram.buckets.resize(bucketBounds().size() + 1, 0);
  histogram.sum = sum;
  histogram.count = count;
}

void Metrics::describe(const std::string& name, const std::string& type, const std::string& help) {
  std::lock_guard lock(mutex_);
  help_[name] = {type, help};
}

void Metrics::onRender(std::function<void(Metrics&)> callback) {
  std::lock_guard lock(mutex_);
  render_callbacks_.push_back(std::move(callback));
}

std::string Metrics::renderPrometheus() {
  std::vector<std::function<void(Metrics&)>> callbacks;
  {
    std::lock_guard lock(mutex_);
    callbacks = render_callbacks_;
  }
  for (auto& callback : callbacks) callback(*this);

  std::lock_guard lock(mutex_);
  std::string out;
  const auto& bounds = bucketBounds();
  static const std::string kLe = "le";
  for (const auto& [name, type_help] : help_) {
    const auto& [type, help] = type_help;
    const auto values = values_.find(name);
    const auto histograms = histograms_.find(name);
    const bool has_values = values != values_.end() && !values->second.empty();
    const bool has_histograms = histograms != histograms_.end() && !histograms->second.empty();
    if (!has_values && !has_histograms) continue;
    if (!help.empty()) out += fmt::format("# HELP {} {}\n", name, escapeHelp(help));
    out += fmt::format("# TYPE {} {}\n", name, type.empty() ? "untyped" : type);
    if (has_values) {
      for (const auto& [labels, value] : values->second) {
        appendSeries(out, name, labels);
        out.push_back(' ');
        out += formatValue(value);
        out.push_back('\n');
      }
    }
    if (has_histograms) {
      const std::string bucket_name = name + "_bucket";
      for (const auto& [labels, histogram] : histograms->second) {
        uint64_t cumulative = 0;
        for (size_t i = 0; i <= bounds.size(); ++i) {
          cumulative += i < histogram.buckets.size() ? histogram.buckets[i] : 0;
          const std::string le = i < bounds.size() ? formatValue(bounds[i]) : "+Inf";
          appendSeries(out, bucket_name, labels, &kLe, &le);
          out += fmt::format(" {}\n", cumulative);
        }
        appendSeries(out, name + "_sum", labels);
        out += " " + formatValue(histogram.sum) + "\n";
        appendSeries(out, name + "_count", labels);
        out += fmt::format(" {}\n", histogram.count);
      }
    }
  }
  return out;
}

}  // namespace kiln::http
