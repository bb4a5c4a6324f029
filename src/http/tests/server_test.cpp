#include "http/server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "http/tests/test_client.h"

namespace kiln::http {
namespace {

using testing::field;
using testing::get;
using testing::TestClient;
using namespace std::chrono_literals;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add({"GET", "/hello", [](Request&) -> Reply { return jsonResponse(200, {{"hello", "world"}}); }});
    router_.add({"GET", "/items/{id}", [](Request& request) -> Reply {
                   return jsonResponse(200, {{"id", request.path_params.at("id")},
                                             {"q", request.queryParam("q").value_or("")},
                                             {"base_url", request.base_url},
                                             {"request_id", request.request_id}});
                 }});
    router_.add({"DELETE", "/items/{id}", [](Request&) -> Reply { return Response{204, {}, "", ""}; }});
    Route echo{"POST", "/echo", [](Request& request) -> Reply {
                 return jsonResponse(200, {{"body", request.body},
                                           {"content_type", request.headers.get("content-type").value_or("")}});
               }};
    echo.max_body_bytes = 1024;
    router_.add(std::move(echo));
    router_.add({"GET", "/throw", [](Request&) -> Reply { throw std::runtime_error("boom"); }});
    router_.add({"GET", "/limited", [](Request&) -> Reply { return jsonResponse(200, {{"ok", true}}); }});
    router_.add({"GET", "/deferred", [](Request& request) -> Reply {
                   const int64_t ready_at = monotonicMs() + std::stoi(request.queryParam("after_ms").value_or("0"));
                   const int64_t wait_ms = std::stoi(request.queryParam("wait_ms").value_or("1000"));
                   DeferredReply deferred;
                   deferred.poll = [ready_at]() -> std::optional<Response> {
                     if (monotonicMs() < ready_at) return std::nullopt;
                     return jsonResponse(200, {{"state", "done"}});
                   };
                   deferred.on_timeout = [] { return jsonResponse(202, {{"state", "pending"}}); };
                   deferred.deadline_ms = monotonicMs() + wait_ms;
                   deferred.poll_interval_ms = 5;
                   return deferred;
                 }});
    router_.add({"GET", "/events", [](Request&) -> Reply {
                   auto count = std::make_shared<int>(0);
                   StreamReply stream;
                   stream.head.headers.set("Content-Type", "text/event-stream");
                   stream.poll_interval_ms = 5;
                   stream.next = [count]() -> StreamStep {
                     ++*count;
                     if (*count % 2 == 0) return {"", false};  // nothing new this time
                     const int event = *count / 2;
                     return {"data: " + std::to_string(event) + "\n\n", event == 2};
                   };
                   return stream;
                 }});
    router_.add({"GET", "/forever", [this](Request&) -> Reply {
                   StreamReply stream;
                   stream.head.headers.set("Content-Type", "text/event-stream");
                   stream.poll_interval_ms = 5;
                   stream.next = [this]() -> StreamStep {
                     ++forever_polls_;
                     return {"data: tick\n\n", false};
                   };
                   return stream;
                 }});
    router_.add({"GET", "/file", [this](Request&) -> Reply {
                   Response response;
                   response.file_path = file_path_.string();
                   response.headers.set("Content-Type", "model/gltf-binary");
                   return response;
                 }});
    file_path_ = std::filesystem::temp_directory_path() /
                 ("kiln_http_test_" + std::to_string(::getpid()) + "_" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  void TearDown() override {
    if (server_) server_->stop(1'000);
    std::error_code ec;
    std::filesystem::remove(file_path_, ec);
  }

  uint16_t start(ServerOptions options = {}) {
    options.port = 0;
    server_ = std::make_unique<Server>(std::move(options), router_, metrics_);
    auto port = server_->start();
    EXPECT_TRUE(port.has_value());
    EXPECT_NE(*port, 0);
    EXPECT_EQ(server_->port(), *port);
    return *port;
  }

  Router router_;
  Metrics metrics_;
  std::unique_ptr<Server> server_;
  std::filesystem::path file_path_;
  std::atomic<int> forever_polls_{0};
};

nlohmann::json jsonBody(const testing::RawResponse& response) { return nlohmann::json::parse(response.body()); }

TEST_F(ServerTest, JsonRouteAnswersWithStandardHeaders) {
  TestClient client(start());
  const auto response = client.request(get("/hello"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(jsonBody(*response)["hello"], "world");
  EXPECT_EQ(field(*response, "Content-Type"), "application/json");
  EXPECT_EQ(field(*response, "Content-Length"), std::to_string(response->body().size()));
  EXPECT_EQ(field(*response, "Server"), "kiln");
  EXPECT_EQ(field(*response, "X-Content-Type-Options"), "nosniff");
  EXPECT_TRUE(field(*response, "X-Request-Id").starts_with("req_"));
}

TEST_F(ServerTest, PathParamsQueryAndBaseUrlReachTheHandler) {
  const uint16_t port = start();
  TestClient client(port);
  const auto response = client.request(
      "GET /items/a%20b?q=red+chair HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\n\r\n");
  ASSERT_TRUE(response);
  const auto body = jsonBody(*response);
  EXPECT_EQ(body["id"], "a b");
  EXPECT_EQ(body["q"], "red chair");
  EXPECT_EQ(body["base_url"], "http://127.0.0.1:" + std::to_string(port));
}

TEST_F(ServerTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  TestClient client(start());
  const auto missing = client.request(get("/nope"));
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->result_int(), 404);
  EXPECT_EQ(jsonBody(*missing)["error"]["code"], "not_found");

  const auto wrong = client.request("PUT /items/7 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->result_int(), 405);
  EXPECT_EQ(field(*wrong, "Allow"), "DELETE, GET");
  EXPECT_TRUE(jsonBody(*wrong).contains("error"));
}

TEST_F(ServerTest, NoContentHasNoBodyOrLength) {
  TestClient client(start());
  const auto response = client.request("DELETE /items/7 HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 204);
  EXPECT_EQ(field(*response, "Content-Length"), "");
  // The connection is still usable afterwards.
  const auto next = client.request(get("/hello"));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->result_int(), 200);
}

TEST_F(ServerTest, PostBodyReachesHandler) {
  TestClient client(start());
  const auto response = client.request(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello");
  ASSERT_TRUE(response);
  EXPECT_EQ(jsonBody(*response)["body"], "hello");
  EXPECT_EQ(jsonBody(*response)["content_type"], "text/plain");
}

TEST_F(ServerTest, ChunkedBodyWithinLimitIsAccepted) {
  TestClient client(start());
  const auto response = client.request(
      "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(jsonBody(*response)["body"], "abcde");
}

TEST_F(ServerTest, OversizedContentLengthGets413BeforeTheBodyIsSent) {
  TestClient client(start());
  // Only the header is sent: the answer must not wait for 10 MB that never come.
  const auto response =
      client.request("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n", 3'000);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 413);
  EXPECT_EQ(jsonBody(*response)["error"]["code"], "too_large");
  EXPECT_EQ(jsonBody(*response)["error"]["details"]["limit_bytes"], 1024);
  EXPECT_EQ(field(*response, "Connection"), "close");
}

TEST_F(ServerTest, ChunkedBodyGrowingPastTheLimitGets413) {
  TestClient client(start());
  std::string request = "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 5; ++i) request += "200\r\n" + std::string(512, 'x') + "\r\n";
  const auto response = client.request(request, 3'000);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 413);
  EXPECT_EQ(jsonBody(*response)["error"]["code"], "too_large");
}

TEST_F(ServerTest, OversizedHeaderGets431) {
  ServerOptions options;
  options.max_header_bytes = 2'048;
  TestClient client(start(options));
  const auto response = client.request(get("/hello", "X-Big: " + std::string(4'000, 'a') + "\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 431);
  EXPECT_TRUE(jsonBody(*response).contains("error"));
}

TEST_F(ServerTest, MalformedRequestGets400AndClose) {
  TestClient client(start());
  const auto response = client.request("GARBAGE\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 400);
  EXPECT_EQ(jsonBody(*response)["error"]["code"], "invalid_argument");
  EXPECT_TRUE(client.waitClosed(3'000));
}

TEST_F(ServerTest, InvalidPercentEscapeGets400) {
  TestClient client(start());
  const auto in_path = client.request(get("/items/%zz"));
  ASSERT_TRUE(in_path);
  EXPECT_EQ(in_path->result_int(), 400);
  TestClient other(server_->port());
  const auto in_query = other.request(get("/items/1?q=%"));
  ASSERT_TRUE(in_query);
  EXPECT_EQ(in_query->result_int(), 400);
}

TEST_F(ServerTest, ThrowingHandlerGets500AndServerKeepsAnswering) {
  TestClient client(start());
  const auto failed = client.request(get("/throw"));
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->result_int(), 500);
  EXPECT_EQ(jsonBody(*failed)["error"]["code"], "internal");
  EXPECT_EQ(std::string(failed->body()).find("boom"), std::string::npos);  // no internals leak
  const auto next = client.request(get("/hello"));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->result_int(), 200);
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  TestClient client(start());
  for (int i = 0; i < 3; ++i) {
    const auto response = client.request(get("/hello"));
    ASSERT_TRUE(response) << i;
    EXPECT_EQ(response->result_int(), 200);
    EXPECT_TRUE(response->keep_alive());
  }
  EXPECT_EQ(server_->connectionCount(), 1u);
}

TEST_F(ServerTest, ConnectionCloseIsHonoured) {
  TestClient client(start());
  const auto response = client.request(get("/hello", "Connection: close\r\n"));
  ASSERT_TRUE(response);
  EXPECT_EQ(field(*response, "Connection"), "close");
  EXPECT_TRUE(client.waitClosed(3'000));
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  TestClient client(start());
  ASSERT_TRUE(client.send(get("/items/1") + get("/items/2")));
  const auto first = client.read();
  const auto second = client.read();
  ASSERT_TRUE(first && second);
  EXPECT_EQ(jsonBody(*first)["id"], "1");
  EXPECT_EQ(jsonBody(*second)["id"], "2");
}

TEST_F(ServerTest, SaneRequestIdIsEchoedOtherwiseReplaced) {
  TestClient client(start());
  const auto echoed = client.request(get("/items/1", "X-Request-Id: abc.DEF_123-x\r\n"));
  ASSERT_TRUE(echoed);
  EXPECT_EQ(field(*echoed, "X-Request-Id"), "abc.DEF_123-x");
  EXPECT_EQ(jsonBody(*echoed)["request_id"], "abc.DEF_123-x");
  const auto replaced = client.request(get("/items/1", "X-Request-Id: bad id<script>\r\n"));
  ASSERT_TRUE(replaced);
  EXPECT_TRUE(field(*replaced, "X-Request-Id").starts_with("req_"));
  const auto too_long = client.request(get("/items/1", "X-Request-Id: " + std::string(65, 'a') + "\r\n"));
  ASSERT_TRUE(too_long);
  EXPECT_TRUE(field(*too_long, "X-Request-Id").starts_with("req_"));
}

TEST_F(ServerTest, BeforeHookCanShortCircuit) {
  ServerOptions options;
  options.before = [](Request& request) -> std::optional<Response> {
    if (request.path != "/limited") return std::nullopt;
    Response response = errorResponse(makeError(ErrorCode::kRateLimited, "Too many requests."));
    response.headers.set("Retry-After", "7");
    return response;
  };
  TestClient client(start(options));
  const auto limited = client.request(get("/limited"));
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->result_int(), 429);
  EXPECT_EQ(field(*limited, "Retry-After"), "7");
  EXPECT_TRUE(field(*limited, "X-Request-Id").starts_with("req_"));
  const auto other = client.request(get("/hello"));
  ASSERT_TRUE(other);
  EXPECT_EQ(other->result_int(), 200);
}

TEST_F(ServerTest, DeferredReplyCompletesWhenReady) {
  TestClient client(start());
  const auto started = std::chrono::steady_clock::now();
  const auto response = client.request(get("/deferred?after_ms=100&wait_ms=3000"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(jsonBody(*response)["state"], "done");
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_GE(elapsed, 90ms);
  EXPECT_LT(elapsed, 2'000ms);
}

TEST_F(ServerTest, DeferredReplyTimesOut) {
  TestClient client(start());
  const auto response = client.request(get("/deferred?after_ms=100000&wait_ms=150"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 202);
  EXPECT_EQ(jsonBody(*response)["state"], "pending");
}

TEST_F(ServerTest, DeferredReplyDoesNotBlockOtherRequests) {
  ServerOptions options;
  options.threads = 1;  // a blocking wait would starve the only I/O thread
  const uint16_t port = start(options);
  TestClient waiting(port);
  ASSERT_TRUE(waiting.send(get("/deferred?after_ms=800&wait_ms=3000")));
  std::this_thread::sleep_for(50ms);
  TestClient other(port);
  const auto started = std::chrono::steady_clock::now();
  const auto quick = other.request(get("/hello"));
  ASSERT_TRUE(quick);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 400ms);
  const auto slow = waiting.read();
  ASSERT_TRUE(slow);
  EXPECT_EQ(slow->result_int(), 200);
}

TEST_F(ServerTest, EventStreamDeliversEventsThenEnds) {
  TestClient client(start());
  const auto response = client.request(get("/events"));
  ASSERT_TRUE(response);  // close-delimited: complete once the stream ends
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(field(*response, "Content-Type"), "text/event-stream");
  EXPECT_EQ(field(*response, "Content-Length"), "");
  EXPECT_EQ(field(*response, "Cache-Control"), "no-cache");
  EXPECT_TRUE(field(*response, "X-Request-Id").starts_with("req_"));
  EXPECT_EQ(response->body(), "data: 0\n\ndata: 1\n\ndata: 2\n\n");
}

TEST_F(ServerTest, EventStreamStopsWhenTheClientLeaves) {
  const uint16_t port = start();
  {
    TestClient client(port);
    ASSERT_TRUE(client.send(get("/forever")));
    const std::string first = client.readSome();
    EXPECT_NE(first.find("200"), std::string::npos);
  }
  // The server notices the closed socket and stops polling the stream.
  const auto deadline = std::chrono::steady_clock::now() + 3s;
  while (server_->connectionCount() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(server_->connectionCount(), 0u);
  const int polls = forever_polls_.load();
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(forever_polls_.load(), polls);
}

TEST_F(ServerTest, FileResponseStreamsTheFile) {
  std::string content(300'000, '\0');
  for (size_t i = 0; i < content.size(); ++i) content[i] = static_cast<char>(i * 31 % 251);
  std::ofstream(file_path_, std::ios::binary) << content;
  TestClient client(start());
  const auto response = client.request(get("/file"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(field(*response, "Content-Type"), "model/gltf-binary");
  EXPECT_EQ(field(*response, "Content-Length"), "300000");
  EXPECT_TRUE(field(*response, "X-Request-Id").starts_with("req_"));
  EXPECT_EQ(response->body(), content);
  // Keep-alive survives a file response.
  const auto next = client.request(get("/hello"));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->result_int(), 200);
}

TEST_F(ServerTest, VanishedFileIs404) {
  TestClient client(start());
  const auto response = client.request(get("/file"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 404);
  EXPECT_EQ(jsonBody(*response)["error"]["code"], "not_found");
}

TEST_F(ServerTest, SlowHeaderIsClosedAfterHeaderTimeout) {
  ServerOptions options;
  options.header_timeout_ms = 200;
  TestClient client(start(options));
  ASSERT_TRUE(client.send("GET /hello HTTP/1.1\r\n"));
  std::this_thread::sleep_for(100ms);
  ASSERT_TRUE(client.send("X-Slow: 1\r\n"));  // trickling bytes does not extend the deadline
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.waitClosed(3'000));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1'000ms);
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosedAfterIdleTimeout) {
  ServerOptions options;
  options.idle_timeout_ms = 200;
  TestClient client(start(options));
  ASSERT_TRUE(client.request(get("/hello")));
  EXPECT_TRUE(client.waitClosed(3'000));
}

TEST_F(ServerTest, GracefulStopLetsAnInFlightRequestFinish) {
  TestClient client(start());
  ASSERT_TRUE(client.send(get("/deferred?after_ms=300&wait_ms=3000")));
  std::this_thread::sleep_for(50ms);
  TestClient idle(server_->port());
  ASSERT_TRUE(idle.connected());
  std::thread stopper([&] { server_->stop(3'000); });
  const auto response = client.read();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->result_int(), 200);
  EXPECT_EQ(field(*response, "Connection"), "close");
  EXPECT_TRUE(idle.waitClosed(3'000));
  stopper.join();
  server_->wait();
  TestClient late(server_->port());
  EXPECT_FALSE(late.connected() && late.request(get("/hello"), 500));
}

TEST_F(ServerTest, ConnectionsBeyondTheLimitGet503) {
  ServerOptions options;
  options.max_connections = 2;
  const uint16_t port = start(options);
  TestClient a(port);
  TestClient b(port);
  ASSERT_TRUE(a.request(get("/hello")));
  ASSERT_TRUE(b.request(get("/hello")));
  TestClient c(port);
  const auto rejected = c.read(3'000);
  ASSERT_TRUE(rejected);
  EXPECT_EQ(rejected->result_int(), 503);
  EXPECT_EQ(jsonBody(*rejected)["error"]["code"], "unavailable");
  const auto still = a.request(get("/hello"));
  ASSERT_TRUE(still);
  EXPECT_EQ(still->result_int(), 200);
}

TEST_F(ServerTest, MetricsCountRequestsByRoutePattern) {
  TestClient client(start());
  ASSERT_TRUE(client.request(get("/items/1")));
  ASSERT_TRUE(client.request(get("/items/2")));
  ASSERT_TRUE(client.request(get("/missing")));
  // A request is counted when its write completes, which may be just after the client has read it.
  std::string text;
  const auto deadline = std::chrono::steady_clock::now() + 2s;
  do {
    text = metrics_.renderPrometheus();
    if (text.find("status=\"404\"") != std::string::npos) break;
    std::this_thread::sleep_for(5ms);
  } while (std::chrono::steady_clock::now() < deadline);
  EXPECT_NE(text.find("kiln_http_requests_total{method=\"GET\",route=\"/items/{id}\",status=\"200\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("kiln_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("kiln_http_request_duration_seconds_count{route=\"/items/{id}\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("kiln_http_connections 1\n"), std::string::npos);
  EXPECT_EQ(text.find("/items/1"), std::string::npos);  // raw paths never become labels
}

TEST_F(ServerTest, HoldsManyIdleConnectionsWhileAnsweringOthers) {
  constexpr int kIdle = 2'000;
  const uint16_t port = start();
  std::vector<std::unique_ptr<TestClient>> idle;
  idle.reserve(kIdle);
  for (int i = 0; i < kIdle; ++i) {
    idle.push_back(std::make_unique<TestClient>(port));
    ASSERT_TRUE(idle.back()->connected()) << i;
  }
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (server_->connectionCount() < static_cast<size_t>(kIdle) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(server_->connectionCount(), static_cast<size_t>(kIdle));
  TestClient active(port);
  for (int i = 0; i < 20; ++i) {
    const auto started = std::chrono::steady_clock::now();
    const auto response = active.request(get("/hello"));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->result_int(), 200);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 500ms);
  }
  // Some idle connections are still usable.
  const auto late = idle[kIdle / 2]->request(get("/hello"));
  ASSERT_TRUE(late);
  EXPECT_EQ(late->result_int(), 200);
}

TEST_F(ServerTest, BindFailureIsUnavailable) {
  const uint16_t port = start();
  ServerOptions options;
  options.port = port;
  Server second(options, router_, metrics_);
  const auto result = second.start();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace kiln::http
