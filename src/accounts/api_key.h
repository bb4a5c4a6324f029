#pragma once
// API key text: "kiln_live_<32 base62 random>_<6 base62 checksum>"
// (REFERENCES.md "API keys"): a kind prefix that scanners recognise and a
// checksum that lets the server reject a mistyped key without a lookup. The
// server keeps only the SHA-256 of the text.

#include <string>
#include <string_view>

namespace kiln::accounts {

/// A new live key from the OS CSPRNG (~190 bits of randomness).
std::string generateApiKey();

/// True when `key` has the right prefix, length, alphabet and checksum.
/// Says nothing about whether the key exists.
bool isWellFormedApiKey(std::string_view key);

/// Lower-case hex SHA-256 of the key text: what the store keeps and looks up.
std::string apiKeyHash(std::string_view key);

/// The last 4 characters, for listings ("…a1B2").
std::string apiKeyHint(std::string_view key);

}  // namespace kiln::accounts
