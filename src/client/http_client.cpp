// HttpClient on a libcurl easy handle.
#include "client/http_client.h"

#include <curl/curl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <mutex>
#include <system_error>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "client/sse_parser.h"
#include "core/clock.h"
#include "core/crypto.h"

namespace kiln::client {
namespace {

// A JSON API response or an error body larger than this is not one we sent
// for; refusing it keeps a misbehaving server from exhausting memory.
constexpr size_t kMaxBodyBytes = 64 * 1024 * 1024;
constexpr size_t kMaxErrorBodyBytes = 1024 * 1024;
constexpr long kMaxRedirects = 5;

std::string lowerCase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool isAbsoluteUrl(std::string_view s) {
  const std::string lower = lowerCase(s.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

// "scheme://host[:port]" of an absolute URL, lower-cased.
std::string originOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const auto path_start = url.find_first_of("/?#", scheme_end + 3);
  return lowerCase(url.substr(0, path_start));
}

bool isSuccess(int status) { return status >= 200 && status < 300; }

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

void appendHeader(SlistPtr& list, const std::string& line) {
  curl_slist* grown = curl_slist_append(list.get(), line.c_str());
  if (grown != nullptr) {
    (void)list.release();  // curl_slist_append returns the same head; keep one owner
    list.reset(grown);
  }
}

// Collects status line and headers. A new status line (after 1xx or a
// redirect) starts over, so the response describes the final hop.
size_t onHeader(char* data, size_t size, size_t count, void* user) {
  auto* response = static_cast<HttpResponse*>(user);
  const size_t bytes = size * count;
  std::string_view line(data, bytes);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  if (line.starts_with("HTTP/")) {
    response->headers.clear();
    const auto space = line.find(' ');
    if (space != std::string_view::npos) {
      int status = 0;
      for (size_t i = space + 1; i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])); ++i) {
        status = status * 10 + (line[i] - '0');
      }
      response->status = status;
    }
    return bytes;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return bytes;
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  response->headers.emplace(lowerCase(line.substr(0, colon)), std::string(value));
  return bytes;
}

struct BodySink {
  std::string* body;
  size_t limit;
  bool overflowed = false;
};

size_t onBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<BodySink*>(user);
  const size_t bytes = size * count;
  if (sink->body->size() + bytes > sink->limit) {
    sink->overflowed = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  sink->body->append(data, bytes);
  return bytes;
}

// A download writes 2xx bodies to the file and keeps anything else (an error
// document) in memory. The status is known by the first body byte.
struct FileSink {
  HttpResponse* response;
  std::FILE* file;
  bool write_failed = false;
  bool overflowed = false;
};

size_t onFileBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<FileSink*>(user);
  const size_t bytes = size * count;
  if (!isSuccess(sink->response->status)) {
    if (sink->response->body.size() + bytes > kMaxErrorBodyBytes) {
      sink->overflowed = true;
      return 0;
    }
    sink->response->body.append(data, bytes);
    return bytes;
  }
  if (std::fwrite(data, 1, bytes, sink->file) != bytes) {
    sink->write_failed = true;
    return 0;
  }
  return bytes;
}

struct EventSink {
  HttpResponse* response;
  SseParser* parser;
  bool is_event_stream = false;
  bool checked = false;
  bool stopped_by_caller = false;
  bool overflowed = false;
};

size_t onEventBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<EventSink*>(user);
  const size_t bytes = size * count;
  if (!sink->checked) {
    sink->checked = true;
    sink->is_event_stream = lowerCase(sink->response->header("content-type")).starts_with("text/event-stream");
  }
  if (!isSuccess(sink->response->status) || !sink->is_event_stream) {
    if (sink->response->body.size() + bytes > kMaxErrorBodyBytes) {
      sink->overflowed = true;
      return 0;
    }
    sink->response->body.append(data, bytes);
    return bytes;
  }
  if (!sink->parser->feed(std::string_view(data, bytes))) {
    sink->stopped_by_caller = true;
    return 0;
  }
  return bytes;
}

