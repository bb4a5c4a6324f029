// kiln subjects: what text → 3D can make, from the subject library.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "engines/sculpt/prompt_parser.h"
#include "engines/sculpt/subject_library.h"

namespace kiln::app {

namespace {
using engines::sculpt::SubjectInfo;
using engines::sculpt::SubjectLibrary;

bool matches(const SubjectInfo& s, const std::string& family, const std::string& search) {
  if (!family.empty() && s.family != family) return false;
  if (search.empty()) return true;
  if (s.id.find(search) != std::string::npos) return true;
  for (const auto& n : s.names) {
    if (n.find(search) != std::string::npos) return true;
  }
  for (const auto& v : s.variants) {
    for (const auto& n : v.names) {
      if (n.find(search) != std::string::npos) return true;
    }
  }
  return false;
}
// One line (or, with --json, one JSON object) saying what kiln understood a
// prompt as, without making it: "a cat wizard" → cat, wearing wizard_hat.
bool explain(const std::string& prompt, const SubjectLibrary& library, bool json) {
  auto parsed = engines::sculpt::parsePrompt(prompt, library);
  if (json) {
    nlohmann::json j = parsed ? parsed->describe() : parsed.error().toJson();
    j["prompt"] = prompt;
    std::cout << j.dump() << "\n";
    return parsed.has_value();
  }
  if (!parsed) {
    std::cout << fmt::format("{}\trefused: {}\n", prompt, parsed.error().message);
    return false;
  }
  const auto& p = *parsed;
  std::string line = fmt::format("{}\t{}", prompt, p.main.subject->id);
  if (!p.main.variant.empty()) line += fmt::format(" ({})", p.main.variant);
  if (p.count > 1) line += fmt::format(" ×{}", p.count);
  for (const auto& a : p.accessories) {
    line += fmt::format(", {} {}{}", a.relation, a.what.subject->id, a.count > 1 ? fmt::format(" ×{}", a.count) : "");
    if (!a.point.empty()) line += fmt::format(" (on the {})", a.point);
  }
  if (p.place) line += fmt::format(", {} {}", p.place_relation, p.place->subject->id);
  if (p.contents) line += fmt::format(", of {}", p.contents->subject->id);
  if (!p.ignored.empty()) line += fmt::format("; ignored: {}", fmt::join(p.ignored, " "));
  for (const auto& n : p.notes) line += fmt::format("; {}", n);
  std::cout << line << "\n";
  return true;
}

}  // namespace

Runner addSubjectsCommand(CLI::App& app) {
  struct Options {
    std::string family, search;
    std::vector<std::string> explain;
    bool json = false;
  };
  auto opts = std::make_shared<Options>();
  app.add_option("--family", opts->family, "Only subjects of this family (animals, vehicles, …)");
  app.add_option("--search", opts->search, "Only subjects whose id or names contain WORD")->type_name("WORD");
  app.add_flag("--json", opts->json, "Print the list as JSON");
  app.add_option("--explain", opts->explain,
                 "Say what a prompt is understood as (subject, variant, what it wears, holds or stands on, ignored "
                 "words) without making it; repeatable; \"-\" reads one prompt a line from standard input. Exits 2 "
                 "when any prompt would be refused")
      ->type_name("PROMPT");
  return [opts]() {
    const auto library = SubjectLibrary::current();
    if (!opts->explain.empty()) {
      bool all = true;
      for (const auto& prompt : opts->explain) {
        if (prompt != "-") {
          all = explain(prompt, *library, opts->json) && all;
          continue;
        }
        for (std::string line; std::getline(std::cin, line);) {
          if (line.empty() || line.front() == '#') continue;
          all = explain(line, *library, opts->json) && all;
        }
      }
      return all ? kExitOk : kExitUsage;
    }
    std::string search = opts->search;
    for (auto& c : search) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    nlohmann::json list = nlohmann::json::array();
    size_t shown = 0;
    for (const auto& s : library->subjects()) {
      if (!matches(s, opts->family, search)) continue;
      ++shown;
      if (opts->json) {
        nlohmann::json variants = nlohmann::json::array();
        for (const auto& v : s.variants) variants.push_back({{"id", v.id}, {"names", v.names}});
        nlohmann::json parts = nlohmann::json::array();
        for (const auto& p : s.parts) parts.push_back({{"name", p.name}, {"material", p.material}, {"names", p.names}});
        list.push_back({{"id", s.id}, {"family", s.family}, {"names", s.names}, {"lvis", s.lvis},
                        {"size_mm", s.size_mm}, {"variants", variants}, {"parts", parts}, {"poses", s.poses},
                        {"points", s.points}, {"file", s.file}});
      } else {
        std::string line = fmt::format("{:<22} {:<12} {}", s.id, s.family, fmt::join(s.names, ", "));
        if (!s.variants.empty()) {
          std::vector<std::string> v;
          for (const auto& x : s.variants) v.push_back(x.id);
          line += fmt::format("  [variants: {}]", fmt::join(v, ", "));
        }
        std::puts(line.c_str());
      }
    }
    if (opts->json) {
      nlohmann::json broken = nlohmann::json::array();
      for (const auto& e : library->brokenFiles()) broken.push_back(e.toJson());
      std::cout << nlohmann::json{{"subjects", list}, {"broken_files", broken}}.dump(2) << "\n";
    } else {
      std::fprintf(stderr, "%zu of %zu subjects\n", shown, library->subjects().size());
      for (const auto& e : library->brokenFiles()) std::fprintf(stderr, "broken subject file: %s\n", e.message.c_str());
    }
    if (shown == 0 && !opts->search.empty() && !opts->json) {
      const auto suggestions = engines::sculpt::suggestSubjects(search, *library, 5);
      if (!suggestions.empty()) std::fprintf(stderr, "related: %s\n", fmt::format("{}", fmt::join(suggestions, ", ")).c_str());
    }
    return library->brokenFiles().empty() ? kExitOk : kExitFailure;
  };
}

}  // namespace kiln::app
