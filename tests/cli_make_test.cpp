// `kiln make` end to end: ten prompts from different families, each written
// as GLB (checked by Khronos glTF-Validator), STL (checked by admesh) and 3MF
// (checked as a zip package and for a manifold mesh).
#include <gtest/gtest.h>

#include "tests/support/command.h"
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <fmt/format.h>

#include "formats/formats.h"
#include "geometry/mesh.h"

namespace fs = std::filesystem;

namespace {

using kiln::testing::CommandOutput;

// Runs a shell command, capturing stdout and stderr together.
CommandOutput run(const std::string& command) { return kiln::testing::runCommand(command + " 2>&1"); }


std::vector<uint8_t> readBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / fmt::format("kiln-cli-{}", ::getpid())) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

const fs::path kSource = KILN_SOURCE_DIR;
const std::string kKiln = KILN_BINARY;

void requireTools() {
  ASSERT_TRUE(fs::exists(kSource / "node_modules/gltf-validator"))
      << "the glTF validator is not installed: run scripts/setup.sh (it runs npm ci)";
  ASSERT_EQ(run("command -v admesh").exit_code, 0) << "admesh is not installed: run scripts/setup.sh";
}

// admesh prints counters such as "Edges fixed : 0"; all repair counters must be zero.
void expectAdmeshClean(const fs::path& stl) {
  const CommandOutput r = run("admesh " + kiln::testing::shellQuote(stl.string()));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  for (const char* counter : {"Edges fixed", "Facets removed", "Facets added", "Facets reversed",
                              "Backwards edges", "Degenerate facets"}) {
    const std::regex re(std::string(counter) + R"(\s*:\s*(\d+))");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.text, m, re)) << counter << " missing from admesh output:\n" << r.text;
    EXPECT_EQ(m[1].str(), "0") << stl << ": admesh " << counter << " = " << m[1] << "\n" << r.text;
  }
}

struct Case {
  const char* prompt;
  const char* tier;
  size_t budget;
};

class MakeFamilies : public ::testing::TestWithParam<Case> {};

TEST_P(MakeFamilies, GlbStlAnd3mfPassIndependentChecks) {
  requireTools();
  const Case c = GetParam();
  TempDir dir;
  const auto glb = dir.path() / "model.glb";
  CommandOutput r = run(fmt::format("{} make {} -o {} --tier {} --json", kKiln, kiln::testing::shellQuote(c.prompt), kiln::testing::shellQuote(glb.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  const auto summary = nlohmann::json::parse(r.text);
  EXPECT_LE(summary["triangles"].get<size_t>(), c.budget);
  EXPECT_TRUE(summary["watertight"].get<bool>()) << r.text;

  // Khronos glTF-Validator: 0 errors, 0 warnings.
  r = run(fmt::format("node {} {}", kiln::testing::shellQuote((kSource / "tools/validate_gltf.mjs").string()), kiln::testing::shellQuote(glb.string())));
  EXPECT_EQ(r.exit_code, 0) << r.text;

  // STL: admesh finds nothing to repair.
  const auto stl = dir.path() / "model.stl";
  r = run(fmt::format("{} make {} -o {} --tier {} -q", kKiln, kiln::testing::shellQuote(c.prompt), kiln::testing::shellQuote(stl.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  expectAdmeshClean(stl);

  // 3MF: a sound zip with the core parts, and a manifold, outward mesh.
  const auto tmf = dir.path() / "model.3mf";
  r = run(fmt::format("{} make {} -o {} --tier {} -q", kKiln, kiln::testing::shellQuote(c.prompt), kiln::testing::shellQuote(tmf.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  r = run("unzip -t " + kiln::testing::shellQuote(tmf.string()));
  EXPECT_EQ(r.exit_code, 0) << r.text;
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "3D/3dmodel.model"}) {
    EXPECT_NE(r.text.find(part), std::string::npos) << part << " missing:\n" << r.text;
  }
  auto mesh = kiln::formats::decode3mf(readBytes(tmf));
  ASSERT_TRUE(mesh.has_value()) << mesh.error().message;
  const auto topo = kiln::geometry::analyzeTopology(*mesh);
  EXPECT_TRUE(topo.isManifold());
  EXPECT_GT(kiln::geometry::volume(*mesh), 0.0) << "3MF normals must point outward";
}

INSTANTIATE_TEST_SUITE_P(
    Kiln, MakeFamilies,
    ::testing::Values(Case{"a glazed ceramic teapot", "standard", 30'000},
                      Case{"a tall blue vase", "draft", 12'000},
                      Case{"a wooden treasure chest", "draft", 12'000},
                      Case{"an oak barrel with iron hoops", "draft", 12'000},
                      Case{"a round wooden table", "draft", 12'000},
                      Case{"a chair", "standard", 30'000},
                      Case{"a low-poly pine tree", "draft", 12'000},
                      Case{"a mossy grey boulder", "draft", 12'000},
                      Case{"a cartoon red toadstool", "standard", 30'000},
                      Case{"a golden retriever statue, 10cm tall", "high", 200'000}),
    [](const auto& info) { return fmt::format("prompt{}", info.index); });

TEST(KilnMake, SamePromptAndSeedGiveByteIdenticalFiles) {
  TempDir dir;
  for (const char* ext : {"glb", "stl", "3mf", "obj", "ply", "gltf"}) {
    // Same file name in two folders: glTF and OBJ name their companion files after it.
    fs::create_directories(dir.path() / "a");
    fs::create_directories(dir.path() / "b");
    const auto a = dir.path() / "a" / fmt::format("m.{}", ext), b = dir.path() / "b" / fmt::format("m.{}", ext);
    ASSERT_EQ(run(fmt::format("{} make 'a mushroom' --seed 42 --tier draft -q -o {}", kKiln, kiln::testing::shellQuote(a.string()))).exit_code, 0);
    ASSERT_EQ(run(fmt::format("{} make 'a mushroom' --seed 42 --tier draft -q -o {}", kKiln, kiln::testing::shellQuote(b.string()))).exit_code, 0);
    EXPECT_EQ(readBytes(a), readBytes(b)) << ext;
    EXPECT_FALSE(readBytes(a).empty()) << ext;
  }
}

TEST(KilnMake, UnknownSubjectExitsWithSuggestions) {
  const CommandOutput r = run(fmt::format("{} make 'a teapoot' -o /dev/null", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("teapot"), std::string::npos) << r.text;
}

TEST(KilnMake, BadFlagsSayHowToFixThem) {
  CommandOutput r = run(fmt::format("{} make 'a vase' --tier ultra", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("draft, standard or high"), std::string::npos) << r.text;
  r = run(fmt::format("{} make 'a vase' --format fbx", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("glb"), std::string::npos) << r.text;
  r = run(fmt::format("{} make 'a vase' --height-mm 100000", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("height_mm"), std::string::npos) << r.text;
}

TEST(KilnHelp, EveryCommandDocumentsItsFlags) {
  CommandOutput r = run(kKiln + " --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.text.find("make"), std::string::npos);
  EXPECT_NE(r.text.find("catalog"), std::string::npos);
  r = run(kKiln + " make --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* flag : {"--output", "--tier", "--seed", "--format", "--height-mm"}) {
    EXPECT_NE(r.text.find(flag), std::string::npos) << flag;
  }
  r = run(kKiln + " catalog");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.text.find("sculpt"), std::string::npos);
  EXPECT_NE(r.text.find("height_mm"), std::string::npos);
}

}  // namespace