// The no-bytes-received limit of download and streamEvents. curl's own
// LOW_SPEED_TIME averages over a several-second window, so it fires seconds
// late; this checks the byte count directly on curl's progress tick (at
// least once a second while idle).
struct IdleWatch {
  int64_t limit_ms = 0;
  int64_t last_activity_ms = 0;
  curl_off_t last_bytes = -1;
  bool fired = false;
};

int onProgress(void* user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
  (void)dltotal;
  (void)ultotal;
  auto* watch = static_cast<IdleWatch*>(user);
  const int64_t now = monotonicMs();
  if (dlnow + ulnow != watch->last_bytes) {
    watch->last_bytes = dlnow + ulnow;
    watch->last_activity_ms = now;
    return 0;
  }
  if (now - watch->last_activity_ms > watch->limit_ms) {
    watch->fired = true;
    return 1;  // aborts with CURLE_ABORTED_BY_CALLBACK
  }
  return 0;
}

std::once_flag curl_init_once;

std::optional<ErrorCode> errorCodeFromName(std::string_view name) {
  constexpr std::array kAll = {
      ErrorCode::kInvalidArgument, ErrorCode::kUnknownParameter, ErrorCode::kUnauthenticated,
      ErrorCode::kPaymentRequired, ErrorCode::kNotFound,         ErrorCode::kConflict,
      ErrorCode::kTooLarge,        ErrorCode::kUnsupportedMedia, ErrorCode::kUnprocessable, ErrorCode::kUnknownSubject,
      ErrorCode::kRateLimited,     ErrorCode::kCanceled,         ErrorCode::kIo,
      ErrorCode::kInternal,        ErrorCode::kUnavailable};
  for (const ErrorCode code : kAll) {
    if (errorCodeName(code) == name) return code;
  }
  return std::nullopt;
}

ErrorCode errorCodeFromStatus(int status) {
  switch (status) {
    case 400: return ErrorCode::kInvalidArgument;
    case 401:
    case 403: return ErrorCode::kUnauthenticated;
    case 402: return ErrorCode::kPaymentRequired;
    case 404:
    case 410: return ErrorCode::kNotFound;
    case 409: return ErrorCode::kConflict;
    case 413: return ErrorCode::kTooLarge;
    case 415: return ErrorCode::kUnsupportedMedia;
    case 422: return ErrorCode::kUnprocessable;
    case 429: return ErrorCode::kRateLimited;
    case 502:
    case 503:
    case 504: return ErrorCode::kUnavailable;
    default: return status >= 400 && status < 500 ? ErrorCode::kInvalidArgument : ErrorCode::kInternal;
  }
}

// The open-socket callback of pinned transfers: only the checked addresses
// get a socket, whatever curl resolved or was redirected to.
curl_socket_t openPinnedSocket(void* clientp, curlsocktype purpose, curl_sockaddr* address) {
  const auto* allowed = static_cast<const std::vector<std::string>*>(clientp);
  if (purpose != CURLSOCKTYPE_IPCXN) return CURL_SOCKET_BAD;
  char text[INET6_ADDRSTRLEN] = {0};
  if (address->family == AF_INET) {
    ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(&address->addr)->sin_addr, text, sizeof text);
  } else if (address->family == AF_INET6) {
    ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(&address->addr)->sin6_addr, text, sizeof text);
  } else {
    return CURL_SOCKET_BAD;
  }
  if (std::find(allowed->begin(), allowed->end(), text) == allowed->end()) return CURL_SOCKET_BAD;
  return ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

