#include "engines/sculpt/prompt_parser.h"

#include <bit>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>

namespace kiln::engines::sculpt {
namespace {

bool isStopWord(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "a", "an", "the", "to", "very", "some", "its", "it", "is", "that", "this", "as", "or", "model",
      "object", "3d", "statue", "figure", "figurine", "miniature", "sculpture", "tall", "high", "height",
      "size", "big", "small", "little", "large", "tiny", "huge", "about", "around", "like", "look",
      "looking", "style", "styled", "shaped", "shape", "single", "print", "printable", "mesh", "asset",
      "highly", "game", "ready", "render", "rendered", "quality", "hd", "4k", "8k", "cute", "nice",
      "beautiful", "simple", "long", "short", "wide", "giant", "mini", "massive", "toy", "his", "her",
      "their", "my", "made", "colored", "coloured", "color", "colour", "painted", "finish", "cover",
      "covered", "type", "kind", "version", "design", "new", "classic", "traditional", "modern",
      "fancy", "pretty", "lovely", "adorable", "fat", "thin", "tiny", "slim", "chubby", "fluffy",
      "furry", "happy", "smiling", "friendly", "angry", "scary", "spooky", "majestic", "elegant",
      "ornate", "decorative", "bright", "dark", "light", "pale", "deep", "vibrant", "full", "body",
      "whole", "standalone", "isolated", "centered", "white background", "background",
      // the way people type: fillers and flavour words that change nothing kiln makes
      "but", "kinda", "sorta", "thats", "pls", "plz", "please", "lil", "cool", "cozy", "cosy", "vibes",
      "vibe", "fantasy", "epic", "futuristic", "steampunk", "cyberpunk", "magical", "magic",
      "stylish", "super", "really", "quite", "pretty", "awesome", "nice", "basic", "plain",
      // weights and how many ways: "a 10kg dumbbell", "double headed"
      "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "lb", "lbs", "pound", "pounds", "oz", "ounce",
      "ounces", "gram", "grams", "double", "triple",
      // how a thing is kept: "a stack of books tied with string"
      "tied"};
  return kStop.contains(w);
}

// Words that start a phrase attached to the main noun phrase.
std::string relationOf(std::string_view w) {
  static const std::map<std::string_view, std::string_view> kRelations = {
      {"with", "with"},       {"having", "with"},     {"featuring", "with"}, {"wearing", "wearing"},
      {"wears", "wearing"},   {"dressed", "wearing"}, {"holding", "holding"}, {"holds", "holding"},
      {"carrying", "holding"}, {"wielding", "holding"}, {"in", "in"},       {"inside", "in"},
      {"into", "in"},         {"within", "in"},       {"on", "on"},         {"onto", "on"},
      {"atop", "on"},         {"upon", "on"},         {"of", "of"},         {"for", "other"},
      {"from", "other"},      {"by", "other"},        {"at", "other"},      {"under", "other"},
      {"near", "beside"},     {"beside", "beside"},   {"behind", "other"},  {"next", "beside"},
      {"without", "other"},   {"against", "beside"},  {"between", "other"}, {"among", "other"},
      {"alongside", "beside"},
      {"under", "other"},     {"below", "other"},     {"above", "other"},   {"over", "other"},
      {"through", "other"},   {"like", "other"},      {"no", "other"},       {"w", "with"},
      // a rider on its mount: "a cowboy riding a horse", "a penguin riding a skateboard"
      {"riding", "on"},       {"rides", "on"},        {"astride", "on"},
      // held in the mouth or the paws: "a squirrel eating an acorn"
      {"eating", "holding"},  {"eats", "holding"},    {"nibbling", "holding"}, {"chewing", "holding"},
      {"munching", "holding"}, {"gnawing", "holding"}, {"biting", "holding"},  {"licking", "holding"},
      {"clutching", "holding"}, {"grasping", "holding"}, {"gripping", "holding"}, {"hugging", "holding"},
      {"cradling", "holding"}, {"brandishing", "holding"}, {"swinging", "holding"}, {"playing", "holding"},
      {"aiming", "holding"},  {"shooting", "holding"}};
  const auto it = kRelations.find(w);
  return it == kRelations.end() ? std::string() : std::string(it->second);
}

std::string poseOf(std::string_view w) {
  static const std::map<std::string_view, std::string_view> kPoses = {
      {"standing", "standing"}, {"stands", "standing"}, {"upright", "standing"},
      {"sitting", "sitting"},   {"seated", "sitting"},  {"sits", "sitting"},
      {"sleeping", "lying"},    {"asleep", "lying"},    {"lying", "lying"},
      {"resting", "lying"},     {"curled", "lying"},    {"laying", "lying"},
      {"flying", "flying"},     {"soaring", "flying"},  {"flies", "flying"},
      {"gliding", "flying"},    {"glides", "flying"},   {"hovering", "flying"},
      {"running", "running"},   {"galloping", "running"}, {"swimming", "swimming"},
      {"perched", "perched"},   {"leaping", "running"}, {"jumping", "running"},
      {"leaps", "running"},     {"jumps", "running"},   {"breaching", "running"},
      {"waving", "waving"},     {"waves", "waving"},    {"raised", "raised"},
      {"raising", "raised"},    {"trumpeting", "raised"}, {"rearing", "rearing"},
      {"rears", "rearing"},     {"reared", "rearing"},  {"howling", "howling"},
      {"howls", "howling"},     {"baying", "howling"}};
  const auto it = kPoses.find(w);
  return it == kPoses.end() ? std::string() : std::string(it->second);
}

std::string conditionOf(std::string_view w) {
  static const std::map<std::string_view, std::string_view> kConditions = {
      {"mossy", "mossy"},       {"moss", "mossy"},         {"overgrown", "mossy"},
      {"rusty", "rusty"},       {"rusted", "rusty"},       {"rust", "rusty"},
      {"weathered", "weathered"}, {"aged", "weathered"},   {"old", "weathered"},
      {"ancient", "weathered"}, {"abandoned", "weathered"}, {"antique", "weathered"},
      {"vintage", "weathered"}, {"worn", "worn"},          {"battered", "worn"},
      {"distressed", "worn"},   {"cracked", "cracked"},    {"chipped", "chipped"},
      {"dented", "dented"},     {"frosted", "frosted"},    {"frosty", "frosted"},
      {"frozen", "frosted"},    {"icy", "frosted"},        {"snowy", "snowy"},
      {"snow", "snowy"},        {"polished", "polished"},  {"shiny", "polished"},
      {"glossy", "polished"},   {"gleaming", "polished"},  {"muddy", "muddy"},
      {"mud", "muddy"},         {"dirty", "muddy"},        {"grimy", "muddy"},
      {"barnacles", "barnacled"}, {"barnacle", "barnacled"}, {"barnacled", "barnacled"},
      {"encrusted", "barnacled"}, {"peeling", "peeling"},   {"flaking", "peeling"},
      {"peeled", "peeling"},    {"scratched", "worn"},     {"scuffed", "worn"}};
  const auto it = kConditions.find(w);
  return it == kConditions.end() ? std::string() : std::string(it->second);
}

std::optional<int> countOf(std::string_view w) {
  static const std::map<std::string_view, int> kCounts = {
      {"one", 1},   {"two", 2},   {"three", 3}, {"four", 4},    {"five", 5},     {"six", 6},
      {"seven", 7}, {"eight", 8}, {"nine", 9},  {"ten", 10},    {"eleven", 11},  {"twelve", 12},
      {"pair", 2},  {"couple", 2}, {"few", 3},  {"several", 3}, {"dozen", 12},   {"trio", 3},
      // "a mushroom cluster", "a group of penguins"
      {"cluster", 3}, {"clump", 3}, {"group", 3}};
  const auto it = kCounts.find(w);
  if (it == kCounts.end()) return std::nullopt;
  return it->second;
}

// Whether two colours are one hue give or take 30° (or both near grey).
bool sameHue(const ColorWord& a, const ColorWord& b) {
  auto hsv = [](const ColorWord& c) {
    const float r = c.r / 255.0f, g = c.g / 255.0f, bl = c.b / 255.0f;
    const float mx = std::max({r, g, bl}), mn = std::min({r, g, bl}), d = mx - mn;
    float h = 0.0f;
    if (d > 1e-6f) {
      if (mx == r) h = 60.0f * std::fmod((g - bl) / d + 6.0f, 6.0f);
      else if (mx == g) h = 60.0f * ((bl - r) / d + 2.0f);
      else h = 60.0f * ((r - g) / d + 4.0f);
    }
    return std::pair<float, float>{h, mx > 0.0f ? d / mx : 0.0f};
  };
  const auto [ha, sa] = hsv(a);
  const auto [hb, sb] = hsv(b);
  if (sa < 0.2f || sb < 0.2f) return sa < 0.2f && sb < 0.2f;
  const float diff = std::abs(ha - hb);
  return std::min(diff, 360.0f - diff) <= 30.0f;
}

struct Liquid {
  std::string_view word;
  ColorWord color;
};
const Liquid* liquidOf(std::string_view w) {
  static const Liquid kLiquids[] = {
      {"coffee", {"coffee", 70, 42, 25}},       {"tea", {"tea", 150, 85, 30}},
      {"water", {"water", 150, 200, 230}},      {"milk", {"milk", 245, 245, 240}},
      {"chocolate", {"chocolate", 95, 55, 35}}, {"cocoa", {"cocoa", 95, 55, 35}},
      {"soup", {"soup", 220, 120, 40}},         {"juice", {"juice", 245, 150, 30}},
      {"wine", {"wine", 110, 15, 35}},          {"beer", {"beer", 225, 160, 40}},
      {"lemonade", {"lemonade", 245, 235, 150}}, {"cola", {"cola", 60, 30, 20}},
      {"soda", {"soda", 60, 30, 20}},           {"honey", {"honey", 230, 160, 40}},
      {"latte", {"latte", 200, 160, 120}},      {"cappuccino", {"cappuccino", 190, 150, 110}},
      {"espresso", {"espresso", 60, 35, 20}},   {"smoothie", {"smoothie", 230, 110, 150}},
      {"cereal", {"cereal", 220, 180, 110}},    {"ramen", {"ramen", 230, 190, 120}},
      {"broth", {"broth", 210, 160, 90}},       {"porridge", {"porridge", 230, 215, 180}},
      {"ice", {"ice", 220, 235, 245}},          {"liquid", {"liquid", 120, 200, 230}},
      {"sand", {"sand", 225, 200, 140}},        {"oil", {"oil", 200, 170, 60}}};
  for (const auto& l : kLiquids) {
    if (l.word == w) return &l;
  }
  return nullptr;
}

// Multiplier from a unit word to millimetres; 0 when not a length unit.
float unitToMm(std::string_view unit) {
  if (unit == "mm" || unit == "millimeter" || unit == "millimetre") return 1.0f;
  if (unit == "cm" || unit == "centimeter" || unit == "centimetre") return 10.0f;
  if (unit == "m" || unit == "meter" || unit == "metre") return 1000.0f;
  if (unit == "in" || unit == "inch" || unit == "inche" || unit == "\"") return 25.4f;
  if (unit == "ft" || unit == "foot" || unit == "feet") return 304.8f;
  return 0.0f;
}

std::optional<float> parseNumber(std::string_view s) {
  float value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

// Materials whose "golden" or "silver" means a colour, not a metal.
bool isSoftMaterial(std::string_view m) {
  static const std::set<std::string_view> kSoft = {"fur",   "skin", "feather", "fabric", "leather",
                                                   "plant", "food", "paper",   "wax",    "scales"};
  return kSoft.contains(m);
}

struct Match {
  size_t begin, end;  // token range
  NameEntry entry;
  std::string words;
};

// The longest library name starting at `i` (singular forms of its last word
// are tried), within [i, limit).
std::optional<Match> matchAt(const std::vector<std::string>& tokens, size_t i, size_t limit,
                             const SubjectLibrary& library) {
  const size_t longest = std::min(library.longestName(), limit - i);
  for (size_t n = longest; n >= 1; --n) {
    std::string prefix;
    for (size_t j = i; j + 1 < i + n; ++j) prefix += tokens[j] + " ";
    // Two-word names are also written as one ("sandcastle", "teapot").
    for (const auto& cand : singularCandidates(tokens[i + n - 1])) {
      if (auto e = library.lookup(prefix + cand)) return Match{i, i + n, *e, prefix + cand};
    }
    if (n == 2 && !isStopWord(tokens[i])) {
      for (const auto& cand : singularCandidates(tokens[i + 1])) {
        if (auto e = library.lookup(tokens[i] + cand)) return Match{i, i + n, *e, tokens[i] + cand};
      }
    }
  }
  return std::nullopt;
}

struct Segment {
  std::string relation;  // "" for the main phrase
  size_t begin, end;     // token range, relation word excluded
};

// Words that describe (colour, material, condition, style…) — known, not nouns.
struct Describer {
  std::optional<ColorWord> color;
  const MaterialWord* material = nullptr;
  std::string condition;
  bool glazed = false;
  bool glowing = false;  // "glowing", "luminous", "neon": it gives off light
};

Describer describe(std::string_view t) {
  Describer d;
  if (t == "glazed") d.glazed = true;
  static const std::set<std::string_view> kGlowing = {
      "glowing", "glow",        "glows",        "luminous",  "luminescent", "bioluminescent",
      "neon",    "fluorescent", "phosphorescent", "radiant", "shining",     "incandescent", "lit"};
  d.glowing = kGlowing.contains(t);
  if (const auto* c = findColor(t)) d.color = *c;
  d.material = findMaterialWord(t);
  d.condition = conditionOf(t);
  if (d.condition == "polished") d.glazed = true;
  return d;
}

// A verb after the subject ("a wolf howling", "a dog wagging") describes what
// it does, not what it is: reported as ignored rather than taken for the
// real head noun. Nouns that end in -ing are still nouns ("a desk painting").
bool isTrailingVerb(std::string_view t) {
  static const std::set<std::string_view> kIngNouns = {
      "building", "painting", "ring",     "king",     "wing",     "string",   "swing",   "pudding",
      "earring",  "ceiling",  "sling",    "spring",   "wedding",  "clothing", "stuffing", "icing",
      "frosting", "filling",  "topping",  "bedding",  "railing",  "duckling", "gosling", "seedling",
      "sapling",  "dumpling", "lightning", "thing",   "bowling",  "landing",  "drawing", "carving",
      "sculpting", "ping",    "sting",    "bling",    "viking",   "sibling",  "herring", "whiting",
      "awning",   "fitting",  "lining",   "offering", "housing",  "dressing", "serving", "ingredient"};
  static const std::set<std::string_view> kParticiples = {"cut", "broken", "split", "made", "built", "carved",
                                                          "sliced", "halved", "peeled", "opened", "closed",
                                                          "stacked", "filled", "topped", "decorated", "shown",
                                                          "stuck"};
  if (kParticiples.contains(t)) return true;
  // "a jellyfish glowing blue": how it looks, not what it does.
  if (describe(t).glowing) return false;
  return t.size() > 5 && t.ends_with("ing") && !kIngNouns.contains(t);
}

// A word in -ing that is also a noun ("drawing", "carving") is a verb when
// an object follows it: "an elf archer drawing her bow", "a fox carving a
// pumpkin".
bool isTrailingVerbAt(const std::vector<std::string>& tokens, size_t i) {
  if (isTrailingVerb(tokens[i])) return true;
  static const std::set<std::string_view> kObjectStarts = {"her", "his", "its", "their", "a", "an", "the", "my", "your"};
  return tokens[i].size() > 5 && tokens[i].ends_with("ing") && i + 1 < tokens.size() &&
         kObjectStarts.contains(tokens[i + 1]);
}

// Words that finish a verb or a pose ("curled up", "fast asleep", "arms out").
bool isParticle(std::string_view t) {
  static const std::set<std::string_view> kParticles = {"up",    "down",  "out",      "away",  "around", "back",
                                                        "apart", "asleep", "awake",  "open",  "closed", "outstretched",
                                                        "spread", "raised", "together", "upright", "sideways"};
  return kParticles.contains(t);
}

// A number before these words measures the subject ("40 x 25 cm", "a 3x3
// cube", "a five story pagoda"); it does not count copies of it.
bool isMeasureWord(std::string_view t) {
  static const std::set<std::string_view> kMeasures = {
      "x",      "by",      "story", "storey", "stories", "storeys", "tier",  "tiered", "tiers",  "level",
      "levels", "layer",   "layers", "layered", "floor",  "floors",  "step",  "steps",  "string", "stringed",
      "piece",  "pieces",  "speed", "seater",  "seat",   "legged",  "wheel", "wheeled", "door",   "panel",
      // weights: "a 10kg dumbbell" is one dumbbell
      "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "lb", "lbs", "pound", "pounds", "oz", "ounce",
      "ounces", "gram", "grams"};
  return kMeasures.contains(t);
}

// A word after an animal or a character that says its age or role ("an
// elephant calf", "a penguin chick", "a goblin warrior"): the subject is
// still the word before it.
bool isAgeOrRole(std::string_view t) {
  static const std::set<std::string_view> kWords = {
      "calf",    "calves",  "chick",   "chicks",  "cub",     "cubs",    "puppy", "puppies", "pup",    "pups",
      "kitten",  "kittens", "foal",    "joey",    "duckling", "hatchling", "baby", "babies", "warrior", "warriors",
      "captain", "king",    "queen",   "chief",   "lord",    "lady",    "boss",  "leader",  "guard",  "soldier",
      // "a frog prince", "a cat wizard", "a fox samurai": the animal, dressed for the part
      "prince",  "princess", "knight", "wizard",  "witch",   "pirate",  "samurai", "ninja", "astronaut", "chef",
      "cowboy",  "viking",  "sailor",  "doctor",  "farmer",  "superhero", "vampire", "mummy", "zombie",
      // "a goblin merchant", "a robot butler", "an orc shaman": a trade or
      // calling that no one garment names
      "merchant", "trader",  "peddler", "butler",  "servant", "maid",    "waiter", "archer",  "hunter", "ranger",
      "scout",   "shaman",  "priest",  "monk",    "mage",    "sorcerer", "thief", "rogue",   "bard",   "blacksmith",
      "smith",   "shopkeeper", "innkeeper", "guardian", "sentinel", "sentry", "healer", "cleric", "assistant",
      "helper",  "companion", "mascot", "warlord", "chieftain", "commander", "general", "champion",
      "berserker", "brute",  "grunt"};
  return kWords.contains(t);
}

// Body words after "on his/her/its" that name an attachment point.
std::string_view bodyPointOf(std::string_view t) {
  static const std::map<std::string_view, std::string_view> kPoints = {
      {"shoulder", "shoulder"}, {"shoulders", "shoulder"}, {"head", "head"}, {"back", "back"},
      {"nose", "face"},         {"hand", "hand"},          {"arm", "hand"}};
  const auto it = kPoints.find(t);
  return it == kPoints.end() ? std::string_view() : it->second;
}

// What an animal dressed for a role wears ("a cat wizard" wears a wizard
// hat): a library name, or nothing when the role has no one garment that
// names it.
std::string_view costumeOf(std::string_view role) {
  static const std::map<std::string_view, std::string_view> kCostumes = {
      {"wizard", "wizard hat"},   {"witch", "witch hat"},       {"pirate", "pirate hat"},
      {"captain", "pirate hat"},  {"king", "crown"},            {"queen", "crown"},
      {"prince", "crown"},        {"princess", "crown"},        {"chef", "chef hat"},
      {"cowboy", "cowboy hat"},   {"viking", "viking helmet"},  {"knight", "knight helmet"},
      {"soldier", "army helmet"}, {"guard", "army helmet"}};
  const auto it = kCostumes.find(role);
  return it == kCostumes.end() ? std::string_view() : it->second;
}

// Nouns that name one thing made of two halves: "a pair of" them is one.
bool isPairNoun(std::string_view t) {
  static const std::set<std::string_view> kPairNouns = {
      "sunglasses", "glasses",  "eyeglasses", "spectacles", "goggles",  "binoculars", "scissors",
      "pliers",     "tongs",    "tweezers",   "shears",     "headphones", "earphones", "earmuffs",
      "trousers",   "pants",    "jeans",      "shorts",     "pajamas",  "pyjamas",    "overalls",
      "bongos",     "handcuffs", "clippers",  "nutcracker", "chopsticks"};
  return kPairNouns.contains(t);
}

// Nouns that follow a subject only to say it is one ("a chess knight piece",
// "a dragon figurine", "a car model"): the subject is what they follow.
bool isGenericNoun(std::string_view t) {
  static const std::set<std::string_view> kGeneric = {"piece",  "pieces",  "figure", "figures",   "figurine",
                                                      "figurines", "model", "models", "object",   "objects",
                                                      "thing",  "item",    "replica", "miniature", "version",
                                                      "diorama", "dioramas",
                                                      // "a pumpkin patch", "a banana bunch"
                                                      "patch", "bunch"};
  return kGeneric.contains(t);
}

// Whether `words` name one of the subject's own parts ("wings" of an eagle).
bool namesOwnPart(const SubjectInfo& subject, std::string_view words) {
  for (const auto& cand : singularCandidates(words)) {
    for (const auto& part : subject.parts) {
      for (const auto& name : part.names) {
        const auto names = singularCandidates(name);
        if (std::find(names.begin(), names.end(), cand) != names.end()) return true;
      }
    }
  }
  return false;
}

// What a figure is dressed in, when it is one of the figure's own parts.
bool isOutfitWord(std::string_view t) {
  static const std::set<std::string_view> kOutfits = {
      "armor", "armour", "suit", "robe", "robes", "dress", "gown", "cloak", "uniform", "outfit", "costume",
      "kimono", "tunic", "overalls", "spacesuit", "mail", "plate", "plates", "apron", "cape",
      "coat", "raincoat", "overcoat", "jacket", "parka", "poncho", "hoodie", "sweater", "jumper", "cardigan",
      "shirt", "pajamas", "pyjamas",
      // what is worn on the feet and hands: "in a raincoat and rubber boots"
      "boots", "boot", "shoes", "shoe", "sneakers", "trainers", "wellies", "wellingtons", "sandals", "slippers",
      "gloves", "mittens"};
  return kOutfits.contains(t);
}

// Words for a surface pattern or trim after the head ("a lighthouse, red and
// white stripes", "black with gold details"): what it looks like, not the
// thing it is.
bool isPatternWord(std::string_view t) {
  static const std::set<std::string_view> kPatterns = {
      "stripe", "stripes", "striped", "spots",   "spot",    "dots",     "polka",  "checks",  "checkered",
      "plaid",  "pattern", "patterns", "patterned", "floral", "swirls", "details", "detail", "accents",
      "accent", "finish",  "trim",     "markings", "print",  "colors",  "colours", "color",  "colour"};
  return kPatterns.contains(t);
}

// "An old windmill", "an old bridge": a building or boat named old by one
// of its own names looks it (weathered), as it would if "old" were only a
// describing word. Figures ("an old man") and retro styles ("an old
// radio") are not grimed.
void agedByName(PromptAnalysis& out) {
  const std::string& family = out.main.subject->family;
  if (family != "buildings" && family != "boats") return;
  const auto words = tokenize(out.main.matched);
  if (words.size() < 2 || conditionOf(words.front()).empty() || words[1] == "fashioned") return;
  const std::string condition = conditionOf(words.front());
  if (std::find(out.conditions.begin(), out.conditions.end(), condition) == out.conditions.end()) {
    out.conditions.push_back(condition);
  }
}

// "A dragon sleeping on gold coins": a support named in the plural that has
// a heap of itself (a pile of coins) is that heap, not one giant coin.
void heapedWhenMany(PromptAnalysis& out, const std::vector<std::string>& tokens) {
  if (!out.place || !out.place->variant.empty() || out.place->subject->findVariant("pile") == nullptr) return;
  const auto words = tokenize(out.place->matched);
  if (words.empty()) return;
  const std::string& last = words.back();
  if (std::find(tokens.begin(), tokens.end(), last + "s") != tokens.end() ||
      std::find(tokens.begin(), tokens.end(), last + "es") != tokens.end()) {
    out.place->variant = "pile";
  }
}

// "A ceramic teapot with blue flowers": flowers named with a colour on
// china or glazed ware that is not made to hold them are painted on it, a
// floral pattern in their colour, not a bouquet set on the lid.
void paintedFlowers(PromptAnalysis& out) {
  const SubjectInfo& main = *out.main.subject;
  static const std::set<std::string_view> kHolders = {"vase", "flowerpot", "pot", "planter", "basket", "bucket", "jar",
                                                      "watering_can", "wheelbarrow", "window_box", "bouquet"};
  if (kHolders.contains(main.id)) return;
  const auto primary = std::find_if(main.parts.begin(), main.parts.end(),
                                    [](const SubjectPart& p) { return p.role == PartRole::kPrimary; });
  const std::string material = out.main.material != nullptr ? std::string(out.main.material->id)
                               : primary != main.parts.end() ? primary->material
                                                             : std::string();
  if (material != "ceramic" && material != "glazed" && material != "porcelain") return;
  for (auto it = out.accessories.begin(); it != out.accessories.end(); ++it) {
    const std::string& id = it->what.subject->id;
    if (it->relation != "with" || (id != "flower" && id != "bouquet") || it->what.colors.empty()) continue;
    PatternWords floral;
    floral.kind = "floral";
    floral.colors = {it->what.colors.front()};
    out.pattern = std::move(floral);
    out.accessories.erase(it);
    return;
  }
}

// A pattern word at tokens[i]: its kind, how many tokens it takes and
// whether it can stand before a noun ("striped", "polka dot") rather than
// only name the pattern ("stripes", "dots").
struct PatternAt {
  std::string_view kind;
  size_t length;
  bool adjective;
};

std::optional<PatternAt> patternAt(const std::vector<std::string>& t, size_t i) {
  const std::string_view w = t[i];
  const std::string_view next = i + 1 < t.size() ? std::string_view(t[i + 1]) : std::string_view();
  if (w == "polka" && (next == "dot" || next == "dots" || next == "dotted")) return PatternAt{"spots", 2, next != "dots"};
  if (w == "pin" && (next == "striped" || next == "stripes")) return PatternAt{"stripes", 2, next == "striped"};
  if ((w == "flower" || w == "flowers" || w == "floral") &&
      (next == "pattern" || next == "patterns" || next == "print" || next == "prints" || next == "motif" ||
       next == "motifs" || next == "design" || next == "designs")) {
    return PatternAt{"floral", 2, false};
  }
  static const std::map<std::string_view, PatternAt> kWords = {
      {"striped", {"stripes", 1, true}},     {"stripy", {"stripes", 1, true}},
      {"stripey", {"stripes", 1, true}},     {"pinstriped", {"stripes", 1, true}},
      {"stripes", {"stripes", 1, false}},    {"stripe", {"stripes", 1, false}},
      {"pinstripes", {"stripes", 1, false}}, {"polkadot", {"spots", 1, true}},
      {"polkadots", {"spots", 1, false}},    {"spotted", {"spots", 1, true}},
      {"spotty", {"spots", 1, true}},        {"dotted", {"spots", 1, true}},
      {"spots", {"spots", 1, false}},        {"dots", {"spots", 1, false}},
      {"checkered", {"checks", 1, true}},    {"chequered", {"checks", 1, true}},
      {"checked", {"checks", 1, true}},      {"checkerboard", {"checks", 1, true}},
      {"gingham", {"checks", 1, true}},      {"plaid", {"checks", 1, true}},
      {"tartan", {"checks", 1, true}},       {"checks", {"checks", 1, false}},
      {"patchwork", {"patchwork", 1, true}}, {"floral", {"floral", 1, true}},
      {"flowery", {"floral", 1, true}},      {"flowered", {"floral", 1, true}},
      {"camo", {"camo", 1, true}},           {"camouflage", {"camo", 1, true}},
      {"rainbow", {"rainbow", 1, true}}};
  const auto it = kWords.find(w);
  if (it == kWords.end()) return std::nullopt;
  return it->second;
}

// A prompt's pattern, and its tokens without the pattern's words.
struct ExtractedPattern {
  PatternWords words;
  std::vector<std::string> tokens;
  std::string noun;  // the pattern's own word ("spots"), to tell a subject's own parts
};

// Finds the first pattern the prompt names and takes its words out: the
// colours before it, a following "pattern"/"print", and a "with"/"in"
// that only introduced it ("a mug with white polka dots" → "a mug").
// "A red and white striped lighthouse" and "with red and white stripes"
// give the ground's colour and the pattern's; "a blue striped shirt" and
// "with blue stripes" the pattern's only; a colour before "spotted",
// "polka dot" or "floral" is the thing's own ("a red polka dot mug").
std::optional<ExtractedPattern> extractPattern(const std::vector<std::string>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const auto found = patternAt(t, i);
    if (!found) continue;
    size_t end = i + found->length;
    static const std::set<std::string_view> kPatternNouns = {"pattern", "patterns", "print", "prints", "motif",
                                                             "motifs",  "design",   "designs"};
    // "rainbow striped", "rainbow coloured": one pattern.
    if (found->kind == "rainbow" && end < t.size()) {
      if (const auto then = patternAt(t, end); then && then->kind == "stripes") end += then->length;
      if (t[end - 1] == "rainbow" && end < t.size() &&
          (t[end] == "colored" || t[end] == "coloured" || t[end] == "color" || t[end] == "colour")) {
        ++end;
      }
    }
    if (end < t.size() && kPatternNouns.contains(t[end])) ++end;
    size_t first = i;
    while (first > 0 && (findColor(t[first - 1]) != nullptr ||
                         (t[first - 1] == "and" && first >= 2 && findColor(t[first - 2]) != nullptr))) {
      --first;
    }
    ExtractedPattern out;
    out.words.kind = found->kind;
    out.noun = t[i + found->length - 1];
    std::vector<ColorWord> colors;
    for (size_t k = first; k < i; ++k) {
      if (const auto* c = findColor(t[k])) colors.push_back(*c);
    }
    // Before a noun ("a striped cat", "with a striped shell"), or naming the
    // pattern itself ("with white polka dots", ", red and white stripes").
    const bool before_noun = found->adjective && end < t.size() && t[end] != "," && relationOf(t[end]).empty() &&
                             t[end] != "and" && !isStopWord(t[end]) && findColor(t[end]) == nullptr;
    if (before_noun) out.words.part_word = t[end];
    const bool own_colour = before_noun && colors.size() == 1 &&
                            (found->kind == "spots" || found->kind == "floral" || found->kind == "patchwork");
    if (own_colour) {
      first = i;
      colors.clear();
    }
    // "desert camo", "arctic camo": the palette the word names.
    if (found->kind == "camo" && colors.empty() && first > 0) {
      static const std::map<std::string_view, ColorWord> kCamoPalettes = {
          {"desert", {"desert", 196, 170, 120}}, {"sand", {"sand", 196, 170, 120}},
          {"arctic", {"arctic", 215, 220, 225}}, {"snow", {"snow", 215, 220, 225}},
          {"winter", {"winter", 215, 220, 225}}, {"urban", {"urban", 150, 150, 150}},
          {"jungle", {"jungle", 70, 110, 50}},   {"woodland", {"woodland", 96, 108, 62}}};
      if (const auto it = kCamoPalettes.find(t[first - 1]); it != kCamoPalettes.end()) {
        colors.push_back(it->second);
        --first;
      }
    }
    out.words.colors = std::move(colors);
    // The words that only introduced the pattern go with it.
    size_t cut = first;
    if (!before_noun) {
      while (cut > 0 && (t[cut - 1] == "a" || t[cut - 1] == "an" || t[cut - 1] == "some" || t[cut - 1] == "the")) --cut;
      if (cut > 0 && (t[cut - 1] == "with" || t[cut - 1] == "in" || t[cut - 1] == "featuring")) {
        --cut;
        if (cut > 0 && (t[cut - 1] == "covered" || t[cut - 1] == "painted" || t[cut - 1] == "decorated")) --cut;
      }
    }
    out.tokens.assign(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(cut));
    out.tokens.insert(out.tokens.end(), t.begin() + static_cast<std::ptrdiff_t>(end), t.end());
    return out;
  }
  return std::nullopt;
}

// "a stone statue of a lion", "a figurine of a cat": the subject is what
// follows "of"; a statue, sculpture or bust is stone unless the prompt says
// what it is made of.
bool isRepresentation(std::string_view t) {
  static const std::set<std::string_view> kRepresentations = {
      "statue", "statues", "sculpture", "sculptures", "figurine", "figurines", "figure", "figures", "bust",
      "carving", "carvings", "model", "models", "replica", "miniature", "miniatures", "statuette", "effigy"};
  return kRepresentations.contains(t);
}

bool isStoneByDefault(std::string_view t) {
  return t == "statue" || t == "statues" || t == "sculpture" || t == "sculptures" || t == "bust" ||
         t == "statuette" || t == "effigy";
}

// "a slice of pizza", "a loaf of bread", "a bunch of grapes": the noun before
// "of" names a portion; the subject is what follows.
bool isPartitive(std::string_view t) {
  static const std::set<std::string_view> kPartitives = {
      "slice", "piece", "bunch", "stack", "tuft", "ear", "loaf", "wedge", "bar", "scoop", "slab", "block",
      "chunk", "pile", "heap", "handful", "sprig", "clove", "cluster", "bundle", "pair", "couple", "portion",
      "serving", "head", "stick", "row", "set", "dozen", "half", "quarter", "segment", "strip", "sheet", "cube",
      "lump", "drop", "bowlful", "plateful", "bag", "box", "jar", "can", "bottle", "cup", "glass", "mug",
      "bowl", "plate", "basket", "pot", "vase", "bucket", "tray", "crate", "group", "clump", "patch", "suit"};
  return kPartitives.contains(t);
}

// Families of living things: as a modifier they say what a thing is for,
// what it shows or whose it is.
bool isCreatureFamily(std::string_view f) {
  return f == "animals" || f == "birds" || f == "insects" || f == "sea_life" || f == "reptiles" ||
         f == "creatures";
}

// Head words that, after a creature, name a part of it or its home ("a fish
// bone", "a bull horn", "a turtle shell", "a wasp nest", "a rabbit hutch"):
// a different thing from the bone, horn, shell, nest or cabinet the library
// makes on its own.
bool isCreaturePartOrHome(std::string_view t) {
  static const std::set<std::string_view> kWords = {
      "bone", "bones", "horn", "horns", "shell", "shells", "skull", "skulls", "nest", "nests", "hutch",
      "coop", "den", "stall", "hive", "web", "tooth", "teeth", "claw", "claws", "paw", "paws", "head",
      "tail", "tusk", "antler", "antlers", "fang", "fangs", "mound", "hill", "bath", "trough"};
  return kWords.contains(t);
}

// A known subject written before another one ("a mushroom house", "a cat
// tree", "a fish bone") that makes it a different kind of thing rather than
// describing it: the library has no such kind, and making the plain head
// would show the wrong object. Flavours ("a strawberry cupcake"), purposes
// and decorations ("a dog bowl", "an owl mug", "a frog chair"), riders and
// makers ("a dragon castle", "a doll house") and shops ("a flower shop")
// keep the head.
// Heads whose kind the noun before them decides: "a pencil box" is not a
// shipping box, "a football helmet" not a knight's, "a milk can" not a tin.
bool isKindHead(std::string_view head_word) {
  static const std::set<std::string_view> kKindHeads = {"box",    "boxes", "case",    "bag",    "can",  "jar",
                                                        "helmet", "mask",  "machine", "holder", "rack", "cabinet",
                                                        "chair",  "chairs", "lamp",    "lamps", "bike", "bikes",
                                                        "building", "buildings", "cooker", "cookers"};
  return kKindHeads.contains(head_word);
}

// Word endings of describing words ("victorian", "rustic", "ornate"): an
// unknown word with one is taken for an adjective, not a noun naming a kind.
bool looksLikeAdjective(std::string_view t) {
  // Nouns that happen to end like describing words.
  static const std::set<std::string_view> kNouns = {"tavern",  "cavern",  "lantern", "cistern", "pattern", "lectern",
                                                     "library", "sanctuary", "dispensary", "aviary", "apiary",
                                                     "pedal",   "sandal",  "medal",   "pistol",   "crystal", "pedestal",
                                                     "bed",     "shed",    "sled",    "pudding",  "building", "ring",
                                                     "wedding", "stocking", "dumpling", "duckling", "sapling"};
  if (kNouns.contains(t)) return false;
  static const std::set<std::string_view> kDescribing = {"open", "closed", "empty", "full",   "half",  "sci",
                                                         "fi",   "scifi",  "mid",   "century", "retro", "modern",
                                                         "new",  "spare",  "toy",   "mini",    "giant", "eaten"};
  if (kDescribing.contains(t)) return true;
  static const std::array<std::string_view, 16> kEndings = {"al",  "ic",  "ous", "ful",  "ive", "ian", "ese", "ish",
                                                           "less", "able", "ern", "ary", "ed",  "ing", "ly",  "esque"};
  for (const auto e : kEndings) {
    if (t.size() > e.size() + 2 && t.ends_with(e)) return true;
  }
  return false;
}

bool makesAnotherKind(const SubjectInfo& modifier, const SubjectInfo& head, std::string_view head_variant,
                      std::string_view head_word) {
  const std::string_view m = modifier.family;
  const std::string_view h = head.family;
  if (isKindHead(head_word) && !isCreatureFamily(m)) return true;
  if (isCreatureFamily(m) && isCreaturePartOrHome(head_word)) return true;
  if (h == "plants") return isCreatureFamily(m);  // "a cat tree", "a dragon tree"
  if (h == "characters") return isCreatureFamily(m) && m != "creatures";  // "a cat girl", "a lizard man"
  if (h == "buildings") {
    if (head_variant == "shop" || head.id == "barn" || head.id == "doghouse" || head.id == "birdhouse") return false;
    return (isCreatureFamily(m) && m != "creatures") || m == "food" || m == "plants" || m == "vessels" ||
           m == "household" || m == "kitchen" || m == "accessories" || m == "nature" || m == "jewellery" ||
           m == "instruments" || m == "sports" || m == "tools" || m == "weapons";
  }
  return false;
}

bool isKnownModifier(std::string_view t) {
  return t == "round" || t == "circular" || t == "oval" || t == "square" || t == "rectangular" ||
         t == "oblong" || t == "and" || t == "," || t == "low" || t == "poly" || t == "polygon";
}

// Applies colour/material words to a subject: "golden" on a dog is a colour,
// on a ring (or a statue of a dog) it is gold.
void applyDescriber(const Describer& d, std::string_view word, SubjectWords& target, bool statue = false) {
  const bool soft = !statue && target.subject != nullptr && !target.subject->parts.empty() &&
                    isSoftMaterial(target.subject->parts.front().material);
  if (d.glazed) target.glazed = true;
  if (d.glowing) target.glowing = true;
  if (d.material != nullptr && !(soft && d.color)) {
    target.material = findMaterialPreset(d.material->material);
    if (d.color && word != "gold") target.colors.push_back(*d.color);
    return;
  }
  if (d.color) target.colors.push_back(*d.color);
}

}  // namespace

