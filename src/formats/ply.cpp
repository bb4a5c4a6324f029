// PLY writer (binary little endian) and reader (binary little/big endian and
// ASCII), after Greg Turk's "The PLY Polygon File Format" (1994). Millimetres,
// Y up; colours are sRGB-encoded bytes.
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <span>

#include "formats/formats.h"
#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

using geometry::Mesh;
using geometry::Vec2;
using geometry::Vec3;
using geometry::Vec4;

constexpr std::string_view kFormat = "ply";
constexpr size_t kMaxHeaderBytes = 64 * 1024;
constexpr size_t kMaxPolygonVertices = 255;

template <typename T>
void appendLe(std::vector<uint8_t>& out, T value) {
  uint8_t raw[sizeof(T)];
  std::memcpy(raw, &value, sizeof(T));
  if constexpr (std::endian::native == std::endian::big) std::reverse(raw, raw + sizeof(T));
  out.insert(out.end(), raw, raw + sizeof(T));
}

// --- Reader ------------------------------------------------------------------

enum class Encoding { kAscii, kBinaryLittle, kBinaryBig };

enum class ScalarType { kInt8, kUint8, kInt16, kUint16, kInt32, kUint32, kFloat32, kFloat64 };

std::optional<ScalarType> parseScalarType(std::string_view name) {
  if (name == "char" || name == "int8") return ScalarType::kInt8;
  if (name == "uchar" || name == "uint8") return ScalarType::kUint8;
  if (name == "short" || name == "int16") return ScalarType::kInt16;
  if (name == "ushort" || name == "uint16") return ScalarType::kUint16;
  if (name == "int" || name == "int32") return ScalarType::kInt32;
  if (name == "uint" || name == "uint32") return ScalarType::kUint32;
  if (name == "float" || name == "float32") return ScalarType::kFloat32;
  if (name == "double" || name == "float64") return ScalarType::kFloat64;
  return std::nullopt;
}

size_t scalarSize(ScalarType type) {
  switch (type) {
    case ScalarType::kInt8:
    case ScalarType::kUint8: return 1;
    case ScalarType::kInt16:
    case ScalarType::kUint16: return 2;
    case ScalarType::kInt32:
    case ScalarType::kUint32:
    case ScalarType::kFloat32: return 4;
    case ScalarType::kFloat64: return 8;
  }
  return 1;
}

struct Property {
  std::string name;
  ScalarType type = ScalarType::kFloat32;
  bool is_list = false;
  ScalarType count_type = ScalarType::kUint8;
};

struct Element {
  std::string name;
  uint64_t count = 0;
  std::vector<Property> properties;
};

// Reads scalars from the body in either encoding, never past its end.
class BodyReader {
 public:
  BodyReader(std::span<const uint8_t> body, Encoding encoding) : body_(body), encoding_(encoding) {}

  std::optional<double> read(ScalarType type) {
    if (encoding_ == Encoding::kAscii) return readAscii();
    const size_t size = scalarSize(type);
    if (body_.size() - pos_ < size) return std::nullopt;
    uint8_t raw[8];
    std::memcpy(raw, body_.data() + pos_, size);
    pos_ += size;
    const bool swap = (encoding_ == Encoding::kBinaryBig) != (std::endian::native == std::endian::big);
    if (swap) std::reverse(raw, raw + size);
    switch (type) {
      case ScalarType::kInt8: return static_cast<int8_t>(raw[0]);
      case ScalarType::kUint8: return raw[0];
      case ScalarType::kInt16: { int16_t v; std::memcpy(&v, raw, 2); return v; }
      case ScalarType::kUint16: { uint16_t v; std::memcpy(&v, raw, 2); return v; }
      case ScalarType::kInt32: { int32_t v; std::memcpy(&v, raw, 4); return v; }
      case ScalarType::kUint32: { uint32_t v; std::memcpy(&v, raw, 4); return v; }
      case ScalarType::kFloat32: { float v; std::memcpy(&v, raw, 4); return v; }
      case ScalarType::kFloat64: { double v; std::memcpy(&v, raw, 8); return v; }
    }
    return std::nullopt;
  }

