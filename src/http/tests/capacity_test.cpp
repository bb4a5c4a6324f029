// 10 000 idle keep-alive connections while another client is answered
// promptly. The idle clients live in a child process so that client and
// server sockets do not share one open-file limit. Labelled "slow".
#include <sys/resource.h>
#include <sys/wait.h>

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

constexpr int kIdle = 10'000;

// Child: open kIdle connections, report how many succeeded, hold them until told to go.
[[noreturn]] void holdConnections(int port_fd, int report_fd) {
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_NOFILE, &limit);
  uint16_t port = 0;
  if (::read(port_fd, &port, sizeof(port)) != sizeof(port)) _exit(2);
  std::vector<std::unique_ptr<TestClient>> clients;
  int connected = 0;
  for (int i = 0; i < kIdle; ++i) {
    clients.push_back(std::make_unique<TestClient>(port));
    if (clients.back()->connected()) ++connected;
  }
  if (::write(report_fd, &connected, sizeof(connected)) != sizeof(connected)) _exit(3);
  char go = 0;
  if (::read(port_fd, &go, 1) != 1) _exit(4);
  _exit(0);
}

TEST(ServerCapacity, HoldsTenThousandIdleConnectionsWhileAnsweringOthers) {
  int to_child[2];
  int from_child[2];
  ASSERT_EQ(::pipe(to_child), 0);
  ASSERT_EQ(::pipe(from_child), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) holdConnections(to_child[0], from_child[1]);

  Router router;
  router.add({"GET", "/hello", [](Request&) -> Reply { return jsonResponse(200, {{"ok", true}}); }});
  Metrics metrics;
  ServerOptions options;
  options.port = 0;
  Server server(options, router, metrics);
  const auto port = server.start();
  ASSERT_TRUE(port);
  ASSERT_EQ(::write(to_child[1], &*port, sizeof(uint16_t)), static_cast<ssize_t>(sizeof(uint16_t)));
  int connected = 0;
  ASSERT_EQ(::read(from_child[0], &connected, sizeof(connected)), static_cast<ssize_t>(sizeof(connected)));
  EXPECT_EQ(connected, kIdle);
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (server.connectionCount() < static_cast<size_t>(kIdle) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(server.connectionCount(), static_cast<size_t>(kIdle));

  TestClient active(*port);
  for (int i = 0; i < 50; ++i) {
    const auto started = std::chrono::steady_clock::now();
    const auto response = active.request(get("/hello"));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->result_int(), 200);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 500ms);
  }
  const char go = 1;
  ASSERT_EQ(::write(to_child[1], &go, 1), 1);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  server.stop(1'000);
}

}  // namespace
}  // namespace kiln::http
