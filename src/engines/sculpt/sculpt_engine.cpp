#include "engines/sculpt/sculpt_engine.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "engines/sculpt/composition.h"
#include "engines/sculpt/lexicon.h"
#include "engines/sculpt/prompt_parser.h"
#include "engines/sculpt/random.h"
#include "engines/sculpt/subject_library.h"
#include "geometry/meshing.h"
#include "geometry/repair.h"
#include "geometry/simplify.h"

namespace kiln::engines {
namespace {

using namespace sculpt;
using geometry::Mesh;
using geometry::Vec3;
using geometry::Vec4;

// Voxels across the model's largest extent for each tier. Tuned on the
// 2-core reference machine so that meshing gives 1.5–3× the tier budget
// (simplification then has room to place triangles well) while draft stays
// inside its 100 ms target.
int voxelsAcross(Tier tier) {
  switch (tier) {
    case Tier::kDraft: return 96;
    case Tier::kStandard: return 150;
    case Tier::kHigh: return 340;
  }
  return 150;
}

// Triangle budget of the faceted low-poly style (still capped by the tier).
constexpr size_t kLowPolyTriangles = 1200;

Style styleFromParam(const std::string& s, Style from_prompt) {
  if (s == "realistic") return Style::kRealistic;
  if (s == "stylized") return Style::kStylized;
  if (s == "cartoon") return Style::kCartoon;
  if (s == "low_poly") return Style::kLowPoly;
  return from_prompt;
}

// Removes connected pieces smaller than 0.5 % of the triangles: slivers left
// where a boolean cut nearly severs a part. They would print as loose crumbs.
void dropFragments(Mesh& mesh) {
  const size_t min_triangles = std::max<size_t>(mesh.triangleCount() / 200, 1);
  geometry::keepComponents(mesh, [min_triangles](size_t triangles, bool) { return triangles >= min_triangles; });
}

// Moves each material's base colour into the vertex colours (glTF multiplies
// the two), so the surface can be painted per vertex at every tier.
void moveColoursToVertices(Mesh& mesh) {
  if (!mesh.colors.empty()) return;
  mesh.colors.assign(mesh.vertexCount(), Vec4(1, 1, 1, 1));
  for (const auto& sm : mesh.effectiveSubmeshes()) {
    if (sm.material >= mesh.materials.size()) continue;
    const Vec4 base = mesh.materials[sm.material].base_color;
    for (uint32_t t = sm.first_triangle; t < sm.first_triangle + sm.triangle_count; ++t) {
      for (uint32_t v : mesh.triangle(t)) mesh.colors[v] = base;
    }
  }
  for (auto& m : mesh.materials) m.base_color = Vec4(1, 1, 1, m.base_color.w());
}

// Low-poly art's look: every facet a shade lighter or darker than its
// neighbours, so the facets read even in a small picture. Runs after flat
// shading has given each triangle its own three vertices.
void shadeFacets(Mesh& mesh, uint64_t seed) {
  moveColoursToVertices(mesh);
  Rng rng(seed ^ 0x5fac37ull);
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const float shade = rng.uniform(0.85f, 1.1f);
    for (uint32_t v : mesh.triangle(t)) {
      Vec4& c = mesh.colors[v];
      c = Vec4(std::min(c.x() * shade, 1.0f), std::min(c.y() * shade, 1.0f), std::min(c.z() * shade, 1.0f), c.w());
    }
  }
}

// Colour conditions painted onto the surface as vertex colours: moss and
// snow settle on surfaces facing up, rust and weathering come in noisy
// patches (old things faded first), frost whitens everything a little, cracks are dark lines along a
// noise field's zero crossings, chips small flecks where the glaze or
// paint came off and peeling paint broad flakes of bare wood. Materials keep their
// roughness; their base colour moves into the vertex colours (glTF
// multiplies the two) so every tier shows the effect.
void paintConditions(Mesh& mesh, const std::vector<std::string>& conditions, uint64_t seed,
                     const std::vector<char>* only = nullptr) {
  static const std::vector<std::string_view> kPainted = {"mossy", "rusty",   "snowy",  "frosted",   "weathered",
                                                         "worn",  "cracked", "chipped", "muddy", "barnacled", "peeling"};
  std::vector<std::string_view> wanted;
  for (const auto& c : conditions) {
    if (std::find(kPainted.begin(), kPainted.end(), c) != kPainted.end()) wanted.push_back(c);
  }
  if (wanted.empty() || mesh.vertexCount() == 0) return;
  moveColoursToVertices(mesh);
  geometry::computeNormals(mesh);
  const geometry::Box box = geometry::boundingBox(mesh);
  const float scale = std::max(box.size().maxCoeff(), 1.0f);
  auto mix = [](const Vec4& a, const Vec4& b, float t) { return Vec4(a + (b - a) * std::clamp(t, 0.0f, 1.0f)); };
  const Vec4 moss = linearColor(70, 110, 40), rust = linearColor(140, 65, 30), snow = linearColor(245, 248, 252),
             frost = linearColor(220, 235, 245), grime = linearColor(90, 85, 75), crack = linearColor(40, 34, 30),
             chip = linearColor(236, 230, 218), mud = linearColor(92, 66, 42), shell = linearColor(215, 210, 195);
  for (size_t v = 0; v < mesh.vertexCount(); ++v) {
    if (only != nullptr && !(*only)[v]) continue;
    const Vec3& p = mesh.positions[v];
    const Vec3 n = mesh.normals.empty() ? Vec3::UnitY() : mesh.normals[v];
    Vec4 c = mesh.colors[v];
    for (size_t i = 0; i < wanted.size(); ++i) {
      const auto w = wanted[i];
      const float noise = geometry::fractalNoise(
          p, {.seed = seed + 7919 * (i + 1), .amplitude_mm = 1.0f, .wavelength_mm = 0.12f * scale, .octaves = 3});
      if (w == "mossy") c = mix(c, moss, (n.y() + 0.2f) * 1.6f + noise * 1.2f - 0.3f);
      if (w == "snowy") c = mix(c, snow, (n.y() - 0.35f) * 3.0f + noise * 0.6f);
      if (w == "rusty") c = mix(c, rust, 0.45f + noise * 1.4f);
      if (w == "frosted") c = mix(c, frost, 0.45f + noise * 0.3f + std::max(n.y(), 0.0f) * 0.3f);
      if (w == "weathered") {
        // Faded towards a warm grey, then grimed in patches.
        const float lum = 0.2126f * c.x() + 0.7152f * c.y() + 0.0722f * c.z();
        c = mix(c, Vec4(lum * 1.05f, lum, lum * 0.85f, c.w()), 0.4f);
        c = mix(c, grime, 0.2f + noise * 0.9f);
      }
      if (w == "worn") c = mix(c, grime, 0.18f + noise * 0.7f);
      if (w == "cracked") {
        // Long dark lines: one smooth octave's zero crossings.
        const float line = geometry::gradientNoise(p / (0.22f * scale), seed + 7919 * (i + 1));
        c = mix(c, crack, 1.5f - std::abs(line) * 26.0f);
      }
      if (w == "muddy") {
        // Mud caked on the lower part (wheels, feet, boots) and splashed above.
        const float rise = (p.y() - box.min.y()) / std::max(box.size().y(), 1.0f);
        c = mix(c, mud, (0.38f - rise) * 5.0f + noise * 2.5f);
        c = mix(c, mud, (noise - 0.3f) * 8.0f * (rise < 0.7f ? 1.0f : 0.0f));
      }
      if (w == "barnacled") c = mix(c, shell, (noise - 0.05f) * 6.0f);
      if (w == "peeling") {
        // Paint gone in broad flakes, bare grey wood under it.
        const float flakes = geometry::fractalNoise(
            p, {.seed = seed + 7919 * (i + 1), .amplitude_mm = 1.0f, .wavelength_mm = 0.1f * scale, .octaves = 3});
        c = mix(c, linearColor(150, 132, 108), (flakes - 0.22f) * 10.0f);
      }
      if (w == "chipped") {
        // Small scattered flakes showing what is under the glaze or paint:
        // dark metal under a light finish, pale body under a dark one.
        const float fine = geometry::fractalNoise(
            p, {.seed = seed + 7919 * (i + 1), .amplitude_mm = 1.0f, .wavelength_mm = 0.05f * scale, .octaves = 2});
        const float lum = 0.2126f * c.x() + 0.7152f * c.y() + 0.0722f * c.z();
        const Vec4 under = lum > 0.45f ? linearColor(52, 50, 52) : chip;
        c = mix(c, under, (fine - 0.42f) * 14.0f);
      }
    }
    mesh.colors[v] = c;
  }
}

// A surface pattern as material slots of its own: each triangle of the
// covered parts takes the ground's slot or one of the pattern's "inks".
// Laid on the fine mesh before simplifying, the simplifier keeps the
// borders between slots as seams, so stripes and spots stay crisp at every
// tier instead of smearing across the large triangles of flat areas.
struct PatternPlan {
  std::string kind;
  std::vector<bool> covered;  // per slot of the composed model
  size_t first_ink = 0;       // slot of the first ink
  size_t inks = 0;
  bool fur = false;           // a creature's coat: narrower stripes, as a tabby's or a tiger's
};

// Which slots a pattern covers: the main subject's part the prompt names
// ("a snail with a striped shell"), else the parts that take its main
// colour.
std::vector<bool> patternSlots(const PromptAnalysis& prompt, const std::vector<ResolvedSlot>& slots) {
  const SubjectInfo& subject = *prompt.main.subject;
  std::vector<std::string> wanted;
  if (!prompt.pattern->part_word.empty()) {
    const auto words = singularCandidates(prompt.pattern->part_word);
    for (const auto& part : subject.parts) {
      for (const auto& name : part.names) {
        if (std::find(words.begin(), words.end(), name) != words.end()) wanted.push_back(part.name);
      }
    }
  }
  if (wanted.empty()) {
    for (const auto& part : subject.parts) {
      if (part.role == PartRole::kPrimary) wanted.push_back(part.name);
    }
  }
  std::vector<bool> covered(slots.size(), false);
  for (size_t i = 0; i < slots.size(); ++i) {
    for (const auto& part : wanted) covered[i] = covered[i] || slots[i].name == subject.id + "/" + part;
  }
  return covered;
}

// A colour that stands out on `ground`: navy on white and pale greys, a deep
// shade of a light colour, cream on dark ones.
ColorWord contrastingInk(const ColorWord& ground) {
  const int hi = std::max({ground.r, ground.g, ground.b}), lo = std::min({ground.r, ground.g, ground.b});
  const float lum = (0.2126f * ground.r + 0.7152f * ground.g + 0.0722f * ground.b) / 255.0f;
  if (lum < 0.42f) return {"", 240, 236, 225};
  if (hi - lo < 40) return {"", 28, 34, 70};
  auto deep = [](unsigned char c) { return static_cast<unsigned char>(c * 0.32f); };
  return {"", deep(ground.r), deep(ground.g), deep(ground.b)};
}

// Appends the pattern's inks to the model's slots and gives the covered
// slots the ground colour the prompt names ("red and white stripes": red).
PatternPlan planPattern(const PromptAnalysis& prompt, ComposedModel& model) {
  const PatternWords& pattern = *prompt.pattern;
  PatternPlan plan;
  plan.kind = pattern.kind;
  plan.covered = patternSlots(prompt, model.slots);
  const std::string& family = prompt.main.subject->family;
  plan.fur = family == "animals" || family == "reptiles" || family == "insects" || family == "creatures" ||
             family == "sea_life";
  const auto first = std::find(plan.covered.begin(), plan.covered.end(), true);
  if (first == plan.covered.end()) return plan;
  if (pattern.colors.size() >= 2) {
    for (size_t i = 0; i < model.slots.size(); ++i) {
      if (plan.covered[i]) model.slots[i].color = pattern.colors.front();
    }
  }
  const ResolvedSlot base = model.slots[static_cast<size_t>(first - plan.covered.begin())];
  const std::optional<ColorWord> asked =
      pattern.colors.empty() ? std::nullopt : std::optional<ColorWord>(pattern.colors.back());
  const ColorWord ink = asked.value_or(contrastingInk(base.color));
  std::vector<ColorWord> inks;
  if (plan.kind == "floral") {
    const bool light = base.color.r + base.color.g + base.color.b > 450;
    inks = {asked.value_or(light ? ColorWord{"", 200, 70, 110} : ColorWord{"", 245, 240, 235}),
            ColorWord{"", 245, 200, 60}};
  } else if (plan.kind == "patchwork") {
    inks = {{"", 178, 60, 52},   {"", 222, 170, 60}, {"", 70, 110, 165}, {"", 90, 140, 80},
            {"", 230, 220, 200}, {"", 140, 80, 130}, {"", 215, 120, 60}, {"", 70, 52, 40}};
    if (asked) inks[4] = *asked;
  } else if (plan.kind == "rainbow") {
    inks = {{"", 215, 40, 40}, {"", 245, 140, 30}, {"", 250, 215, 50},
            {"", 60, 170, 70}, {"", 40, 110, 210}, {"", 130, 60, 170}};
  } else if (plan.kind == "camo") {
    auto shade = [](const ColorWord& c, float f) {
      return ColorWord{"", static_cast<unsigned char>(c.r * f), static_cast<unsigned char>(c.g * f),
                       static_cast<unsigned char>(c.b * f)};
    };
    const ColorWord green = asked.value_or(ColorWord{"", 96, 108, 62});
    inks = {green, shade(green, 0.6f), {"", 116, 94, 62}, shade(green, 0.3f)};
  } else {
    inks = {ink};
  }
  plan.first_ink = model.slots.size();
  plan.inks = inks.size();
  for (size_t k = 0; k < inks.size(); ++k) {
    ResolvedSlot slot = base;
    slot.name = fmt::format("{}/pattern{}", prompt.main.subject->id, k);
    slot.color = inks[k];
    slot.glowing = false;
    model.slots.push_back(slot);
  }
  return plan;
}

// Lays the pattern on a freshly meshed surface (before simplifying), in
// the model's own coordinates so it wraps round the shape: stripes across
// its longest side, spots on a jittered grid (nearest-point cell noise), a
// 3D checkerboard, patchwork squares with dark seams, five-petal flowers in
// each spot's tangent plane, camouflage blotches from two noise fields, a
// rainbow's six bands.
void layPattern(Mesh& mesh, const PatternPlan& plan, uint64_t seed) {
  if (plan.inks == 0 || mesh.triangleCount() == 0) return;
  std::vector<uint32_t> material(mesh.triangleCount(), 0);
  for (const auto& sm : mesh.effectiveSubmeshes()) {
    std::fill_n(material.begin() + sm.first_triangle, sm.triangle_count, sm.material);
  }
  auto covered = [&](size_t t) { return material[t] < plan.covered.size() && plan.covered[material[t]]; };
  geometry::Box region{Vec3::Constant(1e30f), Vec3::Constant(-1e30f)};
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    if (!covered(t)) continue;
    for (uint32_t v : mesh.triangle(t)) {
      region.min = region.min.cwiseMin(mesh.positions[v]);
      region.max = region.max.cwiseMax(mesh.positions[v]);
    }
  }
  if (region.min.x() > region.max.x()) return;
  const Vec3 size = region.size();
  const float extent = std::max(size.maxCoeff(), 1e-3f);
  int axis = 0;
  size.maxCoeff(&axis);
  auto cellRandom = [&](const Eigen::Vector3i& c, uint64_t salt) {
    Rng rng(seed ^ (salt * 0x9E3779B97F4A7C15ull) ^ (static_cast<uint64_t>(c.x() + 4096) * 73856093ull) ^
            (static_cast<uint64_t>(c.y() + 4096) * 19349663ull) ^ (static_cast<uint64_t>(c.z() + 4096) * 83492791ull));
    return rng.unit();
  };
  // The nearest of the jittered points, one per cell of side `cell`.
  auto nearestPoint = [&](const Vec3& p, float cell, Eigen::Vector3i& which) {
    const Eigen::Vector3i base((p / cell).array().floor().cast<int>());
    float best = 1e30f;
    Vec3 point = Vec3::Zero();
    for (int dx = -1; dx <= 1; ++dx) {
      for (int dy = -1; dy <= 1; ++dy) {
        for (int dz = -1; dz <= 1; ++dz) {
          const Eigen::Vector3i c = base + Eigen::Vector3i(dx, dy, dz);
          const Vec3 jitter(0.3f + 0.4f * cellRandom(c, 1), 0.3f + 0.4f * cellRandom(c, 2),
                            0.3f + 0.4f * cellRandom(c, 3));
          const Vec3 q = (c.cast<float>() + jitter) * cell;
          const float d = (q - p).squaredNorm();
          if (d < best) {
            best = d;
            point = q;
            which = c;
          }
        }
      }
    }
    return point;
  };
  // The ink at a point of the surface with normal n, or -1 for the ground.
  auto inkAt = [&](const Vec3& p, const Vec3& n) -> int {
    if (plan.kind == "stripes") {
      const float u = p[axis] / (extent / (plan.fur ? 9.0f : 5.0f));
      return u - std::floor(u) >= (plan.fur ? 0.62f : 0.5f) ? 0 : -1;
    }
    if (plan.kind == "rainbow") {
      // One band of each colour across the longest side, red at the top.
      const int band = std::clamp(static_cast<int>(p[axis] / extent * 6.0f), 0, 5);
      return axis == 1 ? 5 - band : band;
    }
    if (plan.kind == "spots") {
      const float cell = extent / 7.0f;
      Eigen::Vector3i which;
      return (nearestPoint(p, cell, which) - p).norm() < 0.3f * cell ? 0 : -1;
    }
    if (plan.kind == "checks") {
      const Eigen::Vector3i k((p / (extent / 8.0f)).array().floor().cast<int>());
      return ((k.x() + k.y() + k.z()) & 1) != 0 ? 0 : -1;
    }
    if (plan.kind == "patchwork") {
      const float cell = extent / 5.0f;
      const Vec3 f = p / cell - (p / cell).array().floor().matrix();
      if (std::min({f.x(), 1 - f.x(), f.y(), 1 - f.y(), f.z(), 1 - f.z()}) < 0.04f) return 7;
      const Eigen::Vector3i k((p / cell).array().floor().cast<int>());
      const int pick = static_cast<int>(cellRandom(k, 5) * 8.0f);
      return pick < 7 ? pick : -1;
    }
    if (plan.kind == "floral") {
      const float cell = extent / 5.0f;
      Eigen::Vector3i which;
      const Vec3 d = p - nearestPoint(p, cell, which);
      const Vec3 a = n.cross(std::abs(n.y()) < 0.9f ? Vec3::UnitY() : Vec3::UnitX()).normalized();
      const Vec3 b = n.cross(a);
      const float theta = std::atan2(d.dot(b), d.dot(a)) + 6.2831853f * cellRandom(which, 7);
      const float radius = 0.36f * cell, r = d.norm();
      if (r < 0.24f * radius) return 1;
      return r < radius * (0.3f + 0.7f * std::abs(std::cos(2.5f * theta))) ? 0 : -1;
    }
    if (plan.kind == "camo") {
      const float n1 = geometry::fractalNoise(
          p, {.seed = seed + 31, .amplitude_mm = 1, .wavelength_mm = 0.3f * extent, .octaves = 2});
      const float n2 = geometry::fractalNoise(
          p, {.seed = seed + 57, .amplitude_mm = 1, .wavelength_mm = 0.22f * extent, .octaves = 2});
      return n1 > 0.15f ? 1 : (n2 > 0.2f ? 2 : (n1 < -0.35f ? 3 : 0));
    }
    return -1;
  };
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    if (!covered(t)) continue;
    const auto tri = mesh.triangle(t);
    const Vec3 &a = mesh.positions[tri[0]], &b = mesh.positions[tri[1]], &c = mesh.positions[tri[2]];
    const Vec3 n = (b - a).cross(c - a).normalized();
    const int ink = inkAt((a + b + c) / 3.0f - region.min, n);
    if (ink >= 0) material[t] = static_cast<uint32_t>(plan.first_ink + static_cast<size_t>(ink));
  }
  geometry::assignMaterials(mesh, material);
}