  size_t remaining() const { return body_.size() - pos_; }

 private:
  std::optional<double> readAscii() {
    while (pos_ < body_.size() && std::isspace(body_[pos_])) ++pos_;
    const size_t start = pos_;
    while (pos_ < body_.size() && !std::isspace(body_[pos_])) ++pos_;
    if (start == pos_) return std::nullopt;
    const char* first = reinterpret_cast<const char*>(body_.data() + start);
    const char* last = reinterpret_cast<const char*>(body_.data() + pos_);
    double value = 0;
    auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last) return std::nullopt;
    return value;
  }

  std::span<const uint8_t> body_;
  Encoding encoding_;
  size_t pos_ = 0;
};

struct Header {
  Encoding encoding = Encoding::kBinaryLittle;
  std::vector<Element> elements;
  size_t body_offset = 0;
};

Result<Header> parseHeader(const std::vector<uint8_t>& bytes) {
  auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
  const size_t limit = std::min(bytes.size(), kMaxHeaderBytes);
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), limit);
  if (!text.starts_with("ply\n") && !text.starts_with("ply\r\n")) return bad("missing 'ply' magic");
  Header header;
  bool has_format = false;
  size_t pos = 0;
  while (true) {
    const size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) return bad("header has no end_header within 64 KiB");
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> words;
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && line[i] == ' ') ++i;
      const size_t start = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i > start) words.push_back(line.substr(start, i - start));
    }
    if (words.empty() || words[0] == "ply" || words[0] == "comment" || words[0] == "obj_info") continue;
    if (words[0] == "end_header") break;
    if (words[0] == "format") {
      if (words.size() < 3 || words[2] != "1.0") return bad("unsupported format line");
      if (words[1] == "ascii") header.encoding = Encoding::kAscii;
      else if (words[1] == "binary_little_endian") header.encoding = Encoding::kBinaryLittle;
      else if (words[1] == "binary_big_endian") header.encoding = Encoding::kBinaryBig;
      else return bad("unknown encoding '" + std::string(words[1]) + "'");
      has_format = true;
    } else if (words[0] == "element") {
      if (words.size() != 3) return bad("bad element line");
      Element element;
      element.name = words[1];
      auto [p, ec] = std::from_chars(words[2].data(), words[2].data() + words[2].size(), element.count);
      if (ec != std::errc() || p != words[2].data() + words[2].size()) return bad("bad element count");
      header.elements.push_back(std::move(element));
    } else if (words[0] == "property") {
      if (header.elements.empty()) return bad("property before any element");
      Property property;
      if (words.size() == 5 && words[1] == "list") {
        auto count_type = parseScalarType(words[2]);
        auto item_type = parseScalarType(words[3]);
        if (!count_type || !item_type) return bad("bad list property types");
        property = {std::string(words[4]), *item_type, true, *count_type};
      } else if (words.size() == 3) {
        auto type = parseScalarType(words[1]);
        if (!type) return bad("bad property type '" + std::string(words[1]) + "'");
        property = {std::string(words[2]), *type, false, ScalarType::kUint8};
      } else {
        return bad("bad property line");
      }
      header.elements.back().properties.push_back(std::move(property));
    } else {
      return bad("unknown header keyword '" + std::string(words[0].substr(0, 32)) + "'");
    }
  }
  if (!has_format) return bad("header has no format line");
  header.body_offset = pos;
  return header;
}

// The least number of body bytes one item of `element` takes, for checking
// claimed counts against the file size before allocating.
size_t minimumItemBytes(const Element& element, Encoding encoding) {
  size_t bytes = 0;
  for (const Property& p : element.properties) {
    if (encoding == Encoding::kAscii) bytes += 2;  // a digit and a separator
    else bytes += p.is_list ? scalarSize(p.count_type) : scalarSize(p.type);
  }
  return bytes;
}

}  // namespace

