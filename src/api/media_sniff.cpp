#include "api/media_sniff.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace kiln::api {
namespace {
constexpr std::array<std::string_view, 5> kAccepted = {"image/png", "image/jpeg", "image/webp",
                                                       "model/gltf-binary", "model/stl"};
}

std::optional<std::string> sniffMediaType(std::string_view b) {
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return "image/png";
  if (b.size() >= 3 && b.substr(0, 3) == std::string_view("\xff\xd8\xff", 3)) return "image/jpeg";
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return "image/webp";
  if (b.size() >= 12 && b.substr(0, 4) == "glTF") return "model/gltf-binary";
  if (b.size() >= 84) {
    // Binary STL: an 80-byte header, a little-endian count, 50 bytes per facet.
    uint32_t count = 0;
    std::memcpy(&count, b.data() + 80, 4);
    if (static_cast<uint64_t>(count) * 50 + 84 == b.size()) return "model/stl";
  }
  if (b.size() >= 6 && b.substr(0, 6) == "solid " && b.find("facet") != std::string_view::npos) return "model/stl";
  return std::nullopt;
}

bool isAcceptedUploadType(std::string_view media_type) {
  for (auto t : kAccepted) {
    if (t == media_type) return true;
  }
  return false;
}

std::string acceptedUploadTypes() {
  std::string out;
  for (auto t : kAccepted) {
    if (!out.empty()) out += ", ";
    out += t;
  }
  return out;
}

}  // namespace kiln::api
