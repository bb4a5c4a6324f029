#pragma once
// Prompt → structured description: tokenise, normalise case and plurals,
// match the lexicon (subject noun, colours, materials, styles) and read a
// size ("10cm tall", "150 mm", "4 inches high").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "engines/sculpt/lexicon.h"

namespace kiln::engines::sculpt {

enum class Style { kDefault, kRealistic, kStylized, kCartoon, kLowPoly };

struct PromptAnalysis {
  const SubjectWord* subject = nullptr;   // never null in a successful parse
  std::string subject_word;               // as matched (singular)
  std::vector<const ColorWord*> colors;   // in prompt order
  const MaterialPreset* material = nullptr;
  bool glazed = false;                    // "glazed": glossy finish on any material
  Style style = Style::kDefault;
  std::optional<float> height_mm;         // from "10cm tall" etc.
  /// Outline words, canonical: "round" (round, circular, oval) or "square"
  /// (square, rectangular, oblong). Empty when the prompt names none; the
  /// archetypes that have such a choice (tables) follow it, others ignore it.
  std::string outline;
  std::vector<std::string> ignored;       // words that matched nothing (shown to the user)
};

/// Limits on prompts; longer prompts are rejected, not truncated.
inline constexpr size_t kMaxPromptChars = 1000;

/// Splits into lower-case words and numbers; "10cm" → "10", "cm"; "low-poly" → "low", "poly".
std::vector<std::string> tokenize(std::string_view prompt);

/// Singular candidates for a word, the word itself first ("leaves" → leaves, leave, leaf).
std::vector<std::string> singularCandidates(std::string_view word);

/// Parses a prompt. Fails with kInvalidArgument for an empty or over-long
/// prompt or an impossible size, and kUnprocessable when no known subject is
/// named; that error lists the closest known subjects in details.suggestions.
Result<PromptAnalysis> parsePrompt(std::string_view prompt);

/// Up to `count` known subject nouns closest (edit distance) to `word`.
std::vector<std::string> closestSubjects(std::string_view word, size_t count);

/// Levenshtein edit distance.
size_t editDistance(std::string_view a, std::string_view b);

}  // namespace kiln::engines::sculpt
