#include "formats/mesh_support.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace kiln::formats::detail {

using geometry::Mesh;
using geometry::SubMesh;
using geometry::Vec3;

namespace {

// The invariants of geometry::Mesh, checked here rather than through
// Mesh::validate() so that hostile or buggy meshes are reported, not trusted.
Status checkInvariants(const Mesh& mesh) {
  const size_t n = mesh.positions.size();
  if (mesh.indices.size() % 3 != 0) {
    return fail(ErrorCode::kInvalidArgument, "mesh index count is not a multiple of 3",
                {{"indices", mesh.indices.size()}});
  }
  for (uint32_t index : mesh.indices) {
    if (index >= n) {
      return fail(ErrorCode::kInvalidArgument, "mesh index out of range",
                  {{"index", index}, {"vertices", n}});
    }
  }
  auto check_attribute = [&](size_t size, const char* name) -> Status {
    if (size != 0 && size != n) {
      return fail(ErrorCode::kInvalidArgument,
                  std::string("mesh attribute '") + name + "' does not match the vertex count",
                  {{"attribute", name}, {"size", size}, {"vertices", n}});
    }
    return {};
  };
  if (auto s = check_attribute(mesh.normals.size(), "normals"); !s) return s;
  if (auto s = check_attribute(mesh.uvs.size(), "uvs"); !s) return s;
  if (auto s = check_attribute(mesh.colors.size(), "colors"); !s) return s;

  if (!mesh.submeshes.empty()) {
    if (mesh.materials.empty()) {
      return fail(ErrorCode::kInvalidArgument, "mesh has submeshes but no materials");
    }
    uint64_t next = 0;
    for (const SubMesh& sub : mesh.submeshes) {
      if (sub.first_triangle != next) {
        return fail(ErrorCode::kInvalidArgument, "mesh submeshes do not cover triangles in order",
                    {{"first_triangle", sub.first_triangle}, {"expected", next}});
      }
      if (sub.material >= mesh.materials.size()) {
        return fail(ErrorCode::kInvalidArgument, "submesh references a missing material",
                    {{"material", sub.material}, {"materials", mesh.materials.size()}});
      }
      next += sub.triangle_count;
    }
    if (next != mesh.triangleCount()) {
      return fail(ErrorCode::kInvalidArgument, "mesh submeshes do not cover all triangles",
                  {{"covered", next}, {"triangles", mesh.triangleCount()}});
    }
  }
  return {};
}

}  // namespace

Status checkEncodable(const Mesh& mesh) {
  if (mesh.positions.empty() || mesh.indices.empty()) {
    return fail(ErrorCode::kInvalidArgument, "cannot encode an empty mesh",
                {{"vertices", mesh.positions.size()}, {"triangles", mesh.triangleCount()}});
  }
  if (mesh.triangleCount() > UINT32_MAX / 3) {
    return fail(ErrorCode::kInvalidArgument, "mesh has too many triangles to encode");
  }
  if (auto s = checkInvariants(mesh); !s) return s;
  for (const Vec3& p : mesh.positions) {
    if (!p.allFinite()) {
      return fail(ErrorCode::kInvalidArgument, "mesh has a non-finite vertex position");
    }
  }
  return {};
}

std::vector<SubMesh> submeshesOf(const Mesh& mesh) {
  if (!mesh.submeshes.empty()) return mesh.submeshes;
  return {SubMesh{0, 0, static_cast<uint32_t>(mesh.triangleCount())}};
}

geometry::Material materialOf(const Mesh& mesh, uint32_t index) {
  if (index < mesh.materials.size()) return mesh.materials[index];
  return geometry::Material{};
}

size_t materialSlotCount(const Mesh& mesh) { return std::max<size_t>(1, mesh.materials.size()); }

std::vector<Vec3> printFramePositions(const Mesh& mesh) {
  std::vector<Vec3> out;
  out.reserve(mesh.positions.size());
  float min_z = std::numeric_limits<float>::max();
  for (const Vec3& p : mesh.positions) {
    out.emplace_back(p.x(), -p.z(), p.y());
    min_z = std::min(min_z, p.y());
  }
  for (Vec3& p : out) p.z() -= min_z;
  return out;
}

Vec3 yUpFromZUp(const Vec3& p) { return {p.x(), p.z(), -p.y()}; }

float srgbFromLinear(float linear) {
  const float c = std::clamp(linear, 0.0f, 1.0f);
  return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

float linearFromSrgb(float srgb) {
  const float c = std::clamp(srgb, 0.0f, 1.0f);
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

uint8_t unitToByte(float value) {
  if (!(value > 0.0f)) return 0;  // also maps NaN to 0
  return static_cast<uint8_t>(std::lround(std::min(value, 1.0f) * 255.0f));
}

void appendFloat(std::string& out, float value) {
  if (value == 0.0f) value = 0.0f;  // writes -0 as 0
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out.append(buffer, ec == std::errc() ? end : buffer);
}

std::string floatText(float value) {
  std::string s;
  appendFloat(s, value);
  return s;
}

void weldByBits(std::span<const Vec3> positions, std::vector<Vec3>& unique,
                std::vector<uint32_t>& remap) {
  struct Key {
    uint32_t x, y, z;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      uint64_t h = k.x * 0x9E3779B97F4A7C15ull;
      h ^= (h >> 29) + k.y * 0xBF58476D1CE4E5B9ull;
      h ^= (h >> 31) + k.z * 0x94D049BB133111EBull;
      return static_cast<size_t>(h ^ (h >> 32));
    }
  };
  // +0 and -0 are the same point; canonicalise before hashing the bits.
  auto bits = [](float f) { return std::bit_cast<uint32_t>(f == 0.0f ? 0.0f : f); };
  std::unordered_map<Key, uint32_t, KeyHash> index_of;
  index_of.reserve(positions.size());
  unique.clear();
  remap.resize(positions.size());
  for (size_t i = 0; i < positions.size(); ++i) {
    const Vec3& p = positions[i];
    Key key{bits(p.x()), bits(p.y()), bits(p.z())};
    auto [it, inserted] = index_of.try_emplace(key, static_cast<uint32_t>(unique.size()));
    if (inserted) unique.push_back(p);
    remap[i] = it->second;
  }
}

void appendSubmeshRun(Mesh& mesh, uint32_t material, uint32_t count) {
  if (count == 0) return;
  if (!mesh.submeshes.empty() && mesh.submeshes.back().material == material) {
    mesh.submeshes.back().triangle_count += count;
    return;
  }
  uint32_t first = 0;
  if (!mesh.submeshes.empty()) first = mesh.submeshes.back().first_triangle + mesh.submeshes.back().triangle_count;
  mesh.submeshes.push_back({material, first, count});
}

Error malformed(std::string_view format, std::string message) {
  return makeError(ErrorCode::kInvalidArgument, std::string(format) + ": " + message,
                   {{"format", std::string(format)}});
}

Status checkDecoded(const Mesh& mesh, std::string_view format) {
  if (mesh.indices.empty()) return std::unexpected(malformed(format, "file contains no triangles"));
  if (auto s = checkInvariants(mesh); !s) {
    return std::unexpected(malformed(format, s.error().message));
  }
  return {};
}

}  // namespace kiln::formats::detail
