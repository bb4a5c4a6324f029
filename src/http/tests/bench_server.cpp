// A server with one small JSON route, for load tests against nginx:
//   kiln_http_bench_server [port] [threads]
//   wrk -t2 -c64 -d5s http://127.0.0.1:PORT/v1/ping
// Runs until SIGINT/SIGTERM, then prints the rendered metrics line count.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <spdlog/spdlog.h>

#include "http/server.h"

int main(int argc, char** argv) {
  using namespace kiln::http;
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // I/O threads inherit the mask

  Router router;
  router.add({"GET", "/v1/ping", [](Request&) -> Reply { return jsonResponse(200, {{"ok", true}, {"service", "kiln"}}); }});
  Metrics metrics;
  ServerOptions options;
  options.port = static_cast<uint16_t>(argc > 1 ? std::atoi(argv[1]) : 8080);
  options.threads = argc > 2 ? std::atoi(argv[2]) : 2;
  Server server(options, router, metrics);
  const auto port = server.start();
  if (!port) {
    std::cerr << port.error().message << "\n";
    return 1;
  }
  std::cout << "listening on " << *port << std::endl;
  int signal_number = 0;
  sigwait(&signals, &signal_number);
  server.stop(2'000);
  std::cout << metrics.renderPrometheus();
  return 0;
}
