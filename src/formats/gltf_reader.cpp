// glTF 2.0 reader (Khronos glTF 2.0 specification) on top of tinygltf's parser.
// tinygltf only parses; every accessor, view and index is bounds-checked here
// before use, images are never decoded and no file outside the asset's own
// directory is ever opened.
#include <cmath>
#include <cstring>
#include <functional>

#include <tiny_gltf.h>

#include "formats/formats.h"
#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

using geometry::Mesh;
using geometry::Vec2;
using geometry::Vec3;
using geometry::Vec4;

constexpr std::string_view kFormat = "gltf";
constexpr float kMillimetresPerMetre = 1000.0f;
constexpr int kMaxNodeDepth = 64;
constexpr size_t kMaxNodeVisits = 100'000;

// --- File system policy for tinygltf ---------------------------------------

// For GLB: nothing outside the GLB may be read.
bool refuseExists(const std::string&, void*) { return false; }
std::string keepPath(const std::string& path, void*) { return path; }
bool refuseRead(std::vector<unsigned char>*, std::string* err, const std::string& path, void*) {
  if (err) *err += "external resource refused: " + path + "\n";
  return false;
}
bool refuseWrite(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
  if (err) *err += "writing refused\n";
  return false;
}

// For .gltf: only plain file names inside base_dir, each within the byte limit.
struct SiblingPolicy {
  std::filesystem::path base_dir;
  size_t max_bytes;
};

std::optional<std::filesystem::path> siblingPath(const std::string& path, const SiblingPolicy& policy) {
  const std::filesystem::path p(path);
  std::error_code ec;
  const auto parent = std::filesystem::weakly_canonical(p.parent_path().empty() ? "." : p.parent_path(), ec);
  if (ec) return std::nullopt;
  const auto base = std::filesystem::weakly_canonical(policy.base_dir.empty() ? "." : policy.base_dir, ec);
  if (ec || parent != base) return std::nullopt;
  const std::string name = p.filename().string();
  if (name.empty() || name == "." || name == "..") return std::nullopt;
  return base / name;
}

bool siblingExists(const std::string& path, void* user) {
  auto sibling = siblingPath(path, *static_cast<SiblingPolicy*>(user));
  std::error_code ec;
  return sibling && std::filesystem::is_regular_file(*sibling, ec);
}

bool siblingRead(std::vector<unsigned char>* out, std::string* err, const std::string& path, void* user) {
  const auto& policy = *static_cast<SiblingPolicy*>(user);
  auto sibling = siblingPath(path, policy);
  std::error_code ec;
  if (!sibling || !std::filesystem::is_regular_file(*sibling, ec)) {
    if (err) *err += "buffer file refused (not a file beside the .gltf): " + path + "\n";
    return false;
  }
  const auto size = std::filesystem::file_size(*sibling, ec);
  if (ec || size > policy.max_bytes) {
    if (err) *err += "buffer file is missing or larger than the read limit: " + path + "\n";
    return false;
  }
  std::FILE* file = std::fopen(sibling->c_str(), "rb");
  if (!file) {
    if (err) *err += "cannot open buffer file: " + path + "\n";
    return false;
  }
  out->resize(static_cast<size_t>(size));
  const size_t got = size == 0 ? 0 : std::fread(out->data(), 1, out->size(), file);
  std::fclose(file);
  if (got != out->size()) {
    if (err) *err += "cannot read buffer file: " + path + "\n";
    return false;
  }
  return true;
}

// Images are irrelevant to meshes; keep them undecoded.
bool skipImage(tinygltf::Image*, const int, std::string*, std::string*, int, int, const unsigned char*, int,
               void*) {
  return true;
}

// --- Accessor reading --------------------------------------------------------

int componentCount(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR: return 1;
    case TINYGLTF_TYPE_VEC2: return 2;
    case TINYGLTF_TYPE_VEC3: return 3;
    case TINYGLTF_TYPE_VEC4: return 4;
    default: return 0;
  }
}

int componentSize(int component_type) {
  switch (component_type) {
    case TINYGLTF_COMPONENT_TYPE_BYTE:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return 1;
    case TINYGLTF_COMPONENT_TYPE_SHORT:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return 2;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT:
    case TINYGLTF_COMPONENT_TYPE_FLOAT: return 4;
    default: return 0;
  }
}

