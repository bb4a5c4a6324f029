#include "engines/sculpt/sculpt_engine.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "engines/registry.h"
#include "engines/sculpt/lexicon.h"
#include "formats/formats.h"
#include "geometry/mesh.h"

namespace kiln::engines {
namespace {

Result<EngineResult> make(const std::string& prompt, Tier tier, uint64_t seed = 0,
                          nlohmann::json params = nlohmann::json::object()) {
  static const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  EngineRequest req{.kind = "text_to_3d", .tier = tier, .prompt = prompt, .params = std::move(params), .seed = seed};
  return runEngine(registry, "sculpt", req, ctx);
}

// One prompt per archetype family; each must give a closed surface within budget.
class EveryArchetype : public ::testing::TestWithParam<const char*> {};

TEST_P(EveryArchetype, DraftIsWatertightAndWithinBudget) {
  auto r = make(GetParam(), Tier::kDraft);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  const auto& mesh = r->mesh;
  EXPECT_TRUE(mesh.validate());
  EXPECT_GT(mesh.triangleCount(), 200u);
  EXPECT_LE(mesh.triangleCount(), 12'000u);
  const auto topo = geometry::analyzeTopology(mesh);
  EXPECT_TRUE(topo.isWatertight()) << GetParam() << ": boundary " << topo.boundary_edges << " non-manifold "
                                   << topo.non_manifold_edges << " misoriented " << topo.misoriented_edges
                                   << " degenerate " << topo.degenerate_triangles;
  EXPECT_GT(geometry::volume(mesh), 0.0);
  const auto b = geometry::boundingBox(mesh);
  EXPECT_NEAR(b.min.y(), 0.0f, 1e-3f) << "models rest on the ground";
}

INSTANTIATE_TEST_SUITE_P(Sculpt, EveryArchetype,
                         ::testing::Values("a blue vase", "a coffee mug", "a glazed ceramic teapot",
                                           "a wooden treasure chest", "an oak barrel", "a wooden table",
                                           "a chair", "a red barn", "an oak tree", "a pine tree", "a rock",
                                           "a red toadstool", "a dog", "a horse", "an elephant", "a snowman",
                                           "an amethyst crystal", "a wooden crate", "a stool"));

// Held, worn and carried things are grown to their holder's scale; where a
// grown part closes badly against its holder the engine makes the model once
// more at the part's own thickness. Every one of these stays closed.
class ComposedPrompt : public ::testing::TestWithParam<std::tuple<const char*, uint64_t>> {};

TEST_P(ComposedPrompt, DraftIsWatertight) {
  const auto& [prompt, seed] = GetParam();
  auto r = make(prompt, Tier::kDraft, seed);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  const auto topo = geometry::analyzeTopology(r->mesh);
  EXPECT_TRUE(topo.isWatertight()) << prompt << " seed " << seed << ": boundary " << topo.boundary_edges
                                   << " non-manifold " << topo.non_manifold_edges;
  EXPECT_EQ(topo.components, 1u) << prompt << " seed " << seed;
}

INSTANTIATE_TEST_SUITE_P(Sculpt, ComposedPrompt,
                         ::testing::Combine(::testing::Values("a robot holding a flower", "a knight holding a sword",
                                                              "a cat wearing sunglasses", "a dog with a tennis ball",
                                                              "a girl with a basket", "a samurai with a katana",
                                                              "a bowl of ramen with an egg", "a bowl of soup",
                                                              "a stack of old books", "a dachshund in a red sweater",
                                                              "a pirate with a parrot on his shoulder",
                                                              "a horse rearing up", "a cat wizard",
                                                              "a green lizard on a flat rock", "an owl on a branch",
                                                              "a frog holding a sword", "a penguin holding a fish"),
                                            ::testing::Values(uint64_t{0}, uint64_t{1})));

// How far the top's corners reach: the largest |x| + |z| of the vertices in
// the top tenth of the model, over half the width. A square top reaches its
// corners (about 2), a round one only about 1.41.
float cornerReach(const geometry::Mesh& mesh) {
  const auto box = geometry::boundingBox(mesh);
  const geometry::Vec3 c = box.center();
  const float half = 0.5f * std::max(box.size().x(), box.size().z());
  float reach = 0;
  for (const auto& p : mesh.positions) {
    if (p.y() < box.max.y() - 0.1f * box.size().y()) continue;
    reach = std::max(reach, (std::abs(p.x() - c.x()) + std::abs(p.z() - c.z())) / half);
  }
  return reach;
}

// "round" and "square" decide a table's top whatever the seed.
TEST(Sculpt, OutlineWordsChooseTheTableTop) {
  for (uint64_t seed = 0; seed < 6; ++seed) {
    auto round = make("a round wooden table", Tier::kDraft, seed);
    auto square = make("a square wooden table", Tier::kDraft, seed);
    ASSERT_TRUE(round && square);
    const auto r = geometry::boundingBox(round->mesh).size();
    const auto s = geometry::boundingBox(square->mesh).size();
    EXPECT_NEAR(r.x(), r.z(), 0.02f * r.x()) << "seed " << seed;
    EXPECT_LT(cornerReach(round->mesh), 1.6f) << "seed " << seed;
    EXPECT_GT(cornerReach(square->mesh), 1.75f) << "seed " << seed;
    (void)s;
    EXPECT_EQ(round->summary["outline"], "round");
    EXPECT_TRUE(round->summary["ignored_words"].empty()) << round->summary;
  }
}

TEST(Sculpt, SamePromptAndSeedGiveIdenticalBytes) {
  auto a = make("a golden teapot", Tier::kDraft, 7);
  auto b = make("a golden teapot", Tier::kDraft, 7);
  ASSERT_TRUE(a && b);
  auto ga = formats::encodeGlb(a->mesh, {});
  auto gb = formats::encodeGlb(b->mesh, {});
  ASSERT_TRUE(ga && gb);
  EXPECT_EQ(*ga, *gb);
}

// A subject may pick among a few fixed designs, so two seeds can meet; over
// five seeds most shapes differ.
TEST(Sculpt, DifferentSeedsVaryTheShape) {
  std::set<std::vector<geometry::Vec3>, bool (*)(const std::vector<geometry::Vec3>&, const std::vector<geometry::Vec3>&)>
      shapes([](const std::vector<geometry::Vec3>& a, const std::vector<geometry::Vec3>& b) {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
          return std::tie(x.x(), x.y(), x.z()) < std::tie(y.x(), y.y(), y.z());
        });
      });
  for (uint64_t seed = 0; seed < 5; ++seed) {
    auto r = make("a vase", Tier::kDraft, seed);
    ASSERT_TRUE(r.has_value());
    shapes.insert(r->mesh.positions);
  }
  EXPECT_GE(shapes.size(), 3u);
}

TEST(Sculpt, HeightComesFromPromptOrParameter) {
  auto a = make("a barrel 10cm tall", Tier::kDraft);
  ASSERT_TRUE(a.has_value());
  EXPECT_NEAR(geometry::boundingBox(a->mesh).size().y(), 100.0f, 0.01f);
  auto b = make("a barrel 10cm tall", Tier::kDraft, 0, {{"height_mm", 42}});
  ASSERT_TRUE(b.has_value());
  EXPECT_NEAR(geometry::boundingBox(b->mesh).size().y(), 42.0f, 0.01f);
}

TEST(Sculpt, LowPolyIsFacetedAndSmall) {
  auto r = make("a low-poly fox", Tier::kStandard);
  ASSERT_TRUE(r.has_value());
  EXPECT_LE(r->mesh.triangleCount(), 1200u);
  // Flat shading: every triangle owns its vertices.
  EXPECT_EQ(r->mesh.vertexCount(), r->mesh.triangleCount() * 3);
  EXPECT_TRUE(geometry::analyzeTopology(r->mesh).isWatertight());
}

TEST(Sculpt, TierBudgetsAreHardLimits) {
  for (auto [tier, budget] : {std::pair{Tier::kDraft, 12'000u}, std::pair{Tier::kStandard, 30'000u}}) {
    auto r = make("an elephant", tier);
    ASSERT_TRUE(r.has_value());
    EXPECT_LE(r->mesh.triangleCount(), budget);
  }
  auto capped = make("an elephant", Tier::kStandard, 0, {{"max_triangles", 2000}});
  ASSERT_TRUE(capped.has_value());
  EXPECT_LE(capped->mesh.triangleCount(), 2000u);
  auto over = make("an elephant", Tier::kDraft, 0, {{"max_triangles", 20000}});
  ASSERT_FALSE(over.has_value());
  EXPECT_EQ(over.error().details["parameter"], "max_triangles");
}

TEST(Sculpt, MaterialsFollowTheTier) {
  auto draft = make("a wooden chest", Tier::kDraft);
  ASSERT_TRUE(draft.has_value());
  EXPECT_EQ(draft->mesh.colors.size(), draft->mesh.vertexCount());
  EXPECT_EQ(draft->mesh.materials.size(), 1u);
  auto high = make("a golden teapot", Tier::kHigh);
  ASSERT_TRUE(high.has_value());
  EXPECT_TRUE(high->mesh.colors.empty());
  ASSERT_FALSE(high->mesh.materials.empty());
  EXPECT_FLOAT_EQ(high->mesh.materials[0].metallic, 1.0f);
  auto standard = make("an iron chest", Tier::kStandard);
  ASSERT_TRUE(standard.has_value());
  EXPECT_GE(standard->mesh.materials.size(), 2u);
  for (const auto& m : standard->mesh.materials) EXPECT_FLOAT_EQ(m.metallic, 0.0f);
}

// A thing set on a support rests on its surface, not on its bounds (which
// noise and rotations inflate): the lizard touches the rock, so the model
// is one piece, and its feet are at the rock's top.
TEST(Sculpt, AThingOnASupportRestsOnItsSurface) {
  auto r = make("a lizard on a rock", Tier::kDraft);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(geometry::analyzeTopology(r->mesh).components, 1u);
  // A bird's perch is a branch, not the fish of that name.
  auto parrot = make("a parrot on a perch", Tier::kDraft);
  ASSERT_TRUE(parrot.has_value()) << parrot.error().message;
  EXPECT_EQ(parrot->summary["placed"].value("subject", ""), "branch");
}

// "in" a thing with no inside that is far smaller sets it beside the
// subject; inside an opaque container the subject would vanish, so the job
// says so instead of making the container alone. Glass is seen through.
TEST(Sculpt, InAThingWithNoRoomIsBesideItOrRefused) {
  auto patch = make("a scarecrow standing in the pumpkins", Tier::kDraft);
  ASSERT_TRUE(patch.has_value()) << patch.error().message;
  EXPECT_NE(patch->summary.dump().find("beside the scarecrow"), std::string::npos) << patch->summary.dump();
  auto teapot = make("a mouse in a teapot", Tier::kDraft);
  ASSERT_FALSE(teapot.has_value());
  EXPECT_EQ(teapot.error().code, ErrorCode::kUnprocessable);
  EXPECT_NE(teapot.error().message.find("hidden inside the teapot"), std::string::npos) << teapot.error().message;
  auto bottle = make("a ship in a glass bottle", Tier::kDraft);
  ASSERT_TRUE(bottle.has_value()) << bottle.error().message;
  // Flowers in a vase stand out of it.
  EXPECT_TRUE(make("roses in a vase", Tier::kDraft).has_value());
}

// A blade in a stone is driven into its top, point first: set beside the
// stone, the whole grew so wide that the blade fell between the voxels and
// a T-shaped hilt beside a rock was all that showed.
TEST(Sculpt, ABladeInAStoneIsDrivenIntoIt) {
  auto r = make("a sword in a stone", Tier::kDraft);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(r->summary["parts"], 1) << r->summary.dump();
  EXPECT_EQ(r->summary["watertight"], true);
  const double width = std::max(r->summary["size_mm"][0].get<double>(), r->summary["size_mm"][2].get<double>());
  const double height = r->summary["size_mm"][1].get<double>();
  EXPECT_LT(width, 0.6 * height) << r->summary.dump();
  EXPECT_EQ(r->summary.dump().find("beside"), std::string::npos) << r->summary.dump();
}

// "A bust of a king" is his head and shoulders on a plinth, in one piece
// and one material (it was the whole standing figure); a thing with no neck
// is made whole, with a note.
TEST(Sculpt, ABustIsHeadAndShouldersOnAPlinth) {
  auto bust = make("a bronze bust of a king", Tier::kDraft);
  auto statue = make("a bronze statue of a king", Tier::kDraft);
  ASSERT_TRUE(bust.has_value()) << bust.error().message;
  ASSERT_TRUE(statue.has_value()) << statue.error().message;
  EXPECT_EQ(bust->summary["parts"], 1) << bust->summary.dump();
  EXPECT_EQ(bust->summary["watertight"], true);
  EXPECT_EQ(bust->summary.dump().find("\"bust\":true") != std::string::npos, true) << bust->summary.dump();
  const auto height = [](const EngineResult& r) { return r.summary["size_mm"][1].get<double>(); };
  EXPECT_LT(height(*bust), 0.7 * height(*statue)) << bust->summary.dump();
  auto vase = make("a bust of a vase", Tier::kDraft);
  ASSERT_TRUE(vase.has_value()) << vase.error().message;
  EXPECT_NE(vase->summary.dump().find("a bust is made of figures"), std::string::npos) << vase->summary.dump();
}

// A thing about as big as the subject, which stands on its own, goes
// beside it ("a burger with fries"), several round it ("a table with four
// chairs"); a small one still goes on top, a weapon in the hand.
TEST(Sculpt, WithABigThingStandsItBeside) {
  const auto width = [](const EngineResult& r) {
    const auto b = geometry::boundingBox(r.mesh);
    return std::max(b.size().x(), b.size().z());
  };
  auto burger = make("a burger", Tier::kDraft);
  auto with_fries = make("a burger with fries", Tier::kDraft);
  ASSERT_TRUE(burger.has_value() && with_fries.has_value());
  EXPECT_GT(width(*with_fries), 1.6f * width(*burger));
  // Side by side, not stacked: no taller than the fries alone.
  auto fries = make("fries", Tier::kDraft);
  ASSERT_TRUE(fries.has_value());
  EXPECT_LT(geometry::boundingBox(with_fries->mesh).size().y(), 1.1f * geometry::boundingBox(fries->mesh).size().y());

  auto table = make("a round table with four chairs", Tier::kDraft);
  ASSERT_TRUE(table.has_value()) << table.error().message;
  ASSERT_EQ(table->summary["accessories"].size(), 1u);
  EXPECT_EQ(table->summary["accessories"][0].value("count", 0), 4);
  EXPECT_GE(geometry::analyzeTopology(table->mesh).components, 4u);

  // A plant with a vase stands in it, not beside it.
  auto vase = make("a vase", Tier::kDraft);
  auto with_roses = make("a vase with roses", Tier::kDraft);
  ASSERT_TRUE(vase.has_value() && with_roses.has_value());
  EXPECT_LT(width(*with_roses), 1.6f * width(*vase));

  auto cake = make("a cake with a candle", Tier::kDraft);
  ASSERT_TRUE(cake.has_value());
  EXPECT_EQ(geometry::analyzeTopology(cake->mesh).components, 1u);
}

// As many colours as copies colour one each.
TEST(Sculpt, EachCopyTakesOneColourWhenTheyMatch) {
  const auto colours = [](const EngineResult& r) {
    std::set<std::tuple<int, int, int>> seen;
    for (const auto& m : r.mesh.materials) {
      seen.insert({static_cast<int>(m.base_color.x() * 255.0f + 0.5f), static_cast<int>(m.base_color.y() * 255.0f + 0.5f),
                   static_cast<int>(m.base_color.z() * 255.0f + 0.5f)});
    }
    return seen.size();
  };
  auto plain = make("three red apples", Tier::kStandard);
  auto each = make("three apples, red, green and yellow", Tier::kStandard);
  ASSERT_TRUE(plain.has_value() && each.has_value());
  EXPECT_GE(colours(*each), colours(*plain) + 2);
}

// A figure told to sit on something sits on its top, which grows until it
// can be sat on (a crate is not a footstool under a fisherman).
TEST(Sculpt, SittingOnASmallSupportSitsOnIt) {
  auto alone = make("a fisherman sitting", Tier::kDraft);
  auto on_crate = make("a fisherman sitting on a crate", Tier::kDraft);
  ASSERT_TRUE(alone.has_value() && on_crate.has_value()) << on_crate.error().message;
  // Raised by the crate: taller than sitting alone.
  EXPECT_GT(geometry::boundingBox(on_crate->mesh).size().y(), 1.1f * geometry::boundingBox(alone->mesh).size().y());
  EXPECT_EQ(on_crate->summary.value("pose", ""), "sitting");
}

TEST(Sculpt, UnknownSubjectFailsWithSuggestionsNotAShape) {
  auto r = make("a striped tigerr", Tier::kDraft);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kUnknownSubject);
  ASSERT_FALSE(r.error().details["suggestions"].empty());
  EXPECT_EQ(r.error().details["suggestions"][0], "tiger");
  auto nonsense = make("a quantum flux capacitor", Tier::kDraft);
  ASSERT_FALSE(nonsense.has_value());
  EXPECT_EQ(nonsense.error().code, ErrorCode::kUnknownSubject);
}

