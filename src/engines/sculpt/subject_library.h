#pragma once
// The subject library: every subject file (subjects/<family>/<id>.lua shipped
// in the binary, plus the user's folders from --subjects / KILN_SUBJECTS),
// their declared metadata (names, family, size, parameters, parts,
// variants, attachment points) and the one way to build a subject into a
// shape. docs/subjects.md is the authors' manual.
//
// Loading reads every file once in a sandbox to take its declaration; a file
// that fails to load is listed in brokenFiles() with its file and line and is
// not served. Building runs the subject's build function in a fresh sandbox
// per call, so one build can never disturb another. Thread-safe after load.

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "engines/sculpt/lexicon.h"
#include "geometry/sdf.h"

namespace kiln::engines::sculpt {

/// How a part takes the prompt's words.
enum class PartRole {
  kPrimary,    // the prompt's material and first colour ("a red car": the body)
  kSecondary,  // the prompt's second colour ("a red and white mushroom": the spots)
  kDetail,     // only words that name this part ("with black wheels")
  kFixed,      // never recoloured (eyes)
};

struct SubjectPart {
  std::string name;                // "roof"; the shape's :part("roof")
  std::vector<std::string> names;  // words that name it in prompts ("roof", "rooftop")
  std::string material;            // a MaterialPreset id
  std::optional<ColorWord> color;  // default colour (else the material's)
  PartRole role = PartRole::kDetail;
  bool worn = false;               // a garment: "in a …" names it too ("a dog in a sweater")
  bool glows = false;              // what lights up when the subject is "glowing" (a staff's crystal);
                                   // with none declared, the primary parts do
};

struct SubjectVariant {
  std::string id;                  // "palm"
  std::vector<std::string> names;  // "palm", "palm tree", "coconut palm"
  std::optional<float> size_mm;    // overrides the subject's natural size
  std::map<std::string, ColorWord> colors;  // part → colour for this variant
  bool model = false;              // a toy or scale model of the subject ("toy soldier"): what it
                                   // holds shrinks with it, by size_mm over the subject's size
};

struct SubjectParam {
  std::string name;
  float min = 0, max = 0;
};

/// A subject's declaration, read from its file.
struct SubjectInfo {
  std::string id;                  // "golden_retriever"
  std::string family;              // "animals"
  std::string file;                // "subjects/animals/golden_retriever.lua" or a user path
  std::string source;              // the file's text
  bool user = false;               // from a user folder
  std::vector<std::string> names;  // lower case, singular; may be several words
  std::vector<std::string> lvis;   // LVIS category names
  float size_mm = 100;             // natural height
  std::vector<SubjectParam> params;
  std::vector<SubjectPart> parts;
  std::vector<SubjectVariant> variants;
  std::vector<std::string> attach_to;  // as an accessory: host points it prefers ("neck", "head")
  bool hangs = false;                  // held by its top, hanging from the hand (a basket, a lantern)
  bool plunges = false;                // a blade standing point up: "in" a thing with no inside (a sword
                                       // in a stone) it is driven point first into its top
  std::string counted;                 // a serving of several (a plate of spring rolls): a count in
                                       // the prompt ("three spring rolls") is how many of this part
                                       // the one serving has (k.counts), not copies of the serving
  std::vector<std::string> poses;      // poses the build understands ("sitting", "lying", "flying")
  std::vector<std::string> points;     // attachment points it declares, for the catalog
  std::string description;
  bool several = false;                // naturally several pieces (a pair of dice): not one part
  bool fits_load = false;              // as a support, sized to what stands on it (a pull toy's wheeled base)