// A checked view of an accessor's elements inside its buffer.
struct AccessorView {
  const uint8_t* data = nullptr;
  size_t count = 0;
  size_t stride = 0;
  int components = 0;
  int component_type = 0;
  bool normalized = false;

  double component(size_t element, int c) const {
    const uint8_t* p = data + element * stride + static_cast<size_t>(c) * componentSize(component_type);
    switch (component_type) {
      case TINYGLTF_COMPONENT_TYPE_FLOAT: { float v; std::memcpy(&v, p, 4); return v; }
      case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: { uint32_t v; std::memcpy(&v, p, 4); return v; }
      case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: {
        uint16_t v; std::memcpy(&v, p, 2);
        return normalized ? v / 65535.0 : v;
      }
      case TINYGLTF_COMPONENT_TYPE_SHORT: {
        int16_t v; std::memcpy(&v, p, 2);
        return normalized ? std::max(v / 32767.0, -1.0) : v;
      }
      case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return normalized ? p[0] / 255.0 : p[0];
      case TINYGLTF_COMPONENT_TYPE_BYTE: {
        const auto v = static_cast<int8_t>(p[0]);
        return normalized ? std::max(v / 127.0, -1.0) : v;
      }
      default: return 0.0;
    }
  }
};

Result<AccessorView> viewAccessor(const tinygltf::Model& model, int index, const char* what) {
  auto bad = [&](std::string message) {
    return std::unexpected(detail::malformed(kFormat, std::string(what) + " accessor: " + message));
  };
  if (index < 0 || static_cast<size_t>(index) >= model.accessors.size()) return bad("index out of range");
  const tinygltf::Accessor& accessor = model.accessors[static_cast<size_t>(index)];
  if (accessor.sparse.isSparse) return bad("sparse accessors are not supported");
  if (accessor.bufferView < 0 || static_cast<size_t>(accessor.bufferView) >= model.bufferViews.size()) {
    return bad("bufferView out of range");
  }
  const tinygltf::BufferView& view = model.bufferViews[static_cast<size_t>(accessor.bufferView)];
  if (view.buffer < 0 || static_cast<size_t>(view.buffer) >= model.buffers.size()) return bad("buffer out of range");
  const std::vector<unsigned char>& buffer = model.buffers[static_cast<size_t>(view.buffer)].data;
  const int components = componentCount(accessor.type);
  const int size = componentSize(accessor.componentType);
  if (components == 0 || size == 0) return bad("unsupported type or component type");
  const size_t element_size = static_cast<size_t>(components) * static_cast<size_t>(size);
  const size_t stride = view.byteStride == 0 ? element_size : view.byteStride;
  if (stride < element_size) return bad("byteStride is smaller than an element");
  if (view.byteOffset > buffer.size() || view.byteLength > buffer.size() - view.byteOffset) {
    return bad("bufferView exceeds its buffer");
  }
  if (accessor.byteOffset > view.byteLength) return bad("byteOffset exceeds its bufferView");
  const size_t available = view.byteLength - accessor.byteOffset;
  // count ≤ available keeps count * stride from overflowing (stride < 2^31).
  if (accessor.count > available) return bad("count exceeds its bufferView");
  if (accessor.count > 0 && (accessor.count - 1) * stride + element_size > available) {
    return bad("elements exceed its bufferView");
  }
  AccessorView out;
  out.data = buffer.data() + view.byteOffset + accessor.byteOffset;
  out.count = accessor.count;
  out.stride = stride;
  out.components = components;
  out.component_type = accessor.componentType;
  out.normalized = accessor.normalized;
  return out;
}

// --- Scene traversal ---------------------------------------------------------