// Numeric text in the form inet_ntop writes, so the callback's comparison holds.
std::string canonicalAddress(const std::string& address) {
  unsigned char buf[16];
  char text[INET6_ADDRSTRLEN] = {0};
  if (::inet_pton(AF_INET, address.c_str(), buf) == 1) return ::inet_ntop(AF_INET, buf, text, sizeof text);
  if (::inet_pton(AF_INET6, address.c_str(), buf) == 1) return ::inet_ntop(AF_INET6, buf, text, sizeof text);
  return "";
}

}  // namespace

std::string HttpResponse::header(const std::string& name) const {
  const auto it = headers.find(lowerCase(name));
  return it != headers.end() ? it->second : std::string();
}

Error errorFromResponse(const HttpResponse& response) {
  nlohmann::json details = nlohmann::json::object();
  const auto parsed = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_object() && parsed.contains("error") && parsed["error"].is_object()) {
    const auto& e = parsed["error"];
    if (e.contains("details") && e["details"].is_object()) details = e["details"];
    details["status"] = response.status;
    std::optional<ErrorCode> code;
    if (e.contains("code") && e["code"].is_string()) {
      details["code"] = e["code"];
      code = errorCodeFromName(e["code"].get<std::string>());
    }
    std::string message = e.contains("message") && e["message"].is_string()
                              ? e["message"].get<std::string>()
                              : fmt::format("the server answered HTTP {}", response.status);
    return makeError(code.value_or(errorCodeFromStatus(response.status)), std::move(message),
                     std::move(details));
  }
  details["status"] = response.status;
  std::string snippet = response.body.substr(0, 200);
  std::replace(snippet.begin(), snippet.end(), '\n', ' ');
  std::string message = snippet.empty()
                            ? fmt::format("the server answered HTTP {}", response.status)
                            : fmt::format("the server answered HTTP {}: {}", response.status, snippet);
  return makeError(errorCodeFromStatus(response.status), std::move(message), std::move(details));
}

struct HttpClient::Impl {
  ClientOptions options;
  std::unique_ptr<CURL, CurlDeleter> curl;
  std::vector<std::string> pinned;  // canonical numeric text of options.pinned_addresses
  SlistPtr pinned_resolve;          // "host:port:addr,addr" for CURLOPT_RESOLVE
  std::array<char, CURL_ERROR_SIZE> error_buffer{};
  IdleWatch idle;

  std::string resolve(const std::string& path_or_url) const {
    if (isAbsoluteUrl(path_or_url)) return path_or_url;
    if (path_or_url.empty() || path_or_url.front() != '/') return options.base_url + "/" + path_or_url;
    return options.base_url + path_or_url;
  }

