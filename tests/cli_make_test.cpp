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
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

TEST(KilnSubjects, ExplainSaysHowPromptsAreReadWithoutMakingThem) {
  const CommandOutput one = run(fmt::format("{} subjects --explain 'a cat wizard on a cushion'", kKiln));
  EXPECT_EQ(one.exit_code, 0) << one.text;
  EXPECT_NE(one.text.find("cat, wearing wizard_hat"), std::string::npos) << one.text;
  // A list on standard input: one line each, exit 2 when any is refused.
  const CommandOutput list =
      run(fmt::format("printf 'a red apple\\n# a comment\\na teapoot\\n' | {} subjects --explain - --json", kKiln));
  EXPECT_EQ(list.exit_code, 2) << list.text;
  std::istringstream lines(list.text);
  std::vector<nlohmann::json> parsed;
  for (std::string line; std::getline(lines, line);) parsed.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(parsed.size(), 2u) << list.text;
  EXPECT_EQ(parsed[0]["subject"], "apple");
  EXPECT_EQ(parsed[1]["error"]["code"], "unknown_subject") << parsed[1].dump();
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

// A 64×64 PNG of plain light grey: a backdrop with nothing on it.
const std::vector<uint8_t> kEmptyBackdropPng = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x40, 0x00, 0x00, 0x00, 0x40, 0x08, 0x02, 0x00, 0x00, 0x00, 0x25, 0x0b, 0xe6, 0x89, 0x00, 0x00, 0x00,
    0x4f, 0x49, 0x44, 0x41, 0x54, 0x68, 0xde, 0xed, 0xcf, 0x41, 0x11, 0x00, 0x00, 0x04, 0x00, 0x30, 0xf4, 0x8f,
    0xe9, 0xe4, 0x90, 0xc2, 0xc3, 0xdd, 0xd6, 0x60, 0x39, 0xdd, 0xf1, 0x59, 0xc5, 0x73, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0xf7, 0x16, 0x8e, 0xa9, 0x03, 0x2e, 0x56, 0xfa, 0xb4, 0x77, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

void writeBytes(const fs::path& p, const std::vector<uint8_t>& bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// Photo → model: the "photo" is kiln's own render of a vase it made, on a
// plain backdrop. The model must be closed, within budget, and its GLB and
// STL must pass the independent checkers.
TEST(KilnMakeImage, PhotoBecomesAWatertightModelThatPassesTheCheckers) {
  requireTools();
  TempDir dir;
  const auto vase = dir.path() / "source.glb", photo = dir.path() / "vase.png";
  CommandOutput r = run(fmt::format("{} make 'a red glazed ceramic vase' --tier draft -q -o {}", kKiln,
                                    kiln::testing::shellQuote(vase.string())));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  r = run(fmt::format("{} render {} -o {} --size 512 --samples 16 --no-ground", kKiln,
                      kiln::testing::shellQuote(vase.string()), kiln::testing::shellQuote(photo.string())));
  ASSERT_EQ(r.exit_code, 0) << r.text;

  const auto glb = dir.path() / "from-photo.glb";
  r = run(fmt::format("{} make --image {} -o {} --tier draft --height-mm 80 --json", kKiln,
                      kiln::testing::shellQuote(photo.string()), kiln::testing::shellQuote(glb.string())));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  const auto summary = nlohmann::json::parse(r.text);
  EXPECT_EQ(summary["engine"], "inflate");
  EXPECT_LE(summary["triangles"].get<size_t>(), 12'000u);
  EXPECT_TRUE(summary["watertight"].get<bool>()) << r.text;
  EXPECT_NEAR(summary["size_mm"][1].get<double>(), 80.0, 0.01) << "a vase is tallest along Y";
  EXPECT_TRUE(summary["photo_check"]["usable"].get<bool>());

  r = run(fmt::format("node {} {}", kiln::testing::shellQuote((kSource / "tools/validate_gltf.mjs").string()),
                      kiln::testing::shellQuote(glb.string())));
  EXPECT_EQ(r.exit_code, 0) << r.text;

  const auto stl = dir.path() / "from-photo.stl";
  r = run(fmt::format("{} make --image {} -o {} --tier draft -q", kKiln, kiln::testing::shellQuote(photo.string()),
                      kiln::testing::shellQuote(stl.string())));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  expectAdmeshClean(stl);

  // The default output is named after the photo, in the current directory.
  r = run(fmt::format("cd {} && {} make --image vase.png --tier draft", kiln::testing::shellQuote(dir.path().string()),
                      kKiln));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  EXPECT_TRUE(fs::exists(dir.path() / "vase.glb")) << r.text;
  EXPECT_NE(r.text.find("made a model of the object in vase.png"), std::string::npos) << r.text;
}

TEST(KilnMakeImage, UnusablePhotoSaysToReshootOrSkipTheCheck) {
  TempDir dir;
  const auto photo = dir.path() / "empty.png";
  writeBytes(photo, kEmptyBackdropPng);
  CommandOutput r = run(fmt::format("{} make --image {} -o {}", kKiln, kiln::testing::shellQuote(photo.string()),
                                    kiln::testing::shellQuote((dir.path() / "m.glb").string())));
  EXPECT_EQ(r.exit_code, 2) << r.text;
  EXPECT_NE(r.text.find("no_object"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("Reshoot"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("--skip-validation"), std::string::npos) << r.text;
  EXPECT_FALSE(fs::exists(dir.path() / "m.glb"));

  // --json carries the pre-check's report.
  r = run(fmt::format("{} make --image {} --json", kKiln, kiln::testing::shellQuote(photo.string())));
  EXPECT_EQ(r.exit_code, 2) << r.text;
  const auto error = nlohmann::json::parse(r.text);
  EXPECT_EQ(error["error"]["details"]["photo_check"]["problems"][0]["check"], "no_object") << r.text;

  // Skipping the check gets as far as finding nothing to model.
  r = run(fmt::format("{} make --image {} --skip-validation -o {}", kKiln, kiln::testing::shellQuote(photo.string()),
                      kiln::testing::shellQuote((dir.path() / "m.glb").string())));
  EXPECT_NE(r.exit_code, 0) << r.text;
  EXPECT_NE(r.text.find("no object"), std::string::npos) << r.text;
}

TEST(KilnMakeImage, BadInputsSayHowToFixThem) {
  TempDir dir;
  const auto text = dir.path() / "notes.png";
  writeBytes(text, {'n', 'o', 't', ' ', 'a', ' ', 'p', 'h', 'o', 't', 'o'});
  CommandOutput r = run(fmt::format("{} make --image {}", kKiln, kiln::testing::shellQuote(text.string())));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("PNG, JPEG or WebP"), std::string::npos) << r.text;
  r = run(fmt::format("{} make --image {}", kKiln, kiln::testing::shellQuote((dir.path() / "missing.png").string())));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("cannot read"), std::string::npos) << r.text;
  writeBytes(dir.path() / "empty.png", kEmptyBackdropPng);
  r = run(fmt::format("{} make --image {} --depth 5", kKiln, kiln::testing::shellQuote((dir.path() / "empty.png").string())));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("depth"), std::string::npos) << r.text;
  r = run(fmt::format("{} make", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("--image"), std::string::npos) << r.text;
  r = run(fmt::format("{} make 'a vase' --image {}", kKiln, kiln::testing::shellQuote((dir.path() / "empty.png").string())));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("not both"), std::string::npos) << r.text;
  r = run(fmt::format("{} make 'a vase' --depth 0.5", kKiln));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("--image"), std::string::npos) << r.text;
}

TEST(KilnHelp, EveryCommandDocumentsItsFlags) {
  CommandOutput r = run(kKiln + " --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.text.find("make"), std::string::npos);
  EXPECT_NE(r.text.find("catalog"), std::string::npos);
  r = run(kKiln + " make --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* flag : {"--output", "--tier", "--seed", "--format", "--height-mm", "--image", "--depth",
                           "--skip-validation"}) {
    EXPECT_NE(r.text.find(flag), std::string::npos) << flag;
  }
  r = run(kKiln + " catalog");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.text.find("sculpt"), std::string::npos);
  EXPECT_NE(r.text.find("height_mm"), std::string::npos);
}

}  // namespace
