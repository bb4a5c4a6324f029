// .env files (the dotenv convention: KEY=VALUE lines, optional `export`,
// single quotes literal, double quotes with \n \" \\ escapes, # comments) and
// the flag > environment > .env > default precedence for the server endpoint.
#include <cstdlib>
#include <fstream>
#include <string_view>

#include "client/http_client.h"

namespace kiln::client {
namespace {

constexpr std::string_view kDefaultUrl = "http://127.0.0.1:8080";
constexpr std::string_view kBlanks = " \t\r\n";

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(kBlanks);
  return s.substr(first, last - first + 1);
}

bool isValidKey(std::string_view key) {
  if (key.empty()) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    const bool digit_or_dot = (c >= '0' && c <= '9') || c == '.';
    // A leading digit is allowed (as python-dotenv and docker do): the Studio
    // dialect's key is 3D_AI_STUDIO_API_KEY.
    if (!alpha && !(c >= '0' && c <= '9') && !(i > 0 && digit_or_dot)) return false;
  }
  return true;
}

// Parses the text after '='. Returns false for an unterminated quote, which
// makes the whole line invalid rather than guessing where the value ends.
bool parseValue(std::string_view raw, std::string& value) {
  raw = trim(raw);
  value.clear();
  if (!raw.empty() && (raw.front() == '"' || raw.front() == '\'')) {
    const char quote = raw.front();
    for (size_t i = 1; i < raw.size(); ++i) {
      const char c = raw[i];
      if (c == quote) return true;  // anything after the closing quote is a comment
      if (quote == '"' && c == '\\' && i + 1 < raw.size()) {
        const char next = raw[++i];
        switch (next) {
          case 'n': value += '\n'; break;
          case 't': value += '\t'; break;
          case 'r': value += '\r'; break;
          default: value += next; break;  // \" \\ \$ and anything else: the character itself
        }
        continue;
      }
      value += c;
    }
    return false;
  }
  // Unquoted: a '#' starts a comment only after whitespace (so URLs with
  // fragments and tokens containing '#' survive).
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '#' && (i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '\t')) {
      raw = raw.substr(0, i);
      break;
    }
  }
  value = std::string(trim(raw));
  return true;
}

std::string envOrEmpty(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::string(value) : std::string();
}

}  // namespace

std::map<std::string, std::string> readDotEnv(const std::filesystem::path& path) {
  std::map<std::string, std::string> values;
  std::ifstream in(path, std::ios::binary);
  if (!in) return values;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view rest = trim(line);
    if (rest.empty() || rest.front() == '#') continue;
    if (rest.starts_with("export ") || rest.starts_with("export\t")) rest = trim(rest.substr(7));
    const auto eq = rest.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = trim(rest.substr(0, eq));
    if (!isValidKey(key)) continue;
    std::string value;
    if (!parseValue(rest.substr(eq + 1), value)) continue;
    values[std::string(key)] = std::move(value);  // later lines win, as in a shell
  }
  return values;
}

Endpoint resolveEndpoint(const std::string& url_flag, const std::string& key_flag) {
  Endpoint endpoint{.url = url_flag, .api_key = key_flag};
  if (endpoint.url.empty()) endpoint.url = envOrEmpty("KILN_URL");
  if (endpoint.api_key.empty()) endpoint.api_key = envOrEmpty("KILN_API_KEY");
  if (endpoint.url.empty() || endpoint.api_key.empty()) {
    std::error_code ec;
    const auto cwd = std::filesystem::current_path(ec);
    const auto dotenv = ec ? std::map<std::string, std::string>{} : readDotEnv(cwd / ".env");
    if (endpoint.url.empty()) {
      if (auto it = dotenv.find("KILN_URL"); it != dotenv.end()) endpoint.url = it->second;
    }
    if (endpoint.api_key.empty()) {
      if (auto it = dotenv.find("KILN_API_KEY"); it != dotenv.end()) endpoint.api_key = it->second;
    }
  }
  if (endpoint.url.empty()) endpoint.url = kDefaultUrl;
  while (endpoint.url.size() > 1 && endpoint.url.back() == '/') endpoint.url.pop_back();
  return endpoint;
}

}  // namespace kiln::client
