#include "client/http_client.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "client/tests/loopback_server.h"

namespace kiln::client {
namespace {

namespace fs = std::filesystem;
using testing::CannedResponse;
using testing::closedPort;
using testing::httpResponse;
using testing::LoopbackServer;
using testing::ReceivedRequest;

ClientOptions optionsFor(const LoopbackServer& server) {
  ClientOptions options;
  options.base_url = server.url();
  options.timeout_ms = 5'000;
  return options;
}

std::string readFile(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return {};
  std::string content(size, '\0');
  std::ifstream(path, std::ios::binary).read(content.data(), static_cast<std::streamsize>(size));
  return content;
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("kiln_http_" + std::to_string(::getpid()) + "_" +
                                                  std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(HttpClient, GetSendsHeadersAndParsesStatusAndHeaders) {
  LoopbackServer server([](const ReceivedRequest&) {
    return CannedResponse{{httpResponse(200, "OK", R"({"ok":true})", {"X-Request-Id: req_1", "Set-Cookie: a=1",
                                                                       "Set-Cookie: b=2"})}};
  });
  ClientOptions options = optionsFor(server);
  options.api_key = "kiln_sk_test";
  HttpClient client(options);
  const auto response = client.request("GET", "/v1/jobs/job_1", {}, {{"X-Trace", "t1"}});
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, R"({"ok":true})");
  EXPECT_EQ(response->header("X-Request-ID"), "req_1");
  EXPECT_EQ(response->header("content-type"), "application/json");
  EXPECT_EQ(response->headers.count("set-cookie"), 2u);

  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "GET");
  EXPECT_EQ(requests[0].target, "/v1/jobs/job_1");
  EXPECT_EQ(requests[0].headers.at("authorization"), "Bearer kiln_sk_test");
  EXPECT_EQ(requests[0].headers.at("x-trace"), "t1");
  EXPECT_EQ(requests[0].headers.at("user-agent"), "kiln-cli/0.1");
}

TEST(HttpClient, PostSendsBodyAndReturnsErrorStatusesAsResponses) {
  LoopbackServer server([](const ReceivedRequest&) {
    return CannedResponse{{httpResponse(
        422, "Unprocessable Entity",
        R"({"error":{"code":"unprocessable","message":"no idea what a 'zorb' is","details":{"word":"zorb"}}})")}};
  });
  HttpClient client(optionsFor(server));
  const std::string body = R"({"kind":"text_to_3d","input":{"prompt":"a zorb"}})";
  const auto response = client.request("POST", "v1/jobs", body);
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->status, 422);

  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].target, "/v1/jobs");
  EXPECT_EQ(requests[0].body, body);
  EXPECT_EQ(requests[0].headers.at("content-type"), "application/json");
  EXPECT_FALSE(requests[0].headers.contains("authorization"));  // no key configured

  const Error error = errorFromResponse(*response);
  EXPECT_EQ(error.code, ErrorCode::kUnprocessable);
  EXPECT_EQ(error.message, "no idea what a 'zorb' is");
  EXPECT_EQ(error.details["word"], "zorb");
  EXPECT_EQ(error.details["status"], 422);
}

TEST(HttpClient, EmptyPostIsZeroLength) {
  LoopbackServer server([](const ReceivedRequest&) { return CannedResponse{{httpResponse(200, "OK", "{}")}}; });
  HttpClient client(optionsFor(server));
  ASSERT_TRUE(client.request("POST", "/v1/jobs/job_1/cancel"));
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].headers.at("content-length"), "0");
}

TEST(HttpClient, ErrorWithoutJsonBodyFallsBackToStatus) {
  HttpResponse response;
  response.status = 502;
  response.body = "<html>bad gateway</html>";
  const Error error = errorFromResponse(response);
  EXPECT_EQ(error.code, ErrorCode::kUnavailable);
  EXPECT_NE(error.message.find("502"), std::string::npos);
}