// "Dented": round dents in the shading. Each vertex normal leans as the
// surface would over a dimple up to 3.5% of the model's height deep; the
// geometry itself is dented far less, since a dent that deep would cut
// through a saucepan's or a helmet's thin wall.
void shadeDents(Mesh& mesh, uint64_t seed) {
  if (mesh.normals.size() != mesh.vertexCount()) return;
  const geometry::Box box = geometry::boundingBox(mesh);
  const float height = std::max(box.size().maxCoeff(), 1.0f);
  const geometry::NoiseParams dents{.seed = seed ^ 0x5d3e7a11u, .amplitude_mm = 0.035f * height,
                                    .wavelength_mm = 0.22f * height, .octaves = 1, .dents = true};
  const float h = 0.01f * height;
  for (size_t v = 0; v < mesh.vertexCount(); ++v) {
    const Vec3& p = mesh.positions[v];
    Vec3 g;
    for (int axis = 0; axis < 3; ++axis) {
      Vec3 d = Vec3::Zero();
      d[axis] = h;
      g[axis] = (geometry::fractalNoise(p + d, dents) - geometry::fractalNoise(p - d, dents)) / (2.0f * h);
    }
    Vec3& n = mesh.normals[v];
    // The dent's depth grows along g, so the surface there faces along −g's
    // tangential part: a dimple's far wall faces the viewer.
    const Vec3 tangential = g - n * g.dot(n);
    const Vec3 leaned = n + tangential;
    if (leaned.norm() > 1e-6f) n = leaned.normalized();
  }
}

