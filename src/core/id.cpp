#include "core/id.h"

#include <array>
#include <mutex>

#include "core/clock.h"
#include "core/crypto.h"

namespace kiln {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct Generator {
  std::mutex mutex;
  int64_t last_ms = -1;
  std::array<uint8_t, 10> last_random{};
};

Generator& generator() {
  static Generator g;
  return g;
}

}  // namespace

std::string newId(std::string_view prefix) {
  auto& g = generator();
  std::array<uint8_t, 16> bytes{};
  {
    std::lock_guard lock(g.mutex);
    const int64_t ms = nowUnixMs();
    if (ms == g.last_ms) {
      // Same millisecond: increment the random part so order is kept.
      for (int i = 9; i >= 0; --i) {
        if (++g.last_random[static_cast<size_t>(i)] != 0) break;
      }
    } else {
      const std::string r = randomBytes(10);
      for (size_t i = 0; i < 10; ++i) g.last_random[i] = static_cast<uint8_t>(r[i]);
      g.last_ms = ms;
    }
    for (int i = 0; i < 6; ++i) bytes[static_cast<size_t>(i)] = static_cast<uint8_t>(ms >> (40 - 8 * i));
    for (size_t i = 0; i < 10; ++i) bytes[6 + i] = g.last_random[i];
  }
  // 128 bits → 26 base32 characters (the first carries 3 bits).
  std::string out(prefix);
  out += '_';
  unsigned __int128 v = 0;
  for (uint8_t b : bytes) v = (v << 8) | b;
  char text[26];
  for (int i = 25; i >= 0; --i) {
    text[i] = kCrockford[static_cast<unsigned>(v & 31)];
    v >>= 5;
  }
  out.append(text, 26);
  return out;
}

bool isWellFormedId(std::string_view id, std::string_view prefix) {
  if (id.size() != prefix.size() + 1 + 26 || !id.starts_with(prefix) || id[prefix.size()] != '_') return false;
  for (char c : id.substr(prefix.size() + 1)) {
    bool ok = false;
    for (const char* p = kCrockford; *p != '\0'; ++p) ok = ok || *p == c;
    if (!ok) return false;
  }
  return true;
}

}  // namespace kiln
