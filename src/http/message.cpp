#include "http/message.h"

#include <algorithm>

namespace kiln::http {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void Headers::set(std::string_view name, std::string value) {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const auto& entry) { return equalsIgnoreCase(entry.first, name); });
  if (it == entries_.end()) {
    entries_.emplace_back(std::string(name), std::move(value));
    return;
  }
  it->second = std::move(value);
  // Drop any later duplicates so `set` leaves exactly one value.
  const auto first = it - entries_.begin();
  std::erase_if(entries_, [&, index = ptrdiff_t{0}](const auto& entry) mutable {
    const bool duplicate = index > first && equalsIgnoreCase(entry.first, name);
    ++index;
    return duplicate;
  });
}

void Headers::add(std::string_view name, std::string value) {
  entries_.emplace_back(std::string(name), std::move(value));
}

std::optional<std::string> Headers::get(std::string_view name) const {
  for (const auto& [key, value] : entries_) {
    if (equalsIgnoreCase(key, name)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> Request::queryParam(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

Response errorResponse(const Error& error) {
  Response response;
  response.status = httpStatusFor(error.code);
  response.headers.set("Content-Type", "application/json");
  response.body = error.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response jsonResponse(int status, const nlohmann::json& body) {
  Response response;
  response.status = status;
  response.headers.set("Content-Type", "application/json");
  // Replace invalid UTF-8 rather than throwing: handlers may echo user input.
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

std::optional<std::string> percentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = hexValue(text[i + 1]);
      const int low = hexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string percentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                            byte == '_' || byte == '~';
    if (unreserved) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 15]);
    }
  }
  return out;
}

namespace {

// Splits on '&', then each pair on its first '='. `strict` rejects the whole
// query on an invalid escape; otherwise such pairs are dropped.
std::optional<std::multimap<std::string, std::string>> splitQuery(std::string_view raw_query,
                                                                   bool strict) {
  std::multimap<std::string, std::string> out;
  size_t start = 0;
  while (start <= raw_query.size()) {
    size_t end = raw_query.find('&', start);
    if (end == std::string_view::npos) end = raw_query.size();
    const std::string_view pair = raw_query.substr(start, end - start);
    if (!pair.empty()) {
      const size_t eq = pair.find('=');
      const std::string_view raw_key = pair.substr(0, eq);
      const std::string_view raw_value =
          eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
      auto key = percentDecode(raw_key, true);
      auto value = percentDecode(raw_value, true);
      if (key && value) {
        out.emplace(std::move(*key), std::move(*value));
      } else if (strict) {
        return std::nullopt;
      }
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::optional<std::multimap<std::string, std::string>> parseQueryStrict(std::string_view raw_query) {
  return splitQuery(raw_query, true);
}

std::multimap<std::string, std::string> parseQuery(std::string_view raw_query) {
  return *splitQuery(raw_query, false);
}

}  // namespace kiln::http
