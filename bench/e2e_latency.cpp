// End-to-end latency of a draft text → 3D job against a running `kiln serve`:
// POST /v1/jobs with `Prefer: wait=30`, then download the GLB from its signed
// URL. Prints p50/p90/max over N runs. Used by bench/server_bench.sh.
//   kiln_bench_e2e http://127.0.0.1:8080 [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "client/http_client.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kiln_bench_e2e BASE_URL [runs]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 30;
  kiln::client::ClientOptions options;
  options.base_url = argv[1];
  kiln::client::HttpClient http(options);
  const char* prompts[] = {"a glazed ceramic teapot", "a wooden treasure chest", "an oak tree", "a dog", "a barrel",
                           "a blue vase", "a red mushroom", "a chair", "a rock", "a snowman"};
  std::vector<double> ms;
  for (int i = 0; i < runs + 2; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const std::string body = fmt::format(R"({{"tier":"draft","seed":{},"input":{{"prompt":"{}"}}}})", i, prompts[i % 10]);
    auto r = http.request("POST", "/v1/jobs", body, {{"Content-Type", "application/json"}, {"Prefer", "wait=30"}});
    if (!r || r->status != 200) {
      std::fprintf(stderr, "job failed: %s\n", r ? r->body.c_str() : r.error().message.c_str());
      return 1;
    }
    const auto job = nlohmann::json::parse(r->body);
    auto glb = http.request("GET", job["artifacts"][0]["url"].get<std::string>());
    if (!glb || glb->status != 200 || glb->body.substr(0, 4) != "glTF") {
      std::fprintf(stderr, "download failed\n");
      return 1;
    }
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (i >= 2) ms.push_back(elapsed);  // the first two warm up the workers
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))]; };
  fmt::print("e2e draft job (POST with Prefer: wait, then GLB download), {} runs: p50 {:.1f} ms, p90 {:.1f} ms, max {:.1f} ms\n",
             ms.size(), pct(0.5), pct(0.9), ms.back());
  return 0;
}