std::string_view styleName(Style s) {
  switch (s) {
    case Style::kDefault: return "default";
    case Style::kRealistic: return "realistic";
    case Style::kStylized: return "stylized";
    case Style::kCartoon: return "cartoon";
    case Style::kLowPoly: return "low_poly";
  }
  return "default";
}

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
    if (digit && !current.empty() && !current_is_number) {
      // "ww2", "r2d2": a digit glued to letters is part of the word, not a count.
      current.push_back(static_cast<char>(c));
    } else if (digit || decimal_point) {
      if (!current.empty() && !current_is_number) flush();
      current_is_number = true;
      current.push_back(static_cast<char>(c));
    } else if (std::isalpha(c) != 0) {
      if (current_is_number) flush();
      current.push_back(static_cast<char>(std::tolower(c)));
    } else if (c == '\'' && !current.empty() && !current_is_number) {
      // "bird's" → "bird"; "don't" → "dont"
      if (i + 1 < prompt.size() && prompt[i + 1] == 's' &&
          (i + 2 >= prompt.size() || std::isalpha(static_cast<unsigned char>(prompt[i + 2])) == 0)) {
        ++i;
      }
    } else if (c == '"' && current_is_number) {
      flush();
      tokens.emplace_back("in");
    } else if (c == ',' || c == ';' || c == '.' || c == ':' || c == '!' || c == '?') {
      flush();
      if (!tokens.empty() && tokens.back() != ",") tokens.emplace_back(",");
    } else {
      flush();
    }
  }
  flush();
  while (!tokens.empty() && tokens.back() == ",") tokens.pop_back();
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
  static const std::map<std::string_view, std::string_view> kIrregular = {
      {"oxen", "ox"},   {"mice", "mouse"}, {"geese", "goose"}, {"teeth", "tooth"}, {"feet", "foot"},
      {"men", "man"},   {"women", "woman"}, {"children", "child"}, {"people", "person"},
      {"cacti", "cactus"}, {"fungi", "fungus"}, {"octopi", "octopus"}, {"dice", "die"}};
  if (const auto it = kIrregular.find(word); it != kIrregular.end()) out.emplace_back(it->second);
  return out;
}

