// 3MF writer and reader (3D Manufacturing Format core specification 1.3,
// with base materials from the core's material resources). Millimetres,
// Z up, resting on z = 0; the reader returns Y up.
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>

#include <zip.h>

#include "formats/formats.h"
#include "formats/mesh_support.h"

namespace kiln::formats {

namespace {

using geometry::Mesh;
using geometry::Vec3;
using geometry::Vec4;

constexpr std::string_view kFormat = "3mf";
constexpr const char* kModelPath = "3D/3dmodel.model";
constexpr int kMaxComponentDepth = 16;
constexpr size_t kMaxItemVisits = 100'000;

// DOS date 1980-01-01 00:00:00: the zip format's earliest time, so the archive
// does not depend on when (or in which time zone) it was written.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;

constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>)"
    "</Types>\n";

constexpr std::string_view kRelationships =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>)"
    "</Relationships>\n";

void appendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters other than tab/newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
}

std::string displayColor(const Vec4& linear) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "#";
  for (int k = 0; k < 4; ++k) {
    const uint8_t byte = detail::unitToByte(k < 3 ? detail::srgbFromLinear(linear[k]) : linear[k]);
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

std::string modelXml(const Mesh& mesh, const ModelInfo& info) {
  // Weld by exact print-frame position so the mesh is manifold by index (a
  // flat-shaded or per-material-split mesh shares positions, not indices).
  const std::vector<Vec3> positions = detail::printFramePositions(mesh);
  std::vector<Vec3> unique;
  std::vector<uint32_t> remap;
  detail::weldByBits(positions, unique, remap);

  std::string xml;
  xml.reserve(unique.size() * 60 + mesh.indices.size() * 25 + 1024);
  xml += R"(<?xml version="1.0" encoding="UTF-8"?>)"
         "\n"
         R"(<model unit="millimeter" xml:lang="en-US" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">)"
         "\n";
  if (!info.title.empty()) {
    xml += R"( <metadata name="Title">)";
    appendEscaped(xml, info.title);
    xml += "</metadata>\n";
  }
  xml += R"( <metadata name="Application">)";
  appendEscaped(xml, info.generator);
  xml += "</metadata>\n <resources>\n  <basematerials id=\"1\">\n";
  for (size_t m = 0; m < detail::materialSlotCount(mesh); ++m) {
    const geometry::Material material = detail::materialOf(mesh, static_cast<uint32_t>(m));
    xml += "   <base name=\"";
    appendEscaped(xml, material.name);
    xml += "\" displaycolor=\"" + displayColor(material.base_color) + "\"/>\n";
  }
  xml += "  </basematerials>\n  <object id=\"2\" type=\"model\" pid=\"1\" pindex=\"0\">\n   <mesh>\n    <vertices>\n";
  for (const Vec3& p : unique) {
    xml += "     <vertex x=\"";
    detail::appendFloat(xml, p.x());
    xml += "\" y=\"";
    detail::appendFloat(xml, p.y());
    xml += "\" z=\"";
    detail::appendFloat(xml, p.z());
    xml += "\"/>\n";
  }
  xml += "    </vertices>\n    <triangles>\n";
  for (const geometry::SubMesh& sub : detail::submeshesOf(mesh)) {
    const std::string material = std::to_string(sub.material);
    for (size_t t = sub.first_triangle; t < size_t{sub.first_triangle} + sub.triangle_count; ++t) {
      const auto tri = mesh.triangle(t);
      const uint32_t a = remap[tri[0]], b = remap[tri[1]], c = remap[tri[2]];
      if (a == b || b == c || a == c) continue;  // 3MF forbids repeated vertices in a triangle
      xml += "     <triangle v1=\"" + std::to_string(a) + "\" v2=\"" + std::to_string(b) + "\" v3=\"" +
             std::to_string(c) + "\" pid=\"1\" p1=\"" + material + "\"/>\n";
    }
  }
  xml += "    </triangles>\n   </mesh>\n  </object>\n </resources>\n <build>\n  <item objectid=\"2\"/>\n </build>\n</model>\n";
  return xml;
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

Error zipError(std::string what, zip_error_t* error) {
  return makeError(ErrorCode::kInternal, "3mf: " + what + ": " + zip_error_strerror(error));
}

// --- Minimal XML scanning ----------------------------------------------------
// 3MF model parts are flat lists of elements whose data live in attributes,
// so a tag scanner suffices: it yields each start/empty/end tag with its
// attributes and skips declarations, comments, CDATA and text.

struct Tag {
  std::string_view name;  // local name, namespace prefix removed
  bool is_end = false;
  bool is_empty = false;
  std::vector<std::pair<std::string_view, std::string_view>> attributes;  // raw values

  std::optional<std::string_view> attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return std::nullopt;
  }
};

