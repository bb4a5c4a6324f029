// `kiln make` end to end: ten prompts from different families, each written
// as GLB (checked by Khronos glTF-Validator), STL (checked by admesh) and 3MF
// (checked as a zip package and for a manifold mesh).
#include <gtest/gtest.h>
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

struct CommandResult {
  int exit_code;
  std::string output;
};

// Runs a shell command, capturing stdout and stderr together.
CommandResult run(const std::string& command) {
  CommandResult r{0, {}};
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

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
  const CommandResult r = run("admesh " + quote(stl.string()));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  for (const char* counter : {"Edges fixed", "Facets removed", "Facets added", "Facets reversed",
                              "Backwards edges", "Degenerate facets"}) {
    const std::regex re(std::string(counter) + R"(\s*:\s*(\d+))");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.output, m, re)) << counter << " missing from admesh output:\n" << r.output;
    EXPECT_EQ(m[1].str(), "0") << stl << ": admesh " << counter << " = " << m[1] << "\n" << r.output;
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
  CommandResult r = run(fmt::format("{} make {} -o {} --tier {} --json", kKiln, quote(c.prompt), quote(glb.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto summary = nlohmann::json::parse(r.output);
  EXPECT_LE(summary["triangles"].get<size_t>(), c.budget);
  EXPECT_TRUE(summary["watertight"].get<bool>()) << r.output;

  // Khronos glTF-Validator: 0 errors, 0 warnings.
  r = run(fmt::format("node {} {}", quote((kSource / "tools/validate_gltf.mjs").string()), quote(glb.string())));
  EXPECT_EQ(r.exit_code, 0) << r.output;

  // STL: admesh finds nothing to repair.
  const auto stl = dir.path() / "model.stl";
  r = run(fmt::format("{} make {} -o {} --tier {} -q", kKiln, quote(c.prompt), quote(stl.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expectAdmeshClean(stl);

  // 3MF: a sound zip with the core parts, and a manifold, outward mesh.
  const auto tmf = dir.path() / "model.3mf";
  r = run(fmt::format("{} make {} -o {} --tier {} -q", kKiln, quote(c.prompt), quote(tmf.string()), c.tier));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  r = run("unzip -t " + quote(tmf.string()));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "3D/3dmodel.model"}) {
    EXPECT_NE(r.output.find(part), std::string::npos) << part << " missing:\n" << r.output;
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
    ASSERT_EQ(run(fmt::format("{} make 'a mushroom' --seed 42 --tier draft -q -o {}", kKiln, quote(a.string()))).exit_code, 0);
    ASSERT_EQ(run(fmt::format("{} make 'a mushroom' --seed 42 --tier draft -q -o {}", kKiln, quote(b.string()))).exit_code, 0);
    EXPECT_EQ(readBytes(a), readBytes(b)) << ext;
    EXPECT_FALSE(readBytes(a).empty()) << ext;
  }
}

TEST(KilnMake, UnknownSubjectExitsWithSuggestions) {
  const CommandResult r = run(fmt::format("{} make 'a teapoot' -o /dev/null", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("teapot"), std::string::npos) << r.output;
}

TEST(KilnMake, BadFlagsSayHowToFixThem) {
  CommandResult r = run(fmt::format("{} make 'a vase' --tier ultra", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("draft, standard or high"), std::string::npos) << r.output;
  r = run(fmt::format("{} make 'a vase' --format fbx", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("glb"), std::string::npos) << r.output;
  r = run(fmt::format("{} make 'a vase' --height-mm 100000", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("height_mm"), std::string::npos) << r.output;
}

TEST(KilnHelp, EveryCommandDocumentsItsFlags) {
  CommandResult r = run(kKiln + " --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("make"), std::string::npos);
  EXPECT_NE(r.output.find("catalog"), std::string::npos);
  r = run(kKiln + " make --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* flag : {"--output", "--tier", "--seed", "--format", "--height-mm"}) {
    EXPECT_NE(r.output.find(flag), std::string::npos) << flag;
  }
  r = run(kKiln + " catalog");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("sculpt"), std::string::npos);
  EXPECT_NE(r.output.find("height_mm"), std::string::npos);
}

}  // namespace
