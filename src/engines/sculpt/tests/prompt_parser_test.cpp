#include "engines/sculpt/prompt_parser.h"

#include <gtest/gtest.h>

namespace kiln::engines::sculpt {
namespace {

TEST(PromptParser, TokenizesNumbersUnitsAndHyphens) {
  EXPECT_EQ(tokenize("A Low-Poly tree, 10cm TALL"),
            (std::vector<std::string>{"a", "low", "poly", "tree", "10", "cm", "tall"}));
  EXPECT_EQ(tokenize("2.5in"), (std::vector<std::string>{"2.5", "in"}));
}

TEST(PromptParser, FindsSubjectMaterialAndGlaze) {
  auto p = parsePrompt("a glazed ceramic teapot");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->subject->archetype, "teapot");
  ASSERT_NE(p->material, nullptr);
  EXPECT_EQ(p->material->id, "ceramic");
  EXPECT_TRUE(p->glazed);
}

TEST(PromptParser, NormalisesCaseAndPlurals) {
  auto p = parsePrompt("Three BARRELS");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->subject->archetype, "barrel");
  auto q = parsePrompt("some mushrooms");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->subject->archetype, "mushroom");
  EXPECT_EQ(singularCandidates("leaves")[0], "leaves");
  const auto c = singularCandidates("leaves");
  EXPECT_NE(std::find(c.begin(), c.end(), "leaf"), c.end());
}

TEST(PromptParser, ReadsOutlineWords) {
  EXPECT_EQ(parsePrompt("a ROUND oak table")->outline, "round");
  EXPECT_EQ(parsePrompt("a circular table")->outline, "round");
  EXPECT_EQ(parsePrompt("a rectangular desk")->outline, "square");
  EXPECT_EQ(parsePrompt("a table")->outline, "");
  EXPECT_TRUE(parsePrompt("a round table")->ignored.empty());
}

TEST(PromptParser, HeadNounWinsOverModifierNoun) {
  auto p = parsePrompt("a stone table");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->subject->archetype, "table");
  ASSERT_NE(p->material, nullptr);
  EXPECT_EQ(p->material->id, "stone");
  auto q = parsePrompt("a wooden treasure chest");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->subject->archetype, "chest");
}

TEST(PromptParser, ReadsSizesInUnits) {
  EXPECT_FLOAT_EQ(*parsePrompt("a vase 10cm tall")->height_mm, 100.0f);
  EXPECT_FLOAT_EQ(*parsePrompt("a 150 mm barrel")->height_mm, 150.0f);
  EXPECT_NEAR(*parsePrompt("a dog 4 inches high")->height_mm, 101.6f, 1e-3);
  EXPECT_FALSE(parsePrompt("a vase 0.01mm tall").has_value());
  EXPECT_FALSE(parsePrompt("a vase 100m tall").has_value());
}

TEST(PromptParser, ReadsColoursAndStyles) {
  auto p = parsePrompt("a cute red and white toadstool");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->style, Style::kCartoon);
  ASSERT_EQ(p->colors.size(), 2u);
  EXPECT_EQ(p->colors[0]->word, "red");
  EXPECT_EQ(p->colors[1]->word, "white");
  EXPECT_EQ(parsePrompt("a low poly fox")->style, Style::kLowPoly);
  EXPECT_EQ(parsePrompt("a lowpoly fox")->style, Style::kLowPoly);
}

TEST(PromptParser, UnknownSubjectListsClosestKnownSubjects) {
  auto p = parsePrompt("a shiny teapoot");
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().code, ErrorCode::kUnprocessable);
  const auto& suggestions = p.error().details["suggestions"];
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions[0], "teapot");
  EXPECT_NE(p.error().message.find("teapot"), std::string::npos);
}

TEST(PromptParser, RejectsEmptyAndOverlongPrompts) {
  EXPECT_EQ(parsePrompt("").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(parsePrompt("  ,, ").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(parsePrompt(std::string(1001, 'a')).error().code, ErrorCode::kInvalidArgument);
}

TEST(PromptParser, EditDistance) {
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("vase", "vase"), 0u);
}

}  // namespace
}  // namespace kiln::engines::sculpt

namespace kiln::engines::sculpt {
namespace {

TEST(PromptParser, ModifierNounOfTheSameFamilyPicksTheVariant) {
  auto p = parsePrompt("a low-poly pine tree");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->subject->archetype, "tree");
  EXPECT_EQ(p->subject->variant, "pine");
  EXPECT_EQ(p->subject_word, "pine tree");
  auto q = parsePrompt("an oak barrel");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->subject->archetype, "barrel");
}

}  // namespace
}  // namespace kiln::engines::sculpt
