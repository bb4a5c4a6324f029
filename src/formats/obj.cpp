// Wavefront OBJ + MTL writer and reader (Wavefront "Object Files (.obj)" and
// "MTL material format" appendices, with the de-facto PBR extension keys
// Pr/Pm/Ke). Files are millimetres, Y up.
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "formats/formats.h"
#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

using geometry::Mesh;
using geometry::Vec2;
using geometry::Vec3;
using geometry::Vec4;

constexpr std::string_view kFormat = "obj";

// MTL names are single tokens; whitespace and '#' would end them early.
std::vector<std::string> uniqueMaterialNames(const Mesh& mesh) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (size_t i = 0; i < detail::materialSlotCount(mesh); ++i) {
    std::string name = detail::materialOf(mesh, static_cast<uint32_t>(i)).name;
    for (char& c : name) {
      if (std::isspace(static_cast<unsigned char>(c)) || c == '#' || static_cast<unsigned char>(c) < 32) c = '_';
    }
    if (name.empty()) name = "material";
    if (taken.contains(name)) name.append("_").append(std::to_string(i));
    while (taken.contains(name)) name += "_";
    taken.insert(name);
    names.push_back(std::move(name));
  }
  return names;
}

void appendFloats(std::string& out, std::initializer_list<float> values) {
  for (float v : values) {
    out += ' ';
    detail::appendFloat(out, std::isfinite(v) ? v : 0.0f);
  }
}

// --- Reader helpers ----------------------------------------------------------

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string_view nextToken(std::string_view& s) {
  s = trim(s);
  size_t end = 0;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
  std::string_view token = s.substr(0, end);
  s.remove_prefix(end);
  return token;
}

// Calls `line_fn(keyword, rest, line_number)` for each non-comment line.
template <typename LineFn>
Status forEachLine(std::string_view text, LineFn&& line_fn) {
  size_t pos = 0;
  size_t line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::string_view keyword = nextToken(line);
    if (keyword.empty()) continue;
    if (auto s = line_fn(keyword, line, line_number); !s) return s;
  }
  return {};
}

bool parseFloats(std::string_view rest, float* values, int count, int required) {
  int i = 0;
  for (; i < count; ++i) {
    const std::string_view token = nextToken(rest);
    if (token.empty()) break;
    auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), values[i]);
    if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(values[i])) return false;
  }
  return i >= required;
}

Status lineError(size_t line_number, std::string message) {
  return std::unexpected(detail::malformed(kFormat, "line " + std::to_string(line_number) + ": " + message));
}

// Resolves a 1-based (or negative, relative) OBJ index against `count` items.
std::optional<uint32_t> resolveIndex(std::string_view token, size_t count) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (ec != std::errc() || end != token.data() + token.size() || value == 0) return std::nullopt;
  const int64_t resolved = value > 0 ? value - 1 : static_cast<int64_t>(count) + value;
  if (resolved < 0 || resolved >= static_cast<int64_t>(count)) return std::nullopt;
  return static_cast<uint32_t>(resolved);
}

Result<std::map<std::string, geometry::Material>> parseMtl(std::string_view text) {
  std::map<std::string, geometry::Material> materials;
  geometry::Material* current = nullptr;
  auto status = forEachLine(text, [&](std::string_view keyword, std::string_view rest, size_t line) -> Status {
    if (keyword == "newmtl") {
      const std::string name(trim(rest));
      if (name.empty()) return lineError(line, "newmtl without a name");
      current = &materials[name];
      current->name = name;
      return {};
    }
    if (!current) return {};
    float v[3] = {0, 0, 0};
    if (keyword == "Kd") {
      if (!parseFloats(rest, v, 3, 3)) return lineError(line, "bad Kd");
      current->base_color.head<3>() = Vec3(v[0], v[1], v[2]);
    } else if (keyword == "d") {
      if (!parseFloats(rest, v, 1, 1)) return lineError(line, "bad d");
      current->base_color[3] = v[0];
    } else if (keyword == "Tr") {
      if (!parseFloats(rest, v, 1, 1)) return lineError(line, "bad Tr");
      current->base_color[3] = 1.0f - v[0];
    } else if (keyword == "Pr") {
      if (!parseFloats(rest, v, 1, 1)) return lineError(line, "bad Pr");
      current->roughness = v[0];
    } else if (keyword == "Pm") {
      if (!parseFloats(rest, v, 1, 1)) return lineError(line, "bad Pm");
      current->metallic = v[0];
    } else if (keyword == "Ke") {
      if (!parseFloats(rest, v, 3, 3)) return lineError(line, "bad Ke");
      current->emissive = Vec3(v[0], v[1], v[2]);
    }
    return {};
  });
  if (!status) return std::unexpected(status.error());
  return materials;
}

}  // namespace