TEST(Sculpt, CancelStopsTheRun) {
  const auto registry = Registry::withBuiltins();
  CallbackContext ctx;
  ctx.cancel();
  EngineRequest req{.kind = "text_to_3d", .tier = Tier::kDraft, .prompt = "a vase"};
  auto r = runEngine(registry, "sculpt", req, ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kCanceled);
}

// Glass is a blended material at every tier (draft keeps it apart from the
// opaque vertex-coloured material), and what a glass holds is kept clear of
// its wall so it shows through: the liquid keeps the colour its words give it.
TEST(Sculpt, GlassIsSeeThroughAndShowsWhatItHolds) {
  for (const Tier tier : {Tier::kDraft, Tier::kStandard}) {
    auto r = make("a glass of orange juice", tier);
    ASSERT_TRUE(r.has_value()) << r.error().message;
    int clear = 0, opaque = 0;
    for (const auto& m : r->mesh.materials) (m.base_color.w() < 1.0f ? clear : opaque) += 1;
    EXPECT_GE(clear, 1) << "tier " << static_cast<int>(tier);
    EXPECT_GE(opaque, 1) << "tier " << static_cast<int>(tier);
    EXPECT_EQ(r->summary["contents"]["liquid"], "juice") << r->summary.dump();
    EXPECT_EQ(r->summary["contents"]["color"], "orange") << r->summary.dump();
  }
  // Nothing see-through in an opaque model: one material at draft, as before.
  auto mug = make("a mug of hot chocolate", Tier::kDraft);
  ASSERT_TRUE(mug.has_value()) << mug.error().message;
  ASSERT_EQ(mug->mesh.materials.size(), 1u);
  EXPECT_EQ(mug->mesh.materials[0].base_color.w(), 1.0f);
  // A coloured liquid named with "with" fills a container that has a fill line.
  auto potion = make("a potion bottle with green liquid", Tier::kDraft);
  ASSERT_TRUE(potion.has_value()) << potion.error().message;
  EXPECT_EQ(potion->summary["contents"]["color"], "green") << potion->summary.dump();
}