// A glowing part gives off its own (linear) colour times this, so it reads
// as a light in a render.
constexpr float kGlowStrength = 2.5f;

class SculptEngine final : public Engine {
 public:
  SculptEngine() {
    info_.id = "sculpt";
    info_.label = "Procedural sculpt";
    info_.description =
        "Text to 3D on the CPU: the prompt's subject is built by its program in the subject library "
        "(smooth SDF parts); colours, materials, parts, accessories, containers, conditions, pose, style "
        "and size words shape it.";
    info_.kinds = {"text_to_3d", "miniature"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    info_.eta_seconds = 0.5;
    info_.check_request = &SculptEngine::checkRequest;
    info_.catalog_extra = []() {
      nlohmann::json subjects = nlohmann::json::array();
      for (const auto& s : SubjectLibrary::current()->subjects()) {
        nlohmann::json variants = nlohmann::json::array();
        for (const auto& v : s.variants) variants.push_back(v.id);
        subjects.push_back({{"id", s.id}, {"family", s.family}, {"names", s.names}, {"variants", variants}});
      }
      return nlohmann::json{{"subjects", subjects}};
    };
    info_.params = {
        {.name = "height_mm", .type = ParamType::kNumber,
         .description = "Height of the model in millimetres (overrides a size in the prompt)",
         .min = 1.0, .max = 10'000.0},
        {.name = "default_height_mm", .type = ParamType::kNumber,
         .description = "Height in millimetres when neither the prompt nor height_mm gives one",
         .min = 1.0, .max = 10'000.0},
        {.name = "style", .type = ParamType::kEnum,
         .description = "Look of the model; auto takes it from the prompt",
         .choices = {"auto", "realistic", "stylized", "cartoon", "low_poly"}, .default_value = "auto"},
        {.name = "max_triangles", .type = ParamType::kInteger,
         .description = "Triangle budget below the tier's (a hard upper bound)",
         .min = 100.0, .max = 200'000.0},
    };
  }

  const EngineInfo& info() const override { return info_; }

  // Intake refuses prompts the library cannot make before a job is queued.
  static Status checkRequest(const EngineRequest& request) {
    auto parsed = parsePrompt(request.prompt, *SubjectLibrary::current());
    if (!parsed) return fail(parsed.error());
    return {};
  }

  Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                           EngineContext& context) const override {
    context.report("parse", 0.02f);
    const auto library = SubjectLibrary::current();
    auto parsed = parsePrompt(request.prompt, *library);
    if (!parsed) return fail(parsed.error());
    const PromptAnalysis& prompt = *parsed;

    const TierInfo& tier = tierInfo(request.tier);
    size_t budget = tier.max_triangles;
    if (params.has("max_triangles")) {
      const auto wanted = static_cast<size_t>(params.integer("max_triangles"));
      if (wanted > tier.max_triangles) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("parameter 'max_triangles' is {}; the {} tier allows at most {} — "
                                "lower it or choose a higher tier",
                                wanted, tier.id, tier.max_triangles),
                    {{"parameter", "max_triangles"}, {"maximum", tier.max_triangles}, {"got", wanted}});
      }
      budget = wanted;
    }
    const Style style = styleFromParam(params.string("style", "auto"), prompt.style);
    if (style == Style::kLowPoly) budget = std::min(budget, kLowPolyTriangles);

    context.report("build", 0.04f);
    auto composed = compose(prompt, *library, style, request.seed);
    if (!composed) return fail(composed.error());
    PatternPlan pattern;
    if (prompt.pattern) pattern = planPattern(prompt, *composed);
    if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");

    // Mesh at the model's own scale, then scale the mesh: exact and cheap.
    auto meshAndSimplify = [&](const geometry::Sdf& shape, float voxel_scale = 1.0f) -> Result<Mesh> {
      const geometry::Box bounds = shape.bounds();
      const float extent = bounds.size().maxCoeff();
      geometry::MeshingOptions meshing;
      meshing.voxel_size_mm = voxel_scale * extent / static_cast<float>(voxelsAcross(request.tier));
      meshing.progress = [&](float f) { context.report("mesh", 0.05f + 0.6f * f); };
      auto meshed = geometry::meshSdf(shape, meshing);
      if (!meshed) return fail(meshed.error());
      Mesh mesh = std::move(*meshed);
      if (mesh.triangleCount() == 0) {
        return fail(ErrorCode::kUnprocessable,
                    fmt::format("the {} subject ({}) produced an empty surface", prompt.main.subject->id,
                                prompt.main.subject->file),
                    {{"file", prompt.main.subject->file}});
      }
      dropFragments(mesh);
      if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");
      // Low poly takes its pattern facet by facet after simplifying.
      if (style != Style::kLowPoly) layPattern(mesh, pattern, request.seed);

      context.report("simplify", 0.7f);
      if (auto ok = geometry::simplifyToBudget(mesh, {.max_triangles = budget,
                                                     .keep_watertight = true,
                                                     .finish = false});
          !ok) {
        return fail(ok.error());
      }
      // Simplifying can pinch a sliver off a thin feature: drop those too.
      dropFragments(mesh);
      return mesh;
    };
    // Size: the prompt's or the parameter's height, else the model's natural
    // one. Scaling can round two close vertices onto one position, so a
    // mesh is judged after it.
    auto sized = [&](Result<Mesh> made, const geometry::Sdf& shape) -> Result<Mesh> {
      if (!made) return made;
      float height_mm = shape.bounds().size().y();
      if (params.has("default_height_mm")) height_mm = static_cast<float>(params.number("default_height_mm"));
      if (prompt.height_mm) height_mm = *prompt.height_mm;
      if (params.has("height_mm")) height_mm = static_cast<float>(params.number("height_mm"));
      const geometry::Box b = geometry::boundingBox(*made);
      const float s = height_mm / std::max(b.size().y(), 1e-6f);
      geometry::Affine place = geometry::Affine::Identity();
      place.scale(s);
      place.translate(Vec3(-b.center().x(), -b.min.y(), -b.center().z()));
      geometry::transform(*made, place);
      return made;
    };
    auto made = sized(meshAndSimplify(composed->shape), composed->shape);
    if (!made) return fail(made.error());
    // One piece is expected unless the subject is naturally several or
    // the prompt asks for more than one.
    const bool one_piece = !prompt.main.subject->several && prompt.count <= 1 && !composed->apart;
    const auto closedBadly = [&](const geometry::TopologyReport& t) {
      return !t.isWatertight() || (one_piece && t.components > 1);
    };
    // The report of the mesh kept: nothing after this point changes which
    // positions the triangles join (materials, vertex order, flat shading's
    // split vertices are welded back by position), so it is the result's.
    geometry::TopologyReport topo = geometry::analyzeTopology(*made);
    if ((composed->grew_held || composed->reshaped) && closedBadly(topo)) {
      // A held thing grown to its holder's scale can close badly where it
      // touches the holder, and a dented or weathered surface can pinch a
      // thin part: make it once more with neither (the condition is still
      // painted).
      auto plain = compose(prompt, *library, style, request.seed, {.grow_held = false, .reshape_conditions = false});
      if (!plain) return fail(plain.error());
      if (prompt.pattern) pattern = planPattern(prompt, *plain);
      auto again = sized(meshAndSimplify(plain->shape), plain->shape);
      if (!again) return fail(again.error());
      if (const auto again_topo = geometry::analyzeTopology(*again); !closedBadly(again_topo)) {
        composed = std::move(plain);
        made = std::move(again);
        topo = again_topo;
      }
    }
    if (closedBadly(topo)) {
      // Where a thin part meets the voxel grid at an unlucky offset,
      // simplifying can leave a fold or two vertices that scaling rounds
      // together: a slightly finer or coarser grid lands elsewhere.
      for (const float voxel_scale : {0.93f, 1.07f, 0.86f}) {
        auto again = sized(meshAndSimplify(composed->shape, voxel_scale), composed->shape);
        if (!again) return fail(again.error());
        if (const auto again_topo = geometry::analyzeTopology(*again); !closedBadly(again_topo)) {
          made = std::move(again);
          topo = again_topo;
          break;
        }
      }
    }
    Mesh mesh = std::move(*made);
    // Scaling to size rounds a few near-collinear triangles into needles a
    // hundred-thousandth of their length wide, whose facet normals mesh
    // checkers (admesh) recompute differently; flip or drop them, closed
    // surfaces only.
    if (topo.isWatertight()) {
      Mesh repaired = mesh;
      geometry::repairDegenerateTriangles(repaired, 1e-4);
      if (geometry::analyzeTopology(repaired).isWatertight()) mesh = std::move(repaired);
    }

    context.report("finish", 0.85f);
    if (style == Style::kLowPoly) {
      // Each facet its own three vertices, so it takes one colour whole.
      layPattern(mesh, pattern, request.seed);
      geometry::flatShade(mesh);
    }
    // What the prompt says of one thing alone ("on a mossy log"): the
    // vertices of that thing's slots, found before materials are merged.
    std::vector<std::pair<const std::vector<std::string>*, std::vector<char>>> own_conditions;
    auto ownConditions = [&](const SubjectWords& words) {
      if (words.conditions.empty()) return;
      std::vector<char> mask(mesh.vertexCount(), 0);
      const std::string prefix = words.subject->id + "/";
      for (const auto& sm : mesh.effectiveSubmeshes()) {
        if (sm.material >= composed->slots.size() || !composed->slots[sm.material].name.starts_with(prefix)) continue;
        for (uint32_t t = sm.first_triangle; t < sm.first_triangle + sm.triangle_count; ++t) {
          for (uint32_t v : mesh.triangle(t)) mask[v] = 1;
        }
      }
      own_conditions.emplace_back(&words.conditions, std::move(mask));
    };
    if (prompt.place) ownConditions(*prompt.place);
    for (const auto& a : prompt.accessories) ownConditions(a.what);
    applyMaterials(mesh, composed->slots, tier);
    paintConditions(mesh, prompt.conditions, request.seed);
    for (const auto& [conditions, mask] : own_conditions) paintConditions(mesh, *conditions, request.seed, &mask);
    if (style == Style::kLowPoly) {
      shadeFacets(mesh, request.seed);
    } else {
      geometry::computeNormals(mesh);
      if (std::find(prompt.conditions.begin(), prompt.conditions.end(), "dented") != prompt.conditions.end()) {
        shadeDents(mesh, request.seed);
      }
    }
    // Drafts take meshoptimizer's much faster FIFO ordering.
    geometry::optimizeVertexCache(mesh, /*thorough=*/request.tier != Tier::kDraft);

    EngineResult result;
    const geometry::Box b = geometry::boundingBox(mesh);
    result.summary = prompt.describe();
    result.summary["engine"] = "sculpt";
    result.summary["subject_file"] = prompt.main.subject->user ? prompt.main.subject->file : prompt.main.subject->file;
    result.summary["style"] = styleName(style);
    if (!composed->pose.empty()) result.summary["pose"] = composed->pose;
    result.summary["tier"] = tier.id;
    result.summary["triangle_budget"] = budget;
    result.summary["triangles"] = mesh.triangleCount();
    result.summary["size_mm"] = {b.size().x(), b.size().y(), b.size().z()};
    result.summary["watertight"] = topo.isWatertight();
    result.summary["manifold"] = topo.isManifold();
    result.summary["parts"] = topo.components;
    if (!composed->notes.empty()) result.summary["notes"] = composed->notes;
    result.mesh = std::move(mesh);
    context.report("finish", 1.0f);
    return result;
  }

 private:
  // Draft: vertex colours under one white material. Standard: a material per
  // slot with its colour and roughness. High: full PBR (metals, glazes).
  static void applyMaterials(Mesh& mesh, const std::vector<ResolvedSlot>& slots, const TierInfo& tier) {
    std::vector<uint32_t> vertex_slot(mesh.vertexCount(), 0);
    for (const auto& sm : mesh.effectiveSubmeshes()) {
      for (uint32_t t = sm.first_triangle; t < sm.first_triangle + sm.triangle_count; ++t) {
        for (uint32_t v : mesh.triangle(t)) vertex_slot[v] = sm.material;
      }
    }
    auto color_of = [&](uint32_t slot) {
      const auto& c = slots[std::min<size_t>(slot, slots.size() - 1)].color;
      return linearColor(c.r, c.g, c.b);
    };
    if (!tier.materials) {
      mesh.colors.resize(mesh.vertexCount());
      for (size_t v = 0; v < mesh.vertexCount(); ++v) mesh.colors[v] = color_of(vertex_slot[v]);
      geometry::Material m;
      m.name = "vertex_color";
      m.base_color = Vec4(1, 1, 1, 1);
      m.roughness = slots.front().glazed ? 0.15f : slots.front().preset->roughness;
      // See-through parts (glass) keep a blended material of their own, so
      // the jar shows what it holds, and each glowing part an emissive one
      // in its colour; everything else shares the opaque one.
      auto slot_of = [&](uint32_t slot) -> const ResolvedSlot& { return slots[std::min<size_t>(slot, slots.size() - 1)]; };
      auto submeshes = mesh.effectiveSubmeshes();
      const bool plain = std::none_of(submeshes.begin(), submeshes.end(), [&](const geometry::SubMesh& sm) {
        return slot_of(sm.material).preset->opacity < 1.0f || slot_of(sm.material).glowing;
      });
      if (plain) {
        mesh.materials = {m};
        mesh.submeshes = {{0, 0, static_cast<uint32_t>(mesh.triangleCount())}};
        return;
      }
      // The opaque material takes its roughness from the first opaque part
      // (the juice, not the glass round it).
      for (const auto& sm : submeshes) {
        const auto& slot = slot_of(sm.material);
        if (slot.preset->opacity < 1.0f || slot.glowing) continue;
        m.roughness = slot.glazed ? 0.15f : slot.preset->roughness;
        break;
      }
      std::vector<geometry::Material> materials = {m};
      std::map<uint32_t, uint32_t> material_of_slot;
      for (auto& sm : submeshes) {
        const auto& slot = slot_of(sm.material);
        uint32_t index = 0;
        if (slot.glowing || slot.preset->opacity < 1.0f) {
          // One material per glowing slot (its colour is its light); one for all glass.
          const uint32_t key = slot.glowing ? sm.material : UINT32_MAX;
          auto it = material_of_slot.find(key);
          if (it == material_of_slot.end()) {
            geometry::Material extra = m;
            if (slot.glowing) {
              extra.name = fmt::format("vertex_color_glow{}", material_of_slot.size());
              extra.emissive = color_of(sm.material).head<3>() * kGlowStrength;
            } else {
              extra.name = "vertex_color_clear";
              extra.roughness = 0.05f;
            }
            extra.base_color.w() = slot.preset->opacity;
            it = material_of_slot.emplace(key, static_cast<uint32_t>(materials.size())).first;
            materials.push_back(extra);
          }
          index = it->second;
        }
        sm.material = index;
      }
      mesh.materials = std::move(materials);
      mesh.submeshes = std::move(submeshes);
      return;
    }
    mesh.colors.clear();
    std::vector<geometry::Material> materials;
    size_t used = 1;
    for (const auto& sm : mesh.effectiveSubmeshes()) used = std::max<size_t>(used, sm.material + 1);
    for (size_t i = 0; i < used; ++i) {
      const auto& slot = slots[std::min(i, slots.size() - 1)];
      geometry::Material m;
      m.name = slot.name;
      m.base_color = color_of(static_cast<uint32_t>(i));
      m.roughness = slot.glazed ? 0.12f : slot.preset->roughness;
      m.base_color.w() = slot.preset->opacity;
      if (slot.glowing) m.emissive = m.base_color.head<3>() * kGlowStrength;
      m.metallic = tier.pbr ? slot.preset->metallic : 0.0f;
      if (!tier.pbr && slot.preset->metallic > 0.5f) m.roughness = std::min(m.roughness, 0.4f);
      materials.push_back(m);
    }
    mesh.materials = std::move(materials);
  }

  EngineInfo info_;
};

}  // namespace

std::unique_ptr<Engine> makeSculptEngine() { return std::make_unique<SculptEngine>(); }

}  // namespace kiln::engines