  // Resets the handle (keeping its connection cache) and applies what every
  // transfer shares. `idle_timeout` switches the whole-request limit for a
  // no-bytes-received limit, for streams that legitimately run long.
  SlistPtr prepare(const std::string& url, HttpResponse& response,
                   const std::map<std::string, std::string>& headers, bool idle_timeout) {
    CURL* c = curl.get();
    curl_easy_reset(c);
    error_buffer[0] = '\0';
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer.data());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout_ms));
    idle = IdleWatch{.limit_ms = options.timeout_ms, .last_activity_ms = monotonicMs()};
    if (idle_timeout) {
      curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
      curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &onProgress);
      curl_easy_setopt(c, CURLOPT_XFERINFODATA, &idle);
    } else {
      curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout_ms));
    }
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever curl can decode
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &response);
    if (!options.pinned_addresses.empty()) {
      if (!pinned_resolve) {
        std::vector<std::string> listed;
        for (const auto& a : options.pinned_addresses) {
          const std::string canonical = canonicalAddress(a);
          if (canonical.empty()) continue;
          pinned.push_back(canonical);
          listed.push_back(canonical.find(':') != std::string::npos ? "[" + canonical + "]" : canonical);
        }
        const std::string entry =
            fmt::format("{}:{}:{}", options.pinned_host, options.pinned_port, fmt::join(listed, ","));
        pinned_resolve.reset(curl_slist_append(nullptr, entry.c_str()));
      }
      curl_easy_setopt(c, CURLOPT_RESOLVE, pinned_resolve.get());
      curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
      curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, &openPinnedSocket);
      curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, &pinned);
    }

    SlistPtr list;
    bool has_accept = false;
    for (const auto& [name, value] : headers) {
      appendHeader(list, name + ": " + value);
      if (lowerCase(name) == "accept") has_accept = true;
    }
    if (!has_accept) appendHeader(list, "Accept: application/json");
    // The key goes only to the server it belongs to; signed artifact URLs on
    // another origin carry their own authorisation.
    if (!options.api_key.empty() && originOf(url) == originOf(options.base_url)) {
      appendHeader(list, "Authorization: Bearer " + options.api_key);
    }
    appendHeader(list, "Expect:");  // no 100-continue round trip for small JSON bodies
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list.get());
    return list;
  }

  Error transferError(CURLcode code, const std::string& url) const {
    const std::string reason = error_buffer[0] != '\0' ? std::string(error_buffer.data())
                                                       : std::string(curl_easy_strerror(code));
    nlohmann::json details = {{"url", url}, {"curl_code", static_cast<int>(code)}, {"reason", "network"}};
    if (code == CURLE_ABORTED_BY_CALLBACK && idle.fired) {
      return makeError(ErrorCode::kUnavailable,
                       fmt::format("{} sent nothing for {} ms; gave up", url, options.timeout_ms), std::move(details));
    }
    if (code == CURLE_OPERATION_TIMEDOUT) {
      return makeError(ErrorCode::kUnavailable,
                       fmt::format("no response from {} within {} ms ({})", url, options.timeout_ms, reason),
                       std::move(details));
    }
    if (code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL) {
      details["reason"] = "url";
      return makeError(ErrorCode::kInvalidArgument, fmt::format("bad URL {}: {}", url, reason),
                       std::move(details));
    }
    return makeError(ErrorCode::kUnavailable, fmt::format("cannot reach {}: {}", url, reason),
                     std::move(details));
  }

  void finish(HttpResponse& response) {
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status != 0) response.status = static_cast<int>(status);
  }
};

HttpClient::HttpClient(ClientOptions options) : impl_(std::make_unique<Impl>()) {
  std::call_once(curl_init_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  while (options.base_url.size() > 1 && options.base_url.back() == '/') options.base_url.pop_back();
  impl_->options = std::move(options);
  impl_->curl.reset(curl_easy_init());
}

HttpClient::~HttpClient() = default;

Result<HttpResponse> HttpClient::request(const std::string& method, const std::string& path_or_url,
                                         const std::string& body,
                                         const std::map<std::string, std::string>& headers) {
  if (!impl_->curl) return fail(ErrorCode::kInternal, "libcurl could not create a handle");
  const std::string url = impl_->resolve(path_or_url);
  HttpResponse response;
  std::map<std::string, std::string> all_headers = headers;
  if (!body.empty()) {
    const bool has_type = std::any_of(all_headers.begin(), all_headers.end(),
                                      [](const auto& h) { return lowerCase(h.first) == "content-type"; });
    if (!has_type) all_headers["Content-Type"] = "application/json";
  }
  const SlistPtr list = impl_->prepare(url, response, all_headers, /*idle_timeout=*/false);
  CURL* c = impl_->curl.get();
  BodySink sink{.body = &response.body, .limit = kMaxBodyBytes};
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);

  const std::string upper = [&] {
    std::string m = method;
    std::transform(m.begin(), m.end(), m.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    return m;
  }();
  if (upper == "GET") {
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  } else if (upper == "HEAD") {
    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
  } else {
    // POSTFIELDS with an explicit size sends the body as-is (binary safe, and
    // an empty body is a zero-length POST rather than a read from stdin).
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data());
    if (upper != "POST") curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, upper.c_str());
  }

  const CURLcode code = curl_easy_perform(c);
  if (sink.overflowed) {
    return fail(ErrorCode::kTooLarge, fmt::format("the response from {} is larger than {} bytes", url, kMaxBodyBytes),
                {{"url", url}, {"limit_bytes", kMaxBodyBytes}});
  }
  if (code != CURLE_OK) return fail(impl_->transferError(code, url));
  impl_->finish(response);
  return response;
}