Result<std::vector<uint8_t>> encodePly(const Mesh& mesh) {
  if (auto s = detail::checkEncodable(mesh); !s) return fail(s.error());
  std::string header =
      "ply\nformat binary_little_endian 1.0\ncomment written by kiln; units: millimetres; Y up\n";
  header += "element vertex " + std::to_string(mesh.positions.size()) + "\n";
  header += "property float x\nproperty float y\nproperty float z\n";
  if (!mesh.normals.empty()) header += "property float nx\nproperty float ny\nproperty float nz\n";
  if (!mesh.uvs.empty()) header += "property float s\nproperty float t\n";
  if (!mesh.colors.empty()) {
    header += "property uchar red\nproperty uchar green\nproperty uchar blue\nproperty uchar alpha\n";
  }
  header += "element face " + std::to_string(mesh.triangleCount()) + "\n";
  header += "property list uchar int vertex_indices\nend_header\n";

  std::vector<uint8_t> out(header.begin(), header.end());
  for (size_t v = 0; v < mesh.positions.size(); ++v) {
    for (int k = 0; k < 3; ++k) appendLe(out, mesh.positions[v][k]);
    if (!mesh.normals.empty()) {
      for (int k = 0; k < 3; ++k) appendLe(out, mesh.normals[v][k]);
    }
    if (!mesh.uvs.empty()) {
      for (int k = 0; k < 2; ++k) appendLe(out, mesh.uvs[v][k]);
    }
    if (!mesh.colors.empty()) {
      const Vec4& c = mesh.colors[v];
      for (int k = 0; k < 3; ++k) out.push_back(detail::unitToByte(detail::srgbFromLinear(c[k])));
      out.push_back(detail::unitToByte(c[3]));
    }
  }
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    out.push_back(3);
    for (uint32_t index : mesh.triangle(t)) appendLe(out, static_cast<int32_t>(index));
  }
  return out;
}

