#include "engines/inflate/inflate_engine.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include "engines/inflate/inflated_solid.h"
#include "engines/inflate/inflation.h"
#include "engines/inflate/photo_check.h"
#include "engines/inflate/photo_colors.h"
#include "engines/inflate/photo_decode.h"
#include "engines/inflate/silhouette.h"
#include "geometry/meshing.h"
#include "geometry/simplify.h"

namespace kiln::engines {
namespace {

using geometry::Mesh;
using geometry::Vec3;
using geometry::Vec4;

// The photo is decoded to this long side: colours are sampled from it.
constexpr int kPhotoSidePx = 512;
// The silhouette is modelled with the longer side of its box this long,
// before the mesh is scaled to height_mm (every step is scale-free).
constexpr float kFrameMm = 100.0f;
// Meshing aims at this many times the tier's budget, so simplification has
// room to place triangles well (as sculpt does).
constexpr double kMeshingHeadroom = 2.0;
// Thinnest half-thickness, in voxels: the rim becomes a wall three voxels
// tall, which meshing resolves without pinching.
constexpr float kMinHalfThicknessVoxels = 1.5f;
// Steepest slope counted when estimating the surface area (the rim is vertical).
constexpr float kMaxAreaSlope = 8.0f;

constexpr double kDefaultDepth = 1.0;
constexpr double kDefaultHeightMm = 100.0;

// Per-tier resolutions. On a 1024² photo on the 2-core reference machine the
// "image" step (decode, pre-check, GrabCut) takes ≈ 60 / 90 / 130 ms, GrabCut
// most of it; the Poisson solve is a few ms; meshing and simplification take
// the rest (≈ 90 / 160 / 700 ms in all; bench/make_bench.cpp BM_Inflate*).
struct TierSettings {
  int mask_side_px;      // silhouette (GrabCut) resolution
  int inflation_side_px; // Poisson grid
  int grabcut_rounds;
};

TierSettings settingsFor(Tier tier) {
  switch (tier) {
    case Tier::kDraft: return {192, 96, 3};
    case Tier::kStandard: return {256, 144, 3};
    case Tier::kHigh: return {320, 192, 3};
  }
  return {256, 144, 3};
}

std::unexpected<Error> canceled() { return fail(ErrorCode::kCanceled, "the job was canceled"); }

cv::Mat1b reduceMask(const cv::Mat1b& mask, int max_side_px) {
  const cv::Size size = inflate::fitLongSide(mask.size(), max_side_px);
  if (size == mask.size()) return mask.clone();
  cv::Mat1b reduced;
  cv::resize(mask, reduced, size, 0, 0, cv::INTER_AREA);
  return reduced >= 128;
}

// Front and back area of the inflated solid, in mm², from its half-thickness
// grid: Σ √(1 + |∇f|²)·cell² over the inside cells, twice.
double surfaceAreaMm2(const cv::Mat1f& half_thickness_px, float cell_mm, float depth) {
  double area = 0.0;
  for (int y = 0; y + 1 < half_thickness_px.rows; ++y) {
    for (int x = 0; x + 1 < half_thickness_px.cols; ++x) {
      if (half_thickness_px(y, x) <= 0.0f) continue;
      const float gx = depth * (half_thickness_px(y, x + 1) - half_thickness_px(y, x));
      const float gy = depth * (half_thickness_px(y + 1, x) - half_thickness_px(y, x));
      area += std::sqrt(1.0f + std::min(gx * gx + gy * gy, kMaxAreaSlope * kMaxAreaSlope));
    }
  }
  return 2.0 * area * static_cast<double>(cell_mm) * cell_mm;
}

// Keeps the piece with the most triangles and drops vertices no longer used:
// crumbs where a thin part of the silhouette fell between voxels.
void keepLargestPiece(Mesh& mesh) {
  geometry::keepComponents(mesh, [](size_t, bool is_largest) { return is_largest; });
}

class InflateEngine final : public Engine {
 public:
  InflateEngine() {
    info_.id = "inflate";
    info_.label = "Photo inflation";
    info_.description =
        "One photo of one object (input.images) to a closed, vertex-coloured model, without learned models: the "
        "photo is checked (blur, busy background, several objects), the object is cut out (alpha channel or "
        "GrabCut), its silhouette is inflated into a rounded solid and coloured from the photo, the back "
        "mirroring the front.";
    info_.kinds = {"image_to_3d"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    info_.eta_seconds = 0.5;
    info_.params = {
        {.name = "skip_validation", .type = ParamType::kBoolean,
         .description = "Use the photo even if the pre-check finds it blurred, busy or with several objects",
         .default_value = false},
        {.name = "depth", .type = ParamType::kNumber,
         .description = "Thickness relative to a round inflation (1 = a disc becomes a sphere)", .min = 0.1,
         .max = 2.0, .default_value = kDefaultDepth},
        {.name = "height_mm", .type = ParamType::kNumber,
         .description = "Size of the model's largest dimension in millimetres", .min = 10.0, .max = 1000.0,
         .default_value = kDefaultHeightMm},
    };
  }

  const EngineInfo& info() const override { return info_; }

  Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                           EngineContext& context) const override {
    if (request.images.empty()) {
      return fail(ErrorCode::kInvalidArgument, "image_to_3d needs a photo of the object in input.images",
                  {{"field", "input.images"}});
    }
    const TierInfo& tier = tierInfo(request.tier);
    const TierSettings settings = settingsFor(request.tier);
    const auto depth = static_cast<float>(params.number("depth", kDefaultDepth));
    const auto height_mm = static_cast<float>(params.number("height_mm", kDefaultHeightMm));
    const bool skip_validation = params.boolean("skip_validation", false);

    // --- image: decode, pre-check, silhouette ---
    context.report("image", 0.0f);
    auto photo = inflate::decodePhoto(request.images[0], kPhotoSidePx);
    if (!photo) return fail(photo.error());
    if (context.isCanceled()) return canceled();
    nlohmann::json check_json = "skipped";
    if (!skip_validation) {
      const PhotoReport report = checkDecodedPhoto(*photo);
      check_json = report.toJson();
      if (!report.usable) {
        std::vector<std::string> messages;
        for (const auto& problem : report.problems) messages.push_back(problem.message);
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("the photo did not pass the pre-check: {} Reshoot it, or pass skip_validation: true "
                                "to use it anyway.",
                                fmt::join(messages, " ")),
                    {{"field", "input.images"}, {"photo_check", check_json}});
      }
    }
    context.report("image", 0.1f);
    if (context.isCanceled()) return canceled();
    const inflate::Silhouette silhouette = inflate::segmentObject(*photo, settings.mask_side_px, settings.grabcut_rounds);
    const cv::Mat1b& mask = silhouette.mask;
    const cv::Rect box = cv::boundingRect(mask);
    if (box.width < 3 || box.height < 3) {
      return fail(ErrorCode::kUnprocessable,
                  "no object could be separated from the background: photograph the object against a plain "
                  "background of a different colour, with space around it",
                  {{"field", "input.images"}});
    }
    if (context.isCanceled()) return canceled();

