#include "formats/formats.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <system_error>

#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
  std::string_view media_type;
};

constexpr FormatInfo kFormats[] = {
    {Format::kGlb, "glb", ".glb", "model/gltf-binary"},
    {Format::kGltf, "gltf", ".gltf", "model/gltf+json"},
    {Format::kObj, "obj", ".obj", "model/obj"},
    {Format::kStl, "stl", ".stl", "model/stl"},
    {Format::kThreeMf, "3mf", ".3mf", "model/3mf"},
    {Format::kPly, "ply", ".ply", "application/ply"},
};

const FormatInfo& infoFor(Format format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info;
  }
  return kFormats[0];
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Reads a whole file, refusing files larger than `max_bytes` before allocating.
Result<std::vector<uint8_t>> readFile(const std::filesystem::path& path, size_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    return fail(ErrorCode::kNotFound, "cannot read model file: " + ec.message(),
                {{"path", path.string()}});
  }
  if (size > max_bytes) {
    return fail(ErrorCode::kTooLarge, "model file is larger than the read limit",
                {{"path", path.string()}, {"bytes", size}, {"limit", max_bytes}});
  }
  std::ifstream in(path, std::ios::binary);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
    return fail(ErrorCode::kIo, "cannot read model file", {{"path", path.string()}});
  }
  return bytes;
}

Status writeFile(const std::filesystem::path& path, const std::vector<uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    return fail(ErrorCode::kIo, "cannot write model file", {{"path", path.string()}});
  }
  return {};
}

std::vector<uint8_t> toBytes(std::string_view text) { return {text.begin(), text.end()}; }

// The library named by the first `mtllib` statement, when it is a plain file
// name (a companion in the same directory; paths are not followed).
std::optional<std::string> mtlLibraryName(std::string_view obj) {
  size_t pos = 0;
  while (pos < obj.size()) {
    size_t end = obj.find('\n', pos);
    if (end == std::string_view::npos) end = obj.size();
    std::string_view line = obj.substr(pos, end - pos);
    pos = end + 1;
    if (line.starts_with("mtllib") && line.size() > 7 && std::isspace(static_cast<unsigned char>(line[6]))) {
      std::string_view name = line.substr(7);
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
      if (name.empty() || name.find_first_of("/\\") != std::string_view::npos || name == "." || name == "..") {
        return std::nullopt;
      }
      return std::string(name);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Format> parseFormat(std::string_view name) {
  const std::string lower = lowercase(name);
  for (const FormatInfo& info : kFormats) {
    if (info.name == lower) return info.format;
  }
  return std::nullopt;
}

std::string_view formatName(Format format) { return infoFor(format).name; }
std::string_view formatExtension(Format format) { return infoFor(format).extension; }
std::string_view formatMediaType(Format format) { return infoFor(format).media_type; }

std::optional<Format> formatFromPath(const std::filesystem::path& path) {
  const std::string ext = lowercase(path.extension().string());
  for (const FormatInfo& info : kFormats) {
    if (info.extension == ext) return info.format;
  }
  return std::nullopt;
}

Result<std::vector<FileBlob>> encode(const geometry::Mesh& mesh, Format format,
                                     std::string_view base_name, const ModelInfo& info) {
  const std::string base(base_name.empty() ? std::string_view("model") : base_name);
  const std::string main_name = base + std::string(formatExtension(format));
  std::vector<FileBlob> files;
  switch (format) {
    case Format::kGlb: {
      auto bytes = encodeGlb(mesh, info);
      if (!bytes) return fail(bytes.error());
      files.push_back({main_name, std::move(*bytes)});
      break;
    }
    case Format::kGltf: {
      const std::string bin_name = base + ".bin";
      auto parts = encodeGltf(mesh, bin_name, info);
      if (!parts) return fail(parts.error());
      files.push_back({main_name, toBytes(parts->first)});
      files.push_back({bin_name, std::move(parts->second)});
      break;
    }
    case Format::kObj: {
      const std::string mtl_name = base + ".mtl";
      auto parts = encodeObj(mesh, mtl_name);
      if (!parts) return fail(parts.error());
      files.push_back({main_name, toBytes(parts->first)});
      files.push_back({mtl_name, toBytes(parts->second)});
      break;
    }
    case Format::kStl: {
      auto bytes = encodeStl(mesh);
      if (!bytes) return fail(bytes.error());
      files.push_back({main_name, std::move(*bytes)});
      break;
    }
    case Format::kThreeMf: {
      auto bytes = encode3mf(mesh, info);
      if (!bytes) return fail(bytes.error());
      files.push_back({main_name, std::move(*bytes)});
      break;
    }
    case Format::kPly: {
      auto bytes = encodePly(mesh);
      if (!bytes) return fail(bytes.error());
      files.push_back({main_name, std::move(*bytes)});
      break;
    }
  }
  return files;
}

Result<std::vector<std::filesystem::path>> writeModel(const geometry::Mesh& mesh, Format format,
                                                      const std::filesystem::path& path,
                                                      const ModelInfo& info) {
  const std::filesystem::path directory = path.parent_path();
  auto files = encode(mesh, format, path.stem().string(), info);
  if (!files) return fail(files.error());
  std::vector<std::filesystem::path> written;
  for (const FileBlob& file : *files) {
    const std::filesystem::path target = directory / file.name;
    if (auto s = writeFile(target, file.bytes); !s) return fail(s.error());
    written.push_back(target);
  }
  return written;
}

Result<geometry::Mesh> readModel(const std::filesystem::path& path, const ReadLimits& limits) {
  const auto format = formatFromPath(path);
  if (!format) {
    return fail(ErrorCode::kUnsupportedMedia, "unsupported model file extension",
                {{"path", path.string()}, {"supported", {".glb", ".gltf", ".stl", ".3mf", ".obj", ".ply"}}});
  }
  auto bytes = readFile(path, limits.max_bytes);
  if (!bytes) return fail(bytes.error());
  switch (*format) {
    case Format::kGlb: return decodeGlb(*bytes, limits);
    case Format::kStl: return decodeStl(*bytes, limits);
    case Format::kThreeMf: return decode3mf(*bytes, limits);
    case Format::kPly: return decodePly(*bytes, limits);
    case Format::kGltf: {
      const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
      return decodeGltf(text, path.parent_path(), limits);
    }
    case Format::kObj: {
      const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
      std::vector<uint8_t> mtl;
      if (auto name = mtlLibraryName(text)) {
        std::error_code ec;
        const auto mtl_path = path.parent_path() / *name;
        if (std::filesystem::is_regular_file(mtl_path, ec)) {
          auto mtl_bytes = readFile(mtl_path, limits.max_bytes);
          if (!mtl_bytes) return fail(mtl_bytes.error());
          mtl = std::move(*mtl_bytes);
        }
      }
      const std::string_view mtl_text(reinterpret_cast<const char*>(mtl.data()), mtl.size());
      return decodeObj(text, mtl_text, limits);
    }
  }
  return fail(ErrorCode::kInternal, "unhandled model format");
}

}  // namespace kiln::formats