// Names of other things whose last word names a subject ("a gravy boat", "a
// waffle iron", "a license plate", "a toilet paper"): the head noun alone
// would make the wrong object, so these are refused until a subject of their
// own takes the name. Drawn from the LVIS categories whose names end in a
// subject's name but denote something else.
std::optional<std::string> otherThingNamed(const std::vector<std::string>& tokens, const SubjectLibrary& library) {
  static const std::set<std::string_view> kOtherThings = {
      "dixie cup",       "paper cup",        "french pancake",   "bed covering",     "belt buckle",
      "bola tie",        "bolo tie",         "bottle cap",       "bottle cork",      "bulletproof vest",
      "camera lens",     "chain armor",      "chain armour",     "ring armor",       "ring armour",
      "combination lock", "computer keyboard", "egg yolk",       "electric chair",   "elevator car",
      "fire alarm",      "smoke alarm",      "gravy boat",       "sauce boat",       "banana boat",
      "paper boat",      "gym mat",          "hand glass",       "hand truck",       "lab coat",
      "license plate",   "licence plate",    "number plate",     "life jacket",      "life vest",
      "lightning rod",   "machine gun",      "mashed potato",    "measuring cup",    "measuring rod",
      "measuring stick", "measuring spoon",  "motor home",       "opera glasses",    "phonograph record",
      "pipe bowl",       "place mat",        "railroad car",     "railway car",      "rearview mirror",
      "saddle blanket",  "scrubbing brush",  "sea scooter",      "spring onion",     "spring roll",
      "egg roll",        "step stool",       "storage tank",     "water tank",       "string cheese",
      "teething ring",   "walking stick",    "water cooler",     "wine cooler",      "welcome mat",
      "bath mat",        "baseball base",    "brussels sprout",  "church bench",     "crock pot",
      "gift wrap",       "home plate",       "horse buggy",      "jelly egg",        "pitcher mound",
      "pitcher s mound", "shower cap",       "sofa bed",         "toilet paper",     "waffle iron",
      "hover car",       "cable car",        "bumper car",       "slot car",         "toilet roll",
      "cotton ball",     "hair ball",        "meat loaf",        "golf cart",        "tea bag",
      "sleeping mask",   "eye mask",         "gas can",          "watering hose",    "piano keyboard",
      "electric keyboard", "electronic keyboard", "musical keyboard", "midi keyboard",  "synth keyboard",
      "butter churn",    "ice cream churn",  "car bonnet",       "engine bonnet",    "tennis match",
      "boxing match",    "football match",   "shoe horn",        "balance scale",    "justice scale",
      "scale of justice", "scales of justice", "map scale",       "car radiator",     "engine radiator"};
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    for (size_t n = 2; n <= 3 && i + n <= tokens.size(); ++n) {
      std::string stem;
      for (size_t k = i; k + 1 < i + n; ++k) stem += tokens[k] + " ";
      for (const auto& last : singularCandidates(tokens[i + n - 1])) {
        const std::string phrase = stem + last;
        if (kOtherThings.contains(phrase) && !library.lookup(phrase)) return phrase;
      }
    }
  }
  return std::nullopt;
}