// A glowing subject's primary parts (or those it declares) are emissive in
// their own colour (two and a half times it) at every tier; the summary says
// so.
TEST(Sculpt, GlowingPartsAreEmissive) {
  for (const Tier tier : {Tier::kDraft, Tier::kStandard}) {
    auto r = make("a glowing purple crystal", tier);
    ASSERT_TRUE(r.has_value()) << r.error().message;
    float brightest = 0.0f;
    for (const auto& m : r->mesh.materials) brightest = std::max(brightest, m.emissive.maxCoeff());
    EXPECT_GT(brightest, 0.5f) << "tier " << static_cast<int>(tier);
    EXPECT_EQ(r->summary["glowing"], true) << r->summary.dump();
  }
  auto plain = make("a purple crystal", Tier::kStandard);
  ASSERT_TRUE(plain.has_value());
  for (const auto& m : plain->mesh.materials) EXPECT_EQ(m.emissive.maxCoeff(), 0.0f) << m.name;
  // The staff declares its crystal as what glows: the shaft stays unlit.
  auto staff = make("a glowing staff", Tier::kStandard);
  ASSERT_TRUE(staff.has_value()) << staff.error().message;
  for (const auto& m : staff->mesh.materials) {
    EXPECT_EQ(m.emissive.maxCoeff() > 0.0f, m.name.ends_with("/crystal")) << m.name;
  }
}