class TagScanner {
 public:
  explicit TagScanner(std::string_view xml) : xml_(xml) {}

  // Next tag; nullopt at the end; sets error() on malformed markup.
  std::optional<Tag> next() {
    while (true) {
      const size_t open = xml_.find('<', pos_);
      if (open == std::string_view::npos) return std::nullopt;
      pos_ = open + 1;
      if (xml_.substr(open).starts_with("<!--")) {
        if (!skipPast("-->")) return std::nullopt;
        continue;
      }
      if (xml_.substr(open).starts_with("<![CDATA[")) {
        if (!skipPast("]]>")) return std::nullopt;
        continue;
      }
      if (pos_ < xml_.size() && (xml_[pos_] == '?' || xml_[pos_] == '!')) {
        if (!skipPast(">")) return std::nullopt;
        continue;
      }
      return parseTag();
    }
  }

  bool failed() const { return failed_; }

 private:
  bool skipPast(std::string_view terminator) {
    const size_t end = xml_.find(terminator, pos_);
    if (end == std::string_view::npos) {
      failed_ = true;
      return false;
    }
    pos_ = end + terminator.size();
    return true;
  }

  static bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  std::string_view readName() {
    const size_t start = pos_;
    while (pos_ < xml_.size() && isNameChar(xml_[pos_])) ++pos_;
    return xml_.substr(start, pos_ - start);
  }

  void skipSpace() {
    while (pos_ < xml_.size() && std::isspace(static_cast<unsigned char>(xml_[pos_]))) ++pos_;
  }

  static std::string_view localName(std::string_view name) {
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  }

  std::optional<Tag> parseTag() {
    Tag tag;
    if (pos_ < xml_.size() && xml_[pos_] == '/') {
      tag.is_end = true;
      ++pos_;
    }
    const std::string_view name = readName();
    if (name.empty()) return fail();
    tag.name = localName(name);
    while (true) {
      skipSpace();
      if (pos_ >= xml_.size()) return fail();
      if (xml_[pos_] == '>') {
        ++pos_;
        return tag;
      }
      if (xml_[pos_] == '/') {
        if (pos_ + 1 >= xml_.size() || xml_[pos_ + 1] != '>') return fail();
        pos_ += 2;
        tag.is_empty = true;
        return tag;
      }
      const std::string_view key = readName();
      if (key.empty()) return fail();
      skipSpace();
      if (pos_ >= xml_.size() || xml_[pos_] != '=') return fail();
      ++pos_;
      skipSpace();
      if (pos_ >= xml_.size() || (xml_[pos_] != '"' && xml_[pos_] != '\'')) return fail();
      const char quote = xml_[pos_++];
      const size_t end = xml_.find(quote, pos_);
      if (end == std::string_view::npos) return fail();
      tag.attributes.emplace_back(localName(key), xml_.substr(pos_, end - pos_));
      pos_ = end + 1;
    }
  }

  std::optional<Tag> fail() {
    failed_ = true;
    return std::nullopt;
  }

  std::string_view xml_;
  size_t pos_ = 0;
  bool failed_ = false;
};

