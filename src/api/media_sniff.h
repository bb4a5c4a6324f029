#pragma once
// Media type detection from the bytes themselves (never from a header).

#include <optional>
#include <string>
#include <string_view>

namespace kiln::api {

/// "image/png", "image/jpeg", "image/webp", "model/gltf-binary", "model/stl",
/// or nullopt when the bytes match none of the accepted types.
std::optional<std::string> sniffMediaType(std::string_view bytes);

/// True for the media types that uploads accept.
bool isAcceptedUploadType(std::string_view media_type);

/// Comma-separated list of accepted types, for error messages.
std::string acceptedUploadTypes();

}  // namespace kiln::api