Result<Mesh> decodePly(const std::vector<uint8_t>& bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return fail(ErrorCode::kTooLarge, "PLY is larger than the read limit",
                {{"bytes", bytes.size()}, {"limit", limits.max_bytes}});
  }
  auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
  if (bytes.empty()) return bad("empty input");
  auto header = parseHeader(bytes);
  if (!header) return std::unexpected(header.error());
  BodyReader reader(std::span<const uint8_t>(bytes).subspan(header->body_offset), header->encoding);

  Mesh mesh;
  bool has_normals = false, has_uvs = false, has_colors = false, seen_vertices = false;
  for (const Element& element : header->elements) {
    const size_t item_bytes = std::max<size_t>(1, minimumItemBytes(element, header->encoding));
    if (element.count > reader.remaining() / item_bytes) {
      return bad("element '" + element.name + "' claims " + std::to_string(element.count) +
                 " items, more than the file holds");
    }
    const bool is_vertex = element.name == "vertex";
    const bool is_face = element.name == "face";
    if (is_vertex && seen_vertices) return bad("more than one vertex element");
    if (is_face && !seen_vertices) return bad("faces before vertices");
    // Column of each known vertex property (x y z nx ny nz s t r g b a), -1 when absent.
    int column[12];
    std::fill(std::begin(column), std::end(column), -1);
    int face_list = -1;
    for (size_t p = 0; p < element.properties.size(); ++p) {
      const Property& prop = element.properties[p];
      const int c = static_cast<int>(p);
      if (is_vertex && !prop.is_list) {
        static constexpr std::string_view kNames[][3] = {
            {"x", "x", "x"}, {"y", "y", "y"}, {"z", "z", "z"}, {"nx", "nx", "nx"}, {"ny", "ny", "ny"},
            {"nz", "nz", "nz"}, {"s", "u", "texture_u"}, {"t", "v", "texture_v"}, {"red", "r", "diffuse_red"},
            {"green", "g", "diffuse_green"}, {"blue", "b", "diffuse_blue"}, {"alpha", "a", "alpha"}};
        for (int k = 0; k < 12; ++k) {
          if (prop.name == kNames[k][0] || prop.name == kNames[k][1] || prop.name == kNames[k][2]) column[k] = c;
        }
      }
      if (is_face && prop.is_list && (prop.name == "vertex_indices" || prop.name == "vertex_index")) face_list = c;
    }
    if (is_vertex) {
      if (column[0] < 0 || column[1] < 0 || column[2] < 0) return bad("vertex element lacks x, y or z");
      if (element.count > UINT32_MAX) return bad("too many vertices");
      has_normals = column[3] >= 0 && column[4] >= 0 && column[5] >= 0;
      has_uvs = column[6] >= 0 && column[7] >= 0;
      has_colors = column[8] >= 0 && column[9] >= 0 && column[10] >= 0;
      mesh.positions.reserve(element.count);
    }
    if (is_face) {
      if (face_list < 0) return bad("face element lacks vertex_indices");
      if (element.count > limits.max_triangles) return bad("more faces than the triangle limit");
    }
    std::vector<double> values(element.properties.size(), 0.0);
    std::vector<uint32_t> polygon;
    for (uint64_t item = 0; item < element.count; ++item) {
      for (size_t p = 0; p < element.properties.size(); ++p) {
        const Property& prop = element.properties[p];
        if (!prop.is_list) {
          auto value = reader.read(prop.type);
          if (!value) return bad("truncated or malformed body in element '" + element.name + "'");
          values[p] = *value;
          continue;
        }
        auto count = reader.read(prop.count_type);
        if (!count || *count < 0 || *count > static_cast<double>(kMaxPolygonVertices) || *count != std::floor(*count)) {
          return bad("bad list length in element '" + element.name + "'");
        }
        const bool keep = is_face && static_cast<int>(p) == face_list;
        if (keep) polygon.clear();
        for (int i = 0; i < static_cast<int>(*count); ++i) {
          auto value = reader.read(prop.type);
          if (!value) return bad("truncated list in element '" + element.name + "'");
          if (keep) {
            if (*value < 0 || *value >= static_cast<double>(mesh.positions.size()) || *value != std::floor(*value)) {
              return bad("face index out of range");
            }
            polygon.push_back(static_cast<uint32_t>(*value));
          }
        }
      }
      if (is_vertex) {
        const Vec3 p(static_cast<float>(values[static_cast<size_t>(column[0])]),
                     static_cast<float>(values[static_cast<size_t>(column[1])]),
                     static_cast<float>(values[static_cast<size_t>(column[2])]));
        if (!p.allFinite()) return bad("non-finite vertex coordinate");
        mesh.positions.push_back(p);
        auto at = [&](int k) { return static_cast<float>(values[static_cast<size_t>(column[k])]); };
        if (has_normals) mesh.normals.emplace_back(at(3), at(4), at(5));
        if (has_uvs) mesh.uvs.emplace_back(at(6), at(7));
        if (has_colors) {
          // Byte channels are sRGB-encoded; float channels are taken as linear.
          const bool bytes_channel = element.properties[static_cast<size_t>(column[8])].type == ScalarType::kUint8;
          auto channel = [&](int k) { return bytes_channel ? detail::linearFromSrgb(at(k) / 255.0f) : at(k); };
          const float alpha = column[11] < 0 ? 1.0f : (bytes_channel ? at(11) / 255.0f : at(11));
          mesh.colors.emplace_back(channel(8), channel(9), channel(10), alpha);
        }
      } else if (is_face) {
        if (polygon.size() < 3) return bad("face with fewer than three vertices");
        for (size_t i = 2; i < polygon.size(); ++i) {
          if (mesh.triangleCount() >= limits.max_triangles) return bad("more triangles than the limit");
          mesh.indices.insert(mesh.indices.end(), {polygon[0], polygon[i - 1], polygon[i]});
        }
      }
    }
    if (is_vertex) seen_vertices = true;
  }
  mesh.materials.emplace_back();
  detail::appendSubmeshRun(mesh, 0, static_cast<uint32_t>(mesh.triangleCount()));
  if (auto s = detail::checkDecoded(mesh, kFormat); !s) return std::unexpected(s.error());
  return mesh;
}

}  // namespace kiln::formats
