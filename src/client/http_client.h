#pragma once
// Blocking HTTP client (libcurl) for the CLI and, later, webhooks and remote
// engines.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiln::client {

struct HttpResponse {
  int status = 0;
  std::multimap<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string header(const std::string& name) const;  // first value or ""
};

struct ClientOptions {
  std::string base_url = "http://127.0.0.1:8080";
  std::string api_key;             // sent as "Authorization: Bearer …" when set, and only to
                                   // base_url's origin (never to other hosts' signed URLs)
  int64_t timeout_ms = 60'000;     // whole request; for download and streamEvents, the longest
                                   // silence (no bytes received) before giving up
  int64_t connect_timeout_ms = 10'000;
  std::string user_agent = "kiln-cli/0.1";
  /// Connect only to these numeric addresses, already checked by the caller
  /// (a webhook's target): pinned_host:pinned_port resolves to them without a
  /// lookup (CURLOPT_RESOLVE), no proxy is used, redirects are not followed,
  /// and a connection to any other address is refused before it is opened.
  /// Empty = resolve normally.
  std::vector<std::string> pinned_addresses;
  std::string pinned_host;
  uint16_t pinned_port = 0;
};

/// One client per thread (curl easy handles are not shared). Connections are
/// kept alive between calls on the same client.
class HttpClient {
 public:
  explicit HttpClient(ClientOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  /// `path_or_url` is relative to base_url unless it starts with http:// or https://.
  /// Network failures and time-outs are kUnavailable errors naming the URL;
  /// HTTP error statuses are returned as responses, not errors.
  Result<HttpResponse> request(const std::string& method, const std::string& path_or_url,
                               const std::string& body = {},
                               const std::map<std::string, std::string>& headers = {});
  /// Streams a GET to `path` (written to a temporary file beside it, renamed on
  /// success; the parent directory must exist). Follows redirects. On a non-2xx
  /// status nothing is written and the response carries the error body.
  /// Failures to write are kIo errors.
  Result<HttpResponse> download(const std::string& path_or_url, const std::filesystem::path& path);
  /// Reads a Server-Sent Events stream, calling on_event(event, data) per
  /// event until it returns false or the stream ends (both are success).
  /// A non-2xx status is the error from the body (errorFromResponse); a
  /// response that is not text/event-stream is kUnavailable.
  Status streamEvents(const std::string& path_or_url,
                      const std::function<bool(const std::string& event, const std::string& data)>& on_event);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The Error an HTTP error response stands for: the body's
/// {"error": {"code", "message", "details"}} when present (code mapped back to
/// ErrorCode), else one derived from the status. details gain "status".
Error errorFromResponse(const HttpResponse& response);

/// Resolves the server URL and key: flag, then environment (KILN_URL,
/// KILN_API_KEY), then a .env file in the working directory, then defaults.
struct Endpoint {
  std::string url;
  std::string api_key;
};
/// Empty strings count as unset at every level; trailing slashes are removed from the URL.
Endpoint resolveEndpoint(const std::string& url_flag, const std::string& key_flag);

/// Reads KEY=VALUE lines from a .env file (quotes stripped, # comments). Empty map if absent.
/// Accepts an `export ` prefix and CRLF line ends; double-quoted values
/// understand \n \t \" \\; lines that do not parse are skipped; later lines win.
std::map<std::string, std::string> readDotEnv(const std::filesystem::path& path);

}  // namespace kiln::client