size_t editDistance(std::string_view a, std::string_view b, size_t bound) {
  // Levenshtein by rows, only inside the band |i - j| <= bound (a cell
  // outside it is more than `bound` edits away), stopping once every cell of
  // a row exceeds `bound` (later rows only grow). Two rows on the stack for
  // short words.
  const size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > bound) return bound + 1;
  const size_t far = bound + 1;  // "more than bound"
  constexpr size_t kOnStack = 64;
  std::array<size_t, 2 * kOnStack> on_stack;
  std::vector<size_t> on_heap;
  size_t* prev = on_stack.data();
  size_t* cur = on_stack.data() + kOnStack;
  if (b.size() + 1 > kOnStack) {
    on_heap.resize(2 * (b.size() + 1));
    prev = on_heap.data();
    cur = on_heap.data() + b.size() + 1;
  }
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = std::min(j, far);
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t lo = i > bound ? i - bound : 1;
    const size_t hi = std::min(b.size(), i + bound);
    cur[lo - 1] = lo == 1 ? std::min(i, far) : far;
    size_t row_min = cur[lo - 1];
    for (size_t j = lo; j <= hi; ++j) {
      const size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub, far});
      row_min = std::min(row_min, cur[j]);
    }
    if (hi < b.size()) cur[hi + 1] = far;  // the next row reads it as "above"
    if (row_min > bound) return far;
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], far);
}

// A misspelt style or quality word ("realisitc", "cartooon"): a slip of the
// keyboard, not a head noun.
bool isMisspeltStyleWord(std::string_view t) {
  static const std::array<std::string_view, 31> kStyles = {
      "realistic", "stylized",  "stylised",   "cartoon",  "cartoony", "cartoonish", "detailed",
      "vintage",   "antique",   "miniature",  "photorealistic", "hyperrealistic", "simple", "fantasy",
      "medieval",  "futuristic", "beautiful", "colorful", "colourful", "realistically",
      "wooden", "metallic", "leather", "plastic", "ceramic", "golden", "silver", "bronze", "rusty", "broken",
      "painted"};
  if (t.size() < 5) return false;
  const size_t bound = t.size() >= 7 ? 2 : 1;
  for (const auto style : kStyles) {
    if (style != t && editDistance(t, style, bound) <= bound) return true;
  }
  return false;
}

std::vector<std::string> suggestSubjects(std::string_view word, const SubjectLibrary& library, size_t count) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto add = [&](const SubjectInfo* s) {
    if (out.size() < count && seen.insert(s->names.front()).second) out.push_back(s->names.front());
  };
  // 1. Names that contain the word as a whole word, or are contained in it
  //    ("lamp" → "desk lamp"; "sandcastles" → "sandcastle").
  const auto& spelled_names = library.spelledNames();
  if (word.find(' ') == std::string_view::npos) {
    if (const auto it = library.nameWords().find(word); it != library.nameWords().end()) {
      for (const uint32_t i : it->second) add(spelled_names[i].entry->subject);
    }
  } else {
    const std::string word_space = std::string(word) + " ", space_word = " " + std::string(word);
    const std::string inner = space_word + " ";
    for (const auto& spelled : spelled_names) {
      const std::string& name = *spelled.name;
      if (name.size() < word.size()) continue;
      const bool whole_word = name == word || name.starts_with(word_space) || name.ends_with(space_word) ||
                              name.find(inner) != std::string::npos;
      if (whole_word) add(spelled.entry->subject);
    }
  }
  // 2. LVIS synonyms: a subject that declares the word among its categories.
  for (const auto& s : library.subjects()) {
    for (const auto& l : s.lvis) {
      if (l == word) add(&s);
    }
  }
  // 3. The closest spellings.
  // At most a third of the word wrong, and never more than four edits: a
  // longer misspelling suggests nothing useful, and the search stays cheap
  // for hostile input (a long run of junk).
  constexpr size_t kMostEdits = 4;
  const size_t max_distance = std::clamp<size_t>(word.size() / 3, 1, kMostEdits);
  // Only names whose length is within the bound; ranked by distance, then
  // in name order.
  std::vector<std::pair<size_t, uint32_t>> ranked;
  const uint64_t letters = SubjectLibrary::lettersOf(word);
  const auto& starts = library.lengthStarts();
  const auto& by_length = library.namesByLength();
  if (!starts.empty()) {
    const size_t shortest = word.size() > max_distance ? word.size() - max_distance : 0;
    const size_t from = starts[std::min(shortest, starts.size() - 1)];
    const size_t to = starts[std::min(word.size() + max_distance + 1, starts.size() - 1)];
    for (size_t k = from; k < to; ++k) {
      const auto& spelled = spelled_names[by_length[k]];
      // Each letter one word has and the other lacks needs an edit of its
      // own (a substitution can settle one of each side at once).
      const auto only_word = static_cast<size_t>(std::popcount(letters & ~spelled.letters));
      const auto only_name = static_cast<size_t>(std::popcount(spelled.letters & ~letters));
      if (std::max(only_word, only_name) > max_distance) continue;
      const size_t d = editDistance(word, *spelled.name, max_distance);
      if (d <= max_distance) ranked.emplace_back(d, by_length[k]);
    }
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [d, i] : ranked) add(spelled_names[i].entry->subject);
  // 4. Same family as the closest spelling, so the list stays related.
  if (!out.empty()) {
    if (const auto first = library.lookup(out.front())) {
      for (const auto& s : library.subjects()) {
        if (s.family == first->subject->family) add(&s);
      }
    }
  }
  return out;
}

nlohmann::json PromptAnalysis::describe() const {
  auto colorJson = [](const ColorWord& c) {
    return c.word.empty() ? fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b) : std::string(c.word);
  };
  auto subjectJson = [&](const SubjectWords& s) {
    nlohmann::json j = {{"subject", s.subject->id}, {"words", s.matched}};
    if (!s.variant.empty()) j["variant"] = s.variant;
    nlohmann::json colors = nlohmann::json::array();
    for (const auto& c : s.colors) colors.push_back(colorJson(c));
    if (!colors.empty()) j["colors"] = colors;
    if (s.material != nullptr) j["material"] = s.material->id;
    if (s.statue) j["statue"] = true;
    if (s.bust) j["bust"] = true;
    if (s.glazed) j["finish"] = "glossy";
    if (s.glowing) j["glowing"] = true;
    nlohmann::json parts = nlohmann::json::object();
    for (const auto& p : s.parts) {
      nlohmann::json pj = nlohmann::json::object();
      if (p.color) pj["color"] = colorJson(*p.color);
      if (p.material != nullptr) pj["material"] = p.material->id;
      if (p.glowing) pj["glowing"] = true;
      parts[p.part] = pj;
    }
    if (!parts.empty()) j["parts"] = parts;
    if (!s.conditions.empty()) j["conditions"] = s.conditions;
    return j;
  };
  nlohmann::json j = subjectJson(main);
  j["family"] = main.subject->family;
  if (count > 1) j["count"] = count;
  if (!accessories.empty()) {
    nlohmann::json acc = nlohmann::json::array();
    for (const auto& a : accessories) {
      nlohmann::json aj = subjectJson(a.what);
      aj["relation"] = a.relation;
      if (!a.point.empty()) aj["point"] = a.point;
      if (a.count > 1) aj["count"] = a.count;
      acc.push_back(aj);
    }
    j["accessories"] = acc;
  }
  if (place) {
    j["placed"] = subjectJson(*place);
    j["placed"]["relation"] = place_relation;
  }
  if (contents) j["contents"] = subjectJson(*contents);
  if (liquid) j["contents"] = {{"liquid", liquid_word}, {"color", colorJson(*liquid)}};
  if (liquid && liquid_glowing) j["contents"]["glowing"] = true;
  if (!conditions.empty()) j["conditions"] = conditions;
  if (pattern) {
    j["pattern"] = {{"kind", pattern->kind}};
    if (!pattern->colors.empty()) {
      j["pattern"]["colors"] = nlohmann::json::array();
      for (const auto& c : pattern->colors) j["pattern"]["colors"].push_back(colorJson(c));
    }
    if (!pattern->part_word.empty()) j["pattern"]["on"] = pattern->part_word;
  }
  if (!pose.empty()) j["pose"] = pose;
  j["style"] = styleName(style);
  if (height_mm) j["height_mm"] = *height_mm;
  if (!outline.empty()) j["outline"] = outline;
  j["ignored_words"] = ignored;
  if (!notes.empty()) j["notes"] = notes;
  return j;
}