Eigen::Matrix4d localTransform(const tinygltf::Node& node) {
  Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
  if (node.matrix.size() == 16) {
    for (int c = 0; c < 4; ++c) {
      for (int r = 0; r < 4; ++r) m(r, c) = node.matrix[static_cast<size_t>(c * 4 + r)];
    }
    return m;
  }
  Eigen::Affine3d t = Eigen::Affine3d::Identity();
  if (node.translation.size() == 3) t.translate(Eigen::Vector3d(node.translation[0], node.translation[1], node.translation[2]));
  if (node.rotation.size() == 4) {
    Eigen::Quaterniond q(node.rotation[3], node.rotation[0], node.rotation[1], node.rotation[2]);
    if (q.norm() > 0) t.rotate(q.normalized());
  }
  if (node.scale.size() == 3) t.scale(Eigen::Vector3d(node.scale[0], node.scale[1], node.scale[2]));
  return t.matrix();
}

class MeshCollector {
 public:
  MeshCollector(const tinygltf::Model& model, const ReadLimits& limits) : model_(model), limits_(limits) {
    for (const tinygltf::Material& m : model.materials) {
      geometry::Material material;
      material.name = m.name.empty() ? "material" : m.name;
      const auto& pbr = m.pbrMetallicRoughness;
      if (pbr.baseColorFactor.size() == 4) {
        material.base_color = Vec4(static_cast<float>(pbr.baseColorFactor[0]), static_cast<float>(pbr.baseColorFactor[1]),
                                   static_cast<float>(pbr.baseColorFactor[2]), static_cast<float>(pbr.baseColorFactor[3]));
      }
      material.metallic = static_cast<float>(pbr.metallicFactor);
      material.roughness = static_cast<float>(pbr.roughnessFactor);
      if (m.emissiveFactor.size() == 3) {
        material.emissive = Vec3(static_cast<float>(m.emissiveFactor[0]), static_cast<float>(m.emissiveFactor[1]),
                                 static_cast<float>(m.emissiveFactor[2]));
      }
      // KHR_materials_emissive_strength: brightness beyond 1.
      if (const auto ext = m.extensions.find("KHR_materials_emissive_strength"); ext != m.extensions.end()) {
        const auto& strength = ext->second.Get("emissiveStrength");
        if (strength.IsNumber()) {
          const double v = strength.GetNumberAsDouble();
          if (std::isfinite(v) && v > 0.0) material.emissive *= static_cast<float>(std::min(v, 100.0));
        }
      }
      mesh_.materials.push_back(std::move(material));
    }
  }

  Status visitNode(int index, const Eigen::Matrix4d& parent, int depth) {
    if (depth > kMaxNodeDepth || ++visits_ > kMaxNodeVisits) {
      return std::unexpected(detail::malformed(kFormat, "node hierarchy is too deep or cyclic"));
    }
    if (index < 0 || static_cast<size_t>(index) >= model_.nodes.size()) {
      return std::unexpected(detail::malformed(kFormat, "node index out of range"));
    }
    const tinygltf::Node& node = model_.nodes[static_cast<size_t>(index)];
    const Eigen::Matrix4d world = parent * localTransform(node);
    if (node.mesh >= 0) {
      if (static_cast<size_t>(node.mesh) >= model_.meshes.size()) {
        return std::unexpected(detail::malformed(kFormat, "mesh index out of range"));
      }
      for (const tinygltf::Primitive& primitive : model_.meshes[static_cast<size_t>(node.mesh)].primitives) {
        if (auto s = addPrimitive(primitive, world); !s) return s;
      }
    }
    for (int child : node.children) {
      if (auto s = visitNode(child, world, depth + 1); !s) return s;
    }
    return {};
  }

  Result<Mesh> finish() {
    if (mesh_.indices.empty()) return std::unexpected(detail::malformed(kFormat, "file contains no triangles"));
    if (normals_missing_) mesh_.normals.clear();
    if (uvs_missing_) mesh_.uvs.clear();
    if (!any_colors_) mesh_.colors.clear();
    if (mesh_.materials.empty()) mesh_.materials.emplace_back();
    if (auto s = detail::checkDecoded(mesh_, kFormat); !s) return std::unexpected(s.error());
    return std::move(mesh_);
  }

