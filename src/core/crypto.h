#pragma once
// Hashes, MACs, randomness and encodings (OpenSSL underneath).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiln {

/// Lower-case hex SHA-256 of `data`.
std::string sha256Hex(std::string_view data);
std::string sha256Hex(std::span<const uint8_t> data);

/// Raw 32-byte HMAC-SHA256 of `message` under `key`.
std::string hmacSha256(std::string_view key, std::string_view message);

/// `count` bytes from the OS CSPRNG (RAND_bytes).
std::string randomBytes(size_t count);

/// Base64 (RFC 4648 §4, padded) and base64url (§5, unpadded).
std::string base64Encode(std::string_view data);
std::string base64UrlEncode(std::string_view data);
/// Decodes base64 (standard or url alphabet, padding optional); empty on bad input
/// with ok=false.
std::string base64Decode(std::string_view text, bool* ok = nullptr);

/// Lower-case hex of raw bytes.
std::string toHex(std::string_view data);

/// Compares in time independent of where the inputs differ (CRYPTO_memcmp).
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace kiln
