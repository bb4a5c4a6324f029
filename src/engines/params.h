#pragma once
// Engine parameters: a declared schema (type, range, default) and a
// dictionary of values checked against it. Unknown keys and out-of-range
// values are errors that name the parameter — never silently defaulted
// (pbrt's ParameterDictionary::ReportUnused).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace kiln::engines {

enum class ParamType { kInteger, kNumber, kBoolean, kString, kEnum };

struct ParamSpec {
  std::string name;
  ParamType type = ParamType::kNumber;
  std::string description;
  std::optional<double> min;           // inclusive, for numbers and integers
  std::optional<double> max;           // inclusive
  std::vector<std::string> choices;    // for enums
  size_t max_length = 1000;            // for strings
  nlohmann::json default_value;        // null = no default (parameter absent unless given)

  /// {"name","type","description","minimum","maximum","enum","default"} for catalogs.
  nlohmann::json toJson() const;
};

using ParamSchema = std::vector<ParamSpec>;

/// Validated parameter values: every key is declared, every value in range,
/// defaults filled in.
class ParamValues {
 public:
  ParamValues() = default;
  explicit ParamValues(nlohmann::json values) : values_(std::move(values)) {}

  bool has(const std::string& name) const { return values_.contains(name) && !values_[name].is_null(); }
  double number(const std::string& name, double fallback = 0.0) const;
  int64_t integer(const std::string& name, int64_t fallback = 0) const;
  bool boolean(const std::string& name, bool fallback = false) const;
  std::string string(const std::string& name, const std::string& fallback = {}) const;
  const nlohmann::json& json() const { return values_; }

 private:
  nlohmann::json values_ = nlohmann::json::object();
};

/// Checks `params` (a JSON object) against `schema`. Errors:
/// kInvalidArgument when params is not an object or a value has the wrong
/// type or is out of range (details: parameter, expected, got);
/// kUnknownParameter for an undeclared key (details: parameter, known).
Result<ParamValues> validateParams(const ParamSchema& schema, const nlohmann::json& params);

}  // namespace kiln::engines
