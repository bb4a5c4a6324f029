// Every subject in the shipped library, made as a user would make it: by its
// first name at the draft tier with two seeds (or, with KILN_ALL_SUBJECTS_FULL=1,
// every tier with five seeds — the slow run of bench/all_subjects.sh). Each
// must name itself (no other subject steals its name), be watertight, be one
// part unless it declares `several`, stay within the tier's budget, and pass
// the Khronos glTF-Validator as GLB and admesh as STL.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include <unistd.h>

#include <fmt/format.h>

#include "engines/registry.h"
#include "engines/sculpt/subject_library.h"
#include "formats/formats.h"
#include "geometry/mesh.h"

#ifndef KILN_SOURCE_DIR
#error "KILN_SOURCE_DIR must name the repository root"
#endif

namespace kiln::engines {
namespace {

namespace fs = std::filesystem;
using sculpt::SubjectLibrary;

std::string quoted(const fs::path& path) {
  std::string out = "'";
  for (char c : path.string()) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::pair<int, std::string> run(const std::string& command) {
  std::string output;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return {-1, ""};
  std::array<char, 4096> buffer;
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

bool fullRun() {
  const char* full = std::getenv("KILN_ALL_SUBJECTS_FULL");
  return full != nullptr && std::string(full) == "1";
}

TEST(AllSubjects, EveryFileLoads) {
  const auto library = SubjectLibrary::load({});
  for (const auto& e : library->brokenFiles()) ADD_FAILURE() << e.message;
  EXPECT_GE(library->subjects().size(), 1u);
}

// The library in four quarters (every fourth subject each), so the check
// runs on every core and each part stays well inside the test time limit.
constexpr size_t kQuarters = 4;
class Quarter : public ::testing::TestWithParam<size_t> {};

TEST_P(Quarter, EverySubjectIsWatertightOnePartAndValid) {
  const size_t quarter = GetParam();
  const auto library = SubjectLibrary::load({});
  const auto registry = Registry::withBuiltins();
  const fs::path dir = fs::temp_directory_path() / fmt::format("kiln-all-subjects-{}-{}", ::getpid(), quarter);
  fs::create_directories(dir);
  const std::vector<Tier> tiers = fullRun() ? std::vector<Tier>{Tier::kDraft, Tier::kStandard, Tier::kHigh}
                                            : std::vector<Tier>{Tier::kDraft};
  const uint64_t seeds = fullRun() ? 5 : 2;
  std::vector<fs::path> glbs;
  std::vector<std::pair<std::string, fs::path>> stls;
#ifdef KILN_SUBJECT_SAMPLE
  constexpr size_t kSample = KILN_SUBJECT_SAMPLE;
#else
  constexpr size_t kSample = 1;
#endif
  // KILN_SUBJECT_SHARD=k/n checks every n-th subject from the k-th, so the
  // full run can be split across processes.
  size_t shard = 0, shards = 1;
  if (const char* s = std::getenv("KILN_SUBJECT_SHARD"); s != nullptr) {
    if (std::sscanf(s, "%zu/%zu", &shard, &shards) != 2 || shards == 0 || shard >= shards) {
      shard = 0;
      shards = 1;
    }
  }
  size_t index = 0;
  for (const auto& subject : library->subjects()) {
    const size_t i = index++;
    if (i % kSample != 0 || (i / kSample) % shards != shard || (i / kSample / shards) % kQuarters != quarter) continue;
    // The subject by its first name, and each variant by its first name.
    std::vector<std::string> prompts{subject.names.front()};
    for (const auto& v : subject.variants) prompts.push_back(v.names.front());
    for (const auto& prompt : prompts) {
      for (Tier tier : tiers) {
        for (uint64_t seed = 0; seed < seeds; ++seed) {
          const std::string what = fmt::format("{} ({}): \"{}\" {} seed {}", subject.id, subject.file, prompt,
                                               tierInfo(tier).id, seed);
          CallbackContext ctx;
          EngineRequest req{.kind = "text_to_3d", .tier = tier, .prompt = prompt, .seed = seed};
          auto r = runEngine(registry, "sculpt", req, ctx);
          if (!r) {
            ADD_FAILURE() << what << ": " << r.error().message;
            continue;
          }
          EXPECT_EQ(r->summary.value("subject", ""), subject.id) << what << " is taken by another subject";
          const auto topo = geometry::analyzeTopology(r->mesh);
          EXPECT_TRUE(topo.isWatertight()) << what << ": boundary " << topo.boundary_edges << " non-manifold "
                                           << topo.non_manifold_edges;
          if (!subject.several) {
            EXPECT_EQ(topo.components, 1u) << what << " is in " << topo.components << " pieces";
          }
          EXPECT_LE(r->mesh.triangleCount(), tierInfo(tier).max_triangles) << what;
          const std::string stem = fmt::format("{}-{}-{}-{}", subject.id, glbs.size(), tierInfo(tier).id, seed);
          auto glb = formats::writeModel(r->mesh, formats::Format::kGlb, dir / stem);
          auto stl = formats::writeModel(r->mesh, formats::Format::kStl, dir / stem);
          ASSERT_TRUE(glb && stl);
          glbs.push_back((*glb)[0]);
          stls.emplace_back(what, (*stl)[0]);
        }
      }
    }
  }
  // glTF-Validator, many files per process.
  const fs::path validator = fs::path(KILN_SOURCE_DIR) / "tools" / "validate_gltf.mjs";
  for (size_t i = 0; i < glbs.size(); i += 100) {
    std::string files;
    for (size_t j = i; j < std::min(glbs.size(), i + 100); ++j) files += " " + quoted(glbs[j]);
    const auto [code, output] = run("node " + quoted(validator) + files);
    EXPECT_EQ(code, 0) << output;
  }
  // admesh: nothing to repair, one part.
  const std::regex value_line(R"((Degenerate facets|Edges fixed|Facets removed|Facets added|Facets reversed|Backwards edges|Normals fixed)\s*:\s*(\d+))");
  for (const auto& [what, stl] : stls) {
    const auto [code, output] = run("admesh " + quoted(stl));
    ASSERT_EQ(code, 0) << output;
    for (auto it = std::sregex_iterator(output.begin(), output.end(), value_line); it != std::sregex_iterator(); ++it) {
      EXPECT_EQ((*it)[2], "0") << what << ": admesh " << (*it)[1];
    }
  }
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(AllSubjects, Quarter, ::testing::Range<size_t>(0, kQuarters));

}  // namespace
}  // namespace kiln::engines
