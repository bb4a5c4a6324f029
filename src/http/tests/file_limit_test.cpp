// The open-file limit: a server whose limit is smaller than max_connections
// sheds connections with 503 before it runs out of descriptors, instead of
// failing accept() with EMFILE and leaving every new client hanging.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "http/server.h"
#include "http/tests/test_client.h"

namespace kiln::http {
namespace {

using namespace std::chrono_literals;
using testing::get;
using testing::TestClient;

TEST(ConnectionLimit, KeepsAReserveOfDescriptorsBelowTheOpenFileLimit) {
  EXPECT_EQ(connectionLimitFor(20'000, 1'024), 768u);
  EXPECT_EQ(connectionLimitFor(20'000, 1'048'576), 20'000u);
  EXPECT_EQ(connectionLimitFor(100, 1'024), 100u);
  EXPECT_EQ(connectionLimitFor(20'000, 256), 192u);
  EXPECT_EQ(connectionLimitFor(20'000, 64), 32u);
  EXPECT_EQ(connectionLimitFor(20'000, 1), 1u);
}

// Child: a server with the default max_connections (20 000) under an
// open-file limit of 256, until the parent closes `control`.
[[noreturn]] void serveWithSmallFileLimit(int control, int report) {
  rlimit limit{.rlim_cur = 256, .rlim_max = 256};
  if (setrlimit(RLIMIT_NOFILE, &limit) != 0) _exit(2);
  Router router;
  router.add({"GET", "/hello", [](Request&) -> Reply { return jsonResponse(200, {{"ok", true}}); }});
  Metrics metrics;
  ServerOptions options;
  options.port = 0;
  Server server(options, router, metrics);
  const auto port = server.start();
  if (!port) _exit(3);
  if (::write(report, &*port, sizeof(uint16_t)) != sizeof(uint16_t)) _exit(4);
  char byte = 0;
  while (::read(control, &byte, 1) > 0) {
  }
  server.stop(1'000);
  _exit(0);
}

TEST(ConnectionLimit, IdleConnectionsPastTheFileLimitGet503AndNewClientsAreStillAnswered) {
  int control[2];
  int report[2];
  ASSERT_EQ(::pipe(control), 0);
  ASSERT_EQ(::pipe(report), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(control[1]);
    ::close(report[0]);
    serveWithSmallFileLimit(control[0], report[1]);
  }
  ::close(control[0]);
  ::close(report[1]);
  uint16_t port = 0;
  ASSERT_EQ(::read(report[0], &port, sizeof port), static_cast<ssize_t>(sizeof port));

  // More idle connections than the server has descriptors.
  std::vector<std::unique_ptr<TestClient>> idle;
  for (int i = 0; i < 300; ++i) {
    idle.push_back(std::make_unique<TestClient>(port));
    ASSERT_TRUE(idle.back()->connected());
  }
  // A new client gets an answer (503 while the idle ones hold the slots), not silence.
  TestClient fresh(port);
  ASSERT_TRUE(fresh.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
  const auto shed = fresh.read(10'000);
  ASSERT_TRUE(shed) << "the server stopped accepting connections";
  EXPECT_EQ(shed->result_int(), 503);
  EXPECT_FALSE(std::string(shed->base()["Retry-After"]).empty());

  // Once the idle clients leave, requests are served again.
  idle.clear();
  bool served = false;
  for (int i = 0; i < 100 && !served; ++i) {
    TestClient again(port);
    const auto response = again.request(get("/hello"));
    served = response && response->result_int() == 200;
    if (!served) std::this_thread::sleep_for(50ms);
  }
  EXPECT_TRUE(served);

  ::close(control[1]);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

}  // namespace
}  // namespace kiln::http
