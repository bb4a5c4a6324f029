// Round trips through every writer and reader, and byte-identical determinism.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include "formats/formats.h"
#include "formats/tests/test_meshes.h"

namespace kiln::formats {
namespace {

using geometry::Mesh;
using geometry::Vec3;
using geometry::Vec4;

std::vector<uint8_t> bytesOf(const std::string& text) { return {text.begin(), text.end()}; }

// Every triangle's corners in order, within 1e-4 of the bounding-box diagonal.
// `offset` is what the format adds to positions (STL and 3MF rest the model on
// the build plate).
void expectSameTriangles(const Mesh& original, const Mesh& decoded, const Vec3& offset = Vec3::Zero()) {
  ASSERT_EQ(decoded.triangleCount(), original.triangleCount());
  const float tolerance = 1e-4f * testing::bounds(original).size().norm();
  for (size_t t = 0; t < original.triangleCount(); ++t) {
    const auto a = original.triangle(t);
    const auto b = decoded.triangle(t);
    for (int k = 0; k < 3; ++k) {
      const Vec3 expected = original.positions[a[k]] + offset;
      const Vec3 actual = decoded.positions[b[k]];
      ASSERT_LE((expected - actual).norm(), tolerance) << "triangle " << t << " corner " << k;
    }
  }
}

// Material of each triangle, by name and colour, as the decoded mesh sees it.
void expectSameMaterials(const Mesh& original, const Mesh& decoded, float colour_tolerance) {
  ASSERT_EQ(decoded.materials.size(), original.materials.size());
  auto material_of = [](const Mesh& mesh, size_t t) {
    for (const auto& sub : mesh.submeshes) {
      if (t >= sub.first_triangle && t < size_t{sub.first_triangle} + sub.triangle_count) return sub.material;
    }
    return uint32_t{UINT32_MAX};
  };
  for (size_t t = 0; t < original.triangleCount(); ++t) {
    const auto& expected = original.materials[material_of(original, t)];
    const uint32_t m = material_of(decoded, t);
    ASSERT_LT(m, decoded.materials.size()) << "triangle " << t;
    const auto& actual = decoded.materials[m];
    EXPECT_EQ(actual.name, expected.name);
    EXPECT_LE((actual.base_color - expected.base_color).cwiseAbs().maxCoeff(), colour_tolerance) << actual.name;
  }
}

Vec3 printOffset(const Mesh& mesh) { return Vec3(0.0f, -testing::bounds(mesh).min.y(), 0.0f); }

class RoundTrip : public ::testing::TestWithParam<int> {
 protected:
  Mesh mesh() const { return GetParam() == 0 ? testing::twoMaterialCube() : testing::icosphere(3, 25.0f); }
};

TEST_P(RoundTrip, GlbKeepsTrianglesMaterialsNormalsAndColours) {
  const Mesh original = mesh();
  auto bytes = encodeGlb(original, {.title = "round trip"});
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto decoded = decodeGlb(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded);
  expectSameMaterials(original, *decoded, 1e-6f);
  ASSERT_EQ(decoded->normals.size(), decoded->positions.size());
  for (size_t t = 0; t < original.triangleCount(); ++t) {
    for (int k = 0; k < 3; ++k) {
      const Vec3 n0 = original.normals[original.triangle(t)[k]];
      const Vec3 n1 = decoded->normals[decoded->triangle(t)[k]];
      ASSERT_LE((n0 - n1).norm(), 1e-5f);
    }
  }
  EXPECT_EQ(decoded->colors.size(), original.colors.empty() ? 0 : decoded->positions.size());
  EXPECT_EQ(decoded->uvs.size(), original.uvs.empty() ? 0 : decoded->positions.size());
  if (!original.colors.empty()) {
    const auto t0 = original.triangle(0);
    const auto t1 = decoded->triangle(0);
    EXPECT_LE((original.colors[t0[0]] - decoded->colors[t1[0]]).norm(), 1e-6f);
  }
}

TEST_P(RoundTrip, GltfWithBinKeepsTriangles) {
  const Mesh original = mesh();
  const auto dir = std::filesystem::temp_directory_path() / ("kiln_formats_gltf_" + std::to_string(GetParam()));
  std::filesystem::create_directories(dir);
  auto written = writeModel(original, Format::kGltf, dir / "part.gltf");
  ASSERT_TRUE(written) << written.error().message;
  ASSERT_EQ(written->size(), 2u);
  EXPECT_EQ((*written)[1].filename(), "part.bin");
  auto decoded = readModel((*written)[0]);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded);
  expectSameMaterials(original, *decoded, 1e-6f);
  std::filesystem::remove_all(dir);
}

TEST_P(RoundTrip, StlKeepsTrianglesInPrintFrame) {
  const Mesh original = mesh();
  auto bytes = encodeStl(original);
  ASSERT_TRUE(bytes) << bytes.error().message;
  EXPECT_EQ(bytes->size(), 84 + 50 * original.triangleCount());
  auto decoded = decodeStl(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded, printOffset(original));
  EXPECT_NEAR(testing::bounds(*decoded).min.y(), 0.0f, 1e-6f);
}

TEST_P(RoundTrip, ThreeMfKeepsTrianglesAndBaseMaterials) {
  const Mesh original = mesh();
  auto bytes = encode3mf(original, {.title = "a <title> & more"});
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto decoded = decode3mf(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded, printOffset(original));
  // displaycolor is 8-bit sRGB: allow one step of quantisation in linear space.
  expectSameMaterials(original, *decoded, 0.01f);
}

TEST_P(RoundTrip, ObjWithMtlKeepsTrianglesMaterialsAndAttributes) {
  const Mesh original = mesh();
  auto parts = encodeObj(original, "part.mtl");
  ASSERT_TRUE(parts) << parts.error().message;
  auto decoded = decodeObj(parts->first, parts->second, ReadLimits{});
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded);
  expectSameMaterials(original, *decoded, 1e-6f);
  EXPECT_EQ(decoded->vertexCount(), original.vertexCount());
  EXPECT_EQ(decoded->normals.size(), original.normals.size());
  EXPECT_EQ(decoded->uvs.size(), original.uvs.size());
  EXPECT_EQ(decoded->colors.size(), original.colors.size());
  const auto& blue = decoded->materials.back();
  EXPECT_FLOAT_EQ(blue.roughness, original.materials.back().roughness);
  EXPECT_FLOAT_EQ(blue.metallic, original.materials.back().metallic);
}