 private:
  Status addPrimitive(const tinygltf::Primitive& primitive, const Eigen::Matrix4d& world) {
    const int mode = primitive.mode < 0 ? TINYGLTF_MODE_TRIANGLES : primitive.mode;
    if (mode != TINYGLTF_MODE_TRIANGLES && mode != TINYGLTF_MODE_TRIANGLE_STRIP && mode != TINYGLTF_MODE_TRIANGLE_FAN) {
      return {};  // points and lines carry no surface
    }
    auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
    const auto position_it = primitive.attributes.find("POSITION");
    if (position_it == primitive.attributes.end()) return bad("primitive without POSITION");
    auto positions = viewAccessor(model_, position_it->second, "POSITION");
    if (!positions) return std::unexpected(positions.error());
    if (positions->components != 3 || positions->component_type != TINYGLTF_COMPONENT_TYPE_FLOAT) {
      return bad("POSITION must be float VEC3");
    }
    const size_t vertex_count = positions->count;

    std::vector<uint32_t> corners;
    if (primitive.indices >= 0) {
      auto indices = viewAccessor(model_, primitive.indices, "indices");
      if (!indices) return std::unexpected(indices.error());
      // glTF 2.0 §3.7.2.1: indices are UNSIGNED_BYTE, UNSIGNED_SHORT or UNSIGNED_INT.
      const int type = indices->component_type;
      if (indices->components != 1 ||
          (type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE && type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT &&
           type != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT)) {
        return bad("indices must be unsigned integer scalars");
      }
      if (indices->count / 3 > limits_.max_triangles) return bad("primitive has more triangles than the limit");
      corners.reserve(indices->count);
      for (size_t i = 0; i < indices->count; ++i) {
        const double v = indices->component(i, 0);
        if (!(v >= 0.0 && v < static_cast<double>(vertex_count))) return bad("index out of range");
        corners.push_back(static_cast<uint32_t>(v));
      }
    } else {
      if (vertex_count / 3 > limits_.max_triangles) return bad("primitive has more triangles than the limit");
      corners.resize(vertex_count);
      for (size_t i = 0; i < vertex_count; ++i) corners[i] = static_cast<uint32_t>(i);
    }
    std::vector<uint32_t> triangles;
    if (mode == TINYGLTF_MODE_TRIANGLES) {
      corners.resize(corners.size() - corners.size() % 3);
      triangles = std::move(corners);
    } else {
      for (size_t i = 2; i < corners.size(); ++i) {
        if (mode == TINYGLTF_MODE_TRIANGLE_FAN) {
          triangles.insert(triangles.end(), {corners[0], corners[i - 1], corners[i]});
        } else if (i % 2 == 0) {
          triangles.insert(triangles.end(), {corners[i - 2], corners[i - 1], corners[i]});
        } else {
          triangles.insert(triangles.end(), {corners[i - 1], corners[i - 2], corners[i]});
        }
      }
    }
    const size_t triangle_count = triangles.size() / 3;
    if (triangle_count > limits_.max_triangles - std::min(limits_.max_triangles, mesh_.triangleCount())) {
      return bad("file has more triangles than the limit");
    }
    if (mesh_.positions.size() + vertex_count > UINT32_MAX) return bad("too many vertices");

    const Eigen::Matrix3d linear = world.topLeftCorner<3, 3>();
    const Eigen::Matrix3d normal_matrix = linear.inverse().transpose();
    const bool mirrored = linear.determinant() < 0;
    const auto base = static_cast<uint32_t>(mesh_.positions.size());

    for (size_t v = 0; v < vertex_count; ++v) {
      const Eigen::Vector4d p(positions->component(v, 0), positions->component(v, 1), positions->component(v, 2), 1.0);
      const Eigen::Vector4d q = world * p;
      mesh_.positions.push_back((q.head<3>() * kMillimetresPerMetre).cast<float>());
    }
    const auto normal_it = primitive.attributes.find("NORMAL");
    if (normal_it != primitive.attributes.end() && !normals_missing_) {
      auto normals = viewAccessor(model_, normal_it->second, "NORMAL");
      if (!normals) return std::unexpected(normals.error());
      if (normals->components != 3 || normals->count != vertex_count) return bad("NORMAL must be VEC3 per vertex");
      mesh_.normals.resize(base);
      for (size_t v = 0; v < vertex_count; ++v) {
        Eigen::Vector3d n = normal_matrix * Eigen::Vector3d(normals->component(v, 0), normals->component(v, 1), normals->component(v, 2));
        if (n.norm() > 0) n.normalize();
        mesh_.normals.push_back(n.cast<float>());
      }
    } else {
      normals_missing_ = true;
    }
    const auto uv_it = primitive.attributes.find("TEXCOORD_0");
    if (uv_it != primitive.attributes.end() && !uvs_missing_) {
      auto uvs = viewAccessor(model_, uv_it->second, "TEXCOORD_0");
      if (!uvs) return std::unexpected(uvs.error());
      if (uvs->components != 2 || uvs->count != vertex_count) return bad("TEXCOORD_0 must be VEC2 per vertex");
      mesh_.uvs.resize(base);
      for (size_t v = 0; v < vertex_count; ++v) {
        mesh_.uvs.emplace_back(static_cast<float>(uvs->component(v, 0)), static_cast<float>(uvs->component(v, 1)));
      }
    } else {
      uvs_missing_ = true;
    }
    const auto color_it = primitive.attributes.find("COLOR_0");
    mesh_.colors.resize(base, Vec4::Ones());
    if (color_it != primitive.attributes.end()) {
      auto colors = viewAccessor(model_, color_it->second, "COLOR_0");
      if (!colors) return std::unexpected(colors.error());
      if ((colors->components != 3 && colors->components != 4) || colors->count != vertex_count) {
        return bad("COLOR_0 must be VEC3 or VEC4 per vertex");
      }
      any_colors_ = true;
      for (size_t v = 0; v < vertex_count; ++v) {
        Vec4 c = Vec4::Ones();
        for (int k = 0; k < colors->components; ++k) c[k] = static_cast<float>(colors->component(v, k));
        mesh_.colors.push_back(c);
      }
    } else {
      mesh_.colors.resize(base + vertex_count, Vec4::Ones());
    }

    uint32_t material = 0;
    if (primitive.material >= 0 && static_cast<size_t>(primitive.material) < model_.materials.size()) {
      material = static_cast<uint32_t>(primitive.material);
    } else {
      if (!default_material_) {
        default_material_ = static_cast<uint32_t>(mesh_.materials.size());
        mesh_.materials.emplace_back();
      }
      material = *default_material_;
    }
    for (size_t t = 0; t < triangle_count; ++t) {
      const uint32_t a = triangles[3 * t], b = triangles[3 * t + 1], c = triangles[3 * t + 2];
      if (mirrored) {
        mesh_.indices.insert(mesh_.indices.end(), {base + a, base + c, base + b});
      } else {
        mesh_.indices.insert(mesh_.indices.end(), {base + a, base + b, base + c});
      }
    }
    detail::appendSubmeshRun(mesh_, material, static_cast<uint32_t>(triangle_count));
    return {};
  }