namespace {

// The prompt's tokens → what it asks for; parsePrompt runs it once more
// without a pattern's words when the prompt names one.
Result<PromptAnalysis> parseTokens(const std::vector<std::string>& tokens, std::string_view prompt,
                                   const SubjectLibrary& library) {
  PromptAnalysis out;
  std::vector<bool> used(tokens.size(), false);

  if (const auto other = otherThingNamed(tokens, library)) {
    const std::string head = other->substr(other->rfind(' ') + 1);
    return fail(ErrorCode::kUnknownSubject,
                fmt::format("kiln does not know how to make \"{}\" (from the prompt \"{}\"): it has no subject for "
                            "it yet, and what it makes for \"{}\" is a different thing; see `kiln subjects` for the {} "
                            "subjects it can make",
                            *other, prompt, head, library.subjects().size()),
                {{"parameter", "prompt"}, {"unknown_word", *other},
                 {"suggestions", suggestSubjects(*other, library, 6)}});
  }

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
                  fmt::format("size {} {} is out of range; give a height between 1 mm and 10 m", tokens[i],
                              tokens[i + 1]),
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
    } else if (t == "cartoon" || t == "cartoony" || t == "cartoonish" || t == "toon" || t == "chibi" ||
               t == "kawaii") {
      if (out.style != Style::kLowPoly) out.style = Style::kCartoon;
      used[i] = true;
    } else if (t == "realistic" || t == "photorealistic" || t == "detailed" || t == "lifelike") {
      if (out.style == Style::kDefault) out.style = Style::kRealistic;
      used[i] = true;
    } else if (t == "stylized" || t == "stylised") {
      if (out.style == Style::kDefault) out.style = Style::kStylized;
      used[i] = true;
    }
  }

  // Phrases: the main one, then one per relation word. "made of"/"made from"
  // name materials; "a pair of", "a couple of" are counts, not relations;
  // "on top of" is "on".
  // A library name that contains a relation word ("jack in the box", "chest
  // of drawers", "cup of coffee") is one noun, not a phrase break.
  std::vector<bool> inside_name(tokens.size(), false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (used[i]) continue;
    if (auto m = matchAt(tokens, i, tokens.size(), library); m && m->end - m->begin >= 3) {
      for (size_t j = m->begin + 1; j + 1 < m->end; ++j) inside_name[j] = true;
    }
  }
  std::vector<Segment> segments{{"", 0, tokens.size()}};
  bool curled_ball = false;  // "curled up in a ball": a pose
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (used[i] || inside_name[i]) continue;
    std::string rel = relationOf(tokens[i]);
    // "clinging to a branch", "hanging from a hook", "tied to a post": on it.
    if ((tokens[i] == "to" || tokens[i] == "from") && i > 0 &&
        (tokens[i - 1] == "clinging" || tokens[i - 1] == "clings" || tokens[i - 1] == "hanging" ||
         tokens[i - 1] == "hangs" || tokens[i - 1] == "tied" || tokens[i - 1] == "chained" ||
         tokens[i - 1] == "attached")) {
      rel = "on";
      used[i - 1] = true;
    }
    // "a dolphin jumping out of the water", "a whale breaching from the
    // sea": where it leaps from, not what it holds.
    if ((tokens[i] == "out" || tokens[i] == "from") && i > 0 && !poseOf(tokens[i - 1]).empty()) {
      size_t at = i + 1;
      if (tokens[i] == "out" && at < tokens.size() && tokens[at] == "of") ++at;
      if (at < tokens.size() && (tokens[at] == "the" || tokens[at] == "a")) ++at;
      static const std::set<std::string_view> kWaters = {"water", "sea", "ocean", "waves", "wave",
                                                         "lake", "pond",  "river", "surf"};
      if (at < tokens.size() && kWaters.contains(tokens[at])) {
        segments.back().end = i;
        for (size_t u = i; u <= at; ++u) used[u] = true;
        i = at;
        continue;
      }
    }
    // "hatching from an egg", "peeking out of a box", "bursting out of a
    // cake": in it.
    if ((tokens[i] == "from" || tokens[i] == "out") && i > 0 && !used[i - 1] &&
        (tokens[i - 1] == "hatching" || tokens[i - 1] == "hatches" || tokens[i - 1] == "hatched" ||
         tokens[i - 1] == "emerging" || tokens[i - 1] == "peeking" || tokens[i - 1] == "peeping" ||
         tokens[i - 1] == "bursting" || tokens[i - 1] == "popping" || tokens[i - 1] == "breaking" ||
         tokens[i - 1] == "climbing" || tokens[i - 1] == "crawling" || tokens[i - 1] == "jumping" ||
         tokens[i - 1] == "leaping")) {
      rel = "in";
      used[i - 1] = true;
      // "breaking out of its egg": the egg, not part of its own body.
      const size_t after = tokens[i] == "out" && i + 1 < tokens.size() && tokens[i + 1] == "of" ? i + 2 : i + 1;
      const bool possessive = after < tokens.size() && (tokens[after] == "its" || tokens[after] == "his" ||
                                                        tokens[after] == "her" || tokens[after] == "their");
      if (after == i + 2 || possessive) {
        segments.back().end = i;
        segments.push_back({rel, after + (possessive ? 1 : 0), tokens.size()});
        for (size_t u = i; u < after + (possessive ? 1 : 0); ++u) used[u] = true;
        i = after + (possessive ? 1 : 0) - 1;
        continue;
      }
    }
    // "curled up in a ball", "rolled into a ball": lying curled, not a ball.
    if ((tokens[i] == "in" || tokens[i] == "into") && i >= 1 && i + 1 < tokens.size() &&
        (tokens[i - 1] == "up" || tokens[i - 1] == "curled" || tokens[i - 1] == "rolled")) {
      const size_t n = tokens[i + 1] == "a" ? i + 2 : i + 1;
      if (n < tokens.size() && tokens[n] == "ball") {
        for (size_t u = i - 1; u <= n; ++u) used[u] = true;
        curled_ball = true;
        i = n;
        continue;
      }
    }
    if (tokens[i] == "made" && i + 1 < tokens.size() && (tokens[i + 1] == "of" || tokens[i + 1] == "from")) {
      segments.back().end = i;
      segments.push_back({"made", i + 2, tokens.size()});
      used[i] = used[i + 1] = true;
      ++i;
      continue;
    }
    // "carved out of ice", "made out of wood", "sculpted from marble", "cast
    // in bronze": what it is made of.
    static const std::set<std::string_view> kMaking = {"made", "carved", "sculpted", "cast", "built", "crafted",
                                                       "formed", "molded", "moulded", "shaped", "knitted", "woven"};
    if (kMaking.contains(tokens[i]) && i + 2 < tokens.size() &&
        ((tokens[i + 1] == "out" && tokens[i + 2] == "of") ||
         (tokens[i] != "made" && tokens[i] != "shaped" && (tokens[i + 1] == "from" || tokens[i + 1] == "in")))) {
      const size_t skip = tokens[i + 1] == "out" ? 3 : 2;
      segments.back().end = i;
      segments.push_back({"made", i + skip, tokens.size()});
      for (size_t u = i; u < i + skip; ++u) used[u] = true;
      i += skip - 1;
      continue;
    }
    if (rel.empty()) {
      // "and a dog": a second subject joined to the first.
      if (tokens[i] == "and" && i + 1 < tokens.size() && segments.size() == 1 &&
          (tokens[i + 1] == "a" || tokens[i + 1] == "an" || tokens[i + 1] == "the" || countOf(tokens[i + 1]))) {
        rel = "and";
      } else {
        continue;
      }
    }
    if (rel == "of" && i > 0 && (tokens[i - 1] == "pair" || tokens[i - 1] == "couple" || tokens[i - 1] == "dozen" ||
                                 tokens[i - 1] == "set")) {
      used[i] = true;
      continue;
    }
    // "on a slice of cheese", "with a bowl of cherries", "on a pile of
    // books": in an attached phrase, the portion is the thing after "of".
    static const std::set<std::string_view> kPortions = {"slice", "piece", "pile", "heap", "stack", "bunch",
                                                         "chunk", "wedge", "block", "mound", "bed", "lump"};
    if (rel == "of" && i > 0 && segments.size() >= 2 && kPortions.contains(tokens[i - 1]) &&
        segments.back().relation != "of" && segments.back().relation != "made") {
      used[i] = used[i - 1] = true;
      continue;
    }
    if (rel == "of" && i > 0 && tokens[i - 1] == "top" && segments.back().relation == "on") {
      used[i] = used[i - 1] = true;
      continue;
    }
    if (rel == "beside" && tokens[i] == "next" && i + 1 < tokens.size() && tokens[i + 1] == "to") used[i + 1] = true;
    segments.back().end = i;
    segments.push_back({rel, i + 1, tokens.size()});
    used[i] = true;
  }

  // "a slice of pizza": when the main phrase ends in a portion word that the
  // library does not make (or a container it does, but the "of" phrase names
  // a food it can make whole, like "a bunch of grapes"), the subject is the
  // noun after "of" and the portion word picks its variant if it has one.
  std::string portion_variant;
  std::string portion_word;  // "stack" in "a stack of three pancakes"
  bool statue = false;  // "a statue of …": stone unless a material is named
  bool bust = false;    // "a bust of …": head and shoulders on a plinth
  std::vector<size_t> portion_words;  // words before the portion word: they describe the subject
  if (segments.size() >= 2 && segments[1].relation == "of") {
    const Segment m = segments[0];
    size_t last = m.end;
    while (last > m.begin && (used[last - 1] || tokens[last - 1] == "," ||
                              (isStopWord(tokens[last - 1]) && !isRepresentation(tokens[last - 1])))) {
      --last;
    }
    if (last > m.begin) {
      const std::string portion = tokens[last - 1];
      const auto portion_match = matchAt(tokens, last - 1, m.end, library);
      const bool container = portion_match.has_value() && !portion_match->entry.subject->points.empty() &&
                             std::find(portion_match->entry.subject->points.begin(),
                                       portion_match->entry.subject->points.end(),
                                       "inside") != portion_match->entry.subject->points.end();
      std::optional<Match> what;
      for (size_t j = segments[1].begin; j < segments[1].end && !what; ++j) {
        if (!used[j]) what = matchAt(tokens, j, segments[1].end, library);
      }
      if ((isPartitive(portion) || isRepresentation(portion)) && what && !container) {
        if (isStoneByDefault(portion)) statue = true;
        if (portion == "bust" || portion == "busts") bust = true;
        // Rebuild: the "of" phrase becomes the main phrase, the portion word
        // is read as a variant word of it.
        Segment merged{"", segments[1].begin, segments[1].end};
        used[last - 1] = true;
        std::vector<size_t> before;
        for (size_t j = m.begin; j < last - 1; ++j) before.push_back(j);
        const SubjectInfo* s = what->entry.subject;
        std::string variant;
        for (const auto& v : s->variants) {
          for (const auto& cand : {portion, portion + "s"}) {
            if (v.id == cand || std::find(v.names.begin(), v.names.end(), cand) != v.names.end()) variant = v.id;
          }
        }
        portion_variant = variant;
        portion_word = portion;
        segments.erase(segments.begin() + 1);
        segments[0] = merged;
        portion_words = before;
      }
    }
  }

  // The head of the main phrase: the library name that ends last.
  const Segment& main = segments.front();
  std::optional<Match> head;
  std::vector<Match> modifiers;
  // A verb after the subject ("a giraffe eating leaves") starts what it does:
  // the words after the verb are its object, never the subject.
  size_t main_end = main.end;
  bool past_comma = false;  // "monarch butterfly, wings open": the subject comes before the comma
  bool refined = false;     // a particular kind after the comma replaced the head
  bool unknown_before_comma = false;
  size_t role_index = tokens.size();  // "a cat wizard": the role an animal is dressed for
  for (size_t i = main.begin; i < main.end; ++i) {
    if (used[i]) continue;
    if (tokens[i] == ",") {
      // "sci-fi blaster pistol, white and orange": an unknown noun before the
      // comma is the subject; what follows cannot stand in for it.
      if (!head && unknown_before_comma) {
        main_end = i;
        break;
      }
      past_comma = head.has_value();
      continue;
    }
    // "a rooster mid crow", "a dolphin mid jump": what follows is an action.
    if (head && tokens[i] == "mid") {
      main_end = i;
      break;
    }
    // "a baby elephant raising its trunk", "a dog sitting next to a ball":
    // the pose word poses the subject; what follows is not the subject.
    if (head && !poseOf(tokens[i]).empty()) {
      main_end = i + 1;
      break;
    }
    // A library name starting here ("an oak cutting board") is not a verb.
    if (head && poseOf(tokens[i]).empty() && !isStopWord(tokens[i]) && !matchAt(tokens, i, main.end, library) &&
        (isTrailingVerbAt(tokens, i) || (tokens[i].size() > 5 && tokens[i].ends_with("ed") && [&] {
           // "a cat curled up", "a pretzel sprinkled with salt"; but not a
           // describing word ("speckled", "glazed", "weathered").
           static const std::set<std::string_view> kAdjectiveEndings = {
               "shaped", "styled", "themed",  "inspired", "sized",  "colored", "coloured", "haired",
               "eyed",   "legged", "tailed",  "winged",   "horned", "faced",   "handled",  "headed",
               "sided",  "bellied", "necked", "nosed",    "eared",  "footed",  "toed",     "backed",
               "billed", "beaked", "skinned", "furred",   "scaled", "striped", "spotted",  "hooded"};
           if (kAdjectiveEndings.contains(tokens[i])) return false;
           // "a cottage, thatched roof": a describing word when one of the
           // subject's parts follows it.
           if (i + 1 < main.end && namesOwnPart(*head->entry.subject, tokens[i + 1])) return false;
           // "a pot-bellied pig", "a long-necked giraffe": a describing
           // word when a subject follows it.
           if (i + 1 < main.end && matchAt(tokens, i + 1, main.end, library)) return false;
           const Describer d = describe(tokens[i]);
           return !d.color && d.material == nullptr && d.condition.empty() && !d.glazed && !d.glowing;
         }()))) {
      main_end = i;
      break;
    }
    // "a gorilla beating its chest": a noun after a possessive belongs to
    // something named before it; neither it nor anything after it is the
    // subject.
    if (tokens[i] == "its" || tokens[i] == "his" || tokens[i] == "her" || tokens[i] == "their" ||
        tokens[i] == "my" || tokens[i] == "your" || tokens[i] == "our") {
      main_end = i;
      break;
    }
    if (auto m = matchAt(tokens, i, main.end, library)) {
      i = m->end - 1;
      if (past_comma) {
        // "matchbox car, police cruiser", "a dog, golden retriever": a more
        // particular kind of the same family after a comma names the subject.
        if (head && !refined && m->entry.subject != head->entry.subject &&
            m->entry.subject->family == head->entry.subject->family && m->end - m->begin >= 2 &&
            head->end - head->begin <= 2) {
          for (size_t u = head->begin; u < head->end; ++u) used[u] = true;
          head = m;
          refined = true;
        }
        continue;
      }
      unknown_before_comma = false;
      if (head && head->end == m->begin && m->end - m->begin == 1 && isAgeOrRole(tokens[m->begin]) &&
          (head->entry.subject->family == "animals" || head->entry.subject->family == "birds" ||
           head->entry.subject->family == "sea_life" || head->entry.subject->family == "insects" ||
           head->entry.subject->family == "reptiles" ||
           head->entry.subject->family == "creatures" || head->entry.subject->family == "characters")) {
        // A character that is a role itself ("an astronaut wizard", "a
        // pirate captain") is already dressed; others ("a skeleton pirate")
        // wear the role's costume.
        const bool dressed_role = head->entry.subject->family == "characters" &&
                                  std::any_of(head->entry.subject->names.begin(), head->entry.subject->names.end(),
                                              [](const std::string& n) {
                                                return isAgeOrRole(n) && n != "zombie" && n != "mummy" &&
                                                       n != "vampire" && n != "baby";
                                              });
        if (!dressed_role && role_index == tokens.size()) role_index = m->begin;
        continue;
      }
      // "a bald eagle, wings spread", "a cat tail up": the head's own part,
      // not a second object (it is reported as ignored).
      if (head && head->end <= m->begin && namesOwnPart(*head->entry.subject, m->words)) continue;
      // "a tavern building", "a church building": the building named before
      // says which one; "building" only confirms it.
      if (head && head->end == m->begin && head->entry.subject->family == "buildings" &&
          (m->words == "building" || m->words == "buildings")) {
        for (size_t u = m->begin; u < m->end; ++u) used[u] = true;
        continue;
      }
      // "a ninja girl", "a zombie man", "an elf boy": the character, not a
      // plain person.
      if (head && head->end == m->begin && m->entry.subject->id == "person" &&
          head->entry.subject->family == "characters" && head->entry.subject->id != "person") {
        for (size_t u = m->begin; u < m->end; ++u) used[u] = true;
        continue;
      }
      if (head) modifiers.push_back(*head);
      head = m;
      continue;
    }
    const auto& t = tokens[i];
    if (!isStopWord(t) && !isKnownModifier(t) && !parseNumber(t) && poseOf(t).empty() && !countOf(t)) {
      const Describer d = describe(t);
      if (!d.color && d.material == nullptr && d.condition.empty() && !d.glazed && !d.glowing) unknown_before_comma = true;
    }
  }
  // A name that starts inside an earlier match and reaches as far as the head
  // is the longer compound ("salmon sushi roll": "sushi roll", not the roll
  // of bread).
  if (head) {
    for (size_t i = modifiers.empty() ? head->begin : modifiers.back().begin + 1; i < head->begin; ++i) {
      if (used[i]) continue;
      if (auto m = matchAt(tokens, i, main_end, library); m && m->end >= head->end) {
        head = m;
        while (!modifiers.empty() && modifiers.back().end > head->begin) modifiers.pop_back();
        break;
      }
    }
    // ... or starts inside the head and runs on past it ("an office chair on
    // wheels": "chair on wheels", not the office chair and an unknown "on").
    for (size_t i = head->begin + 1; i < head->end; ++i) {
      if (used[i]) continue;
      if (auto m = matchAt(tokens, i, main_end, library); m && m->end > head->end) {
        head = m;
        break;
      }
    }
  }
  // A word after the head that is neither known nor a stop word is the real
  // head noun ("a desk lamp" with no lamp in the library): refuse rather
  // than make the desk.
  std::string unknown_head;
  // A word that reads as what the subject does or how it is ("beating",
  // "carved") with more after it: a noun is named before it when a prompt
  // is refused ("a gorilla beating its chest": gorilla); at the end ("a leg
  // covering") it may be the noun itself.
  const auto verbForm = [&](size_t i) {
    const std::string& t = tokens[i];
    return t.size() > 4 && (t.ends_with("ing") || t.ends_with("ed")) && i + 1 < main.end;
  };
  std::string variantWord;  // a variant named by a word after the head
  std::vector<size_t> variant_words;  // every such word: understood, not ignored
  const size_t scan_from = head ? head->end : main.begin;
  for (size_t i = scan_from; i < main_end; ++i) {
    const auto& t = tokens[i];
    if (used[i] || t == ",") {
      if (t == ",") break;
      continue;
    }
    if (isStopWord(t) || isKnownModifier(t) || parseNumber(t) || !poseOf(t).empty() || countOf(t)) continue;
    const Describer d = describe(t);
    if (d.color || d.material != nullptr || !d.condition.empty() || d.glazed || d.glowing) continue;
    // "a medieval cottage building": the building named says which.
    if (head && head->entry.subject->family == "buildings" && (t == "building" || t == "buildings")) continue;
    // "a battleaxe, double headed", "an axe, hand forged": describing words.
    if (head && t.size() > 5 && t.ends_with("ed") && looksLikeAdjective(t)) continue;
    if (head && (isTrailingVerbAt(tokens, i) || isGenericNoun(t) || isParticle(t) || isAgeOrRole(t) || isPatternWord(t) ||
                 isMisspeltStyleWord(t) || namesOwnPart(*head->entry.subject, t))) {
      continue;
    }
    // "old phone, the rotary kind": a word of one of the head's variant
    // names picks that variant.
    if (head) {
      bool names_variant = false;
      for (const auto& v : head->entry.subject->variants) {
        for (const auto& n : v.names) {
          for (const auto& w : tokenize(n)) {
            if (w != t) continue;
            names_variant = true;
            if (head->entry.variant.empty() && variantWord.empty()) {
              variantWord = v.id;
            }
          }
        }
      }
      if (names_variant) {
        variant_words.push_back(i);
        continue;
      }
    }
    // With no head, a noun is named rather than the verb after it.
    if (head || unknown_head.empty() || !verbForm(i)) unknown_head = t;
  }
  // "an electric gutiar" (a misspelt head with its variant's word before
  // it): a word before the head that only a variant's names use picks it.
  if (head && head->entry.variant.empty() && variantWord.empty()) {
    for (size_t i = main.begin; i < head->begin && variantWord.empty(); ++i) {
      const auto& t = tokens[i];
      if (used[i] || t == "," || isStopWord(t)) continue;
      std::set<std::string> own;
      for (const auto& n : head->entry.subject->names) {
        for (const auto& w : tokenize(n)) own.insert(w);
      }
      if (own.contains(t)) continue;
      // The variant's name is the word and the subject's own name
      // ("electric guitar"), not another kind ("electric bass").
      for (const auto& v : head->entry.subject->variants) {
        for (const auto& n : v.names) {
          const auto words = tokenize(n);
          const bool rest_own = std::all_of(words.begin(), words.end(),
                                            [&](const std::string& w) { return w == t || own.contains(w); });
          if (words.size() > 1 && rest_own && std::find(words.begin(), words.end(), t) != words.end() &&
              variantWord.empty()) {
            variantWord = v.id;
            variant_words.push_back(i);
          }
        }
      }
    }
  }
  if (!head || !unknown_head.empty()) {
    std::string word = unknown_head;
    if (word.empty()) {
      // The last unknown word before what the subject does ("a gorilla
      // beating its chest": gorilla), a noun rather than a describing word
      // or a verb where there is one.
      std::string plain;
      for (const size_t stop : {main_end, main.end}) {
        for (size_t i = main.begin; i < stop; ++i) {
          const auto& t = tokens[i];
          if (!used[i] && t != "," && !isStopWord(t) && !isKnownModifier(t) && !parseNumber(t) && poseOf(t).empty() &&
              !countOf(t)) {
            const Describer d = describe(t);
            if (!d.color && d.material == nullptr && d.condition.empty() && !d.glazed && !d.glowing) {
              word = t;
              if (!verbForm(i)) plain = t;
            }
          }
        }
        if (!word.empty()) break;
      }
      if (!plain.empty()) word = plain;
    }
    std::vector<std::string> suggestions;
    if (!word.empty()) {
      for (const auto& cand : singularCandidates(word)) {
        for (auto& s : suggestSubjects(cand, library, 6)) {
          if (std::find(suggestions.begin(), suggestions.end(), s) == suggestions.end() && suggestions.size() < 6) {
            suggestions.push_back(std::move(s));
          }
        }
      }
    }
    const std::string what = word.empty() ? std::string("no object") : fmt::format("\"{}\"", word);
    return fail(ErrorCode::kUnknownSubject,
                fmt::format("kiln does not know how to make {} (from the prompt \"{}\"){}; `kiln subjects` lists "
                            "the {} subjects it can make",
                            what, prompt,
                            suggestions.empty() ? std::string()
                                                : fmt::format("; related subjects: {}", fmt::join(suggestions, ", ")),
                            library.subjects().size()),
                {{"parameter", "prompt"}, {"unknown_word", word}, {"suggestions", suggestions}});
  }
  for (size_t i = head->begin; i < head->end; ++i) used[i] = true;
  out.main.subject = head->entry.subject;
  out.main.variant = head->entry.variant.empty() ? portion_variant : head->entry.variant;
  if (out.main.variant.empty() && !variantWord.empty()) out.main.variant = variantWord;
  for (size_t i : variant_words) used[i] = true;
  out.main.matched = head->words;
  // Modifier nouns: a variant of the same subject picks the variant ("palm
  // tree"); another subject is a modifier that is reported, not built.
  for (const auto& m : modifiers) {
    // "a cherry red fire hydrant", "a lemon yellow car": a thing named
    // before a colour word says which shade; the colour word describes it.
    if (m.end < head->begin && describe(tokens[m.end]).color) {
      for (size_t i = m.begin; i < m.end; ++i) used[i] = true;
      continue;
    }
    // "a glass vase", "a gold ring": a one-word name that is also a material
    // or colour word describes the head.
    if (m.end - m.begin == 1 && m.entry.subject != out.main.subject) {
      const Describer d = describe(tokens[m.begin]);
      if (d.material != nullptr || d.color) continue;
    }
    // "a sushi platter", "a cherry bowl": the dish holding that food.
    if (m.entry.subject != out.main.subject && m.entry.subject->family == "food" && !out.contents &&
        (out.main.subject->family == "kitchen" || out.main.subject->family == "vessels") &&
        std::find(out.main.subject->points.begin(), out.main.subject->points.end(), "inside") !=
            out.main.subject->points.end()) {
      SubjectWords food;
      food.subject = m.entry.subject;
      food.variant = m.entry.variant;
      food.matched = m.words;
      out.contents = std::move(food);
      for (size_t i = m.begin; i < m.end; ++i) used[i] = true;
      continue;
    }
    if (m.entry.subject != out.main.subject &&
        makesAnotherKind(*m.entry.subject, *out.main.subject, out.main.variant, tokens[head->end - 1])) {
      const std::string both = m.words + " " + out.main.matched;
      const std::vector<std::string> suggestions = suggestSubjects(both, library, 6);
      return fail(ErrorCode::kUnknownSubject,
                  fmt::format("kiln does not know how to make \"{}\" (from the prompt \"{}\"): it makes a {} and a "
                              "{}, but \"{}\" is a different kind of {}; ask for one of them, or see `kiln "
                              "subjects` for the {} subjects it can make",
                              both, prompt, m.words, out.main.matched, both, out.main.matched,
                              library.subjects().size()),
                  {{"parameter", "prompt"}, {"unknown_word", both}, {"suggestions", suggestions}});
    }
    for (size_t i = m.begin; i < m.end; ++i) used[i] = true;
    if (m.entry.subject == out.main.subject && !m.entry.variant.empty() && out.main.variant.empty()) {
      out.main.variant = m.entry.variant;
      out.main.matched = m.words + " " + out.main.matched;
    } else {
      out.notes.push_back(fmt::format("\"{}\" was read as describing the {}, not as a second object", m.words,
                                      out.main.matched));
    }
  }

  // A car maker's name ("a volkswagen beetle", "a ford mustang") means the
  // car, whatever the word after it names: kiln makes no branded models.
  if (out.main.subject->family != "vehicles") {
    static const std::set<std::string_view> kCarMakers = {
        "volkswagen", "vw",     "ford",    "chevrolet", "chevy",   "toyota", "honda",  "nissan", "bmw",
        "mercedes",   "audi",   "porsche", "ferrari",   "lamborghini", "tesla", "jeep", "fiat",
        "cadillac",   "volvo",  "subaru",  "mazda",     "bentley", "bugatti"};
    for (size_t i = main.begin; i < main_end; ++i) {
      if (!kCarMakers.contains(tokens[i])) continue;
      return fail(ErrorCode::kUnknownSubject,
                  fmt::format("kiln does not make branded products: \"{}\" (from the prompt \"{}\") names a maker's "
                              "model; describe the kind instead, e.g. \"a small round blue car\"",
                              tokens[i], prompt),
                  {{"parameter", "prompt"}, {"unknown_word", tokens[i]},
                   {"suggestions", std::vector<std::string>{"car"}}});
    }
  }
  // An unknown noun right before a head whose kind it decides ("a milk
  // can", "a bean bag chair"): another kind of thing, refused rather than
  // made as the plain head.
  {
    std::vector<size_t> unknown_before;
    for (size_t i = head->begin; i > main.begin; --i) {
      const size_t j = i - 1;
      const auto& t = tokens[j];
      if (used[j] || t == "," || isStopWord(t) || isKnownModifier(t) || parseNumber(t) || !poseOf(t).empty() ||
          countOf(t) || looksLikeAdjective(t) || isMisspeltStyleWord(t)) {
        break;
      }
      const Describer d = describe(t);
      if (d.color || d.material != nullptr || !d.condition.empty() || d.glazed || d.glowing) break;
      if (matchAt(tokens, j, head->begin, library)) break;
      unknown_before.push_back(j);
    }
    // Heads that take most nouns before them as a use or a place ("a patio
    // table") but are another thing with these: a pool table is no dining
    // table.
    static const std::map<std::string_view, std::set<std::string_view>> kOtherKinds = {
        {"table", {"pool", "billiard", "billiards", "snooker", "ping", "pingpong", "foosball", "hockey", "operating",
                   "periodic", "massage", "changing", "drafting", "water", "football", "soccer", "tennis"}},
        {"tables", {"pool", "billiard", "billiards", "snooker", "ping", "pingpong", "foosball", "hockey", "operating",
                    "periodic", "massage", "changing", "drafting", "water", "football", "soccer", "tennis"}}};
    const auto other = kOtherKinds.find(tokens[head->end - 1]);
    const bool other_kind =
        other != kOtherKinds.end() && std::any_of(unknown_before.begin(), unknown_before.end(),
                                                  [&](size_t j) { return other->second.contains(tokens[j]); });
    if (!unknown_before.empty() && (isKindHead(tokens[head->end - 1]) || other_kind)) {
      std::string words;
      for (auto it = unknown_before.rbegin(); it != unknown_before.rend(); ++it) words += tokens[*it] + " ";
      const std::string both = words + out.main.matched;
      const std::vector<std::string> suggestions = suggestSubjects(both, library, 6);
      return fail(ErrorCode::kUnknownSubject,
                  fmt::format("kiln does not know how to make \"{}\" (from the prompt \"{}\"): it makes a {}, but "
                              "\"{}\" is a different kind of {}; ask for a plain {}, or see `kiln subjects` for the {} "
                              "subjects it can make",
                              both, prompt, out.main.matched, both, out.main.matched, out.main.matched,
                              library.subjects().size()),
                  {{"parameter", "prompt"}, {"unknown_word", both}, {"suggestions", suggestions}});
    }
  }

  // "a cottage, red roof", "a tavern, timber frame, thatched roof": after a
  // comma, a phrase that ends on one of the subject's parts describes that
  // part, not the whole.
  {
    size_t start = main.end;
    for (size_t i = head->end; i < main.end; ++i) {
      if (tokens[i] == ",") {
        start = i + 1;
        break;
      }
    }
    while (start < main.end) {
      size_t end = start;
      while (end < main.end && tokens[end] != "," && tokens[end] != "and") ++end;
      // "a shepherd dog sitting, red bandana around its neck": something
      // worn, named after a comma, is worn.
      if (out.main.subject->family != "accessories") {
        std::optional<Match> worn;
        for (size_t j = start; j < end && !worn; ++j) {
          if (used[j]) continue;
          if (auto m = matchAt(tokens, j, end, library);
              m && m->entry.subject->family == "accessories" && !m->entry.subject->attach_to.empty()) {
            worn = m;
          }
        }
        if (worn) {
          SubjectWords words;
          words.subject = worn->entry.subject;
          words.variant = worn->entry.variant;
          words.matched = worn->words;
          for (size_t j = start; j < end; ++j) {
            if (j >= worn->begin && j < worn->end) {
              used[j] = true;
              continue;
            }
            if (used[j]) continue;
            const Describer d = describe(tokens[j]);
            if (d.color || d.material != nullptr || d.glazed || d.glowing) applyDescriber(d, tokens[j], words);
            // where it is worn ("around its neck", "on his head"): understood
            if (d.color || d.material != nullptr || d.glazed || d.glowing || isStopWord(tokens[j]) ||
                !bodyPointOf(tokens[j]).empty() || tokens[j] == "around" || tokens[j] == "round" ||
                tokens[j] == "neck" || tokens[j] == "head" || tokens[j] == "back" || tokens[j] == "tail" ||
                tokens[j] == "on" || tokens[j] == "its" || tokens[j] == "his" || tokens[j] == "her") {
              used[j] = true;
            }
          }
          out.accessories.push_back({std::move(words), "wearing"});
          start = end + 1;
          continue;
        }
      }
      if (end > main_end) break;
      const SubjectPart* part = nullptr;
      size_t part_at = end;
      // The last word naming a part is the phrase's head ("timber frame").
      for (size_t j = end; j > start && part == nullptr;) {
        --j;
        if (used[j]) continue;
        for (const auto& cand : singularCandidates(tokens[j])) {
          for (const auto& p : out.main.subject->parts) {
            for (const auto& pn : p.names) {
              const auto pcs = singularCandidates(pn);
              if (part == nullptr && std::find(pcs.begin(), pcs.end(), cand) != pcs.end()) {
                part = &p;
                part_at = j;
              }
            }
          }
        }
      }
      // Only the part's name and the words describing it: "red roof",
      // "timber frame"; anything else in the phrase keeps its own reading.
      bool only_describing = part != nullptr;
      std::set<std::string> name_words;  // "wind up key": words of the part's longer names
      if (part != nullptr) {
        for (const auto& pn : part->names) {
          for (const auto& w : tokenize(pn)) name_words.insert(w);
        }
      }
      for (size_t j = start; j < end && only_describing; ++j) {
        if (j == part_at || used[j] || isStopWord(tokens[j]) || name_words.contains(tokens[j])) continue;
        const Describer d = describe(tokens[j]);
        only_describing = d.color || d.material != nullptr || d.glazed || d.glowing || looksLikeAdjective(tokens[j]);
      }
      if (only_describing) {
        PartWords words;
        words.part = part->name;
        used[part_at] = true;
        for (size_t j = start; j < end; ++j) {
          if (used[j] || isStopWord(tokens[j])) continue;
          const Describer d = describe(tokens[j]);
          if (d.color) words.color = d.color;
          if (d.material != nullptr) words.material = findMaterialPreset(d.material->material);
          if (d.glowing) words.glowing = true;
          // "thatched roof": the part was named; the word says what it is
          used[j] = true;
        }
        out.main.parts.push_back(words);
      }
      start = end + 1;
    }
  }
  for (size_t i = main.begin; i < main_end; ++i) statue = statue || isStoneByDefault(tokens[i]);  // "a lion statue"
  // Words of the main phrase (and those before a portion word).
  std::vector<size_t> main_words = portion_words;
  for (size_t i = main.begin; i < main_end; ++i) main_words.push_back(i);
  // "a pair of sunglasses" is one thing; "a pair of shoes" is two.
  const bool pair_is_one = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(head->begin),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(head->end),
                                       [](const std::string& t) { return isPairNoun(t); });
  bool counted = false;  // a number or count word said how many
  std::optional<size_t> count_at;  // the token that said it
  for (size_t i : main_words) {
    if (used[i]) continue;
    const auto& t = tokens[i];
    if (t == "round" || t == "circular" || t == "oval") {
      out.outline = "round";
    } else if (t == "square" || t == "rectangular" || t == "oblong") {
      out.outline = "square";
    } else if (t == "set" && i + 1 < tokens.size() && tokens[i + 1] == "of" && !pair_is_one) {
      // "a set of dice", "a set of keys": a few of them.
      out.count = 3;
      counted = true;
      used[i] = true;
    } else if (const auto c = countOf(t)) {
      const bool measures = i + 1 < main.end && isMeasureWord(tokens[i + 1]);
      if (!(t == "pair" && pair_is_one) && !measures) out.count = *c;
      counted = true;
      count_at = i;
      used[i] = true;
    } else if (const auto n = parseNumber(t); n && *n >= 1 && *n == std::floor(*n) && i + 1 < main.end &&
                                              !isMeasureWord(tokens[i + 1]) &&
                                              !(i > main.begin && (tokens[i - 1] == "x" || tokens[i - 1] == "by"))) {
      out.count = static_cast<int>(std::min(*n, 1000.0f));
      counted = true;
      count_at = i;
    } else if (auto pose = poseOf(t); !pose.empty()) {
      out.pose = pose;
    } else {
      const Describer d = describe(t);
      if (!d.condition.empty() && d.condition != "polished" &&
          std::find(out.conditions.begin(), out.conditions.end(), d.condition) == out.conditions.end()) {
        out.conditions.push_back(d.condition);
      }
      if (d.color || d.material != nullptr || d.glazed || d.glowing) {
        // "rusty" is a condition and a colour: the condition wins.
        if (d.condition.empty() || d.condition == "polished") applyDescriber(d, t, out.main, statue);
        if (d.condition == "polished") out.main.glazed = true;
      } else if (d.condition.empty()) {
        continue;
      }
    }
    used[i] = true;
  }
  if (statue && out.main.material == nullptr) out.main.material = findMaterialPreset("stone");
  // "a stone lion", "a wooden dog", "a glass swan", "a bronze soldier": a
  // creature in a hard material is a carving or a casting of it, whole.
  static const std::set<std::string_view> kLiving = {"fur", "skin", "feather", "scales"};
  static const std::set<std::string_view> kCarved = {"stone", "marble", "wood",  "gold",     "silver", "bronze",
                                                     "copper", "brass", "iron", "steel",     "glass",  "jade",
                                                     "clay",  "ceramic", "terracotta", "concrete", "ice", "chocolate",
                                                     "bone"};
  const auto carved = [&] {
    return out.main.material != nullptr && !out.main.subject->parts.empty() &&
           kLiving.contains(out.main.subject->parts.front().material) && kCarved.contains(out.main.material->id);
  };
  if (carved()) statue = true;
  out.main.statue = statue;
  out.main.bust = bust;
  // "a stack of three pancakes", "a pile of five books": the number counts
  // what the stack is made of; a subject that is itself such a stack (or
  // has it as a variant) is drawn as the one stack.
  if (out.count > 1 && (portion_word == "stack" || portion_word == "pile" || portion_word == "heap" ||
                        portion_word == "tower")) {
    const bool itself = !portion_variant.empty() ||
                        std::any_of(out.main.subject->names.begin(), out.main.subject->names.end(),
                                    [&](const std::string& n) { return n.starts_with(portion_word + " of "); });
    if (itself) out.count = 1;
  }
  // "three spring rolls": a subject that is a serving of several pieces
  // is one serving with that many of them.
  if (out.count > 1 && !out.main.subject->counted.empty()) {
    auto part = std::find_if(out.main.parts.begin(), out.main.parts.end(),
                             [&](const PartWords& p) { return p.part == out.main.subject->counted; });
    if (part == out.main.parts.end()) {
      out.main.parts.push_back({out.main.subject->counted});
      part = std::prev(out.main.parts.end());
    }
    part->count = std::min(out.count, 24);
    out.count = 1;
  }
  // The matched words are the name's; the prompt's own last word says
  // whether it was plural.
  const bool said_plural = [&] {
    const std::string& said = out.main.matched;
    const size_t space = said.rfind(' ');
    const std::string last_name = space == std::string::npos ? said : said.substr(space + 1);
    const std::string& last_token = tokens[head->end - 1];
    if (last_token == last_name) return false;
    const auto forms = singularCandidates(last_token);
    return std::find(forms.begin() + 1, forms.end(), last_name) != forms.end();
  }();
  // "a two headed dragon", "a 3 masted ship", "a four poster bed": a number
  // joined to a word kiln does not know, before a noun said in the
  // singular, describes the one thing; it does not count copies of it (the
  // words are reported as ignored).
  if (count_at && out.count > 1 && !said_plural) {
    bool unknown_between = false;
    for (size_t k = *count_at + 1; k < head->begin; ++k) unknown_between = unknown_between || !used[k];
    if (unknown_between) {
      out.count = 1;
      used[*count_at] = false;
    }
  }
  // "sunflowers in a vase", "mushrooms on a log", "ducks": a living thing
  // named in the plural with no number is a few of them.
  if (!counted && out.count == 1 && !pair_is_one && said_plural &&
      (out.main.subject->family == "plants" || isCreatureFamily(out.main.subject->family))) {
    out.count = 3;
  }
  if (out.count > 12) {
    out.notes.push_back(fmt::format("{} is more than kiln arranges in one model; made 12", out.count));
    out.count = 12;
  }

  // Attached phrases.
  std::vector<bool> other_object(tokens.size(), false);  // "with a parrot perched on …"
  for (size_t s = 1; s < segments.size(); ++s) {
    const Segment& seg = segments[s];
    // "a birdcage with a songbird inside": the thing before goes in it.
    if (seg.relation == "in" && seg.begin == seg.end && seg.begin > 0 && tokens[seg.begin - 1] == "inside" &&
        !out.accessories.empty() && out.accessories.back().point.empty()) {
      out.accessories.back().point = "inside";
      continue;
    }
    // "standing on one leg" (a flamingo): a pose of its own.
    if (seg.relation == "on" && seg.begin + 1 < seg.end && (out.pose.empty() || out.pose == "standing") &&
        (tokens[seg.begin] == "one" || (tokens[seg.begin] == "a" && tokens[seg.begin + 1] == "single")) &&
        (tokens[seg.end - 1] == "leg" || tokens[seg.end - 1] == "foot")) {
      out.pose = "one_leg";
      for (size_t u = seg.begin; u < seg.end; ++u) used[u] = true;
      continue;
    }
    // "standing on hind legs", "up on its back legs", "on two legs": rearing.
    if (seg.relation == "on" && seg.begin < seg.end && (out.pose.empty() || out.pose == "standing") && [&] {
          bool hind = false, legs = false;
          for (size_t j = seg.begin; j < seg.end; ++j) {
            const auto& t = tokens[j];
            hind = hind || t == "hind" || t == "back" || t == "rear" || t == "two" || t == "2";
            legs = legs || t == "legs" || t == "leg" || t == "paws" || t == "feet";
          }
          return hind && legs;
        }()) {
      out.pose = "rearing";
      for (size_t u = seg.begin; u < seg.end; ++u) used[u] = true;
      if (seg.begin >= 2 && tokens[seg.begin - 2] == "up") used[seg.begin - 2] = true;  // "up on its back legs"
      continue;
    }
    // "a cupcake with a strawberry on top": where the thing before it goes.
    if (seg.relation == "on" && !out.accessories.empty() && out.accessories.back().point.empty() &&
        seg.begin < seg.end && [&] {
          for (size_t j = seg.begin; j < seg.end; ++j) {
            if (tokens[j] != "top" && tokens[j] != "it" && !isStopWord(tokens[j])) return false;
          }
          return std::find(tokens.begin() + static_cast<std::ptrdiff_t>(seg.begin),
                           tokens.begin() + static_cast<std::ptrdiff_t>(seg.end), "top") !=
                 tokens.begin() + static_cast<std::ptrdiff_t>(seg.end);
        }()) {
      out.accessories.back().point = "top";
      for (size_t u = seg.begin; u < seg.end; ++u) used[u] = true;
      continue;
    }
    // "standing on its hind legs", "a bell around its neck", "with its tongue
    // out": the subject's own body, not another object.
    if (seg.begin < seg.end && (tokens[seg.begin] == "its" || tokens[seg.begin] == "his" ||
                                tokens[seg.begin] == "her" || tokens[seg.begin] == "their")) {
      // "a parrot on his shoulder": where the thing before it goes.
      if (seg.relation == "on" && !out.accessories.empty() && out.accessories.back().point.empty()) {
        for (size_t j = seg.begin + 1; j < seg.end; ++j) {
          const std::string_view point = bodyPointOf(tokens[j]);
          if (point.empty()) continue;
          out.accessories.back().point = std::string(point);
          for (size_t u = seg.begin; u <= j; ++u) used[u] = true;
          break;
        }
      }
      continue;
    }
    // Sub-phrases split by "and" and commas: "with a red roof and white walls".
    size_t start = seg.begin;
    for (size_t i = seg.begin; i <= seg.end; ++i) {
      if (i < seg.end && tokens[i] != "and" && tokens[i] != ",") continue;
      const size_t end = i;
      if (i < seg.end) used[i] = true;
      if (start >= end) {
        start = i + 1;
        continue;
      }
      // What does the sub-phrase name?
      std::optional<Match> noun;
      const SubjectPart* part = nullptr;
      size_t part_at = end;
      for (size_t j = start; j < end; ++j) {
        if (used[j]) continue;
        // "with a red roof", "a knight holding a shield", "a wizard wearing a
        // blue hat", "a tree with autumn leaves": a part the subject already
        // has is that part, not a second one added beside it (a part name
        // anywhere in the phrase wins over a subject name in it).
        // ... and "full of gold coins" in a chest that has them.
        const bool parts_here = seg.relation == "with" || seg.relation == "made" || seg.relation == "holding" ||
                                seg.relation == "wearing" || seg.relation == "in" || seg.relation == "of";
        const auto partAt = [&](size_t at) {
          for (const auto& cand : singularCandidates(tokens[at])) {
            for (const auto& p : out.main.subject->parts) {
              // "in a …" names only what the subject wears ("a dog in a
              // sweater"), never a part it stands in (a cactus "in a pot").
              // Armour, a robe or a suit a figure is built in is named the
              // same way ("a samurai in red armor").
              if (seg.relation == "in" && !p.worn && !isOutfitWord(cand)) continue;
              for (const auto& pn : p.names) {
                const auto pcs = singularCandidates(pn);
                if (std::find(pcs.begin(), pcs.end(), cand) != pcs.end()) {
                  part = &p;
                  part_at = at;
                }
              }
            }
          }
          return part != nullptr;
        };
        if (parts_here && partAt(j)) continue;
        if (auto m = matchAt(tokens, j, end, library)) {
          noun = m;
          j = m->end - 1;
          for (size_t at = m->begin + 1; parts_here && at < m->end; ++at) {
            if (partAt(at)) break;
          }
        }
      }
      if (part != nullptr) noun.reset();
      // "holding a sunflower seed": an unknown noun right after the name
      // makes it another thing; leave it out rather than build the sunflower.
      if (noun && noun->end < end) {
        const auto& next = tokens[noun->end];
        const Describer nd = describe(next);
        if (!used[noun->end] && next != "," && next != "and" && !isStopWord(next) && !isKnownModifier(next) &&
            !parseNumber(next) && !countOf(next) && poseOf(next).empty() && relationOf(next).empty() &&
            !nd.color && nd.material == nullptr && nd.condition.empty() && !nd.glazed && !nd.glowing &&
            !isTrailingVerb(next) &&
            !isPatternWord(next) && !isMisspeltStyleWord(next) &&
            !looksLikeAdjective(next)) {
          // "orange juice", "apple juice": the fruit names the liquid.
          if (liquidOf(next) == nullptr) {
            out.notes.push_back(fmt::format("\"{} {}\" is not something kiln makes; left it out", noun->words, next));
          }
          noun.reset();
        }
      }
      // "an urn with painted figures", "a mug with a printed cat": a picture
      // on the thing, which kiln does not draw, not a second object beside
      // it; painted flowers ("a piggy bank with painted flowers") are a
      // floral pattern (flowers named with a colour on china become one
      // later, with that colour).
      if (noun && seg.relation == "with") {
        static const std::set<std::string_view> kPictured = {"painted", "printed",  "carved",     "engraved",
                                                             "etched",  "embossed", "embroidered", "drawn",
                                                             "stenciled", "stencilled", "decorated"};
        for (size_t j = start; j < noun->begin; ++j) {
          if (!kPictured.contains(tokens[j])) continue;
          if (noun->entry.subject->family == "plants") {
            if (!out.pattern) out.pattern = PatternWords{.kind = "floral"};
            std::string said;
            for (size_t k = j; k < noun->end; ++k) {
              said += (k > j ? " " : "") + tokens[k];
              used[k] = true;
            }
            out.notes.push_back(fmt::format("\"{}\": drawn as a floral pattern on the {}", said, out.main.matched));
          } else {
            out.notes.push_back(fmt::format("\"{} {}\" is a picture on the {}; kiln does not draw pictures, so left it out",
                                            tokens[j], noun->words, out.main.matched));
          }
          noun.reset();
          break;
        }
      }
      SubjectWords words;
      if (noun) {
        words.subject = noun->entry.subject;
        words.variant = noun->entry.variant;
        words.matched = noun->words;
        for (size_t j = noun->begin; j < noun->end; ++j) used[j] = true;
      }
      PartWords part_words;
      if (part != nullptr) {
        part_words.part = part->name;
        used[part_at] = true;
        // "a trench coat", "a rain jacket": the words of a longer name of
        // the part before the one that matched.
        for (const auto& pn : part->names) {
          const auto words_of = tokenize(pn);
          const size_t n = words_of.size();
          if (n < 2 || part_at + 1 < n || part_at + 1 - n < start) continue;
          bool same = true;
          for (size_t w = 0; w + 1 < n && same; ++w) same = tokens[part_at + 1 - n + w] == words_of[w];
          if (!same) continue;
          for (size_t w = 0; w + 1 < n; ++w) used[part_at + 1 - n + w] = true;
          break;
        }
      }
      const Liquid* liquid = nullptr;
      ColorWord liquid_color;
      bool liquid_glowing = false;
      int phrase_count = 1;
      // "with peeling green paint", "with a red lacquer finish": the colour
      // of the subject's paint is the subject's colour.
      bool finish_phrase = false;
      if (!noun && part == nullptr && (seg.relation == "with" || seg.relation == "in")) {
        static const std::set<std::string_view> kFinishNouns = {"paint",  "paintwork", "lacquer", "varnish",
                                                                "enamel", "glaze",     "coat",    "finish"};
        for (size_t j = start; j < end; ++j) {
          if (!used[j] && kFinishNouns.contains(tokens[j])) {
            finish_phrase = true;
            used[j] = true;
          }
        }
      }
      for (size_t j = start; j < end; ++j) {
        if (used[j]) continue;
        const auto& t = tokens[j];
        // "a mug of hot chocolate"; in a container also "a bottle with
        // green liquid", "a glass filled with orange juice".
        const bool holds_liquid =
            seg.relation == "of" ||
            (seg.relation == "with" && out.main.subject != nullptr &&
             std::find(out.main.subject->points.begin(), out.main.subject->points.end(), "fill") !=
                 out.main.subject->points.end());
        if (const Liquid* l = liquidOf(t); l != nullptr && holds_liquid && (seg.relation == "of" || !noun)) {
          liquid = l;
          used[j] = true;
          liquid_color = l->color;
          // Words before it in the phrase: "hot" is a matter of course, a
          // colour ("orange juice", "red wine", "green liquid") is its colour.
          for (size_t b = j; b > start; --b) {
            const auto& w = tokens[b - 1];
            if (used[b - 1]) break;
            if (describe(w).glowing) {
              liquid_glowing = true;
              used[b - 1] = true;
              continue;
            }
            if (w == "hot" || w == "cold" || w == "iced" || w == "fresh" || w == "bubbling") {
              used[b - 1] = true;
              continue;
            }
            const Describer before = describe(w);
            if (!before.color) break;
            // "red wine", "white milk": a colour the liquid already has keeps
            // the liquid's own shade.
            liquid_color = sameHue(*before.color, l->color) ? ColorWord{before.color->word, l->color.r, l->color.g,
                                                                        l->color.b}
                                                            : *before.color;
            used[b - 1] = true;
          }
          continue;
        }
        if (const auto c = countOf(t)) {
          phrase_count = *c;
          used[j] = true;
          continue;
        }
        // "with 4 chairs"
        if (const auto n = parseNumber(t); n && *n >= 1 && *n <= 12 && *n == std::floor(*n) && j + 1 < end &&
                                            !isMeasureWord(tokens[j + 1])) {
          phrase_count = static_cast<int>(*n);
          used[j] = true;
          continue;
        }
        const Describer d = describe(t);
        if (!noun && !d.condition.empty() && d.condition != "polished") {
          // "covered in snow", "with moss growing on it", "a tortoise with a
          // mossy shell": a condition of the subject (painted all over).
          if (std::find(out.conditions.begin(), out.conditions.end(), d.condition) == out.conditions.end()) {
            out.conditions.push_back(d.condition);
          }
          used[j] = true;
          continue;
        }
        if (noun && part == nullptr && !d.condition.empty() && d.condition != "polished" && seg.relation != "made") {
          // "on a mossy log", "holding a rusty sword": a condition of that thing alone.
          if (std::find(words.conditions.begin(), words.conditions.end(), d.condition) == words.conditions.end()) {
            words.conditions.push_back(d.condition);
          }
          used[j] = true;
          continue;
        }
        if (!d.color && d.material == nullptr && !d.glazed && !d.glowing) continue;
        if (seg.relation == "made") {
          // "cast in bronze", "made of gold": the material, even on a creature.
          applyDescriber(d, t, out.main, /*statue=*/true);
        } else if (part != nullptr) {
          if (d.color) part_words.color = d.color;
          if (d.material != nullptr) part_words.material = findMaterialPreset(d.material->material);
          if (d.glowing) part_words.glowing = true;
        } else if (noun) {
          applyDescriber(d, t, words);
        } else if (seg.relation == "in" || finish_phrase) {
          // "an armchair in mustard velvet", "a car in red": the subject's
          // colour and material.
          applyDescriber(d, t, out.main);
        } else if (d.color && [&] {
                     // only colours (and "and") since a comma in this phrase
                     for (size_t b = start; b > seg.begin; --b) {
                       const auto& w = tokens[b - 1];
                       if (w == ",") return true;
                       if (w != "and" && !describe(w).color) return false;
                     }
                     return false;
                   }()) {
          // "a parrot on a perch, green and yellow": colours after a comma
          // with nothing to name describe the subject.
          applyDescriber(d, t, out.main);
        } else {
          continue;
        }
        used[j] = true;
      }
      if (part != nullptr) {
        // "a gold ring with a big ruby": the part's name is its colour too.
        if (!part_words.color) {
          if (const Describer pd = describe(tokens[part_at]); pd.color) part_words.color = pd.color;
        }
        if (phrase_count > 1) part_words.count = std::min(phrase_count, 24);
        for (size_t j = start; j < end && phrase_count == 1; ++j) {
          if (tokens[j] == "one" || tokens[j] == "single" || tokens[j] == "1") part_words.count = 1;  // "with one scoop"
        }
        out.main.parts.push_back(part_words);
      } else if (liquid != nullptr) {
        out.liquid = liquid_color;
        out.liquid_glowing = liquid_glowing;
        out.liquid_word = std::string(liquid->word);
      } else if (noun && (seg.relation == "with" || seg.relation == "wearing" || seg.relation == "holding" ||
                          seg.relation == "beside")) {
        out.accessories.push_back({std::move(words), seg.relation, "", std::clamp(phrase_count, 1, 8)});
        for (size_t u = start; u < end; ++u) other_object[u] = true;
      } else if (noun && seg.relation == "in" && words.subject == out.main.subject) {
        // "an astronaut in a white spacesuit": the phrase names the subject
        // again; what it says about it applies to the subject.
        for (const auto& c : words.colors) out.main.colors.push_back(c);
        if (words.material != nullptr && out.main.material == nullptr) out.main.material = words.material;
      } else if (noun && seg.relation == "in" && !words.subject->attach_to.empty() &&
                 std::find(words.subject->points.begin(), words.subject->points.end(), "inside") ==
                     words.subject->points.end()) {
        // "a cat in a hat", "a dog in a red sweater": something worn, not a container.
        out.accessories.push_back({std::move(words), "wearing"});
        for (size_t u = start; u < end; ++u) other_object[u] = true;
      } else if (noun && (seg.relation == "in" || seg.relation == "on") && !out.place) {
        out.place = std::move(words);
        for (size_t u = start; u < end; ++u) other_object[u] = true;
        out.place_relation = seg.relation;
      } else if (noun && seg.relation == "of" && !out.contents) {
        out.contents = std::move(words);
        for (size_t u = start; u < end; ++u) other_object[u] = true;
        (void)phrase_count;
      } else if (noun) {
        out.notes.push_back(fmt::format("\"{} {}\" is not built: kiln makes one object and what it wears, holds, "
                                        "contains or stands on",
                                        seg.relation == "and" ? std::string("and") : seg.relation, noun->words));
      }
      start = i + 1;
    }
  }
  // "a lion sculpted from marble": carved whole, like "a marble lion".
  if (carved()) out.main.statue = true;

  // A pose word anywhere ("an elephant with its trunk raised", "a robot
  // waving at you") poses the subject when the main phrase named none.
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Only words about the subject: "a parrot perched on his shoulder"
    // poses the parrot, not the pirate.
    if (used[i] || other_object[i]) continue;
    if (auto pose = poseOf(tokens[i]); !pose.empty() && (out.pose.empty() || out.pose == pose)) {
      out.pose = pose;  // "curled up asleep": one pose, said twice
      used[i] = true;
    }
  }
  // "an eagle with wings spread", "wings outstretched": the wings open as in
  // flight, where the subject has that pose.
  if (out.pose.empty() && std::find(out.main.subject->poses.begin(), out.main.subject->poses.end(), "flying") !=
                              out.main.subject->poses.end()) {
    static const std::set<std::string_view> kSpread = {"spread",   "outstretched", "open", "opened", "extended",
                                                       "spreading", "unfurled",    "wide", "outspread"};
    bool wings = false, spread = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (other_object[i]) continue;
      wings = wings || tokens[i] == "wings" || tokens[i] == "wing";
      if (kSpread.contains(tokens[i])) spread = true;
    }
    if (wings && spread) {
      out.pose = "flying";
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (kSpread.contains(tokens[i])) used[i] = true;
      }
    }
  }
  // "a cat wizard" wears a wizard hat, unless the prompt already puts
  // something of that kind on it.
  if (role_index < tokens.size()) {
    const std::string_view costume = costumeOf(tokens[role_index]);
    if (const auto entry = costume.empty() ? std::nullopt : library.lookup(costume)) {
      const bool dressed = std::any_of(out.accessories.begin(), out.accessories.end(), [&](const Accessory& a) {
        return a.what.subject == entry->subject;
      });
      if (!dressed) {
        SubjectWords costume_words;
        costume_words.subject = entry->subject;
        costume_words.variant = entry->variant;
        costume_words.matched = std::string(costume);
        out.accessories.push_back({std::move(costume_words), "wearing"});
      }
      used[role_index] = true;
    }
  }
  // "a toy train with three cars / carriages / wagons": its own wagons,
  // coupled behind it, not cars or carts.
  if (out.main.subject->id == "train") {
    for (auto& acc : out.accessories) {
      static const std::set<std::string_view> kWagons = {"car",     "cars",     "carriage", "carriages", "wagon",
                                                         "wagons",  "coach",    "coaches",  "boxcar",    "boxcars",
                                                         "carts",   "cart",     "trucks",   "truck"};
      const auto words = tokenize(acc.what.matched);
      if (acc.relation != "with" || words.empty() || !kWagons.contains(words.back())) continue;
      if (acc.what.subject == out.main.subject) continue;
      const std::string variant =
          out.main.variant == "modern" || out.main.variant == "bullet" ? out.main.variant : std::string("boxcar");
      acc.what.subject = out.main.subject;
      acc.what.variant = out.main.subject->findVariant(variant) != nullptr ? variant : std::string();
      acc.what.colors = out.main.colors;
      acc.what.material = out.main.material;
    }
  }
  // "a cupcake with a strawberry on top", "a pizza with pepperoni": a thing
  // with the subject whose pairing the subject has a variant for ("strawberry
  // cupcake") is that variant, not a second thing set beside or on it.
  if (out.main.variant.empty()) {
    const auto name_words = tokenize(out.main.matched);
    for (auto it = out.accessories.begin(); it != out.accessories.end(); ++it) {
      if (it->relation != "with" || !(it->point.empty() || it->point == "top") || name_words.empty()) continue;
      std::vector<std::string> firsts = {it->what.matched};
      if (!it->what.subject->names.empty()) firsts.push_back(it->what.subject->names.front());
      bool found = false;
      for (const auto& first : firsts) {
        const auto entry = library.lookup(first + " " + name_words.back());
        if (!entry || entry->subject != out.main.subject || entry->variant.empty()) continue;
        out.main.variant = entry->variant;
        found = true;
        break;
      }
      if (found) {
        out.accessories.erase(it);
        break;
      }
    }
  }
  // "a toolbox with the lid open", "half a watermelon": a state word the
  // subject has a variant for picks it, wherever it stands.
  if (out.main.variant.empty()) {
    static const std::map<std::string_view, std::string_view> kStates = {
        {"open", "open"}, {"opened", "open"}, {"ajar", "open"}, {"half", "half"}, {"halved", "half"},
        {"empty", "empty"}};
    for (size_t i = 0; i < tokens.size(); ++i) {
      // "one drawer pulled out": open.
      const bool pulled_out = tokens[i] == "pulled" && i + 1 < tokens.size() && tokens[i + 1] == "out";
      const auto it = kStates.find(pulled_out ? std::string("open") : tokens[i]);
      if (used[i] || it == kStates.end() || out.main.subject->findVariant(it->second) == nullptr) continue;
      out.main.variant = std::string(it->second);
      used[i] = true;
      if (pulled_out) used[i + 1] = true;
      break;
    }
  }
  if (curled_ball && out.pose.empty()) out.pose = "lying";
  // "a potted fern": a plant in a flowerpot.
  const bool has_pot = std::any_of(out.main.subject->parts.begin(), out.main.subject->parts.end(),
                                   [](const SubjectPart& p) { return p.name == "pot"; });
  if (!out.place && out.main.subject->family == "plants" && out.main.variant != "potted" && !has_pot) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (used[i] || tokens[i] != "potted") continue;
      if (const auto pot = library.lookup("flowerpot"); pot && pot->subject != out.main.subject) {
        SubjectWords words;
        words.subject = pot->subject;
        words.matched = "pot";
        out.place = std::move(words);
        out.place_relation = "in";
        used[i] = true;
      }
      break;
    }
  }
  // In an egg is in its cracked-open shell ("a chick hatching from an egg").
  if (out.place && out.place_relation == "in" && out.place->variant.empty() &&
      out.place->subject->findVariant("hatched") != nullptr) {
    out.place->variant = "hatched";
  }
  // "a pull-along duck", "a wooden pull toy dog": it stands on a wheeled
  // base, as such toys do.
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (used[i] || tokens[i] != "pull" || (tokens[i + 1] != "along" && tokens[i + 1] != "toy")) continue;
    used[i] = used[i + 1] = true;
    if (out.place) break;
    if (const auto entry = library.lookup("wheeled base"); entry && entry->subject != out.main.subject) {
      SubjectWords base;
      base.subject = entry->subject;
      base.matched = "pull-along base";
      out.place = std::move(base);
      out.place_relation = "on";
    }
    break;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (!used[i] && t != "," && t != "and" && !isStopWord(t) && !parseNumber(t)) out.ignored.push_back(t);
  }
  // "a teacup with a saucer", "a cake with a plate": a thing made to go
  // under another is what it stands on.
  if (!out.place) {
    for (auto it = out.accessories.begin(); it != out.accessories.end(); ++it) {
      const auto& under = it->what.subject->attach_to;
      if (it->relation == "with" && under.size() == 1 && under.front() == "under") {
        out.place = it->what;
        out.place_relation = "on";
        out.accessories.erase(it);
        break;
      }
    }
  }
  return out;
}


}  // namespace

