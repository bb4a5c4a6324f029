// Outputs checked by independent tools: the Khronos glTF-Validator (through
// tools/validate_gltf.mjs) on every glTF/GLB, gltf-transform as a second
// glTF reader, and admesh on every STL.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>

#include "formats/formats.h"
#include "formats/tests/test_meshes.h"

#ifndef KILN_SOURCE_DIR
#error "KILN_SOURCE_DIR must name the repository root (set in src/formats/CMakeLists.txt)"
#endif

namespace kiln::formats {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = KILN_SOURCE_DIR;

struct CommandResult {
  int exit_code = -1;
  std::string output;
};

std::string quoted(const fs::path& path) {
  std::string out = "'";
  for (char c : path.string()) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// The meshes every external check runs on.
std::vector<std::pair<std::string, geometry::Mesh>> sampleMeshes() {
  std::vector<std::pair<std::string, geometry::Mesh>> meshes;
  meshes.emplace_back("cube", testing::twoMaterialCube());
  meshes.emplace_back("icosphere", testing::icosphere(3, 25.0f));
  // More than 65535 vertices: 32-bit indices.
  meshes.emplace_back("big_icosphere", testing::icosphere(7, 40.0f));
  geometry::Mesh unused = testing::twoMaterialCube();
  unused.materials.push_back({"unused", geometry::Vec4(0, 1, 0, 1), 0, 1, geometry::Vec3::Zero()});
  unused.submeshes = {{0, 0, 8}, {2, 8, 0}, {1, 8, 4}};
  unused.normals[0] = geometry::Vec3::Zero();  // a degenerate normal must still be written unit length
  meshes.emplace_back("cube_with_unused_material", std::move(unused));
  // A closed cube plus a triangle with a repeated index (left out of glTF; a
  // zero-area facet that admesh removes from STL, so it is not in the STL check).
  geometry::Mesh degenerate = testing::twoMaterialCube();
  degenerate.indices.insert(degenerate.indices.end(), {0, 0, 1});
  degenerate.submeshes.back().triangle_count += 1;
  meshes.emplace_back("cube_with_degenerate_triangle", std::move(degenerate));
  // A see-through (blended) material and a glowing one brighter than 1
  // (KHR_materials_emissive_strength).
  geometry::Mesh lit = testing::twoMaterialCube();
  lit.materials[0].base_color.w() = 0.25f;
  lit.materials[1].emissive = geometry::Vec3(2.5f, 1.0f, 0.2f);
  meshes.emplace_back("cube_glass_and_glow", std::move(lit));
  return meshes;
}

class ExternalTools : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kiln_formats_external_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

// The npm tools live in the repository's node_modules; missing tools fail the test.
void requireValidator() {
  ASSERT_TRUE(fs::is_directory(kSourceDir / "node_modules" / "gltf-validator"))
      << "node_modules/gltf-validator is missing in " << kSourceDir << "; run scripts/setup.sh";
}

TEST_F(ExternalTools, GltfValidatorReportsNoErrorsOrWarnings) {
  ASSERT_NO_FATAL_FAILURE(requireValidator());
  std::string files;
  for (const auto& [name, mesh] : sampleMeshes()) {
    for (Format format : {Format::kGlb, Format::kGltf}) {
      auto written = writeModel(mesh, format, dir_ / name, {.title = name});
      ASSERT_TRUE(written) << written.error().message;
      files.append(" ").append(quoted((*written)[0]));
    }
  }
  const auto result = run("node " + quoted(kSourceDir / "tools" / "validate_gltf.mjs") + files);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  // Every file's summary line says 0 errors and 0 warnings.
  const std::regex summary(R"(: (\d+) errors, (\d+) warnings, (\d+) infos)");
  size_t summaries = 0;
  for (auto it = std::sregex_iterator(result.output.begin(), result.output.end(), summary);
       it != std::sregex_iterator(); ++it) {
    ++summaries;
    EXPECT_EQ((*it)[1], "0") << result.output;
    EXPECT_EQ((*it)[2], "0") << result.output;
  }
  // The only info allowed: a TEXCOORD_0 that no material samples yet (kiln
  // materials have no textures, but UVs are kept for downstream texturing).
  const std::regex info_line(R"(\n  info (\S+) (\S+):)");
  for (auto it = std::sregex_iterator(result.output.begin(), result.output.end(), info_line);
       it != std::sregex_iterator(); ++it) {
    EXPECT_EQ((*it)[1], "UNUSED_OBJECT") << result.output;
    EXPECT_TRUE((*it)[2].str().ends_with("/attributes/TEXCOORD_0")) << result.output;
  }
  EXPECT_EQ(summaries, sampleMeshes().size() * 2) << result.output;
}

TEST_F(ExternalTools, ValidatorScriptFailsOnABrokenFile) {
  ASSERT_NO_FATAL_FAILURE(requireValidator());
  // Guards the check above: the script must report errors, not pass everything.
  auto bytes = encodeGlb(testing::twoMaterialCube(), {});
  ASSERT_TRUE(bytes);
  (*bytes)[bytes->size() - 100] ^= 0xFF;  // corrupt the index data
  (*bytes)[30] = '!';                     // and the JSON
  const fs::path path = dir_ / "broken.glb";
  FILE* f = fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  fwrite(bytes->data(), 1, bytes->size(), f);
  fclose(f);
  const auto result = run("node " + quoted(kSourceDir / "tools" / "validate_gltf.mjs") + " " + quoted(path));
  EXPECT_NE(result.exit_code, 0) << result.output;
}

TEST_F(ExternalTools, GltfTransformInspectsEveryGlb) {
  const fs::path cli = kSourceDir / "node_modules" / ".bin" / "gltf-transform";
  ASSERT_TRUE(fs::exists(cli)) << "gltf-transform is missing; run scripts/setup.sh";
  for (const auto& [name, mesh] : sampleMeshes()) {
    auto written = writeModel(mesh, Format::kGlb, dir_ / name);
    ASSERT_TRUE(written);
    const auto result = run(quoted(cli) + " inspect " + quoted((*written)[0]));
    EXPECT_EQ(result.exit_code, 0) << name << "\n" << result.output;
    EXPECT_NE(result.output.find("MESHES"), std::string::npos) << result.output;
  }
}

// The integer after "<label>" on an admesh report line, e.g. "Edges fixed : 0".
std::optional<long> admeshValue(const std::string& output, const std::string& label) {
  const std::regex line(label + R"(\s*:\s*(-?\d+))");
  std::smatch match;
  if (!std::regex_search(output, match, line)) return std::nullopt;
  return std::stol(match[1]);
}

TEST_F(ExternalTools, AdmeshFindsNothingToRepairInStl) {
  ASSERT_EQ(run("command -v admesh").exit_code, 0) << "admesh is not installed; run scripts/setup.sh";
  for (const auto& [name, mesh] : sampleMeshes()) {
    if (name == "cube_with_degenerate_triangle") continue;
    auto written = writeModel(mesh, Format::kStl, dir_ / name);
    ASSERT_TRUE(written);
    const auto result = run("admesh " + quoted((*written)[0]));
    ASSERT_EQ(result.exit_code, 0) << result.output;
    for (const char* label : {"Degenerate facets", "Edges fixed", "Facets removed", "Facets added",
                              "Facets reversed", "Backwards edges", "Normals fixed"}) {
      const auto value = admeshValue(result.output, label);
      ASSERT_TRUE(value) << "no '" << label << "' line in admesh output:\n" << result.output;
      EXPECT_EQ(*value, 0) << name << ": " << label << "\n" << result.output;
    }
    const auto parts = admeshValue(result.output, "Number of parts");
    ASSERT_TRUE(parts) << result.output;
    EXPECT_EQ(*parts, 1) << name << "\n" << result.output;
    EXPECT_EQ(admeshValue(result.output, "Number of facets"), static_cast<long>(mesh.triangleCount()))
        << result.output;
  }
}

}  // namespace
}  // namespace kiln::formats
