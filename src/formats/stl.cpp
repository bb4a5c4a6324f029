// STL writer (binary) and reader (binary and ASCII), after the 3D Systems
// StereoLithography Interface Specification (1989). Files are millimetres,
// Z up, resting on z = 0; the reader returns Y up.
#include <charconv>
#include <cmath>
#include <cstring>

#include "formats/formats.h"
#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

using geometry::Mesh;
using geometry::Vec3;

constexpr std::string_view kFormat = "stl";
constexpr size_t kHeaderBytes = 80;
constexpr size_t kFacetBytes = 50;  // normal, three vertices (12 floats) and a 16-bit attribute

void appendFloatLe(std::vector<uint8_t>& out, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(bits >> (8 * i)));
}

float readFloatLe(const uint8_t* p) {
  const uint32_t bits = uint32_t{p[0]} | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16) | (uint32_t{p[3]} << 24);
  float value;
  std::memcpy(&value, &bits, 4);
  return value;
}

// Builds an indexed Y-up mesh from triangle soup in the Z-up file frame,
// welding corners with identical coordinates (STL's only notion of sharing).
Result<Mesh> meshFromSoup(const std::vector<Vec3>& corners) {
  Mesh mesh;
  std::vector<Vec3> unique;
  std::vector<uint32_t> remap;
  detail::weldByBits(corners, unique, remap);
  mesh.positions.reserve(unique.size());
  for (const Vec3& p : unique) mesh.positions.push_back(detail::yUpFromZUp(p));
  mesh.indices = std::move(remap);
  mesh.materials.emplace_back();
  detail::appendSubmeshRun(mesh, 0, static_cast<uint32_t>(mesh.triangleCount()));
  if (auto s = detail::checkDecoded(mesh, kFormat); !s) return std::unexpected(s.error());
  return mesh;
}

Result<Mesh> decodeBinary(const std::vector<uint8_t>& bytes, size_t count) {
  std::vector<Vec3> corners;
  corners.reserve(count * 3);
  const uint8_t* p = bytes.data() + kHeaderBytes + 4;
  for (size_t t = 0; t < count; ++t, p += kFacetBytes) {
    for (int v = 0; v < 3; ++v) {
      const uint8_t* q = p + 12 + 12 * v;
      const Vec3 corner(readFloatLe(q), readFloatLe(q + 4), readFloatLe(q + 8));
      if (!corner.allFinite()) return std::unexpected(detail::malformed(kFormat, "non-finite vertex coordinate"));
      corners.push_back(corner);
    }
  }
  return meshFromSoup(corners);
}

// ASCII STL: "solid name / facet normal … / outer loop / vertex x y z ×3 /
// endloop / endfacet / endsolid". Only the vertex lines carry data; the
// facet structure is checked by counting vertices per loop.
Result<Mesh> decodeAscii(std::string_view text, const ReadLimits& limits) {
  std::vector<Vec3> corners;
  size_t pos = 0;
  int loop_vertices = -1;  // -1 outside an "outer loop"
  auto next_token = [&]() -> std::string_view {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    const size_t start = pos;
    while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    return text.substr(start, pos - start);
  };
  auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
  if (next_token() != "solid") return bad("ASCII STL must start with 'solid'");
  for (std::string_view token = next_token(); !token.empty(); token = next_token()) {
    if (token == "outer") {
      if (next_token() != "loop" || loop_vertices >= 0) return bad("misplaced 'outer loop'");
      loop_vertices = 0;
    } else if (token == "vertex") {
      if (loop_vertices < 0 || loop_vertices >= 3) return bad("'vertex' outside a three-vertex loop");
      Vec3 corner;
      for (int k = 0; k < 3; ++k) {
        const std::string_view number = next_token();
        float value = 0;
        auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(value)) {
          return bad("bad vertex coordinate '" + std::string(number.substr(0, 32)) + "'");
        }
        corner[k] = value;
      }
      corners.push_back(corner);
      ++loop_vertices;
    } else if (token == "endloop") {
      if (loop_vertices != 3) return bad("a facet loop must have exactly three vertices");
      loop_vertices = -1;
      if (corners.size() / 3 > limits.max_triangles) return bad("file has more triangles than the limit");
    }
    // "facet normal nx ny nz", "endfacet", "endsolid name" and solid names carry nothing we keep.
  }
  if (loop_vertices >= 0) return bad("file ends inside a facet");
  return meshFromSoup(corners);
}

}  // namespace

Result<std::vector<uint8_t>> encodeStl(const Mesh& mesh) {
  if (auto s = detail::checkEncodable(mesh); !s) return fail(s.error());
  const std::vector<Vec3> positions = detail::printFramePositions(mesh);
  const size_t count = mesh.triangleCount();
  std::vector<uint8_t> out;
  out.reserve(kHeaderBytes + 4 + count * kFacetBytes);
  // The header must not start with "solid", which would make readers take the file for ASCII.
  constexpr std::string_view kHeader = "binary STL written by kiln; units: millimetres; Z up";
  out.insert(out.end(), kHeader.begin(), kHeader.end());
  out.resize(kHeaderBytes, ' ');
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(count >> (8 * i)));
  for (size_t t = 0; t < count; ++t) {
    const auto tri = mesh.triangle(t);
    const Vec3& a = positions[tri[0]];
    const Vec3& b = positions[tri[1]];
    const Vec3& c = positions[tri[2]];
    Vec3 n = (b - a).cross(c - a);
    const float length = n.norm();
    n = length > 0.0f && std::isfinite(length) ? Vec3(n / length) : Vec3::Zero();
    for (const Vec3* v : std::initializer_list<const Vec3*>{&n, &a, &b, &c}) {
      appendFloatLe(out, v->x());
      appendFloatLe(out, v->y());
      appendFloatLe(out, v->z());
    }
    out.push_back(0);
    out.push_back(0);
  }
  return out;
}

Result<Mesh> decodeStl(const std::vector<uint8_t>& bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return fail(ErrorCode::kTooLarge, "STL is larger than the read limit",
                {{"bytes", bytes.size()}, {"limit", limits.max_bytes}});
  }
  if (bytes.empty()) return std::unexpected(detail::malformed(kFormat, "empty input"));
  // A binary file's size is fixed by its triangle count; ASCII files start
  // with "solid" (but some binary exporters also write "solid" in the header,
  // so the exact size match decides first).
  if (bytes.size() >= kHeaderBytes + 4) {
    const uint8_t* p = bytes.data() + kHeaderBytes;
    const uint64_t count = uint64_t{p[0]} | (uint64_t{p[1]} << 8) | (uint64_t{p[2]} << 16) | (uint64_t{p[3]} << 24);
    if (kHeaderBytes + 4 + count * kFacetBytes == bytes.size()) {
      if (count > limits.max_triangles) {
        return fail(ErrorCode::kTooLarge, "STL has more triangles than the limit",
                    {{"triangles", count}, {"limit", limits.max_triangles}});
      }
      return decodeBinary(bytes, static_cast<size_t>(count));
    }
    const std::string_view start(reinterpret_cast<const char*>(bytes.data()), 5);
    if (start != "solid") {
      return std::unexpected(detail::malformed(
          kFormat, "binary STL triangle count (" + std::to_string(count) + ") does not match the file size (" +
                       std::to_string(bytes.size()) + " bytes)"));
    }
  }
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (!text.starts_with("solid")) return std::unexpected(detail::malformed(kFormat, "file is too short for binary STL and is not ASCII STL"));
  return decodeAscii(text, limits);
}

}  // namespace kiln::formats