Result<std::pair<std::string, std::string>> encodeObj(const Mesh& mesh, std::string_view mtl_name) {
  if (auto s = detail::checkEncodable(mesh); !s) return fail(s.error());
  const std::vector<std::string> names = uniqueMaterialNames(mesh);
  const bool has_uvs = !mesh.uvs.empty();
  const bool has_normals = !mesh.normals.empty();

  std::string obj;
  obj.reserve(mesh.positions.size() * 40 + mesh.indices.size() * 12);
  obj += "# Wavefront OBJ written by kiln; units: millimetres; Y up\n";
  obj += "mtllib " + std::string(mtl_name) + "\n";
  obj += "o kiln\n";
  // Vertex colours use the common "v x y z r g b" extension (linear RGB).
  for (size_t v = 0; v < mesh.positions.size(); ++v) {
    const Vec3& p = mesh.positions[v];
    obj += 'v';
    appendFloats(obj, {p.x(), p.y(), p.z()});
    if (!mesh.colors.empty()) {
      const Vec4& c = mesh.colors[v];
      appendFloats(obj, {std::clamp(c[0], 0.0f, 1.0f), std::clamp(c[1], 0.0f, 1.0f), std::clamp(c[2], 0.0f, 1.0f)});
    }
    obj += '\n';
  }
  if (has_uvs) {
    for (const Vec2& uv : mesh.uvs) {
      obj += "vt";
      appendFloats(obj, {uv.x(), uv.y()});
      obj += '\n';
    }
  }
  if (has_normals) {
    for (const Vec3& n : mesh.normals) {
      obj += "vn";
      appendFloats(obj, {n.x(), n.y(), n.z()});
      obj += '\n';
    }
  }
  for (const geometry::SubMesh& sub : detail::submeshesOf(mesh)) {
    if (sub.triangle_count == 0) continue;
    obj += "usemtl " + names[sub.material] + "\n";
    for (size_t t = sub.first_triangle; t < size_t{sub.first_triangle} + sub.triangle_count; ++t) {
      obj += 'f';
      for (uint32_t index : mesh.triangle(t)) {
        const std::string i = std::to_string(index + 1);
        obj += ' ';
        obj += i;
        if (has_uvs || has_normals) {
          obj += '/';
          if (has_uvs) obj += i;
          if (has_normals) obj.append("/").append(i);
        }
      }
      obj += '\n';
    }
  }

  std::string mtl = "# MTL written by kiln; Pr/Pm are the PBR roughness/metallic extension\n";
  for (size_t m = 0; m < names.size(); ++m) {
    const geometry::Material material = detail::materialOf(mesh, static_cast<uint32_t>(m));
    const Vec4& c = material.base_color;
    mtl += "\nnewmtl " + names[m] + "\n";
    mtl += "Ka";
    appendFloats(mtl, {0.0f, 0.0f, 0.0f});
    mtl += "\nKd";
    appendFloats(mtl, {c[0], c[1], c[2]});
    // Specular and shininess approximating the roughness for classic renderers.
    const float specular = 0.04f + 0.96f * material.metallic;
    const float shininess = std::round(std::clamp(2.0f / std::max(1e-4f, material.roughness * material.roughness) - 2.0f, 0.0f, 1000.0f));
    mtl += "\nKs";
    appendFloats(mtl, {specular, specular, specular});
    mtl += "\nNs";
    appendFloats(mtl, {shininess});
    mtl += "\nd";
    appendFloats(mtl, {c[3]});
    if (material.emissive.maxCoeff() > 0.0f) {
      mtl += "\nKe";
      appendFloats(mtl, {material.emissive.x(), material.emissive.y(), material.emissive.z()});
    }
    mtl += "\nPr";
    appendFloats(mtl, {material.roughness});
    mtl += "\nPm";
    appendFloats(mtl, {material.metallic});
    mtl += "\nillum 2\n";
  }
  return std::pair{std::move(obj), std::move(mtl)};
}

Result<Mesh> decodeObj(std::string_view text, const ReadLimits& limits) { return decodeObj(text, {}, limits); }