  const tinygltf::Model& model_;
  const ReadLimits& limits_;
  Mesh mesh_;
  std::optional<uint32_t> default_material_;
  size_t visits_ = 0;
  bool normals_missing_ = false;
  bool uvs_missing_ = false;
  bool any_colors_ = false;
};

Result<Mesh> collectMesh(const tinygltf::Model& model, const ReadLimits& limits) {
  MeshCollector collector(model, limits);
  std::vector<int> roots;
  if (!model.scenes.empty()) {
    const size_t scene = model.defaultScene >= 0 && static_cast<size_t>(model.defaultScene) < model.scenes.size()
                             ? static_cast<size_t>(model.defaultScene)
                             : 0;
    roots = model.scenes[scene].nodes;
  } else {
    // No scene: every node that is nobody's child is a root.
    std::vector<bool> is_child(model.nodes.size(), false);
    for (const tinygltf::Node& node : model.nodes) {
      for (int child : node.children) {
        if (child >= 0 && static_cast<size_t>(child) < is_child.size()) is_child[static_cast<size_t>(child)] = true;
      }
    }
    for (size_t i = 0; i < model.nodes.size(); ++i) {
      if (!is_child[i]) roots.push_back(static_cast<int>(i));
    }
  }
  for (int root : roots) {
    if (auto s = collector.visitNode(root, Eigen::Matrix4d::Identity(), 0); !s) return std::unexpected(s.error());
  }
  return collector.finish();
}