    // --- mesh: inflate, mesh the solid, reduce to the budget ---
    context.report("mesh", 0.3f);
    const cv::Mat1b coarse = reduceMask(mask, settings.inflation_side_px);
    auto half_thickness = inflate::inflateSilhouette(coarse);
    if (!half_thickness) return fail(half_thickness.error());
    if (context.isCanceled()) return canceled();

    const float mm_per_px = kFrameMm / static_cast<float>(std::max(box.width, box.height));
    const float cell_mm = mm_per_px * static_cast<float>(mask.cols) / static_cast<float>(coarse.cols);
    const double area = surfaceAreaMm2(*half_thickness, cell_mm, depth);
    const size_t budget = tier.max_triangles;
    const float voxel = geometry::voxelSizeForTriangles(area, static_cast<size_t>(kMeshingHeadroom * budget));
    geometry::MeshingOptions meshing;
    meshing.voxel_size_mm = voxel;
    meshing.progress = [&](float f) { context.report("mesh", 0.35f + 0.35f * f); };
    const geometry::Sdf solid = inflate::inflatedSolid({.mask = mask,
                                                        .half_thickness_px = *half_thickness,
                                                        .mm_per_px = mm_per_px,
                                                        .depth = depth,
                                                        .min_half_thickness_mm = kMinHalfThicknessVoxels * voxel,
                                                        // meshSdf samples up to ~44 voxels past the bounds
                                                        // (band, padding, 32-voxel block rounding).
                                                        .reach_mm = 48.0f * voxel});
    auto meshed = geometry::meshSdf(solid, meshing);
    if (!meshed) return fail(meshed.error());
    Mesh mesh = std::move(*meshed);
    if (mesh.triangleCount() == 0) return fail(ErrorCode::kInternal, "the inflated silhouette gave an empty surface");
    keepLargestPiece(mesh);
    if (context.isCanceled()) return canceled();
    context.report("mesh", 0.75f);
    if (auto ok = geometry::simplifyToBudget(mesh, {.max_triangles = budget, .keep_watertight = true}); !ok) {
      return fail(ok.error());
    }
    if (context.isCanceled()) return canceled();

