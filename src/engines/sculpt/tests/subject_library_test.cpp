// Subject files are hostile input: a broken one fails its build with the
// file and line, within its budgets, and never takes the process down; the
// sandbox offers no way out; builds are deterministic, also from a user folder.
#include "engines/sculpt/subject_library.h"

#include <gtest/gtest.h>

#include <fstream>

#include <unistd.h>

#include <fmt/format.h>

#include "engines/registry.h"
#include "engines/sculpt/lua_sandbox.h"
#include "formats/formats.h"

namespace kiln::engines::sculpt {
namespace {

namespace fs = std::filesystem;

class UserSubjects : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("kiln-user-subjects-{}-{}", ::getpid(), counter_++);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << text;
  }
  // A subject whose build function body is `body`.
  void subject(const std::string& id, const std::string& body) {
    write(id + ".lua", fmt::format("return {{ id = '{}', names = {{'{}'}}, family = 'test', size_mm = 50,\n"
                                   "  build = function(k)\n{}\n  end }}\n",
                                   id, id, body));
  }
  Result<BuiltSubject> build(const std::string& id) {
    library_ = SubjectLibrary::load({dir_});
    const SubjectInfo* s = library_->find(id);
    if (s == nullptr) return fail(ErrorCode::kNotFound, "not loaded");
    return library_->build({.subject = s, .seed = 1});
  }

  fs::path dir_;
  std::shared_ptr<const SubjectLibrary> library_;
  static inline int counter_ = 0;
};

TEST_F(UserSubjects, SyntaxErrorIsReportedWithFileAndLine) {
  write("broken.lua", "return {\n  id = 'broken',\n  names = {'broken'\n  family = 'x',\n}\n");
  const auto library = SubjectLibrary::load({dir_});
  ASSERT_EQ(library->brokenFiles().size(), 1u);
  const Error& e = library->brokenFiles().front();
  EXPECT_NE(e.message.find("broken.lua:4"), std::string::npos) << e.message;
  EXPECT_EQ(e.details.value("line", 0), 4);
  EXPECT_EQ(library->find("broken"), nullptr);
}

TEST_F(UserSubjects, RuntimeErrorNamesFileAndLine) {
  subject("oops", "    local x = nil\n    return x.field");
  auto r = build("oops");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kUnprocessable);
  EXPECT_NE(r.error().message.find("oops.lua:4"), std::string::npos) << r.error().message;
}

TEST_F(UserSubjects, RunawayLoopStopsAtTheInstructionBudget) {
  subject("spin", "    local n = 0\n    while true do n = n + 1 end");
  auto r = build("spin");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("instruction budget"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("spin.lua:4"), std::string::npos) << r.error().message;
}

TEST_F(UserSubjects, HugeAllocationStopsAtTheMemoryCap) {
  subject("hog", "    return string.rep('x', 1 << 30)");
  auto r = build("hog");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("memory limit"), std::string::npos) << r.error().message;
  subject("tables", "    local t = {}\n    for i = 1, 1e9 do t[i] = {i} end");
  auto t = build("tables");
  ASSERT_FALSE(t.has_value());
  EXPECT_NE(t.error().message.find("memory limit"), std::string::npos) << t.error().message;
}

TEST_F(UserSubjects, ShapeNodesAreCapped) {
  subject("many", "    local s = sphere(1)\n    for i = 1, 100000 do s = s + sphere(1):move(i, 0, 0) end\n    return s");
  auto r = build("many");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("shape nodes"), std::string::npos) << r.error().message;
}

TEST_F(UserSubjects, SandboxHasNoWayOut) {
  for (const char* expr : {"io.open('/etc/passwd')", "os.execute('true')", "require('os')", "load('return 1')",
                           "dofile('/etc/passwd')", "pcall(print)", "math.random()", "debug.getinfo(1)",
                           "string.find('a', 'a')", "next({})", "collectgarbage()", "package.loadlib('x', 'y')"}) {
    subject("escape", fmt::format("    local r = {}\n    return sphere(1)", expr));
    auto r = build("escape");
    ASSERT_FALSE(r.has_value()) << expr << " is reachable";
    EXPECT_NE(r.error().message.find("nil"), std::string::npos) << expr << ": " << r.error().message;
  }
}

TEST_F(UserSubjects, BadVocabularyArgumentsAreErrorsNotCrashes) {
  for (const char* expr : {"sphere(-1)", "sphere('x')", "box(1, 2)", "tube({{0,0,0}}, 1)", "radial(sphere(1), 1e6)",
                           "sphere(1 / 0)", "lathe({})", "sphere(1):part('nope')", "smooth(1, 'x')",
                           "loft({{y = 0}})", "extrude({{0,0},{1,0},{0,1}}, 0/0)"}) {
    subject("bad", fmt::format("    return {}", expr));
    auto r = build("bad");
    ASSERT_FALSE(r.has_value()) << expr << " was accepted";
    EXPECT_NE(r.error().message.find("bad.lua:3"), std::string::npos) << expr << ": " << r.error().message;
  }
}

TEST_F(UserSubjects, BuildMustReturnAShape) {
  subject("nothing", "    return 42");
  auto r = build("nothing");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("instead of a shape"), std::string::npos) << r.error().message;
}