// Things "of" or "full of" in a container fill it, in one piece: packed in
// rings with a heap on top (on a filler in an opaque container, layered from
// the floor in glass), and the summary says how many.
TEST(Sculpt, ContentsFillTheirContainer) {
  for (const char* prompt : {"a bowl of oranges", "a wooden crate full of apples", "a basket of eggs",
                             "a glass jar of cookies"}) {
    for (uint64_t seed : {0u, 1u}) {
      auto r = make(prompt, Tier::kDraft, seed);
      ASSERT_TRUE(r.has_value()) << prompt << ": " << r.error().message;
      EXPECT_EQ(r->summary["parts"], 1) << prompt << " seed " << seed;
      EXPECT_EQ(r->summary["watertight"], true) << prompt << " seed " << seed;
      int count = 0;
      for (const auto& note : r->summary.value("notes", nlohmann::json::array())) {
        const std::string text = note.get<std::string>();
        if (const auto at = text.find(" with "); text.starts_with("filled the ") && at != std::string::npos) {
          count = std::stoi(text.substr(at + 6));
        }
      }
      EXPECT_GE(count, 7) << prompt << ": " << r->summary.dump();
    }
  }
  // Cookies two voxels thick at the rim: every plain reduction folded two
  // of their faces onto one edge at this seed, on every grid tried.
  auto jar = make("a glass jar of cookies", Tier::kStandard, 8);
  ASSERT_TRUE(jar.has_value()) << jar.error().message;
  EXPECT_EQ(jar->summary["watertight"], true) << jar->summary.dump();
  EXPECT_EQ(jar->summary["parts"], 1) << jar->summary.dump();
}

