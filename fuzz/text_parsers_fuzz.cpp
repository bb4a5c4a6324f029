// libFuzzer targets for the text parsers of outside input, one per build
// (KILN_FUZZ_TEXT selects): the SSE parser (fed in chunks split where the
// input says), the .env reader, the prompt parser, URL query and percent
// decoding, and the native JobSpec parser on JSON bodies.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz/seeds.h"

#if KILN_FUZZ_TEXT_SSE
#include "client/sse_parser.h"
#elif KILN_FUZZ_TEXT_DOTENV
#include "client/http_client.h"
#elif KILN_FUZZ_TEXT_PROMPT
#include "engines/sculpt/prompt_parser.h"
#include "engines/sculpt/subject_library.h"
#elif KILN_FUZZ_TEXT_QUERY
#include "accounts/webhook_target.h"
#include "http/message.h"
#elif KILN_FUZZ_TEXT_JOB_SPEC
#include "engines/registry.h"
#include "engines/sculpt/subject_library.h"
#include "jobs/job_spec.h"
#endif

namespace {

using kiln::fuzz::seedOf;

std::vector<kiln::fuzz::Seed> seeds() {
#if KILN_FUZZ_TEXT_SSE
  return {seedOf("event: progress\ndata: {\"progress\":0.5}\n\n"), seedOf(": keep-alive\r\n\r\ndata: a\r\ndata: b\r\n\r\n"),
          seedOf("id: 7\nretry: 100\nevent: done\ndata\n\n")};
#elif KILN_FUZZ_TEXT_DOTENV
  return {seedOf("KILN_URL=http://127.0.0.1:8080\nexport KILN_API_KEY=\"kiln_live_x\\n\"\n# comment\r\nA='b c'\n")};
#elif KILN_FUZZ_TEXT_PROMPT
  return {seedOf("a red ceramic teapot, 10cm tall"), seedOf("low-poly oak trees 4 inches high"),
          seedOf("a round glazed table"), seedOf("cartoon snowman wearing a scarf 150 mm"),
          seedOf("a mossy rock with a mushroom on it"), seedOf("a mug of hot chocolate, glazed"),
          seedOf("a knight holding a sword, 32mm tall")};
#elif KILN_FUZZ_TEXT_QUERY
  return {seedOf("limit=20&cursor=am9i&state=queued"), seedOf("a=%41%42+c&b&=x&%zz"),
          seedOf("https://user@[fe80::1%25eth0]:8443/hook?x=1"), seedOf("http://0x7f.1./a")};
#elif KILN_FUZZ_TEXT_JOB_SPEC
  return {seedOf(R"({"kind":"text_to_3d","tier":"draft","input":{"prompt":"a barrel"},"outputs":["glb","stl"],"seed":7})"),
          seedOf(R"({"kind":"image_to_3d","input":{"images":["upl_x"]},"params":{"skip_validation":true}})"),
          seedOf(R"({"kind":"lithophane","params":{"shape":"arc"},"webhook_url":"https://example.com/h","project_id":"p"})"),
          seedOf(R"({"engine":"fault","input":{"prompt":"slow 0.1"}})")};
#else
  return {};
#endif
}

#if KILN_FUZZ_TEXT_JOB_SPEC
const kiln::engines::Registry& registry() {
  static const auto r = kiln::engines::Registry::withBuiltins();
  return r;
}
#endif

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  kiln::fuzz::plantSeeds(*argc, *argv, seeds());
#if KILN_FUZZ_TEXT_PROMPT || KILN_FUZZ_TEXT_JOB_SPEC
  // Loading the whole subject library takes seconds under the sanitizers:
  // here, not inside the first input, where it counts against the timeout.
  (void)kiln::engines::sculpt::SubjectLibrary::current();
#endif
#if KILN_FUZZ_TEXT_JOB_SPEC
  (void)registry();
#endif
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
#if KILN_FUZZ_TEXT_SSE
  // The first byte chooses the chunk size, as a network would split the stream.
  if (text.empty()) return 0;
  const size_t chunk = 1 + static_cast<uint8_t>(text[0]) % 64;
  int events = 0;
  kiln::client::SseParser parser([&](const std::string&, const std::string&) { return ++events < 1000; });
  for (size_t at = 1; at < text.size(); at += chunk) {
    if (!parser.feed(text.substr(at, chunk))) break;
  }
#elif KILN_FUZZ_TEXT_DOTENV
  // readDotEnv reads a file; tmpfs keeps that cheap.
  static const std::filesystem::path path =
      (std::filesystem::is_directory("/dev/shm") ? std::filesystem::path("/dev/shm")
                                                 : std::filesystem::temp_directory_path()) /
      ("kiln-fuzz-dotenv-" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  (void)kiln::client::readDotEnv(path);
#elif KILN_FUZZ_TEXT_PROMPT
  static const auto library = kiln::engines::sculpt::SubjectLibrary::current();
  (void)kiln::engines::sculpt::parsePrompt(text, *library);
  if (text.size() <= 64) (void)kiln::engines::sculpt::suggestSubjects(text, *library, 3);
#elif KILN_FUZZ_TEXT_QUERY
  (void)kiln::http::parseQuery(text);
  (void)kiln::http::parseQueryStrict(text);
  (void)kiln::http::percentDecode(text, true);
  (void)kiln::http::percentEncode(text);
  // Webhook URLs: parsed and checked without any lookup.
  (void)kiln::accounts::resolveWebhookTarget(text, false, {});
#elif KILN_FUZZ_TEXT_JOB_SPEC
  const auto body = nlohmann::json::parse(text, nullptr, false);
  if (!body.is_discarded()) {
    auto spec = kiln::jobs::parseJobSpec(body, registry());
    // What intake stores must read back as the same spec.
    if (spec) (void)kiln::jobs::jobSpecFromJson(spec->toJson());
  }
#endif
  return 0;
}
