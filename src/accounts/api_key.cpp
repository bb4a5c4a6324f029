#include "accounts/api_key.h"

#include <cstdint>

#include "core/crypto.h"

namespace kiln::accounts {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kLivePrefix = "kiln_live_";
constexpr std::string_view kTestPrefix = "kiln_test_";
constexpr size_t kRandomChars = 32;
constexpr size_t kChecksumChars = 6;

// 6 base62 digits of the first 32 bits of SHA-256(prefix + random part).
std::string checksum(std::string_view prefixed_random) {
  const std::string digest = sha256Hex(prefixed_random);
  uint64_t value = std::stoull(digest.substr(0, 8), nullptr, 16);
  std::string out(kChecksumChars, '0');
  for (size_t i = kChecksumChars; i-- > 0;) {
    out[i] = kAlphabet[value % kAlphabet.size()];
    value /= kAlphabet.size();
  }
  return out;
}

}  // namespace

std::string generateApiKey() {
  std::string key(kLivePrefix);
  // Rejection sampling keeps every character uniform over the 62 symbols.
  while (key.size() < kLivePrefix.size() + kRandomChars) {
    for (unsigned char byte : randomBytes(48)) {
      if (byte >= 248) continue;  // 248 = 4 × 62
      key.push_back(kAlphabet[byte % kAlphabet.size()]);
      if (key.size() == kLivePrefix.size() + kRandomChars) break;
    }
  }
  return key + "_" + checksum(key);
}

bool isWellFormedApiKey(std::string_view key) {
  if (!key.starts_with(kLivePrefix) && !key.starts_with(kTestPrefix)) return false;
  if (key.size() != kLivePrefix.size() + kRandomChars + 1 + kChecksumChars) return false;
  const auto body = key.substr(kLivePrefix.size());
  for (size_t i = 0; i < body.size(); ++i) {
    if (i == kRandomChars) {
      if (body[i] != '_') return false;
      continue;
    }
    if (kAlphabet.find(body[i]) == std::string_view::npos) return false;
  }
  const auto prefixed_random = key.substr(0, kLivePrefix.size() + kRandomChars);
  return constantTimeEquals(checksum(prefixed_random), key.substr(key.size() - kChecksumChars));
}

std::string apiKeyHash(std::string_view key) { return sha256Hex(key); }

std::string apiKeyHint(std::string_view key) {
  return std::string(key.size() >= 4 ? key.substr(key.size() - 4) : key);
}

}  // namespace kiln::accounts