// "A train with three cars": its own wagons coupled in a line behind it, in
// one piece (the cars stood on its roof); "in an armchair" sits on the seat.
TEST(Sculpt, WagonsCoupleBehindAndArmchairsAreSatIn) {
  auto alone = make("a toy train", Tier::kDraft);
  auto train = make("a toy train with three cars", Tier::kDraft);
  ASSERT_TRUE(alone.has_value()) << alone.error().message;
  ASSERT_TRUE(train.has_value()) << train.error().message;
  EXPECT_EQ(train->summary["parts"], 1) << train->summary.dump();
  const auto length = [](const EngineResult& r) { return r.summary["size_mm"][0].get<double>(); };
  EXPECT_GT(length(*train), 2.5 * length(*alone)) << train->summary.dump();
  EXPECT_EQ(train->summary["accessories"][0]["subject"], "train") << train->summary.dump();
  auto knitting = make("an old woman in an armchair", Tier::kDraft);
  ASSERT_TRUE(knitting.has_value()) << knitting.error().message;
  EXPECT_EQ(knitting->summary["pose"], "sitting") << knitting->summary.dump();
  EXPECT_EQ(knitting->summary["parts"], 1) << knitting->summary.dump();
}

// What is named with a see-through container goes inside it, where it
// shows (not beside it at its own size); an animal holding a jar sits with
// it before its forepaws (in its jaws it looked like its head in the jar).
TEST(Sculpt, ThingsWithAClearContainerGoInItAndAnimalsSetDownWhatTheyHold) {
  auto bowl = make("a fishbowl", Tier::kDraft);
  ASSERT_TRUE(bowl.has_value()) << bowl.error().message;
  for (const char* prompt : {"a fishbowl with two goldfish and a tiny castle", "a glass jar with a frog"}) {
    auto r = make(prompt, Tier::kDraft);
    ASSERT_TRUE(r.has_value()) << prompt << ": " << r.error().message;
    EXPECT_EQ(r->summary["parts"], 1) << prompt;
    EXPECT_EQ(r->summary["watertight"], true) << prompt;
    // Nothing stands beside it: it is no wider than its container.
    const double width = std::max(r->summary["size_mm"][0].get<double>(), r->summary["size_mm"][2].get<double>());
    const double height = r->summary["size_mm"][1].get<double>();
    EXPECT_LT(width, 1.3 * height) << prompt << ": " << r->summary.dump();
  }
  auto plain = bowl->summary["size_mm"][0].get<double>();
  auto with = make("a fishbowl with a goldfish", Tier::kDraft);
  ASSERT_TRUE(with.has_value());
  EXPECT_LT(with->summary["size_mm"][0].get<double>(), 1.05 * plain) << with->summary.dump();
  auto bear = make("a bear holding a jar of honey", Tier::kDraft);
  ASSERT_TRUE(bear.has_value()) << bear.error().message;
  EXPECT_EQ(bear->summary["pose"], "sitting") << bear->summary.dump();
  // A ball is played with between the forepaws, in one piece.
  auto kitten = make("a kitten playing with a ball of yarn", Tier::kDraft);
  ASSERT_TRUE(kitten.has_value()) << kitten.error().message;
  EXPECT_EQ(kitten->summary["pose"], "sitting") << kitten->summary.dump();
  EXPECT_EQ(kitten->summary["parts"], 1);
  EXPECT_EQ(kitten->summary["watertight"], true);
}