Result<Mesh> decodeObj(std::string_view obj_text, std::string_view mtl_text, const ReadLimits& limits) {
  if (obj_text.size() > limits.max_bytes || mtl_text.size() > limits.max_bytes) {
    return fail(ErrorCode::kTooLarge, "OBJ is larger than the read limit",
                {{"bytes", obj_text.size()}, {"limit", limits.max_bytes}});
  }
  if (obj_text.empty()) return std::unexpected(detail::malformed(kFormat, "empty input"));
  auto library = parseMtl(mtl_text);
  if (!library) return std::unexpected(library.error());

  std::vector<Vec3> positions, normals;
  std::vector<Vec4> colors;
  std::vector<Vec2> uvs;
  bool any_color = false;
  Mesh mesh;
  std::map<std::string, uint32_t, std::less<>> material_index;
  uint32_t current_material = 0;
  bool material_set = false;
  // OBJ indexes positions, uvs and normals separately; a mesh vertex is one
  // distinct (v, vt, vn) triple.
  struct Corner {
    uint32_t v, vt, vn;
    bool operator==(const Corner&) const = default;
  };
  struct CornerHash {
    size_t operator()(const Corner& c) const {
      return (size_t{c.v} * 0x9E3779B97F4A7C15ull) ^ (size_t{c.vt} * 0xBF58476D1CE4E5B9ull) ^ c.vn;
    }
  };
  constexpr uint32_t kNone = UINT32_MAX;
  std::unordered_map<Corner, uint32_t, CornerHash> vertex_of;
  std::vector<Corner> corners_of_vertex;
  bool uses_uv = false, uses_normal = false, lacks_uv = false, lacks_normal = false;
  std::vector<uint32_t> triangle_material;
  std::vector<uint32_t> polygon;

  auto status = forEachLine(obj_text, [&](std::string_view keyword, std::string_view rest, size_t line) -> Status {
    float v[6] = {0, 0, 0, 0, 0, 0};
    if (keyword == "v") {
      if (!parseFloats(rest, v, 6, 3)) return lineError(line, "bad vertex");
      positions.emplace_back(v[0], v[1], v[2]);
      std::string_view probe = rest;
      int tokens = 0;
      while (!nextToken(probe).empty()) ++tokens;
      if (tokens >= 6) any_color = true;
      colors.emplace_back(tokens >= 6 ? v[3] : 1.0f, tokens >= 6 ? v[4] : 1.0f, tokens >= 6 ? v[5] : 1.0f, 1.0f);
    } else if (keyword == "vt") {
      if (!parseFloats(rest, v, 3, 1)) return lineError(line, "bad texture coordinate");
      uvs.emplace_back(v[0], v[1]);
    } else if (keyword == "vn") {
      if (!parseFloats(rest, v, 3, 3)) return lineError(line, "bad normal");
      normals.emplace_back(v[0], v[1], v[2]);
    } else if (keyword == "usemtl") {
      const std::string name(trim(rest));
      auto it = material_index.find(name);
      if (it == material_index.end()) {
        geometry::Material material;
        if (auto found = library->find(name); found != library->end()) material = found->second;
        material.name = name;
        it = material_index.emplace(name, static_cast<uint32_t>(mesh.materials.size())).first;
        mesh.materials.push_back(std::move(material));
      }
      current_material = it->second;
      material_set = true;
    } else if (keyword == "f") {
      polygon.clear();
      for (std::string_view token = nextToken(rest); !token.empty(); token = nextToken(rest)) {
        Corner corner{kNone, kNone, kNone};
        const size_t slash1 = token.find('/');
        const auto v_index = resolveIndex(token.substr(0, slash1), positions.size());
        if (!v_index) return lineError(line, "face vertex index out of range");
        corner.v = *v_index;
        if (slash1 != std::string_view::npos) {
          std::string_view tail = token.substr(slash1 + 1);
          const size_t slash2 = tail.find('/');
          const std::string_view vt = tail.substr(0, slash2);
          if (!vt.empty()) {
            const auto vt_index = resolveIndex(vt, uvs.size());
            if (!vt_index) return lineError(line, "face texture index out of range");
            corner.vt = *vt_index;
          }
          if (slash2 != std::string_view::npos) {
            const auto vn_index = resolveIndex(tail.substr(slash2 + 1), normals.size());
            if (!vn_index) return lineError(line, "face normal index out of range");
            corner.vn = *vn_index;
          }
        }
        (corner.vt == kNone ? lacks_uv : uses_uv) = true;
        (corner.vn == kNone ? lacks_normal : uses_normal) = true;
        auto [it, inserted] = vertex_of.try_emplace(corner, static_cast<uint32_t>(corners_of_vertex.size()));
        if (inserted) corners_of_vertex.push_back(corner);
        polygon.push_back(it->second);
      }
      if (polygon.size() < 3) return lineError(line, "face with fewer than three vertices");
      if (!material_set) {
        mesh.materials.emplace_back();
        current_material = static_cast<uint32_t>(mesh.materials.size() - 1);
        material_set = true;
      }
      // Fan triangulation of a (convex) polygon.
      for (size_t i = 2; i < polygon.size(); ++i) {
        if (mesh.triangleCount() >= limits.max_triangles) return lineError(line, "more triangles than the limit");
        mesh.indices.insert(mesh.indices.end(), {polygon[0], polygon[i - 1], polygon[i]});
        detail::appendSubmeshRun(mesh, current_material, 1);
      }
    }
    // mtllib, o, g, s, l, p and unknown statements carry nothing we keep.
    return {};
  });
  if (!status) return std::unexpected(status.error());

  mesh.positions.reserve(corners_of_vertex.size());
  for (const Corner& c : corners_of_vertex) mesh.positions.push_back(positions[c.v]);
  if (any_color) {
    for (const Corner& c : corners_of_vertex) mesh.colors.push_back(colors[c.v]);
  }
  // Attributes are kept only when every corner has them (Mesh attributes are all-or-nothing).
  if (uses_uv && !lacks_uv) {
    for (const Corner& c : corners_of_vertex) mesh.uvs.push_back(uvs[c.vt]);
  }
  if (uses_normal && !lacks_normal) {
    for (const Corner& c : corners_of_vertex) mesh.normals.push_back(normals[c.vn]);
  }
  if (auto s = detail::checkDecoded(mesh, kFormat); !s) return std::unexpected(s.error());
  return mesh;
}

}  // namespace kiln::formats
