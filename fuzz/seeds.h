#pragma once
// Seed corpora built in code: a fuzz target calls kiln::fuzz::plantSeeds from
// LLVMFuzzerInitialize with the inputs it knows are valid; they are written
// into the first corpus directory named on the command line when that
// directory is empty (or missing), so `bench/fuzz.sh` and CI only pass an
// empty directory.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::fuzz {

using Seed = std::vector<uint8_t>;

inline Seed seedOf(std::string_view text) { return Seed(text.begin(), text.end()); }

/// Writes `seeds` as seed_<n> files into the first non-flag argument when it
/// names an empty or missing directory; does nothing otherwise.
inline void plantSeeds(int argc, char** argv, const std::vector<Seed>& seeds) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.empty() || arg.front() == '-') continue;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(arg, ec) && !fs::is_directory(arg, ec)) return;  // a single input to replay
    fs::create_directories(arg, ec);
    if (!fs::is_empty(arg, ec)) return;
    for (size_t n = 0; n < seeds.size(); ++n) {
      std::ofstream out(fs::path(arg) / ("seed_" + std::to_string(n)), std::ios::binary);
      out.write(reinterpret_cast<const char*>(seeds[n].data()), static_cast<std::streamsize>(seeds[n].size()));
    }
    return;
  }
}

}  // namespace kiln::fuzz