  const SubjectVariant* findVariant(std::string_view id) const;
};

/// One attachment point of a built subject, in the subject's own units.
struct AttachPoint {
  geometry::Vec3 position = geometry::Vec3::Zero();
  geometry::Vec3 direction = geometry::Vec3::UnitY();
  float size = 0;  // the width an accessory placed here should span
};

/// What a build is asked for.
struct SubjectBuildRequest {
  const SubjectInfo* subject = nullptr;
  std::string variant;        // empty for the plain subject
  std::string style = "default";
  float softness = 1.0f;      // blend radii multiplier (2 for cartoon)
  std::string outline;        // "round", "square" or empty
  std::string pose;           // "" or one of subject->poses
  std::vector<std::string> asked_parts;  // parts the prompt names ("a cake with candles")
  std::map<std::string, int> asked_counts;  // how many of a part the prompt says ("with five candles")
  bool worn = false;                       // built as an accessory (worn, held, carried), not on its own
  bool filled = false;                     // the prompt puts contents or a liquid inside it: leave it open
  bool holds = false;                      // the prompt puts something in its hand: drop a prop it carries
  uint64_t seed = 0;
};

/// A built subject: the shape (material slot i = parts[i]), scaled to the
/// subject's natural height in mm and resting on y = 0, and its points.
struct BuiltSubject {
  geometry::Sdf shape;
  std::map<std::string, AttachPoint> points;
  size_t shape_nodes = 0;
};

/// A name a prompt can use, and what it means.
struct NameEntry {
  const SubjectInfo* subject;
  std::string variant;  // empty for the subject itself
};

class SubjectLibrary {
 public:
  /// Loads the built-in subjects and then the user folders (later folders
  /// override earlier subjects with the same id). Never fails as a whole:
  /// broken files are reported in brokenFiles().
  static std::shared_ptr<const SubjectLibrary> load(const std::vector<std::filesystem::path>& user_dirs,
                                                     bool include_builtins = true);

  /// The process-wide library: built-ins plus the folders in KILN_SUBJECTS
  /// (colon-separated) and those given to configure(). Loaded on first use.
  static std::shared_ptr<const SubjectLibrary> current();
  /// Sets the user folders for current() (the CLI's --subjects); takes
  /// effect at the next current(). Also exports them in KILN_SUBJECTS so
  /// worker processes load the same library.
  static void configure(std::vector<std::filesystem::path> user_dirs);

  const std::vector<SubjectInfo>& subjects() const { return subjects_; }
  const SubjectInfo* find(std::string_view id) const;
  /// Exact lookup of a lower-case, singular name of one or more words.
  std::optional<NameEntry> lookup(std::string_view name) const;
  /// Every name, for suggestions.
  const std::map<std::string, NameEntry, std::less<>>& names() const { return names_; }
  /// Every name in names() order with the set of characters it uses (bit
  /// c % 64 for each byte c): a spelling search skips names whose letters
  /// alone differ by more than it allows.
  struct SpelledName {
    const std::string* name;
    const NameEntry* entry;
    uint64_t letters;
  };
  const std::vector<SpelledName>& spelledNames() const { return spelled_; }
  /// Indices into spelledNames() ordered by name length, and for each length
  /// L the first of them with length >= L: names within a length range
  /// without reading the others.
  const std::vector<uint32_t>& namesByLength() const { return by_length_; }
  const std::vector<uint32_t>& lengthStarts() const { return length_starts_; }
  /// Each word of every name → the spelledNames() indices of the names that
  /// contain it as a whole word, in order.
  const std::map<std::string, std::vector<uint32_t>, std::less<>>& nameWords() const { return name_words_; }
  static uint64_t lettersOf(std::string_view word);
  size_t longestName() const { return longest_name_words_; }
  const std::vector<Error>& brokenFiles() const { return broken_; }

  /// Builds a subject. Fails with kUnprocessable naming the file and line
  /// when its build errs, exceeds its budgets or returns no shape.
  Result<BuiltSubject> build(const SubjectBuildRequest& request) const;

 private:
  struct Library {
    std::string file;
    std::string source;
  };
  friend class SubjectBuilder;
  void add(SubjectInfo info);
  void index();

  std::vector<SubjectInfo> subjects_;
  std::map<std::string, Library, std::less<>> libraries_;  // "quadruped" → lib/quadruped.lua
  std::map<std::string, NameEntry, std::less<>> names_;
  std::vector<SpelledName> spelled_;
  std::vector<uint32_t> by_length_, length_starts_;
  std::map<std::string, std::vector<uint32_t>, std::less<>> name_words_;
  size_t longest_name_words_ = 1;
  std::vector<Error> broken_;
};

/// The built-in files, embedded at build time: (path under subjects/, text).
struct EmbeddedSubjectFile {
  std::string_view path;
  std::string_view text;
};
const std::vector<EmbeddedSubjectFile>& embeddedSubjectFiles();

}  // namespace kiln::engines::sculpt
