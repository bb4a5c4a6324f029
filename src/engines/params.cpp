#include "engines/params.h"

#include <cmath>

#include <fmt/format.h>

namespace kiln::engines {
namespace {

std::string_view typeName(ParamType type) {
  switch (type) {
    case ParamType::kInteger: return "integer";
    case ParamType::kNumber: return "number";
    case ParamType::kBoolean: return "boolean";
    case ParamType::kString: return "string";
    case ParamType::kEnum: return "string";
  }
  return "string";
}

std::string rangeText(const ParamSpec& spec) {
  if (spec.min && spec.max) return fmt::format("between {:g} and {:g}", *spec.min, *spec.max);
  if (spec.min) return fmt::format("at least {:g}", *spec.min);
  if (spec.max) return fmt::format("at most {:g}", *spec.max);
  return "any value";
}

Status checkValue(const ParamSpec& spec, const nlohmann::json& value) {
  auto wrong_type = [&] {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("parameter '{}' must be a {} (got {})", spec.name, typeName(spec.type),
                            value.type_name()),
                {{"parameter", spec.name}, {"expected", typeName(spec.type)}, {"got", value.type_name()}});
  };
  switch (spec.type) {
    case ParamType::kInteger:
    case ParamType::kNumber: {
      if (!value.is_number()) return wrong_type();
      const double v = value.get<double>();
      if (!std::isfinite(v)) return wrong_type();
      if (spec.type == ParamType::kInteger && !value.is_number_integer() && v != std::floor(v)) {
        return wrong_type();
      }
      if ((spec.min && v < *spec.min) || (spec.max && v > *spec.max)) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("parameter '{}' is {:g}; it must be {}", spec.name, v, rangeText(spec)),
                    {{"parameter", spec.name}, {"minimum", spec.min.value_or(-INFINITY)},
                     {"maximum", spec.max.value_or(INFINITY)}, {"got", v}});
      }
      return {};
    }
    case ParamType::kBoolean:
      if (!value.is_boolean()) return wrong_type();
      return {};
    case ParamType::kString:
      if (!value.is_string()) return wrong_type();
      if (value.get_ref<const std::string&>().size() > spec.max_length) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("parameter '{}' is longer than {} characters", spec.name, spec.max_length),
                    {{"parameter", spec.name}, {"max_length", spec.max_length}});
      }
      return {};
    case ParamType::kEnum: {
      if (!value.is_string()) return wrong_type();
      const auto& s = value.get_ref<const std::string&>();
      for (const auto& c : spec.choices) {
        if (c == s) return {};
      }
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("parameter '{}' is '{}'; it must be one of: {}", spec.name, s,
                              fmt::join(spec.choices, ", ")),
                  {{"parameter", spec.name}, {"allowed", spec.choices}, {"got", s}});
    }
  }
  return {};
}

}  // namespace

nlohmann::json ParamSpec::toJson() const {
  nlohmann::json j = {{"name", name}, {"type", typeName(type)}, {"description", description}};
  if (min) j["minimum"] = *min;
  if (max) j["maximum"] = *max;
  if (type == ParamType::kEnum) j["enum"] = choices;
  if (!default_value.is_null()) j["default"] = default_value;
  return j;
}

double ParamValues::number(const std::string& name, double fallback) const {
  return has(name) ? values_[name].get<double>() : fallback;
}
int64_t ParamValues::integer(const std::string& name, int64_t fallback) const {
  return has(name) ? static_cast<int64_t>(values_[name].get<double>()) : fallback;
}
bool ParamValues::boolean(const std::string& name, bool fallback) const {
  return has(name) ? values_[name].get<bool>() : fallback;
}
std::string ParamValues::string(const std::string& name, const std::string& fallback) const {
  return has(name) ? values_[name].get<std::string>() : fallback;
}

Result<ParamValues> validateParams(const ParamSchema& schema, const nlohmann::json& params) {
  if (!params.is_null() && !params.is_object()) {
    return fail(ErrorCode::kInvalidArgument, "params must be a JSON object of name: value pairs",
                {{"got", params.type_name()}});
  }
  nlohmann::json values = nlohmann::json::object();
  if (params.is_object()) {
    for (const auto& [key, value] : params.items()) {
      const ParamSpec* spec = nullptr;
      for (const auto& s : schema) {
        if (s.name == key) spec = &s;
      }
      if (spec == nullptr) {
        std::vector<std::string> known;
        for (const auto& s : schema) known.push_back(s.name);
        return fail(ErrorCode::kUnknownParameter,
                    fmt::format("unknown parameter '{}'; this engine accepts: {}", key,
                                known.empty() ? std::string("no parameters") : fmt::format("{}", fmt::join(known, ", "))),
                    {{"parameter", key}, {"known", known}});
      }
      if (auto ok = checkValue(*spec, value); !ok) return fail(ok.error());
      values[key] = value;
    }
  }
  for (const auto& s : schema) {
    if (!values.contains(s.name) && !s.default_value.is_null()) values[s.name] = s.default_value;
  }
  return ParamValues(std::move(values));
}

}  // namespace kiln::engines
