#include "engines/sculpt/sculpt_engine.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "engines/sculpt/archetype.h"
#include "engines/sculpt/lexicon.h"
#include "engines/sculpt/prompt_parser.h"
#include "geometry/meshing.h"
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

// Cartoon colours: push saturation up and lift the value a little (in sRGB).
ColorWord saturate(const ColorWord& c) {
  const float r = c.r / 255.0f, g = c.g / 255.0f, b = c.b / 255.0f;
  const float mx = std::max({r, g, b}), mn = std::min({r, g, b});
  const float grey = (mx + mn) * 0.5f;
  auto push = [&](float x) {
    const float v = std::clamp(grey + (x - grey) * 1.45f, 0.0f, 1.0f);
    return static_cast<unsigned char>(std::lround(std::min(1.0f, v * 1.08f) * 255.0f));
  };
  return {c.word, push(r), push(g), push(b)};
}

struct ResolvedSlot {
  std::string name;
  ColorWord color;
  const MaterialPreset* preset;
  bool glazed;
};

// Applies the prompt's material and colour words to an archetype's slots.
std::vector<ResolvedSlot> resolveSlots(const SculptModel& model, const PromptAnalysis& prompt, Style style) {
  std::vector<ResolvedSlot> out;
  for (const auto& slot : model.slots) {
    const MaterialPreset* preset = findMaterialPreset(slot.material);
    ColorWord color = slot.color.value_or(ColorWord{"", preset->r, preset->g, preset->b});
    bool glazed = false;
    if (!slot.keep_material) {
      if (slot.primary) {
        if (prompt.material != nullptr) {
          preset = prompt.material;
          color = {"", preset->r, preset->g, preset->b};
        }
        if (!prompt.colors.empty()) color = *prompt.colors.front();
        glazed = prompt.glazed;
      } else if (slot.secondary && prompt.colors.size() >= 2) {
        color = *prompt.colors[1];
      }
    }
    if (style == Style::kCartoon) color = saturate(color);
    out.push_back({slot.role, color, preset, glazed});
  }
  return out;
}

// Removes connected pieces smaller than 0.5 % of the triangles: slivers left
// where a boolean cut nearly severs a part. They would print as loose crumbs.
void dropFragments(Mesh& mesh) {
  const size_t min_triangles = std::max<size_t>(mesh.triangleCount() / 200, 1);
  geometry::keepComponents(mesh, [min_triangles](size_t triangles, bool) { return triangles >= min_triangles; });
}

class SculptEngine final : public Engine {
 public:
  SculptEngine() {
    info_.id = "sculpt";
    info_.label = "Procedural sculpt";
    info_.description =
        "Text to 3D on the CPU: the prompt's subject picks an archetype (vase, teapot, chest, "
        "tree, dog…) built from smooth SDF parts; colour, material, style and size words shape it.";
    info_.kinds = {"text_to_3d", "miniature"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    info_.eta_seconds = 0.5;
    info_.params = {
        {.name = "height_mm", .type = ParamType::kNumber,
         .description = "Height of the model in millimetres (overrides a size in the prompt)",
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

  Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                           EngineContext& context) const override {
    context.report("parse", 0.02f);
    auto parsed = parsePrompt(request.prompt);
    if (!parsed) return fail(parsed.error());
    const PromptAnalysis& prompt = *parsed;
    const Archetype* archetype = findArchetype(prompt.subject->archetype);
    if (archetype == nullptr) {
      return fail(ErrorCode::kInternal, fmt::format("archetype '{}' is not registered", prompt.subject->archetype));
    }

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

    ArchetypeInput input{.variant = prompt.subject->variant, .style = style,
                         .softness = style == Style::kCartoon ? 2.0f : 1.0f, .outline = prompt.outline};
    // One stream per (seed, subject) so the same seed gives each subject its own variation.
    Rng rng = Rng(request.seed).fork(fmt::format("{}/{}", archetype->id, input.variant));
    SculptModel model = archetype->build(input, rng);
    if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");

    // Mesh at the archetype's own scale, then scale the mesh: exact and cheap.
    const geometry::Box bounds = model.shape.bounds();
    const float extent = bounds.size().maxCoeff();
    geometry::MeshingOptions meshing;
    meshing.voxel_size_mm = extent / static_cast<float>(voxelsAcross(request.tier));
    meshing.progress = [&](float f) { context.report("mesh", 0.05f + 0.6f * f); };
    auto meshed = geometry::meshSdf(model.shape, meshing);
    if (!meshed) return fail(meshed.error());
    Mesh mesh = std::move(*meshed);
    if (mesh.triangleCount() == 0) {
      return fail(ErrorCode::kInternal, fmt::format("the {} archetype produced an empty surface", archetype->id));
    }
    dropFragments(mesh);
    if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");

    context.report("simplify", 0.7f);
    if (auto ok = geometry::simplifyToBudget(mesh, {.max_triangles = budget, .keep_watertight = true}); !ok) {
      return fail(ok.error());
    }

    // Size: the prompt's or the parameter's height, else the archetype's natural one.
    float height_mm = archetype->natural_height_mm;
    if (prompt.height_mm) height_mm = *prompt.height_mm;
    if (params.has("height_mm")) height_mm = static_cast<float>(params.number("height_mm"));
    geometry::Box b = geometry::boundingBox(mesh);
    const float s = height_mm / std::max(b.size().y(), 1e-6f);
    geometry::Affine place = geometry::Affine::Identity();
    place.scale(s);
    place.translate(Vec3(-b.center().x(), -b.min.y(), -b.center().z()));
    geometry::transform(mesh, place);

    context.report("finish", 0.85f);
    applyMaterials(mesh, resolveSlots(model, prompt, style), tier);
    if (style == Style::kLowPoly) {
      geometry::flatShade(mesh);
    } else {
      geometry::computeNormals(mesh);
    }
    geometry::optimizeVertexCache(mesh);

    EngineResult result;
    const auto topo = geometry::analyzeTopology(mesh);
    b = geometry::boundingBox(mesh);
    result.summary = {
        {"engine", "sculpt"},
        {"subject", prompt.subject_word},
        {"archetype", archetype->id},
        {"variant", prompt.subject->variant},
        {"style", styleName(style)},
        {"material", prompt.material ? std::string(prompt.material->id) : std::string()},
        {"tier", tier.id},
        {"triangle_budget", budget},
        {"triangles", mesh.triangleCount()},
        {"size_mm", {b.size().x(), b.size().y(), b.size().z()}},
        {"watertight", topo.isWatertight()},
        {"manifold", topo.isManifold()},
        {"ignored_words", prompt.ignored},
    };
    if (!prompt.outline.empty()) result.summary["outline"] = prompt.outline;
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
      mesh.materials = {m};
      mesh.submeshes = {{0, 0, static_cast<uint32_t>(mesh.triangleCount())}};
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