void configure(tinygltf::TinyGLTF& loader, tinygltf::FsCallbacks callbacks) {
  loader.SetImageLoader(skipImage, nullptr);
  loader.SetFsCallbacks(callbacks);
  loader.SetStoreOriginalJSONForExtrasAndExtensions(false);
}

uint32_t readU32(const uint8_t* p) {
  return uint32_t{p[0]} | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16) | (uint32_t{p[3]} << 24);
}

}  // namespace

Result<Mesh> decodeGlb(const std::vector<uint8_t>& bytes, const ReadLimits& limits) {
  constexpr std::string_view kGlb = "glb";
  if (bytes.size() > limits.max_bytes || bytes.size() > UINT32_MAX) {
    return fail(ErrorCode::kTooLarge, "GLB is larger than the read limit",
                {{"bytes", bytes.size()}, {"limit", limits.max_bytes}});
  }
  // Check the container before handing it to the parser.
  if (bytes.size() < 20) return std::unexpected(detail::malformed(kGlb, "file is too short for a GLB header"));
  if (readU32(bytes.data()) != 0x46546C67) return std::unexpected(detail::malformed(kGlb, "wrong magic (not a GLB file)"));
  if (readU32(bytes.data() + 4) != 2) return std::unexpected(detail::malformed(kGlb, "unsupported GLB version"));
  const uint32_t total = readU32(bytes.data() + 8);
  if (total != bytes.size()) return std::unexpected(detail::malformed(kGlb, "header length does not match the file size"));
  const uint32_t json_length = readU32(bytes.data() + 12);
  if (readU32(bytes.data() + 16) != 0x4E4F534A) return std::unexpected(detail::malformed(kGlb, "first chunk is not JSON"));
  if (json_length > bytes.size() - 20) return std::unexpected(detail::malformed(kGlb, "JSON chunk exceeds the file"));
  const size_t after_json = 20 + size_t{json_length};
  if (after_json < bytes.size()) {
    if (bytes.size() - after_json < 8) return std::unexpected(detail::malformed(kGlb, "truncated BIN chunk header"));
    const uint32_t bin_length = readU32(bytes.data() + after_json);
    if (bin_length > bytes.size() - after_json - 8) return std::unexpected(detail::malformed(kGlb, "BIN chunk exceeds the file"));
  }

  tinygltf::TinyGLTF loader;
  configure(loader, {refuseExists, keepPath, refuseRead, refuseWrite, nullptr});
  tinygltf::Model model;
  std::string err, warn;
  bool ok = false;
  try {
    ok = loader.LoadBinaryFromMemory(&model, &err, &warn, bytes.data(), static_cast<unsigned>(bytes.size()), "");
  } catch (const std::exception& e) {
    err = e.what();
  }
  if (!ok) return std::unexpected(detail::malformed(kGlb, "cannot parse: " + err));
  return collectMesh(model, limits);
}

Result<Mesh> decodeGltf(std::string_view json, const std::filesystem::path& base_dir, const ReadLimits& limits) {
  if (json.size() > limits.max_bytes || json.size() > UINT32_MAX) {
    return fail(ErrorCode::kTooLarge, "glTF is larger than the read limit",
                {{"bytes", json.size()}, {"limit", limits.max_bytes}});
  }
  if (json.empty()) return std::unexpected(detail::malformed(kFormat, "empty input"));
  SiblingPolicy policy{base_dir, limits.max_bytes};
  tinygltf::TinyGLTF loader;
  configure(loader, {siblingExists, keepPath, siblingRead, refuseWrite, &policy});
  tinygltf::Model model;
  std::string err, warn;
  bool ok = false;
  try {
    ok = loader.LoadASCIIFromString(&model, &err, &warn, json.data(), static_cast<unsigned>(json.size()),
                                    base_dir.string());
  } catch (const std::exception& e) {
    err = e.what();
  }
  if (!ok) return std::unexpected(detail::malformed(kFormat, "cannot parse: " + err));
  return collectMesh(model, limits);
}

}  // namespace kiln::formats