TEST(HttpClient, KeyIsNotSentToOtherOrigins) {
  LoopbackServer server([](const ReceivedRequest&) { return CannedResponse{{httpResponse(200, "OK", "{}")}}; });
  ClientOptions options;
  options.base_url = "http://localhost:" + std::to_string(server.port());  // same port, other origin
  options.api_key = "secret";
  HttpClient client(options);
  ASSERT_TRUE(client.request("GET", server.url() + "/blob/signed"));
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].target, "/blob/signed");
  EXPECT_FALSE(requests[0].headers.contains("authorization"));
}

TEST(HttpClient, DownloadWritesTheWholeFileThenRenames) {
  std::string payload(300'000, '\0');
  for (size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<char>(i * 31 + 7);
  LoopbackServer server([&](const ReceivedRequest&) {
    const std::string full = httpResponse(200, "OK", payload, {}, "model/gltf-binary");
    // Sent in pieces with pauses, so the transfer is observably in progress.
    const size_t third = full.size() / 3;
    return CannedResponse{{full.substr(0, third), full.substr(third, third), full.substr(2 * third)}, 100};
  });
  TempDir dir;
  const fs::path target = dir.path() / "model.glb";
  std::ofstream(target) << "old";
  HttpClient client(optionsFor(server));

  std::atomic<bool> done = false;
  std::atomic<bool> saw_partial_target = false;
  std::thread watcher([&] {
    while (!done) {
      const std::string now = readFile(target);
      if (now != "old" && now != payload) saw_partial_target = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  const auto response = client.download("/artifacts/model.glb", target);
  done = true;
  watcher.join();
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(readFile(target), payload);
  EXPECT_FALSE(saw_partial_target);
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1u);  // no temporary left behind
}

TEST(HttpClient, FailedDownloadLeavesNoFile) {
  LoopbackServer server([](const ReceivedRequest&) {
    return CannedResponse{{httpResponse(410, "Gone", R"({"error":{"code":"not_found","message":"link expired"}})")}};
  });
  TempDir dir;
  const fs::path target = dir.path() / "model.stl";
  HttpClient client(optionsFor(server));
  const auto response = client.download("/artifacts/model.stl", target);
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->status, 410);
  EXPECT_EQ(errorFromResponse(*response).message, "link expired");
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(HttpClient, StreamEventsParsesMultiLineDataAcrossChunks) {
  LoopbackServer server([](const ReceivedRequest&) {
    const std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
    return CannedResponse{{head, ": hello\n\nevent: status\ndata: {\"id\":\"job_1\",\n", "data: \"status\":\"queued\"}\n\n",
                           "event: status\r\ndata: {\"status\":\"succeeded\"}\r\n\r\n"},
                          20};
  });
  HttpClient client(optionsFor(server));
  std::vector<std::pair<std::string, std::string>> events;
  const auto status = client.streamEvents("/v1/jobs/job_1/events", [&](const std::string& e, const std::string& d) {
    events.emplace_back(e, d);
    return true;
  });
  ASSERT_TRUE(status) << status.error().message;
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].first, "status");
  EXPECT_EQ(events[0].second, "{\"id\":\"job_1\",\n\"status\":\"queued\"}");
  EXPECT_EQ(events[1].second, "{\"status\":\"succeeded\"}");
  EXPECT_EQ(server.requests().at(0).headers.at("accept"), "text/event-stream");
}

TEST(HttpClient, StreamEventsStopsWhenCallbackReturnsFalse) {
  LoopbackServer server([](const ReceivedRequest&) {
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
    return CannedResponse{{head + "data: 1\n\ndata: 2\n\ndata: 3\n\n"}, 0, /*hold_open_ms=*/5'000};
  });
  HttpClient client(optionsFor(server));
  int calls = 0;
  const auto start = std::chrono::steady_clock::now();
  const auto status = client.streamEvents("/events", [&](const std::string&, const std::string&) { return ++calls < 2; });
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(status) << status.error().message;
  EXPECT_EQ(calls, 2);
  EXPECT_LT(elapsed, std::chrono::seconds(3));  // did not wait for the server to hang up
}

TEST(HttpClient, StreamEventsReportsHttpErrorsAndNonStreams) {
  LoopbackServer server([](const ReceivedRequest& r) {
    if (r.target == "/missing") {
      return CannedResponse{{httpResponse(404, "Not Found", R"({"error":{"code":"not_found","message":"no job job_9"}})")}};
    }
    return CannedResponse{{httpResponse(200, "OK", R"({"id":"job_1"})")}};
  });
  HttpClient client(optionsFor(server));
  auto ignore = [](const std::string&, const std::string&) { return true; };
  const auto missing = client.streamEvents("/missing", ignore);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message, "no job job_9");
  const auto not_stream = client.streamEvents("/json", ignore);
  ASSERT_FALSE(not_stream);
  EXPECT_EQ(not_stream.error().code, ErrorCode::kUnavailable);
}

// A pinned request reaches the checked address without looking the name up:
// "pinned.invalid" cannot resolve (RFC 6761), so curl must not have tried.
TEST(HttpClient, PinnedRequestConnectsToTheCheckedAddressWithoutALookup) {
  LoopbackServer server([](const ReceivedRequest&) { return CannedResponse{{httpResponse(200, "OK", "{}")}}; });
  ClientOptions options;
  options.base_url = "http://pinned.invalid:" + std::to_string(server.port());
  options.timeout_ms = 5'000;
  options.pinned_host = "pinned.invalid";
  options.pinned_port = server.port();
  options.pinned_addresses = {"127.0.0.1"};
  HttpClient client(options);
  const auto response = client.request("POST", "/hook", "{}");
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->status, 200);
  ASSERT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(server.requests()[0].headers.at("host"), "pinned.invalid:" + std::to_string(server.port()));
}

// Whatever else the URL names, a pinned client opens no socket to an address
// that was not checked.
TEST(HttpClient, PinnedRequestRefusesToConnectAnywhereElse) {
  LoopbackServer server([](const ReceivedRequest&) { return CannedResponse{{httpResponse(200, "OK", "{}")}}; });
  ClientOptions options;
  options.base_url = server.url();  // 127.0.0.1, not among the pinned addresses
  options.timeout_ms = 5'000;
  options.pinned_host = "hooks.example.com";
  options.pinned_port = server.port();
  options.pinned_addresses = {"93.184.216.34"};
  HttpClient client(options);
  const auto response = client.request("POST", "/hook", "{}");
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::kUnavailable);
  EXPECT_TRUE(server.requests().empty());
}