std::string unescape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const size_t semi = raw.find(';', i);
    if (semi == std::string_view::npos) {
      out += raw[i];
      continue;
    }
    const std::string_view entity = raw.substr(i + 1, semi - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (entity.starts_with('#')) {
      uint32_t code = 0;
      const bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
      const std::string_view digits = entity.substr(hex ? 2 : 1);
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      if (ec != std::errc() || code > 0x10FFFF) code = '?';
      // UTF-8 encode.
      if (code < 0x80) out += static_cast<char>(code);
      else if (code < 0x800) { out += static_cast<char>(0xC0 | (code >> 6)); out += static_cast<char>(0x80 | (code & 0x3F)); }
      else if (code < 0x10000) { out += static_cast<char>(0xE0 | (code >> 12)); out += static_cast<char>(0x80 | ((code >> 6) & 0x3F)); out += static_cast<char>(0x80 | (code & 0x3F)); }
      else { out += static_cast<char>(0xF0 | (code >> 18)); out += static_cast<char>(0x80 | ((code >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((code >> 6) & 0x3F)); out += static_cast<char>(0x80 | (code & 0x3F)); }
    } else {
      out.append(raw.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

template <typename T>
std::optional<T> parseNumber(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  std::string_view s = *text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  T value{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  if constexpr (std::is_floating_point_v<T>) {
    if (!std::isfinite(value)) return std::nullopt;
  }
  return value;
}

// A 3MF transform: "m00 m01 m02 m10 m11 m12 m20 m21 m22 m30 m31 m32" (row vectors).
std::optional<Eigen::Matrix4d> parseTransform(std::optional<std::string_view> text) {
  Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
  if (!text) return m;
  std::string_view s = *text;
  double values[12];
  for (double& value : values) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    size_t end = 0;
    while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
    auto parsed = parseNumber<double>(s.substr(0, end));
    if (!parsed) return std::nullopt;
    value = *parsed;
    s.remove_prefix(end);
  }
  // p' = p · M with p a row vector: column-vector form has the transpose.
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) m(c, r) = values[r * 3 + c];
    m(r, 3) = values[9 + r];
  }
  return m;
}

struct ObjectData {
  std::vector<Vec3> vertices;
  std::vector<uint32_t> indices;
  std::vector<uint32_t> triangle_material;  // index into the reader's material list
  struct Component {
    uint32_t object_id;
    Eigen::Matrix4d transform;
  };
  std::vector<Component> components;
};

class ModelParser {
 public:
  ModelParser(std::string_view xml, const ReadLimits& limits) : xml_(xml), limits_(limits) {}

  Result<Mesh> parse() {
    auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
    TagScanner scanner(xml_);
    bool in_model = false, millimetres = true;
    double unit_scale = 1.0;
    ObjectData* object = nullptr;
    uint32_t object_pid = 0, object_pindex = 0;
    bool object_has_pid = false;
    std::optional<uint32_t> group_id;
    while (auto tag = scanner.next()) {
      if (tag->name == "model" && !tag->is_end) {
        in_model = true;
        const std::string unit(tag->attribute("unit").value_or("millimeter"));
        static constexpr std::pair<std::string_view, double> kUnits[] = {
            {"micron", 0.001}, {"millimeter", 1.0}, {"centimeter", 10.0}, {"inch", 25.4}, {"foot", 304.8}, {"meter", 1000.0}};
        millimetres = false;
        for (const auto& [name, scale] : kUnits) {
          if (unit == name) {
            unit_scale = scale;
            millimetres = true;
          }
        }
        if (!millimetres) return bad("unknown unit '" + unit.substr(0, 32) + "'");
      } else if (!in_model) {
        continue;
      } else if (tag->name == "basematerials" && !tag->is_end) {
        auto id = parseNumber<uint32_t>(tag->attribute("id"));
        if (!id) return bad("basematerials without a valid id");
        group_id = *id;
        base_groups_[*id] = {};
        if (tag->is_empty) group_id.reset();
      } else if (tag->name == "basematerials" && tag->is_end) {
        group_id.reset();
      } else if (tag->name == "base" && group_id) {
        geometry::Material material;
        material.name = unescape(tag->attribute("name").value_or("material"));
        if (auto color = tag->attribute("displaycolor")) {
          auto parsed = parseColor(*color);
          if (!parsed) return bad("bad displaycolor");
          material.base_color = *parsed;
        }
        if (materials_.size() >= kMaxMaterials) return bad("too many materials");
        base_groups_[*group_id].push_back(static_cast<uint32_t>(materials_.size()));
        materials_.push_back(std::move(material));
      } else if (tag->name == "object" && !tag->is_end) {
        auto id = parseNumber<uint32_t>(tag->attribute("id"));
        if (!id) return bad("object without a valid id");
        if (objects_.contains(*id)) return bad("duplicate object id");
        object = &objects_[*id];
        object_has_pid = tag->attribute("pid").has_value();
        object_pid = parseNumber<uint32_t>(tag->attribute("pid")).value_or(0);
        object_pindex = parseNumber<uint32_t>(tag->attribute("pindex")).value_or(0);
        if (tag->is_empty) object = nullptr;
      } else if (tag->name == "object" && tag->is_end) {
        object = nullptr;
      } else if (tag->name == "vertex" && object) {
        auto x = parseNumber<float>(tag->attribute("x"));
        auto y = parseNumber<float>(tag->attribute("y"));
        auto z = parseNumber<float>(tag->attribute("z"));
        if (!x || !y || !z) return bad("vertex with a missing or bad coordinate");
        if (object->vertices.size() >= UINT32_MAX) return bad("too many vertices");
        object->vertices.emplace_back(*x, *y, *z);
      } else if (tag->name == "triangle" && object) {
        auto v1 = parseNumber<uint32_t>(tag->attribute("v1"));
        auto v2 = parseNumber<uint32_t>(tag->attribute("v2"));
        auto v3 = parseNumber<uint32_t>(tag->attribute("v3"));
        if (!v1 || !v2 || !v3) return bad("triangle with a missing or bad index");
        const size_t n = object->vertices.size();
        if (*v1 >= n || *v2 >= n || *v3 >= n) return bad("triangle index out of range");
        if (++triangles_ > limits_.max_triangles) return bad("more triangles than the limit");
        object->indices.insert(object->indices.end(), {*v1, *v2, *v3});
        const bool has_pid = tag->attribute("pid").has_value();
        const uint32_t pid = has_pid ? parseNumber<uint32_t>(tag->attribute("pid")).value_or(UINT32_MAX) : object_pid;
        const uint32_t p1 = tag->attribute("p1") ? parseNumber<uint32_t>(tag->attribute("p1")).value_or(UINT32_MAX) : object_pindex;
        object->triangle_material.push_back(materialFor(has_pid || object_has_pid, pid, p1));
      } else if (tag->name == "component" && object) {
        auto id = parseNumber<uint32_t>(tag->attribute("objectid"));
        auto transform = parseTransform(tag->attribute("transform"));
        if (!id || !transform) return bad("component with a bad objectid or transform");
        object->components.push_back({*id, *transform});
      } else if (tag->name == "item" && !tag->is_end) {
        auto id = parseNumber<uint32_t>(tag->attribute("objectid"));
        auto transform = parseTransform(tag->attribute("transform"));
        if (!id || !transform) return bad("build item with a bad objectid or transform");
        items_.push_back({*id, *transform});
      }
    }
    if (scanner.failed()) return bad("malformed XML");
    if (!in_model) return bad("no <model> element");
    if (items_.empty()) return bad("build has no items");

    const Eigen::Matrix4d scale = Eigen::Affine3d(Eigen::Scaling(unit_scale)).matrix();
    for (const auto& item : items_) {
      if (auto s = emit(item.object_id, scale * item.transform, 0); !s) return std::unexpected(s.error());
    }
    if (mesh_.materials.empty()) mesh_.materials.emplace_back();
    if (auto s = detail::checkDecoded(mesh_, kFormat); !s) return std::unexpected(s.error());
    return std::move(mesh_);
  }

 private:
  static constexpr size_t kMaxMaterials = 65536;

  static std::optional<Vec4> parseColor(std::string_view text) {
    if (text.size() != 7 && text.size() != 9) return std::nullopt;
    if (text[0] != '#') return std::nullopt;
    Vec4 color(0, 0, 0, 1);
    for (size_t k = 0; k * 2 + 1 < text.size(); ++k) {
      uint32_t byte = 0;
      auto [p, ec] = std::from_chars(text.data() + 1 + 2 * k, text.data() + 3 + 2 * k, byte, 16);
      if (ec != std::errc() || p != text.data() + 3 + 2 * k) return std::nullopt;
      const float unit = static_cast<float>(byte) / 255.0f;
      color[static_cast<int>(k)] = k < 3 ? detail::linearFromSrgb(unit) : unit;
    }
    return color;
  }

  // Resolves a (pid, p1) pair to the reader's material list; properties that
  // are not base materials (colour groups, textures) fall back to a default.
  uint32_t materialFor(bool has_pid, uint32_t pid, uint32_t index) {
    if (has_pid) {
      auto group = base_groups_.find(pid);
      if (group != base_groups_.end() && index < group->second.size()) return group->second[index];
    }
    if (!default_material_) {
      default_material_ = static_cast<uint32_t>(materials_.size());
      materials_.emplace_back();
    }
    return *default_material_;
  }

  // Appends object `id` transformed by `world` (in the file's Z-up frame,
  // scaled to millimetres), converting to Y up.
  Status emit(uint32_t id, const Eigen::Matrix4d& world, int depth) {
    auto bad = [](std::string message) { return std::unexpected(detail::malformed(kFormat, std::move(message))); };
    if (depth > kMaxComponentDepth || ++visits_ > kMaxItemVisits) return bad("component hierarchy is too deep or cyclic");
    auto it = objects_.find(id);
    if (it == objects_.end()) return bad("reference to a missing object " + std::to_string(id));
    const ObjectData& object = it->second;
    const size_t triangle_count = object.indices.size() / 3;
    if (triangle_count > limits_.max_triangles - std::min(limits_.max_triangles, mesh_.triangleCount())) {
      return bad("more triangles than the limit");
    }
    if (mesh_.positions.size() + object.vertices.size() > UINT32_MAX) return bad("too many vertices");
    const bool mirrored = world.topLeftCorner<3, 3>().determinant() < 0;
    const auto base = static_cast<uint32_t>(mesh_.positions.size());
    for (const Vec3& v : object.vertices) {
      const Eigen::Vector4d p = world * Eigen::Vector4d(v.x(), v.y(), v.z(), 1.0);
      mesh_.positions.push_back(detail::yUpFromZUp(p.head<3>().cast<float>()));
    }
    for (size_t t = 0; t < triangle_count; ++t) {
      const uint32_t a = object.indices[3 * t], b = object.indices[3 * t + 1], c = object.indices[3 * t + 2];
      if (mirrored) mesh_.indices.insert(mesh_.indices.end(), {base + a, base + c, base + b});
      else mesh_.indices.insert(mesh_.indices.end(), {base + a, base + b, base + c});
      detail::appendSubmeshRun(mesh_, meshMaterial(object.triangle_material[t]), 1);
    }
    for (const auto& component : object.components) {
      if (auto s = emit(component.object_id, world * component.transform, depth + 1); !s) return s;
    }
    return {};
  }

  // Materials are copied into the mesh on first use, so unused ones are dropped.
  uint32_t meshMaterial(uint32_t reader_index) {
    auto [it, inserted] = mesh_material_.try_emplace(reader_index, static_cast<uint32_t>(mesh_.materials.size()));
    if (inserted) mesh_.materials.push_back(materials_[reader_index]);
    return it->second;
  }

  std::string_view xml_;
  const ReadLimits& limits_;
  std::map<uint32_t, ObjectData> objects_;
  std::map<uint32_t, std::vector<uint32_t>> base_groups_;
  std::vector<geometry::Material> materials_;
  std::map<uint32_t, uint32_t> mesh_material_;
  std::optional<uint32_t> default_material_;
  struct Item {
    uint32_t object_id;
    Eigen::Matrix4d transform;
  };
  std::vector<Item> items_;
  size_t triangles_ = 0;
  size_t visits_ = 0;
  Mesh mesh_;
};

// Reads one archive entry, refusing entries larger than `max_bytes` (by the
// directory's claim and by what decompression actually yields).
Result<std::string> readEntry(zip_t* archive, zip_int64_t index, size_t max_bytes) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    return std::unexpected(detail::malformed(kFormat, "cannot stat archive entry"));
  }
  if (stat.size > max_bytes) {
    return fail(ErrorCode::kTooLarge, "3mf: model part is larger than the read limit",
                {{"bytes", stat.size}, {"limit", max_bytes}});
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) return std::unexpected(detail::malformed(kFormat, "cannot open archive entry"));
  std::string data(static_cast<size_t>(stat.size), '\0');
  size_t got = 0;
  while (got < data.size()) {
    const zip_int64_t n = zip_fread(file.get(), data.data() + got, data.size() - got);
    if (n <= 0) return std::unexpected(detail::malformed(kFormat, "archive entry is corrupt or truncated"));
    got += static_cast<size_t>(n);
  }
  return data;
}

// The model part named by the package relationships, or the conventional path.
std::string modelPartName(zip_t* archive, size_t max_bytes) {
  const zip_int64_t rels = zip_name_locate(archive, "_rels/.rels", ZIP_FL_NOCASE);
  if (rels < 0) return kModelPath;
  auto text = readEntry(archive, rels, max_bytes);
  if (!text) return kModelPath;
  TagScanner scanner(*text);
  while (auto tag = scanner.next()) {
    if (tag->name != "Relationship") continue;
    const auto type = tag->attribute("Type");
    const auto target = tag->attribute("Target");
    if (type && target && type->ends_with("/3dmodel")) {
      std::string name = unescape(*target);
      while (!name.empty() && name.front() == '/') name.erase(name.begin());
      return name;
    }
  }
  return kModelPath;
}

}  // namespace