    // --- finish: colours from the photo, material, size and place, normals ---
    context.report("finish", 0.9f);
    cv::Mat1b photo_mask;
    cv::resize(mask, photo_mask, photo->bgr.size(), 0, 0, cv::INTER_LINEAR);
    photo_mask = photo_mask >= 128;
    const cv::Mat3b filled = inflate::fillBackgroundFromObject(photo->bgr, photo_mask);
    inflate::colorVerticesFromPhoto(mesh, filled, mm_per_px * static_cast<float>(mask.cols) / static_cast<float>(filled.cols));
    geometry::Material material;
    material.name = "vertex_color";
    material.base_color = Vec4(1, 1, 1, 1);
    material.roughness = 0.7f;
    mesh.materials = {material};
    mesh.submeshes = {{0, 0, static_cast<uint32_t>(mesh.triangleCount())}};

    // Largest dimension = height_mm; centred in X and Z, resting on Y = 0.
    geometry::Box b = geometry::boundingBox(mesh);
    const float s = height_mm / std::max(b.size().maxCoeff(), 1e-6f);
    geometry::Affine place = geometry::Affine::Identity();
    place.scale(s);
    place.translate(Vec3(-b.center().x(), -b.min.y(), -b.center().z()));
    geometry::transform(mesh, place);
    geometry::computeNormals(mesh);
    geometry::optimizeVertexCache(mesh);

    const auto topo = geometry::analyzeTopology(mesh);
    b = geometry::boundingBox(mesh);
    EngineResult result;
    result.summary = {
        {"engine", "inflate"},
        {"subject", "photo"},
        {"images_used", 1},
        {"images_given", request.images.size()},
        {"tier", tier.id},
        {"triangle_budget", budget},
        {"triangles", mesh.triangleCount()},
        {"size_mm", {b.size().x(), b.size().y(), b.size().z()}},
        {"watertight", topo.isWatertight()},
        {"manifold", topo.isManifold()},
        {"depth", depth},
        {"silhouette", silhouette.source == inflate::SilhouetteSource::kAlpha ? "alpha" : "grabcut"},
        {"photo", {{"width", photo->source_width}, {"height", photo->source_height}, {"format", photo->format}}},
        {"photo_check", check_json},
    };
    if (request.images.size() > 1) {
      result.summary["note"] = fmt::format("only the first of the {} images is used; inflate models one photo",
                                           request.images.size());
    }
    result.mesh = std::move(mesh);
    context.report("finish", 1.0f);
    return result;
  }

 private:
  EngineInfo info_;
};

}  // namespace

std::unique_ptr<Engine> makeInflateEngine() { return std::make_unique<InflateEngine>(); }

}  // namespace kiln::engines