// A toy holds a toy's things: the drum of a toy soldier is drawn at the
// toy's scale (at a real drum's size it hid the 6 cm figure behind it), and
// keeps the same share of the figure as a soldier's drum does.
TEST(Sculpt, AToyHoldsThingsAtItsOwnScale) {
  auto toy = make("a toy soldier with a drum", Tier::kDraft);
  auto real = make("a soldier with a drum", Tier::kDraft);
  ASSERT_TRUE(toy.has_value()) << toy.error().message;
  ASSERT_TRUE(real.has_value()) << real.error().message;
  const auto width = [](const EngineResult& r) {
    return std::max(r.summary["size_mm"][0].get<double>(), r.summary["size_mm"][2].get<double>());
  };
  const auto height = [](const EngineResult& r) { return r.summary["size_mm"][1].get<double>(); };
  EXPECT_LT(height(*toy), 80.0) << toy->summary.dump();
  EXPECT_LT(width(*toy), 0.7 * height(*toy)) << toy->summary.dump();
  EXPECT_NEAR(width(*toy) / height(*toy), width(*real) / height(*real), 0.1) << toy->summary.dump();
  EXPECT_EQ(toy->summary["parts"], 1) << toy->summary.dump();
}

// A pattern is painted in its own colour over the parts it covers, at every
// tier and in low poly, and the model stays one closed piece.
TEST(Sculpt, PatternsArePaintedInTheirOwnColour) {
  const auto* white = sculpt::findColor("white");
  const auto* blue = sculpt::findColor("blue");
  ASSERT_NE(white, nullptr);
  ASSERT_NE(blue, nullptr);
  auto share = [](const geometry::Mesh& mesh, const geometry::Vec4& colour) {
    size_t near = 0;
    for (const auto& c : mesh.colors) near += (c.head<3>() - colour.head<3>()).norm() < 0.02f ? 1 : 0;
    return static_cast<double>(near) / static_cast<double>(std::max<size_t>(mesh.colors.size(), 1));
  };
  auto dots = make("a blue mug with white polka dots", Tier::kDraft);
  ASSERT_TRUE(dots.has_value()) << dots.error().message;
  EXPECT_EQ(dots->summary["watertight"], true);
  EXPECT_EQ(dots->summary["parts"], 1);
  EXPECT_EQ(dots->summary["pattern"]["kind"], "spots") << dots->summary.dump();
  const auto white_linear = sculpt::linearColor(white->r, white->g, white->b);
  const auto blue_linear = sculpt::linearColor(blue->r, blue->g, blue->b);
  EXPECT_GT(share(dots->mesh, white_linear), 0.03) << "white dots";
  EXPECT_GT(share(dots->mesh, blue_linear), 0.3) << "a blue mug";
  auto plain = make("a blue mug", Tier::kDraft);
  ASSERT_TRUE(plain.has_value());
  EXPECT_LT(share(plain->mesh, white_linear), 0.005) << "no dots unless asked";
  // Standard tier: the pattern is a material of its own, covering a good
  // share of the surface; the ground takes the first of two colours.
  auto stripes = make("a red and white striped vase", Tier::kStandard);
  ASSERT_TRUE(stripes.has_value()) << stripes.error().message;
  EXPECT_EQ(stripes->summary["watertight"], true);
  size_t patterned = 0;
  for (const auto& sm : stripes->mesh.effectiveSubmeshes()) {
    if (stripes->mesh.materials.at(sm.material).name.find("/pattern") != std::string::npos) patterned += sm.triangle_count;
  }
  const double striped = static_cast<double>(patterned) / static_cast<double>(stripes->mesh.triangleCount());
  EXPECT_GT(striped, 0.1);
  EXPECT_LT(striped, 0.7);
  // Low poly: facet by facet, still closed.
  auto cat = make("low poly polka dot teapot", Tier::kStandard);
  ASSERT_TRUE(cat.has_value()) << cat.error().message;
  EXPECT_EQ(cat->summary["watertight"], true);
  bool has_ink = false;
  for (const auto& m : cat->mesh.materials) has_ink = has_ink || m.name.find("/pattern") != std::string::npos;
  EXPECT_TRUE(has_ink);
}

}  // namespace
}  // namespace kiln::engines