Result<HttpResponse> HttpClient::download(const std::string& path_or_url, const std::filesystem::path& path) {
  if (!impl_->curl) return fail(ErrorCode::kInternal, "libcurl could not create a handle");
  const std::string url = impl_->resolve(path_or_url);
  // The temporary sits beside the target so the final rename stays on one
  // file system and is atomic: readers see the old file or the whole new one.
  const std::filesystem::path temp =
      path.parent_path() / fmt::format(".{}.part-{}", path.filename().string(), toHex(randomBytes(6)));
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(temp.c_str(), "wb"));
  if (!file) {
    return fail(ErrorCode::kIo, fmt::format("cannot write {}: {}", path.string(), std::generic_category().message(errno)),
                {{"path", path.string()}});
  }
  auto remove_temp = [&] {
    file.reset();
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
  };

  HttpResponse response;
  const SlistPtr list = impl_->prepare(url, response, {{"Accept", "*/*"}}, /*idle_timeout=*/true);
  CURL* c = impl_->curl.get();
  FileSink sink{.response = &response, .file = file.get()};
  curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, kMaxRedirects);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onFileBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  const CURLcode code = curl_easy_perform(c);
  if (sink.write_failed) {
    const int saved = errno;
    remove_temp();
    return fail(ErrorCode::kIo, fmt::format("cannot write {}: {}", path.string(), std::generic_category().message(saved)),
                {{"path", path.string()}});
  }
  if (code != CURLE_OK && !sink.overflowed) {
    remove_temp();
    return fail(impl_->transferError(code, url));
  }
  impl_->finish(response);
  if (!isSuccess(response.status)) {
    remove_temp();
    return response;
  }
  const bool flushed = std::fflush(file.get()) == 0;
  const bool closed = std::fclose(file.release()) == 0;
  if (!flushed || !closed) {
    remove_temp();
    return fail(ErrorCode::kIo, fmt::format("cannot write {}", path.string()), {{"path", path.string()}});
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    remove_temp();
    return fail(ErrorCode::kIo, fmt::format("cannot move the download into {}: {}", path.string(), ec.message()),
                {{"path", path.string()}});
  }
  return response;
}

Status HttpClient::streamEvents(const std::string& path_or_url,
                                const std::function<bool(const std::string& event, const std::string& data)>& on_event) {
  if (!impl_->curl) return fail(ErrorCode::kInternal, "libcurl could not create a handle");
  const std::string url = impl_->resolve(path_or_url);
  HttpResponse response;
  SseParser parser(on_event);
  const SlistPtr list = impl_->prepare(
      url, response, {{"Accept", "text/event-stream"}, {"Cache-Control", "no-cache"}}, /*idle_timeout=*/true);
  CURL* c = impl_->curl.get();
  EventSink sink{.response = &response, .parser = &parser};
  curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, nullptr);  // compression would buffer events
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onEventBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  const CURLcode code = curl_easy_perform(c);
  if (sink.stopped_by_caller) return {};
  if (code != CURLE_OK && !sink.overflowed) return fail(impl_->transferError(code, url));
  impl_->finish(response);
  if (!isSuccess(response.status)) return fail(errorFromResponse(response));
  if (sink.checked && !sink.is_event_stream) {
    return fail(ErrorCode::kUnavailable,
                fmt::format("{} did not answer with an event stream (content type '{}')", url,
                            response.header("content-type")),
                {{"url", url}, {"reason", "not_event_stream"}});
  }
  return {};
}

}  // namespace kiln::client
