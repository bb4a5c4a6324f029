#include "engines/sculpt/prompt_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include <fmt/format.h>

namespace kiln::engines::sculpt {
namespace {

bool isStopWord(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "a", "an", "the", "of", "with", "and", "in", "on", "for", "made", "to", "very", "some",
      "its", "it", "is", "that", "this", "by", "from", "at", "as", "or", "model", "object",
      "3d", "statue", "figure", "figurine", "miniature", "sculpture", "tall", "high", "height",
      "size", "big", "small", "little", "large", "tiny", "huge", "about", "around", "like",
      "look", "looking", "style", "styled", "shaped", "one", "single", "print", "printable"};
  return kStop.contains(w);
}

// Multiplier from a unit word to millimetres; 0 when not a length unit.
float unitToMm(std::string_view unit) {
  if (unit == "mm" || unit == "millimeter" || unit == "millimetre") return 1.0f;
  if (unit == "cm" || unit == "centimeter" || unit == "centimetre") return 10.0f;
  if (unit == "m" || unit == "meter" || unit == "metre") return 1000.0f;
  if (unit == "in" || unit == "inch" || unit == "inche" || unit == "\"") return 25.4f;
  return 0.0f;
}

std::optional<float> parseNumber(std::string_view s) {
  float value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

std::vector<std::string> tokenize(std::string_view prompt) {
  std::vector<std::string> tokens;
  std::string current;
  bool current_is_number = false;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
    current_is_number = false;
  };
  for (size_t i = 0; i < prompt.size(); ++i) {
    const auto c = static_cast<unsigned char>(prompt[i]);
    const bool digit = std::isdigit(c) != 0;
    const bool decimal_point = c == '.' && current_is_number && i + 1 < prompt.size() &&
                               std::isdigit(static_cast<unsigned char>(prompt[i + 1])) != 0;
    if (digit || decimal_point) {
      if (!current.empty() && !current_is_number) flush();
      current_is_number = true;
      current.push_back(static_cast<char>(c));
    } else if (std::isalpha(c) != 0) {
      if (current_is_number) flush();
      current.push_back(static_cast<char>(std::tolower(c)));
    } else if (c == '"' && current_is_number) {
      flush();
      tokens.emplace_back("in");
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

std::vector<std::string> singularCandidates(std::string_view word) {
  std::vector<std::string> out{std::string(word)};
  auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 && word.ends_with(suffix);
  };
  auto stem = [&](size_t drop, std::string_view add) {
    out.push_back(std::string(word.substr(0, word.size() - drop)) + std::string(add));
  };
  if (ends("ies")) stem(3, "y");
  if (ends("ves")) { stem(3, "f"); stem(3, "fe"); }
  if (ends("es")) stem(2, "");
  if (ends("s") && !ends("ss")) stem(1, "");
  if (word == "oxen") out.emplace_back("ox");
  if (word == "mice") out.emplace_back("mouse");
  if (word == "geese") out.emplace_back("goose");
  return out;
}

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<std::string> closestSubjects(std::string_view word, size_t count) {
  std::vector<std::pair<size_t, std::string_view>> scored;
  for (const auto& s : subjectWords()) scored.emplace_back(editDistance(word, s.word), s.word);
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (const auto& [d, w] : scored) {
    if (out.size() >= count) break;
    out.emplace_back(w);
  }
  return out;
}

Result<PromptAnalysis> parsePrompt(std::string_view prompt) {
  if (prompt.size() > kMaxPromptChars) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("prompt is {} characters; shorten it to at most {}", prompt.size(),
                            kMaxPromptChars),
                {{"parameter", "prompt"}, {"max_length", kMaxPromptChars}});
  }
  const auto tokens = tokenize(prompt);
  if (tokens.empty()) {
    return fail(ErrorCode::kInvalidArgument,
                "prompt is empty; describe an object, e.g. \"a glazed ceramic teapot\"",
                {{"parameter", "prompt"}});
  }

  PromptAnalysis out;
  std::vector<bool> used(tokens.size(), false);

  // Sizes: NUMBER UNIT, optionally followed by tall/high.
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const auto value = parseNumber(tokens[i]);
    if (!value) continue;
    float mm_per_unit = 0.0f;
    for (const auto& cand : singularCandidates(tokens[i + 1])) {
      if ((mm_per_unit = unitToMm(cand)) > 0) break;
    }
    if (mm_per_unit == 0.0f) continue;
    const float height = *value * mm_per_unit;
    if (!(height >= 1.0f && height <= 10'000.0f)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("size {} {} is out of range; give a height between 1 mm and 10 m",
                              tokens[i], tokens[i + 1]),
                  {{"parameter", "prompt"}, {"minimum_mm", 1}, {"maximum_mm", 10000}});
    }
    out.height_mm = height;
    used[i] = used[i + 1] = true;
  }

  // Styles, including the two-word "low poly".
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t == "low" && i + 1 < tokens.size() && (tokens[i + 1] == "poly" || tokens[i + 1] == "polygon")) {
      out.style = Style::kLowPoly;
      used[i] = used[i + 1] = true;
    } else if (t == "lowpoly" || t == "faceted" || t == "polygonal") {
      out.style = Style::kLowPoly;
      used[i] = true;
    } else if (t == "cartoon" || t == "cartoony" || t == "cartoonish" || t == "toon" || t == "cute" ||
               t == "chibi") {
      if (out.style != Style::kLowPoly) out.style = Style::kCartoon;
      used[i] = true;
    } else if (t == "realistic" || t == "photorealistic" || t == "detailed") {
      if (out.style == Style::kDefault) out.style = Style::kRealistic;
      used[i] = true;
    } else if (t == "stylized" || t == "stylised") {
      if (out.style == Style::kDefault) out.style = Style::kStylized;
      used[i] = true;
    }
  }

  // The subject is the last subject noun (the head of an English noun phrase:
  // "stone table" is a table, "treasure chest" a chest).
  size_t subject_index = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (used[i]) continue;
    for (const auto& cand : singularCandidates(tokens[i])) {
      if (const auto* s = findSubject(cand)) {
        out.subject = s;
        out.subject_word = cand;
        subject_index = i;
        break;
      }
    }
  }
  if (subject_index < tokens.size()) used[subject_index] = true;
  // A modifier noun of the same family names the variant: "pine tree", "oak barrel"
  // stays a barrel, but "pine tree" is a pine.
  for (size_t i = 0; i < tokens.size() && out.subject != nullptr; ++i) {
    if (used[i]) continue;
    for (const auto& cand : singularCandidates(tokens[i])) {
      const auto* s = findSubject(cand);
      if (s != nullptr && s->archetype == out.subject->archetype && !s->variant.empty() &&
          out.subject->variant.empty()) {
        out.subject_word = cand + " " + out.subject_word;
        out.subject = s;
        used[i] = true;
        break;
      }
    }
  }

  // Materials and colours among the remaining words.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (used[i]) continue;
    const auto& t = tokens[i];
    if (t == "round" || t == "circular" || t == "oval") {
      out.outline = "round";
      used[i] = true;
      continue;
    }
    if (t == "square" || t == "rectangular" || t == "oblong") {
      out.outline = "square";
      used[i] = true;
      continue;
    }
    if (t == "glazed" || t == "glossy" || t == "shiny" || t == "polished") {
      out.glazed = true;
      used[i] = true;
      continue;
    }
    if (const auto* m = findMaterialWord(t)) {
      out.material = findMaterialPreset(m->material);
      used[i] = true;
      // A word that is both (e.g. "silver", "golden") also tints.
      if (const auto* c = findColor(t)) out.colors.push_back(c);
      continue;
    }
    if (const auto* c = findColor(t)) {
      out.colors.push_back(c);
      used[i] = true;
      continue;
    }
    if (findSubject(t) != nullptr) {
      used[i] = true;  // a modifier noun ("treasure" chest)
      continue;
    }
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!used[i] && !isStopWord(tokens[i]) && !parseNumber(tokens[i])) out.ignored.push_back(tokens[i]);
  }

  if (out.subject == nullptr) {
    std::vector<std::string> suggestions;
    std::set<std::string> seen;
    // Rank every unknown word's nearest subjects; the best matches lead.
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const auto& word : out.ignored) {
      for (const auto& s : subjectWords()) ranked.emplace_back(editDistance(word, s.word), s.word);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [d, w] : ranked) {
      if (suggestions.size() >= 5) break;
      if (seen.insert(w).second) suggestions.push_back(w);
    }
    if (suggestions.empty()) suggestions = {"vase", "teapot", "chest", "tree", "dog"};
    std::vector<std::string> archetypes;
    for (const auto& s : subjectWords()) {
      if (std::find(archetypes.begin(), archetypes.end(), s.archetype) == archetypes.end()) {
        archetypes.emplace_back(s.archetype);
      }
    }
    return fail(ErrorCode::kUnprocessable,
                fmt::format("no known subject in the prompt \"{}\"; closest known subjects: {}. "
                            "Name one of them, e.g. \"a wooden {}\"",
                            prompt, fmt::join(suggestions, ", "), suggestions.front()),
                {{"parameter", "prompt"}, {"suggestions", suggestions},
                 {"subjects", archetypes}, {"unknown_words", out.ignored}});
  }
  return out;
}

}  // namespace kiln::engines::sculpt