TEST_F(UserSubjects, PairsVisitsKeysInSortedOrder) {
  // Lua's own order depends on a per-state hash seed; builds must not.
  subject("ordered",
          "    local t = {zebra = 1, apple = 2, mango = 3, [2] = 4, [1] = 5}\n"
          "    local seen = ''\n"
          "    for key in pairs(t) do seen = seen .. tostring(key) .. ',' end\n"
          "    if seen ~= '1,2,apple,mango,zebra,' then error('order ' .. seen) end\n"
          "    return sphere(1)");
  auto r = build("ordered");
  EXPECT_TRUE(r.has_value()) << r.error().message;
}

TEST_F(UserSubjects, AskedPartsReachTheBuild) {
  // "a cake with candles": an optional part shows when the prompt names it.
  subject("cake", "    local s = box(10, 5, 10)\n"
                  "    if k.asked.candles then s = s + cylinder(1, 8):move(0, 10, 0) end\n"
                  "    return s");
  library_ = SubjectLibrary::load({dir_});
  const SubjectInfo* cake = library_->find("cake");
  ASSERT_NE(cake, nullptr);
  auto plain = library_->build({.subject = cake, .seed = 1});
  auto asked = library_->build({.subject = cake, .asked_parts = {"candles"}, .seed = 1});
  ASSERT_TRUE(plain.has_value() && asked.has_value());
  EXPECT_GT(asked->shape.bounds().max.y(), plain->shape.bounds().max.y() + 5.0f);
}

// `counted` must name one of the subject's parts; a file that names
// another is refused with the reason.
TEST_F(UserSubjects, CountedMustNameAPart) {
  write("rolls.lua",
        "return { id = 'rolls', names = {'roll'}, family = 'test', size_mm = 50, counted = 'rols',\n"
        "  parts = {{'rolls', 'food'}, {'plate', 'ceramic'}},\n"
        "  build = function(k) return sphere(1) end }\n");
  const auto library = SubjectLibrary::load({dir_});
  ASSERT_EQ(library->brokenFiles().size(), 1u);
  EXPECT_NE(library->brokenFiles().front().message.find("counted = 'rols' must name one of its parts"),
            std::string::npos)
      << library->brokenFiles().front().message;
  EXPECT_EQ(library->find("rolls"), nullptr);
}

TEST_F(UserSubjects, UserFolderOverridesABuiltInId) {
  write("mug.lua", "return { id = 'mug', names = {'mug', 'my mug'}, family = 'mine', size_mm = 10,\n"
                   "  build = function(k) return box(1, 1, 1) end }\n");
  const auto library = SubjectLibrary::load({dir_});
  const SubjectInfo* mug = library->find("mug");
  ASSERT_NE(mug, nullptr);
  EXPECT_EQ(mug->family, "mine");
  EXPECT_TRUE(mug->user);
  ASSERT_TRUE(library->lookup("my mug").has_value());
}

TEST_F(UserSubjects, LibrariesAreSharedThroughUse) {
  write("lib/blob.lua", "local B = {}\nfunction B.make(r) return sphere(r) end\nreturn B\n");
  subject("uses", "    local B = use('blob')\n    return B.make(3)");
  auto r = build("uses");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  subject("missing", "    return use('nope').make(1)");
  auto m = build("missing");
  ASSERT_FALSE(m.has_value());
  EXPECT_NE(m.error().message.find("lib/nope.lua"), std::string::npos) << m.error().message;
}

// The same prompt and seed give the same bytes, run to run, and when the
// same subject file is loaded from a user folder instead of the binary.
TEST(SubjectDeterminism, SamePromptAndSeedGiveIdenticalBytesAlsoFromAUserFolder) {
  const auto registry = Registry::withBuiltins();
  auto make = [&](const std::string& prompt) {
    CallbackContext ctx;
    EngineRequest req{.kind = "text_to_3d", .tier = Tier::kDraft, .prompt = prompt, .seed = 7};
    auto r = runEngine(registry, "sculpt", req, ctx);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    auto glb = formats::encodeGlb(r->mesh, {});
    EXPECT_TRUE(glb.has_value());
    return *glb;
  };
  const auto builtin = SubjectLibrary::load({});
  ASSERT_FALSE(builtin->subjects().empty());
  const SubjectInfo& first = builtin->subjects().front();
  const std::string prompt = "a " + first.names.front();
  const auto a = make(prompt);
  const auto b = make(prompt);
  EXPECT_EQ(a, b);

  // Copy every built-in file to a folder and load the library from there.
  const fs::path dir = fs::temp_directory_path() / fmt::format("kiln-copy-subjects-{}", ::getpid());
  for (const auto& f : embeddedSubjectFiles()) {
    fs::create_directories((dir / f.path).parent_path());
    std::ofstream(dir / f.path) << f.text;
  }
  SubjectLibrary::configure({dir});
  const auto c = make(prompt);
  EXPECT_TRUE(SubjectLibrary::current()->find(first.id)->user);
  SubjectLibrary::configure({});
  fs::remove_all(dir);
  EXPECT_EQ(a, c);
}

}  // namespace
}  // namespace kiln::engines::sculpt