TEST_P(RoundTrip, ObjWithoutMtlNamesMaterials) {
  const Mesh original = mesh();
  auto parts = encodeObj(original, "part.mtl");
  ASSERT_TRUE(parts);
  auto decoded = decodeObj(parts->first);
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->materials.size(), original.materials.size());
  EXPECT_EQ(decoded->materials[0].name, original.materials[0].name);
}

TEST_P(RoundTrip, PlyKeepsTrianglesNormalsAndColours) {
  const Mesh original = mesh();
  auto bytes = encodePly(original);
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto decoded = decodePly(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expectSameTriangles(original, *decoded);
  EXPECT_EQ(decoded->vertexCount(), original.vertexCount());
  EXPECT_EQ(decoded->normals.size(), original.normals.size());
  EXPECT_EQ(decoded->uvs.size(), original.uvs.size());
  ASSERT_EQ(decoded->colors.size(), original.colors.size());
  for (size_t v = 0; v < original.colors.size(); ++v) {
    ASSERT_LE((original.colors[v] - decoded->colors[v]).cwiseAbs().maxCoeff(), 0.01f) << "vertex " << v;
  }
}

TEST_P(RoundTrip, EveryFormatIsByteIdenticalForTheSameMesh) {
  const ModelInfo info{.title = "determinism"};
  for (Format format : {Format::kGlb, Format::kGltf, Format::kObj, Format::kStl, Format::kThreeMf, Format::kPly}) {
    auto first = encode(mesh(), format, "model", info);
    auto second = encode(mesh(), format, "model", info);
    ASSERT_TRUE(first && second) << formatName(format);
    ASSERT_EQ(first->size(), second->size());
    for (size_t i = 0; i < first->size(); ++i) {
      EXPECT_EQ((*first)[i].name, (*second)[i].name);
      EXPECT_TRUE((*first)[i].bytes == (*second)[i].bytes) << formatName(format) << " file " << i;
    }
  }
}

TEST_P(RoundTrip, ReadModelDispatchesOnExtension) {
  const Mesh original = mesh();
  const auto dir = std::filesystem::temp_directory_path() / ("kiln_formats_read_" + std::to_string(GetParam()));
  std::filesystem::create_directories(dir);
  for (Format format : {Format::kGlb, Format::kObj, Format::kStl, Format::kThreeMf, Format::kPly}) {
    auto written = writeModel(original, format, dir / "model.any");
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ((*written)[0].extension(), formatExtension(format));
    auto decoded = readModel((*written)[0]);
    ASSERT_TRUE(decoded) << formatName(format) << ": " << decoded.error().message;
    EXPECT_EQ(decoded->triangleCount(), original.triangleCount()) << formatName(format);
  }
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Meshes, RoundTrip, ::testing::Values(0, 1),
                         [](const ::testing::TestParamInfo<int>& param_info) {
                           return param_info.param == 0 ? std::string("TwoMaterialCube") : std::string("Icosphere");
                         });

TEST(GlbWriter, WritesEachPrimitiveCompactlyInMetres) {
  const Mesh cube = testing::twoMaterialCube();
  auto bytes = encodeGlb(cube, {});
  ASSERT_TRUE(bytes);
  const uint32_t json_length = uint32_t{(*bytes)[12]} | (uint32_t{(*bytes)[13]} << 8) |
                               (uint32_t{(*bytes)[14]} << 16) | (uint32_t{(*bytes)[15]} << 24);
  const auto json = nlohmann::json::parse(bytes->begin() + 20, bytes->begin() + 20 + json_length);
  EXPECT_EQ(json["asset"]["generator"], "kiln");
  ASSERT_EQ(json["meshes"][0]["primitives"].size(), 2u);
  // Sides use 16 of the 24 vertices, top and bottom 8.
  const auto& accessors = json["accessors"];
  EXPECT_EQ(accessors[json["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>()]["count"], 16);
  EXPECT_EQ(accessors[json["meshes"][0]["primitives"][1]["attributes"]["POSITION"].get<int>()]["count"], 8);
  const auto& max = accessors[json["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>()]["max"];
  EXPECT_NEAR(max[1].get<double>(), 0.020, 1e-7);
  for (const auto& view : json["bufferViews"]) {
    EXPECT_TRUE(view.contains("target"));
    EXPECT_EQ(view["byteOffset"].get<size_t>() % 4, 0u);
  }
  EXPECT_EQ(bytes->size() % 4, 0u);
}

TEST(GlbWriter, DropsUnusedMaterialsAndEmptySubmeshes) {
  Mesh cube = testing::twoMaterialCube();
  cube.materials.push_back({"unused", Vec4(0, 1, 0, 1), 0, 1, Vec3::Zero()});
  cube.submeshes = {{0, 0, 8}, {2, 8, 0}, {1, 8, 4}};
  auto bytes = encodeGlb(cube, {});
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto decoded = decodeGlb(*bytes);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->materials.size(), 2u);
}

// Alpha survives (a blended material), and an emissive colour brighter than 1
// comes back through KHR_materials_emissive_strength.
TEST(GlbWriter, KeepsAlphaAndEmissiveStrength) {
  Mesh cube = testing::twoMaterialCube();
  cube.materials[0].base_color.w() = 0.25f;
  cube.materials[1].emissive = Vec3(2.5f, 1.0f, 0.2f);
  auto bytes = encodeGlb(cube, {});
  ASSERT_TRUE(bytes) << bytes.error().message;
  const std::string text(bytes->begin(), bytes->end());
  EXPECT_NE(text.find("\"alphaMode\":\"BLEND\""), std::string::npos);
  EXPECT_NE(text.find("\"extensionsUsed\":[\"KHR_materials_emissive_strength\"]"), std::string::npos);
  auto decoded = decodeGlb(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->materials.size(), 2u);
  EXPECT_NEAR(decoded->materials[0].base_color.w(), 0.25f, 1e-4f);
  EXPECT_NEAR(decoded->materials[1].emissive.x(), 2.5f, 1e-3f);
  EXPECT_NEAR(decoded->materials[1].emissive.y(), 1.0f, 1e-3f);
  EXPECT_NEAR(decoded->materials[1].emissive.z(), 0.2f, 1e-3f);
  // No extension when nothing is brighter than 1.
  cube.materials[1].emissive = Vec3(0.5f, 0.5f, 0.5f);
  auto plain = encodeGlb(cube, {});
  ASSERT_TRUE(plain);
  EXPECT_EQ(std::string(plain->begin(), plain->end()).find("extensionsUsed"), std::string::npos);
}

TEST(StlWriter, RotatesYUpToZUpAndRestsOnZeroAndWritesUnitFacetNormals) {
  const Mesh cube = testing::twoMaterialCube();
  auto bytes = encodeStl(cube);
  ASSERT_TRUE(bytes);
  float min_z = 1e9f, max_z = -1e9f;
  for (size_t t = 0; t < cube.triangleCount(); ++t) {
    const uint8_t* facet = bytes->data() + 84 + 50 * t;
    float values[12];
    std::memcpy(values, facet, sizeof(values));
    const Vec3 n(values[0], values[1], values[2]);
    EXPECT_NEAR(n.norm(), 1.0f, 1e-6f);
    for (int v = 0; v < 3; ++v) {
      min_z = std::min(min_z, values[3 + 3 * v + 2]);
      max_z = std::max(max_z, values[3 + 3 * v + 2]);
    }
  }
  EXPECT_EQ(min_z, 0.0f);
  EXPECT_EQ(max_z, 20.0f);  // the cube is 20 mm tall along Y, now along Z
}

// Every undirected edge of the decoded (index-welded) 3MF mesh is used by
// exactly two triangles, once in each direction: manifold and consistently
// oriented by vertex index, as the 3MF core specification requires.
TEST(ThreeMfWriter, PackageIsOrderedAndMeshIsManifoldByIndex) {
  for (const Mesh& mesh : {testing::twoMaterialCube(), testing::icosphere(3, 25.0f)}) {
    auto bytes = encode3mf(mesh, {});
    ASSERT_TRUE(bytes);
    // The first local file header names [Content_Types].xml.
    const std::string first_name(reinterpret_cast<const char*>(bytes->data()) + 30, 19);
    EXPECT_EQ(first_name, "[Content_Types].xml");
    auto decoded = decode3mf(*bytes);
    ASSERT_TRUE(decoded);
    EXPECT_LT(decoded->vertexCount(), mesh.vertexCount() + 1);
    std::map<std::pair<uint32_t, uint32_t>, int> directed;
    for (size_t t = 0; t < decoded->triangleCount(); ++t) {
      const auto tri = decoded->triangle(t);
      for (int k = 0; k < 3; ++k) ++directed[{tri[k], tri[(k + 1) % 3]}];
    }
    for (const auto& [edge, count] : directed) {
      EXPECT_EQ(count, 1) << "edge " << edge.first << "-" << edge.second;
      const auto reverse = directed.find({edge.second, edge.first});
      ASSERT_NE(reverse, directed.end()) << "boundary edge " << edge.first << "-" << edge.second;
      EXPECT_EQ(reverse->second, 1);
    }
  }
  // The cube's 24 flat-shaded vertices weld to its 8 corners.
  auto cube = decode3mf(encode3mf(testing::twoMaterialCube(), {}).value());
  ASSERT_TRUE(cube);
  EXPECT_EQ(cube->vertexCount(), 8u);
}

TEST(Encode, ReturnsMainFileFirstWithCompanions) {
  auto files = encode(testing::twoMaterialCube(), Format::kObj, "teapot");
  ASSERT_TRUE(files);
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].name, "teapot.obj");
  EXPECT_EQ((*files)[1].name, "teapot.mtl");
  const std::string obj((*files)[0].bytes.begin(), (*files)[0].bytes.end());
  EXPECT_NE(obj.find("mtllib teapot.mtl"), std::string::npos);
  EXPECT_NE(obj.find("usemtl red"), std::string::npos);
  EXPECT_NE(obj.find("usemtl blue"), std::string::npos);
}

TEST(Encode, RejectsEmptyAndInvalidMeshes) {
  for (Format format : {Format::kGlb, Format::kGltf, Format::kObj, Format::kStl, Format::kThreeMf, Format::kPly}) {
    auto empty = encode(Mesh{}, format, "x");
    ASSERT_FALSE(empty) << formatName(format);
    EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
    Mesh broken = testing::twoMaterialCube();
    broken.indices.back() = 999;
    EXPECT_FALSE(encode(broken, format, "x")) << formatName(format);
    Mesh bad_material = testing::twoMaterialCube();
    bad_material.submeshes[1].material = 7;
    EXPECT_FALSE(encode(bad_material, format, "x")) << formatName(format);
  }
}

TEST(FormatNames, ParseNameExtensionAndMediaType) {
  EXPECT_EQ(parseFormat("GLB"), Format::kGlb);
  EXPECT_EQ(parseFormat("3mf"), Format::kThreeMf);
  EXPECT_EQ(parseFormat("fbx"), std::nullopt);
  EXPECT_EQ(formatExtension(Format::kStl), ".stl");
  EXPECT_EQ(formatMediaType(Format::kGlb), "model/gltf-binary");
  EXPECT_EQ(formatFromPath("a/b/Model.PLY"), Format::kPly);
  EXPECT_EQ(formatFromPath("model"), std::nullopt);
}

TEST(PlyReader, ReadsAsciiPolygons) {
  const std::string ply =
      "ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
      "element face 1\nproperty list uchar int vertex_indices\nend_header\n"
      "0 0 0\n1 0 0\n1 1 0\n0 1 0\n4 0 1 2 3\n";
  auto mesh = decodePly(bytesOf(ply));
  ASSERT_TRUE(mesh) << mesh.error().message;
  EXPECT_EQ(mesh->triangleCount(), 2u);
}

TEST(StlReader, ReadsAsciiStl) {
  const std::string stl =
      "solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\n"
      "facet normal 0 0 1\nouter loop\nvertex 1 0 0\nvertex 1 1 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid t\n";
  auto mesh = decodeStl(bytesOf(stl));
  ASSERT_TRUE(mesh) << mesh.error().message;
  EXPECT_EQ(mesh->triangleCount(), 2u);
  EXPECT_EQ(mesh->vertexCount(), 4u);  // shared corners are welded
  // Z up in the file → Y up in the mesh: the file's (0, 1, 0) is the mesh's (0, 0, -1).
  EXPECT_EQ(mesh->positions[2], Vec3(0, 0, -1));
}

}  // namespace
}  // namespace kiln::formats
