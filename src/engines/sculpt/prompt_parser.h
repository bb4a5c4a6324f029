#pragma once
// Prompt → what the person asked for. The prompt is split into its main noun
// phrase and the phrases that hang off it ("with …", "wearing …", "holding
// …", "in …", "on …", "of …", "made of …"); the head noun of the main phrase
// is the subject (the longest library name that ends the phrase, so "teddy
// bear" and "golden retriever" win over "bear" and "retriever"); the words
// before it bind to it (colours, materials, conditions, pose, count), and
// each attached phrase binds to a part of the subject ("with a red roof"), an
// accessory subject ("with a blue bowtie"), a container or support ("in a
// pot", "on a branch") or contents ("a mug of hot chocolate"). A head noun
// that the library does not know is refused with related suggestions —
// never replaced by another subject.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "engines/sculpt/lexicon.h"
#include "engines/sculpt/subject_library.h"

namespace kiln::engines::sculpt {

enum class Style { kDefault, kRealistic, kStylized, kCartoon, kLowPoly };

/// Colour and material words bound to one part of a subject.
struct PartWords {
  std::string part;                        // the part's name in the subject
  std::optional<ColorWord> color;
  const MaterialPreset* material = nullptr;
  bool glowing = false;                    // "a sword with a glowing blade"
  int count = 0;                           // "with two scoops", "with five candles"; 0 when not said
};

/// One subject the prompt names, with the words that describe it.
struct SubjectWords {
  const SubjectInfo* subject = nullptr;
  std::string variant;                     // "" or a variant id
  std::string matched;                     // the words that named it ("golden retriever")
  std::vector<ColorWord> colors;           // in prompt order: primary, secondary
  const MaterialPreset* material = nullptr;
  bool glazed = false;
  bool glowing = false;                    // "a glowing crystal": its glowing parts give off light
  std::vector<PartWords> parts;            // "with a red roof"
  bool statue = false;                     // "a statue of a lion": every part in the one material
  bool bust = false;                       // "a bust of a king": head and shoulders on a plinth
  std::vector<std::string> conditions;     // its own ("on a mossy log"): painted on it alone
};

/// A surface pattern the prompt asks for ("a striped cat", "with white
/// polka dots", "red and white stripes", "a floral pattern").
struct PatternWords {
  std::string kind;                        // stripes, spots, checks, patchwork, floral, camo
  std::vector<ColorWord> colors;           // one: the pattern's colour; two: the ground's, then the pattern's
  std::string part_word;                   // the noun it is said of ("a striped shell"); "" for none
};

/// An accessory attached to the main subject.
struct Accessory {
  SubjectWords what;
  std::string relation;                    // "with", "wearing", "holding"
  std::string point;                       // a body point the prompt names ("on his shoulder"), or ""
  int count = 1;                           // "a table with four chairs"
};

struct PromptAnalysis {
  SubjectWords main;
  int count = 1;                           // "three apples"
  std::vector<Accessory> accessories;
  std::optional<SubjectWords> place;       // the container or support
  std::string place_relation;              // "in" or "on"
  std::optional<SubjectWords> contents;    // "a bowl of apples": apples inside
  std::optional<ColorWord> liquid;         // "a mug of hot chocolate": the fill
  std::string liquid_word;
  bool liquid_glowing = false;             // "glowing green liquid"
  std::vector<std::string> conditions;     // canonical: mossy, rusty, weathered, …
  std::optional<PatternWords> pattern;     // painted over the main subject (or one of its parts)
  std::string pose;                        // canonical pose or empty
  Style style = Style::kDefault;
  std::optional<float> height_mm;          // from "10cm tall" etc.
  std::string outline;                     // "round", "square" or empty
  std::vector<std::string> ignored;        // words that were understood as nothing
  std::vector<std::string> notes;          // what was understood but cannot be honoured

  /// What was understood, for the result summary and `--json`.
  nlohmann::json describe() const;
};

/// Limits on prompts; longer prompts are rejected, not truncated.
inline constexpr size_t kMaxPromptChars = 1000;

/// Splits into lower-case words and numbers; "10cm" → "10", "cm"; "low-poly"
/// → "low", "poly"; commas and full stops become "," tokens (phrase breaks).
std::vector<std::string> tokenize(std::string_view prompt);

/// Singular candidates for a word, the word itself first ("leaves" → leaves, leave, leaf).
std::vector<std::string> singularCandidates(std::string_view word);

/// Parses a prompt against `library`. Fails with kInvalidArgument for an
/// empty or over-long prompt or an impossible size, and kUnknownSubject when
/// the head noun is not a known subject; that error lists related subjects
/// in details.suggestions (synonyms and same-family subjects first, then the
/// closest spellings).
Result<PromptAnalysis> parsePrompt(std::string_view prompt, const SubjectLibrary& library);

/// Up to `count` subject names related to `word`: names containing it or
/// contained in it, then the closest spellings.
std::vector<std::string> suggestSubjects(std::string_view word, const SubjectLibrary& library, size_t count);

/// Levenshtein edit distance; anything above `bound` is reported as bound + 1
/// (and found sooner).
size_t editDistance(std::string_view a, std::string_view b, size_t bound = static_cast<size_t>(-1) / 2);

std::string_view styleName(Style s);

}  // namespace kiln::engines::sculpt