Result<PromptAnalysis> parsePrompt(std::string_view prompt, const SubjectLibrary& library) {
  // Characters, not bytes: "é" is one character (UTF-8 continuation bytes
  // are 10xxxxxx).
  const size_t characters = static_cast<size_t>(std::count_if(
      prompt.begin(), prompt.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  if (characters > kMaxPromptChars) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("prompt is {} characters; shorten it to at most {}", characters, kMaxPromptChars),
                {{"parameter", "prompt"}, {"max_length", kMaxPromptChars}});
  }
  const auto tokens = [&] {
    auto t = tokenize(prompt);
    // "hangin from a branch", "sittin": the dropped g of an -ing word kiln knows.
    for (auto& w : t) {
      if (w.size() < 5 || !w.ends_with("in")) continue;
      const std::string ing = w + "g";
      if (!relationOf(ing).empty() || !poseOf(ing).empty() || ing == "hanging" || ing == "clinging") w = ing;
    }
    // "pastel mint", "pastel blue": the colour named after it.
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i] == "pastel" && findColor(t[i + 1]) != nullptr) t.erase(t.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return t;
  }();
  if (tokens.empty() || std::all_of(tokens.begin(), tokens.end(), [](const auto& t) { return t == ","; })) {
    return fail(ErrorCode::kInvalidArgument,
                "prompt is empty; describe an object, e.g. \"a glazed ceramic teapot\"", {{"parameter", "prompt"}});
  }

  auto plain = parseTokens(tokens, prompt, library);
  if (plain) {
    agedByName(*plain);
    heapedWhenMany(*plain, tokens);
  }
  auto pattern = extractPattern(tokens);
  if (!pattern) {
    if (plain) paintedFlowers(*plain);
    return plain;
  }
  // A subject whose own parts are the pattern keeps them ("a red and white
  // spotted mushroom": its spots are parts, coloured by the second colour).
  if (plain && (namesOwnPart(*plain->main.subject, pattern->noun) ||
                namesOwnPart(*plain->main.subject, pattern->words.kind) ||
                (pattern->words.kind == "spots" && namesOwnPart(*plain->main.subject, "dots")))) {
    return plain;
  }
  // A name that holds the word keeps it ("a spotted eagle ray").
  if (plain) {
    const auto named = tokenize(plain->main.matched);
    if (std::find(named.begin(), named.end(), pattern->noun) != named.end()) return plain;
  }
  auto patterned = parseTokens(pattern->tokens, prompt, library);
  if (!patterned) return plain;
  patterned->pattern = std::move(pattern->words);
  agedByName(*patterned);
  heapedWhenMany(*patterned, tokens);
  return patterned;
}

}  // namespace kiln::engines::sculpt