TEST(HttpClient, ConnectionRefusedIsUnavailableNamingTheUrl) {
  ClientOptions options;
  options.base_url = "http://127.0.0.1:" + std::to_string(closedPort());
  HttpClient client(options);
  const auto response = client.request("GET", "/healthz");
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(response.error().message.find(options.base_url + "/healthz"), std::string::npos)
      << response.error().message;
  EXPECT_EQ(response.error().details["url"], options.base_url + "/healthz");
}

TEST(HttpClient, TimeoutIsHonoured) {
  LoopbackServer server([](const ReceivedRequest&) {
    return CannedResponse{{httpResponse(200, "OK", "{}")}, /*pause_ms=*/3'000};
  });
  ClientOptions options = optionsFor(server);
  options.timeout_ms = 300;
  HttpClient client(options);
  const auto start = std::chrono::steady_clock::now();
  const auto response = client.request("GET", "/slow");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(response.error().message.find("/slow"), std::string::npos);
  EXPECT_GE(elapsed, std::chrono::milliseconds(250));
  EXPECT_LT(elapsed, std::chrono::milliseconds(2'000));
}

TEST(HttpClient, StreamGivesUpAfterSilence) {
  LoopbackServer server([](const ReceivedRequest&) {
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
    return CannedResponse{{head + "data: 1\n\n"}, 0, /*hold_open_ms=*/10'000};
  });
  ClientOptions options = optionsFor(server);
  options.timeout_ms = 1'000;
  HttpClient client(options);
  const auto start = std::chrono::steady_clock::now();
  const auto status = client.streamEvents("/events", [](const std::string&, const std::string&) { return true; });
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kUnavailable);
  EXPECT_GE(elapsed, std::chrono::milliseconds(1'000));
  EXPECT_LT(elapsed, std::chrono::milliseconds(3'500));
}

}  // namespace
}  // namespace kiln::client