Result<std::vector<uint8_t>> encode3mf(const Mesh& mesh, const ModelInfo& info) {
  if (auto s = detail::checkEncodable(mesh); !s) return fail(s.error());
  const std::string model = modelXml(mesh, info);

  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> target(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!target) return fail(zipError("cannot create archive buffer", &error));
  zip_source_keep(target.get());  // the archive takes one reference; we read the bytes afterwards
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(target.get(), ZIP_TRUNCATE, &error));
  if (!archive) return fail(zipError("cannot open archive", &error));

  // Fixed part order: content types first, as OPC readers expect.
  const std::pair<const char*, std::string_view> parts[] = {
      {"[Content_Types].xml", kContentTypes}, {"_rels/.rels", kRelationships}, {kModelPath, model}};
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive.get(), data.data(), data.size(), 0);
    if (!source) return fail(zipError("cannot add part", zip_get_error(archive.get())));
    const zip_int64_t index = zip_file_add(archive.get(), name, source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return fail(zipError("cannot add part", zip_get_error(archive.get())));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive.get(), i, ZIP_CM_DEFLATE, 9) != 0 ||
        zip_file_set_dostime(archive.get(), i, kDosTime, kDosDate, 0) != 0 ||
        zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_DOS, 0) != 0) {
      return fail(zipError("cannot set part attributes", zip_get_error(archive.get())));
    }
  }
  if (zip_close(archive.get()) != 0) return fail(zipError("cannot write archive", zip_get_error(archive.get())));
  (void)archive.release();  // zip_close freed it

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(target.get(), &stat) != 0 || zip_source_open(target.get()) != 0) {
    return fail(zipError("cannot read archive buffer", zip_source_error(target.get())));
  }
  std::vector<uint8_t> out(static_cast<size_t>(stat.size));
  const zip_int64_t n = zip_source_read(target.get(), out.data(), out.size());
  zip_source_close(target.get());
  if (n < 0 || static_cast<size_t>(n) != out.size()) {
    return fail(ErrorCode::kInternal, "3mf: cannot read archive buffer");
  }
  return out;
}

Result<Mesh> decode3mf(const std::vector<uint8_t>& bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return fail(ErrorCode::kTooLarge, "3MF is larger than the read limit",
                {{"bytes", bytes.size()}, {"limit", limits.max_bytes}});
  }
  if (bytes.empty()) return std::unexpected(detail::malformed(kFormat, "empty input"));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return std::unexpected(detail::malformed(kFormat, "cannot read archive"));
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!archive) {
    zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return std::unexpected(detail::malformed(kFormat, "not a valid zip archive: " + reason));
  }
  const std::string part = modelPartName(archive.get(), limits.max_bytes);
  const zip_int64_t index = zip_name_locate(archive.get(), part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::unexpected(detail::malformed(kFormat, "archive has no model part '" + part + "'"));
  auto xml = readEntry(archive.get(), index, limits.max_bytes);
  if (!xml) return std::unexpected(xml.error());
  return ModelParser(*xml, limits).parse();
}

}  // namespace kiln::formats
