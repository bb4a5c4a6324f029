// Unidirectional path tracing (Kajiya 1986, "The Rendering Equation") with
// next-event estimation, on Embree 3 (Wald et al. 2014, "Embree: A Kernel
// Framework for Efficient CPU Ray Tracing").
#include "engines/render/path_tracer.h"

#include <embree3/rtcore.h>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <string>

#include <fmt/format.h>

namespace kiln::render {
namespace {

constexpr int kTileSize = 16;
// At most this many progress reports (and cancellation points between passes).
constexpr int kMaxPasses = 8;
// Light gathered after the first bounce is clamped to this luminance to keep
// rare caustic paths from leaving bright speckles in low-sample previews.
constexpr float kIndirectClamp = 8.0f;
// Russian roulette starts after this many bounces.
constexpr int kRouletteDepth = 3;
// A path passes through at most this many see-through surfaces (the front
// and back of a glass, the jar's two walls, …) before they count as opaque.
constexpr int kMaxPassThrough = 12;
// How much of its colour's hue a see-through surface gives what passes.
constexpr float kTintStrength = 0.5f;
// Light on its way to a surface loses this share of a see-through surface's
// opacity: glass casts a faint shadow, not the full one alpha would give.
constexpr float kShadowOpacity = 0.5f;
// The share of its colour a see-through surface reflects diffusely (see seeThrough).
constexpr float kSeeThroughDiffuse = 1.0f / 3.0f;

struct DeviceDeleter {
  void operator()(RTCDeviceTy* d) const { rtcReleaseDevice(d); }
};
struct SceneDeleter {
  void operator()(RTCSceneTy* s) const { rtcReleaseScene(s); }
};
using DevicePtr = std::unique_ptr<RTCDeviceTy, DeviceDeleter>;
using ScenePtr = std::unique_ptr<RTCSceneTy, SceneDeleter>;

// Embree reports errors through a callback; keep the first message.
struct DeviceErrors {
  std::mutex mutex;
  std::string first;
};
void onDeviceError(void* user, RTCError code, const char* message) {
  auto* errors = static_cast<DeviceErrors*>(user);
  std::lock_guard lock(errors->mutex);
  if (errors->first.empty()) errors->first = fmt::format("embree error {}: {}", static_cast<int>(code), message ? message : "");
}

constexpr unsigned kModelGeometry = 0;

// The shading inputs of one surface point.
struct SurfacePoint {
  Vec3 position;
  Vec3 geometric_normal;  // unit, facing the incoming ray
  Vec3 shading_normal;    // unit, same side as geometric_normal
  SurfaceMaterial material;
  Vec3 emission = Vec3::Zero();
  bool is_model = false;
  // glTF's alpha (base colour factor alpha) of a blended material: the share
  // of light the surface stops; the rest passes straight through, tinted.
  float opacity = 1.0f;
  Vec3 tint = Vec3::Ones();
};

// What a camera ray hit first: the denoiser's guides.
struct FirstHit {
  bool is_surface = false;
  bool is_model = false;
  Vec3 albedo = Vec3::Zero();
  Vec3 normal = Vec3::Zero();
  Vec3 position = Vec3::Zero();
  Vec3 glow = Vec3::Zero();  // light given off by what the camera sees (see addGlow)
};

class Tracer {
 public:
  Tracer(const geometry::Mesh& mesh, const SceneSetup& setup, const RenderOptions& options)
      : mesh_(mesh), setup_(setup), options_(options) {}

  Status build() {
    device_.reset(rtcNewDevice(nullptr));
    if (!device_) return fail(ErrorCode::kInternal, "the ray tracing device could not be created");
    rtcSetDeviceErrorFunction(device_.get(), onDeviceError, &errors_);
    scene_.reset(rtcNewScene(device_.get()));
    rtcSetSceneBuildQuality(scene_.get(), RTC_BUILD_QUALITY_MEDIUM);

    // Geometry 0: the model.
    {
      RTCGeometry geom = rtcNewGeometry(device_.get(), RTC_GEOMETRY_TYPE_TRIANGLE);
      auto* v = static_cast<float*>(rtcSetNewGeometryBuffer(geom, RTC_BUFFER_TYPE_VERTEX, 0, RTC_FORMAT_FLOAT3,
                                                            3 * sizeof(float), mesh_.positions.size()));
      auto* idx = static_cast<unsigned*>(rtcSetNewGeometryBuffer(geom, RTC_BUFFER_TYPE_INDEX, 0, RTC_FORMAT_UINT3,
                                                                 3 * sizeof(unsigned), mesh_.triangleCount()));
      if (v == nullptr || idx == nullptr) {
        rtcReleaseGeometry(geom);
        return fail(ErrorCode::kInternal, fmt::format("the model's ray tracing buffers could not be allocated ({})", errors_.first));
      }
      for (size_t i = 0; i < mesh_.positions.size(); ++i) {
        v[3 * i] = mesh_.positions[i].x();
        v[3 * i + 1] = mesh_.positions[i].y();
        v[3 * i + 2] = mesh_.positions[i].z();
      }
      std::copy(mesh_.indices.begin(), mesh_.indices.end(), idx);
      rtcCommitGeometry(geom);
      rtcAttachGeometryByID(scene_.get(), geom, kModelGeometry);
      rtcReleaseGeometry(geom);
    }
    // Geometry 1: the set pieces, two triangles per quad.
    if (!setup_.set_pieces.empty()) {
      const auto& pieces = setup_.set_pieces;
      RTCGeometry geom = rtcNewGeometry(device_.get(), RTC_GEOMETRY_TYPE_TRIANGLE);
      auto* v = static_cast<float*>(rtcSetNewGeometryBuffer(geom, RTC_BUFFER_TYPE_VERTEX, 0, RTC_FORMAT_FLOAT3,
                                                            3 * sizeof(float), 4 * pieces.size()));
      auto* idx = static_cast<unsigned*>(rtcSetNewGeometryBuffer(geom, RTC_BUFFER_TYPE_INDEX, 0, RTC_FORMAT_UINT3,
                                                                 3 * sizeof(unsigned), 2 * pieces.size()));
      for (size_t q = 0; q < pieces.size(); ++q) {
        const auto& p = pieces[q];
        const Vec3 corners[4] = {p.corner, p.corner + p.edge_u, p.corner + p.edge_u + p.edge_v, p.corner + p.edge_v};
        for (int c = 0; c < 4; ++c) {
          for (int k = 0; k < 3; ++k) v[3 * (4 * q + c) + k] = corners[c][k];
        }
        const auto base = static_cast<unsigned>(4 * q);
        const unsigned tris[6] = {base, base + 1, base + 2, base, base + 2, base + 3};
        std::copy(std::begin(tris), std::end(tris), idx + 6 * q);
      }
      rtcCommitGeometry(geom);
      rtcAttachGeometryByID(scene_.get(), geom, kModelGeometry + 1);
      rtcReleaseGeometry(geom);
    }
    rtcCommitScene(scene_.get());
    if (rtcGetDeviceError(device_.get()) != RTC_ERROR_NONE || !errors_.first.empty()) {
      return fail(ErrorCode::kInternal, fmt::format("the ray tracing scene could not be built: {}", errors_.first));
    }

    // Per-triangle material slots.
    triangle_material_.assign(mesh_.triangleCount(), 0);
    for (const auto& sub : mesh_.effectiveSubmeshes()) {
      for (uint32_t t = 0; t < sub.triangle_count; ++t) triangle_material_[sub.first_triangle + t] = sub.material;
    }
    materials_.reserve(std::max<size_t>(mesh_.materials.size(), 1));
    for (const auto& m : mesh_.materials) {
      SurfaceMaterial s;
      for (int c = 0; c < 3; ++c) s.base_color[c] = finiteIn01(m.base_color[c]);
      s.metallic = finiteIn01(m.metallic);
      s.roughness = finiteIn01(m.roughness);
      s.specular = setup_.dielectric_specular;
      materials_.push_back(s);
      Vec3 e;
      for (int c = 0; c < 3; ++c) e[c] = std::isfinite(m.emissive[c]) ? std::clamp(m.emissive[c], 0.0f, 100.0f) : 0.0f;
      emissions_.push_back(e);
      // Blended materials (glass) are seen through: alpha is the share of
      // light they stop. What passes is tinted by the colour's hue, so
      // green bottle glass looks green and clear glass stays clear.
      const float opacity = std::isfinite(m.base_color[3]) ? std::clamp(m.base_color[3], 0.0f, 1.0f) : 1.0f;
      opacities_.push_back(opacity);
      if (opacity < 1.0f) has_transparent_ = true;
    }
    if (materials_.empty()) {
      materials_.push_back(SurfaceMaterial{.specular = setup_.dielectric_specular});
      emissions_.push_back(Vec3::Zero());
      opacities_.push_back(1.0f);
    }
    buildLightSelection();
    has_colors_ = mesh_.colors.size() == mesh_.positions.size();
    has_normals_ = mesh_.normals.size() == mesh_.positions.size();
    return {};
  }

  // Renders the image; fills `layers` (sums while rendering, averages at the end) when not null.
  Result<RenderResult> render(LayeredRender* layers) {
    const int width = options_.size.width;
    const int height = options_.size.height;
    const int spp = options_.samples_per_pixel;
    const size_t pixels = static_cast<size_t>(width) * height;
    std::vector<float> sum(3 * pixels, 0.0f);
    std::vector<float> glow(3 * pixels, 0.0f);
    std::vector<uint8_t> mask(pixels, 0);
    // While rendering the layers hold sums (see averageLayer).
    if (layers != nullptr) *layers = LayeredRender::zeros(width, height);
    const int tiles_x = (width + kTileSize - 1) / kTileSize;
    const int tiles_y = (height + kTileSize - 1) / kTileSize;
    const int passes = std::min(spp, kMaxPasses);
    std::atomic<bool> canceled{false};

    for (int pass = 0; pass < passes; ++pass) {
      const int s_begin = spp * pass / passes;
      const int s_end = spp * (pass + 1) / passes;
      tbb::parallel_for(tbb::blocked_range<int>(0, tiles_x * tiles_y), [&](const tbb::blocked_range<int>& range) {
        for (int tile = range.begin(); tile != range.end(); ++tile) {
          if (canceled.load(std::memory_order_relaxed)) return;
          if (options_.is_canceled && options_.is_canceled()) {
            canceled.store(true);
            return;
          }
          const int x0 = (tile % tiles_x) * kTileSize;
          const int y0 = (tile / tiles_x) * kTileSize;
          for (int y = y0; y < std::min(y0 + kTileSize, height); ++y) {
            for (int x = x0; x < std::min(x0 + kTileSize, width); ++x) {
              const size_t pixel = static_cast<size_t>(y) * width + x;
              float* acc = &sum[3 * pixel];
              for (int s = s_begin; s < s_end; ++s) {
                Sampler sampler(options_.seed, pixel, static_cast<uint64_t>(s));
                const float jx = sampler.uniform();
                const float jy = sampler.uniform();
                FirstHit first;
                const Vec3 dir = setup_.camera.directionThrough(static_cast<float>(x) + jx, static_cast<float>(y) + jy);
                const Vec3 l = tracePath(setup_.camera.position, dir, sampler, first);
                const bool finite = std::isfinite(l.x()) && std::isfinite(l.y()) && std::isfinite(l.z());
                if (finite) {
                  acc[0] += l.x();
                  acc[1] += l.y();
                  acc[2] += l.z();
                  if (first.glow.allFinite()) {
                    for (int c = 0; c < 3; ++c) glow[3 * pixel + c] += first.glow[c];
                  }
                }
                if (first.is_model) mask[pixel] = 1;
                if (layers != nullptr) addToLayer(first.is_model ? layers->model : layers->surroundings, pixel, first,
                                                  finite ? l : Vec3::Zero());
              }
            }
          }
        }
      });
      if (canceled.load()) return fail(ErrorCode::kCanceled, "the render was canceled");
      if (options_.progress) options_.progress(static_cast<float>(s_end) / static_cast<float>(spp));
    }

    if (layers != nullptr) {
      averageLayer(layers->model, spp);
      averageLayer(layers->surroundings, spp);
    }
    RenderResult result;
    result.halo = haloOf(glow, width, height);
    result.radiance = HdrImage{width, height, std::move(sum)};
    const float scale = setup_.rig.exposure / static_cast<float>(spp);
    for (float& v : result.radiance.rgb) v *= scale;
    for (float& v : result.halo) v *= scale;
    result.model_mask = std::move(mask);
    result.samples_per_pixel = spp;
    result.triangles = mesh_.triangleCount();
    return result;
  }

 private:
  // While rendering, a layer's planes hold sums over its samples: coverage
  // counts them, surface_coverage counts those that hit a surface, and
  // luminance_variance sums their squared luminances.
  static void addToLayer(RenderLayer& layer, size_t pixel, const FirstHit& first, const Vec3& radiance) {
    layer.coverage[pixel] += 1.0f;
    for (size_t c = 0; c < 3; ++c) layer.radiance[c][pixel] += radiance[static_cast<Eigen::Index>(c)];
    const float l = luminance(radiance);
    layer.luminance_variance[pixel] += l * l;
    if (!first.is_surface) return;
    layer.surface_coverage[pixel] += 1.0f;
    for (size_t c = 0; c < 3; ++c) {
      const auto k = static_cast<Eigen::Index>(c);
      layer.albedo[c][pixel] += first.albedo[k];
      layer.normal[c][pixel] += first.normal[k];
      layer.position[c][pixel] += first.position[k];
    }
  }

  // A glowing thing lights the air round it: the light the camera sees given
  // off is spread in a soft halo (a Gaussian a few hundredths of the image
  // across, separable), to be added over the image as a lens and an eye see
  // a lamp. Nothing changes where nothing glows.
  static std::vector<float> haloOf(const std::vector<float>& glow, int width, int height) {
    if (std::all_of(glow.begin(), glow.end(), [](float v) { return v == 0.0f; })) return {};
    const float sigma = 0.025f * static_cast<float>(std::max(width, height));
    const int radius = static_cast<int>(std::ceil(3.0f * sigma));
    std::vector<float> kernel(static_cast<size_t>(2 * radius + 1));
    float total = 0.0f;
    for (int i = -radius; i <= radius; ++i) {
      kernel[static_cast<size_t>(i + radius)] = std::exp(-0.5f * static_cast<float>(i * i) / (sigma * sigma));
      total += kernel[static_cast<size_t>(i + radius)];
    }
    for (float& k : kernel) k /= total;
    const auto blur = [&](const std::vector<float>& in, std::vector<float>& out, bool along_x) {
      tbb::parallel_for(0, height, [&](int y) {
        for (int x = 0; x < width; ++x) {
          float acc[3] = {0, 0, 0};
          for (int i = -radius; i <= radius; ++i) {
            const int sx = along_x ? std::clamp(x + i, 0, width - 1) : x;
            const int sy = along_x ? y : std::clamp(y + i, 0, height - 1);
            const size_t at = 3 * (static_cast<size_t>(sy) * width + sx);
            const float k = kernel[static_cast<size_t>(i + radius)];
            for (int c = 0; c < 3; ++c) acc[c] += k * in[at + c];
          }
          const size_t to = 3 * (static_cast<size_t>(y) * width + x);
          for (int c = 0; c < 3; ++c) out[to + c] = acc[c];
        }
      });
    };
    std::vector<float> across(glow.size()), halo(glow.size());
    blur(glow, across, true);
    blur(across, halo, false);
    constexpr float kHaloStrength = 0.9f;
    for (float& v : halo) v *= kHaloStrength;
    return halo;
  }

  // Turns the sums addToLayer gathered into the averages RenderLayer holds. The
  // variance of the mean luminance of n samples is the sample variance over n,
  // (Σl²/n − (Σl/n)²)/(n − 1); one sample gives no estimate, so its own
  // luminance squared stands in (noise as large as the signal).
  void averageLayer(RenderLayer& layer, int spp) const {
    const float exposure = setup_.rig.exposure;
    const auto total = static_cast<float>(spp);
    for (size_t p = 0; p < layer.coverage.size(); ++p) {
      const float n = layer.coverage[p];
      const float hits = layer.surface_coverage[p];
      if (n > 0.0f) {
        for (auto& plane : layer.radiance) plane[p] /= n;
        const float mean = luminance(Vec3(layer.radiance[0][p], layer.radiance[1][p], layer.radiance[2][p]));
        const float variance =
            n >= 2.0f ? std::max(layer.luminance_variance[p] / n - mean * mean, 0.0f) / (n - 1.0f) : mean * mean;
        layer.luminance_variance[p] = variance * exposure * exposure;
        for (auto& plane : layer.radiance) plane[p] *= exposure;
      }
      if (hits > 0.0f) {
        for (size_t c = 0; c < 3; ++c) {
          layer.albedo[c][p] /= hits;
          layer.normal[c][p] /= hits;
          layer.position[c][p] /= hits;
        }
      }
      layer.coverage[p] = n / total;
      layer.surface_coverage[p] = hits / total;
    }
  }

  // One light is sampled per path vertex, chosen with probability proportional
  // to the irradiance it would give at the model's centre: one shadow ray per
  // vertex instead of one per light.
  void buildLightSelection() {
    const Vec3& target = setup_.focus;
    std::vector<float> weights;
    for (const auto& d : setup_.rig.distant) weights.push_back(std::max(luminance(d.irradiance), 0.0f));
    for (const auto& a : setup_.rig.areas) {
      const float dist2 = std::max((a.center - target).squaredNorm(), 1e-12f);
      weights.push_back(std::max(luminance(a.radiance) * a.area() / dist2, 0.0f));
    }
    float total = 0.0f;
    for (float w : weights) total += w;
    light_cdf_.clear();
    light_pick_.clear();
    float running = 0.0f;
    for (float w : weights) {
      // Equal chances when every light is dark, so none is never picked.
      const float p = total > 0.0f ? w / total : 1.0f / static_cast<float>(weights.size());
      running += p;
      light_cdf_.push_back(running);
      light_pick_.push_back(p);
    }
    if (!light_cdf_.empty()) light_cdf_.back() = 1.0f;
  }

  static float finiteIn01(float v) { return std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f; }

  bool intersect(const Vec3& origin, const Vec3& dir, bool coherent, RTCRayHit& rh) const {
    rh.ray.org_x = origin.x();
    rh.ray.org_y = origin.y();
    rh.ray.org_z = origin.z();
    rh.ray.dir_x = dir.x();
    rh.ray.dir_y = dir.y();
    rh.ray.dir_z = dir.z();
    rh.ray.tnear = setup_.epsilon;
    rh.ray.tfar = std::numeric_limits<float>::infinity();
    rh.ray.time = 0.0f;
    rh.ray.mask = 0xFFFFFFFFu;
    rh.ray.id = 0;
    rh.ray.flags = 0;
    rh.hit.geomID = RTC_INVALID_GEOMETRY_ID;
    rh.hit.instID[0] = RTC_INVALID_GEOMETRY_ID;
    RTCIntersectContext context;
    rtcInitIntersectContext(&context);
    if (!coherent) context.flags = RTC_INTERSECT_CONTEXT_FLAG_INCOHERENT;
    rtcIntersect1(scene_.get(), &context, &rh);
    return rh.hit.geomID != RTC_INVALID_GEOMETRY_ID;
  }

  // The share of light (per channel) that reaches `origin` from `distance`
  // along `dir`: zero behind an opaque surface, each see-through surface on
  // the way letting (1 − kShadowOpacity · opacity) of it through, tinted.
  Vec3 transmittance(Vec3 origin, const Vec3& dir, float distance) const {
    if (!has_transparent_) return occluded(origin, dir, distance) ? Vec3::Zero() : Vec3::Ones();
    Vec3 through = Vec3::Ones();
    for (int pass = 0; pass <= kMaxPassThrough; ++pass) {
      RTCRayHit rh;
      if (!intersect(origin, dir, false, rh) || rh.ray.tfar >= distance) return through;
      if (rh.hit.geomID != kModelGeometry || pass == kMaxPassThrough) return Vec3::Zero();
      const SurfacePoint sp = surfaceAt(origin, dir, rh);
      if (sp.opacity >= 1.0f) return Vec3::Zero();
      through = through.cwiseProduct(sp.tint) * (1.0f - kShadowOpacity * sp.opacity);
      const float step = rh.ray.tfar + setup_.epsilon;
      origin += dir * step;
      distance -= step;
      if (distance <= 0.0f) return through;
    }
    return Vec3::Zero();
  }

  bool occluded(const Vec3& origin, const Vec3& dir, float distance) const {
    RTCRay ray;
    ray.org_x = origin.x();
    ray.org_y = origin.y();
    ray.org_z = origin.z();
    ray.dir_x = dir.x();
    ray.dir_y = dir.y();
    ray.dir_z = dir.z();
    ray.tnear = setup_.epsilon;
    ray.tfar = distance;
    ray.time = 0.0f;
    ray.mask = 0xFFFFFFFFu;
    ray.id = 0;
    ray.flags = 0;
    RTCIntersectContext context;
    rtcInitIntersectContext(&context);
    context.flags = RTC_INTERSECT_CONTEXT_FLAG_INCOHERENT;
    rtcOccluded1(scene_.get(), &context, &ray);
    return ray.tfar < 0.0f;
  }

  SurfacePoint surfaceAt(const Vec3& origin, const Vec3& dir, const RTCRayHit& rh) const {
    SurfacePoint sp;
    sp.position = origin + dir * rh.ray.tfar;
    Vec3 ng(rh.hit.Ng_x, rh.hit.Ng_y, rh.hit.Ng_z);
    const float ng_len = ng.norm();
    ng = ng_len > 0.0f ? Vec3(ng / ng_len) : Vec3(-dir);
    if (ng.dot(dir) > 0.0f) ng = -ng;
    sp.geometric_normal = ng;
    sp.shading_normal = ng;
    if (rh.hit.geomID == kModelGeometry) {
      sp.is_model = true;
      const auto tri = mesh_.triangle(rh.hit.primID);
      const float u = rh.hit.u;
      const float v = rh.hit.v;
      const float w = 1.0f - u - v;
      const uint32_t slot = triangle_material_[rh.hit.primID];
      const size_t mat = slot < materials_.size() ? slot : 0;
      sp.material = materials_[mat];
      sp.emission = emissions_[mat];
      sp.opacity = opacities_[mat];
      if (has_normals_) {
        Vec3 ns = mesh_.normals[tri[0]] * w + mesh_.normals[tri[1]] * u + mesh_.normals[tri[2]] * v;
        const float len = ns.norm();
        if (std::isfinite(len) && len > 1e-6f) {
          ns /= len;
          // Interpolated normals can point away from the viewer on silhouettes;
          // keep them on the geometric side so the local frame stays valid.
          if (ns.dot(ng) < 0.0f) ns = -ns;
          sp.shading_normal = ns;
        }
      }
      if (has_colors_) {
        const geometry::Vec4 c = mesh_.colors[tri[0]] * w + mesh_.colors[tri[1]] * u + mesh_.colors[tri[2]] * v;
        for (int k = 0; k < 3; ++k) sp.material.base_color[k] *= finiteIn01(c[k]);
      }
      if (sp.opacity < 1.0f) {
        // Half the colour's hue: clear glass barely tints, bottle green does.
        const Vec3 hue = sp.material.base_color / std::max(sp.material.base_color.maxCoeff(), 1e-3f);
        sp.tint = Vec3::Ones() - (Vec3::Ones() - hue) * kTintStrength;
      }
    } else {
      sp.material = setup_.set_pieces[rh.hit.primID / 2].material;
      sp.material.specular = setup_.dielectric_specular;
    }
    return sp;
  }

  // Direct light from the area and distant lights at `sp`, seen from `wo` (world, unit, towards the viewer).
  Vec3 directLight(const SurfacePoint& sp, const Vec3& wo, const Vec3& t, const Vec3& b, Sampler& sampler) const {
    const Vec3& n = sp.shading_normal;
    const Vec3 wo_local(wo.dot(t), wo.dot(b), wo.dot(n));
    const Vec3 origin = sp.position + sp.geometric_normal * setup_.epsilon;
    if (light_cdf_.empty()) return Vec3::Zero();
    const float u_pick = sampler.uniform();
    const float u1 = sampler.uniform();
    const float u2 = sampler.uniform();
    const size_t pick = static_cast<size_t>(
        std::lower_bound(light_cdf_.begin(), light_cdf_.end(), u_pick) - light_cdf_.begin());
    const size_t index = std::min(pick, light_cdf_.size() - 1);
    const float pick_pdf = light_pick_[index];
    if (pick_pdf <= 0.0f) return Vec3::Zero();
    const size_t distant_count = setup_.rig.distant.size();
    if (index < distant_count) {
      const auto& light = setup_.rig.distant[index];
      Vec3 wi = light.direction_to_light.normalized();
      if (light.angular_radius_rad > 0.0f) {
        // A uniform direction in the disk's cone: E ≈ L·Ω, pdf = 1/Ω, so the estimate is f·E·cos.
        Vec3 lt;
        Vec3 lb;
        basisAround(wi, lt, lb);
        const Vec3 local = uniformCone(u1, u2, std::cos(light.angular_radius_rad));
        wi = (lt * local.x() + lb * local.y() + wi * local.z()).normalized();
      }
      const float cos_i = wi.dot(n);
      if (cos_i <= 0.0f || wi.dot(sp.geometric_normal) <= 0.0f) return Vec3::Zero();
      const Vec3 through = transmittance(origin, wi, std::numeric_limits<float>::infinity());
      if (through.maxCoeff() <= 0.0f) return Vec3::Zero();
      const Vec3 wi_local(wi.dot(t), wi.dot(b), cos_i);
      return evalBsdf(sp.material, wo_local, wi_local).cwiseProduct(light.irradiance).cwiseProduct(through) *
             (cos_i / pick_pdf);
    }
    const auto& light = setup_.rig.areas[index - distant_count];
    const Vec3 y = light.center + light.half_u * (2.0f * u1 - 1.0f) + light.half_v * (2.0f * u2 - 1.0f);
    const Vec3 to_light = y - origin;
    const float dist2 = to_light.squaredNorm();
    if (dist2 <= 0.0f) return Vec3::Zero();
    const float dist = std::sqrt(dist2);
    const Vec3 wi = to_light / dist;
    const float cos_l = -wi.dot(light.normal);
    const float cos_i = wi.dot(n);
    if (cos_l <= 0.0f || cos_i <= 0.0f || wi.dot(sp.geometric_normal) <= 0.0f) return Vec3::Zero();
    const Vec3 through = transmittance(origin, wi, dist * (1.0f - 1e-4f));
    if (through.maxCoeff() <= 0.0f) return Vec3::Zero();
    const Vec3 wi_local(wi.dot(t), wi.dot(b), cos_i);
    // Area sampling: pdf = 1/A per area; to solid angle ×(dist²/cos_l).
    return evalBsdf(sp.material, wo_local, wi_local).cwiseProduct(light.radiance).cwiseProduct(through) *
           (cos_i * cos_l * light.area() / (dist2 * pick_pdf));
  }

  // Glass shows mostly by what it reflects: face on it stops half its
  // opacity, at a grazing angle up to all of it (so rims and edges show, as
  // Fresnel makes them), and its colour lights diffusely at a third.
  static void seeThrough(SurfacePoint& sp, const Vec3& dir) {
    const float cos_view = std::clamp(-dir.dot(sp.shading_normal), 0.0f, 1.0f);
    const float graze = (1.0f - cos_view) * (1.0f - cos_view) * (1.0f - cos_view);
    sp.opacity = std::clamp(sp.opacity * (0.5f + 1.5f * graze), 0.0f, 1.0f);
    sp.material.base_color *= kSeeThroughDiffuse;
  }

  static Vec3 clampLuminance(const Vec3& c, float limit) {
    const float lum = luminance(c);
    return lum > limit ? Vec3(c * (limit / lum)) : c;
  }

  // `passed` counts the see-through surfaces the camera ray already crossed.
  Vec3 tracePath(Vec3 origin, Vec3 dir, Sampler& sampler, FirstHit& first, int passed = 0) const {
    Vec3 radiance = Vec3::Zero();
    Vec3 throughput = Vec3::Ones();
    const int max_vertices = options_.max_bounces;
    for (int depth = 0;; ++depth) {
      RTCRayHit rh;
      if (!intersect(origin, dir, depth == 0, rh)) {
        // Environment: reached by the camera ray or by BSDF sampling at vertex depth-1.
        const Vec3 env = throughput.cwiseProduct(setup_.rig.environment.radiance(dir));
        radiance += depth >= 2 ? clampLuminance(env, kIndirectClamp) : env;
        break;
      }
      if (depth >= max_vertices) break;
      SurfacePoint sp = surfaceAt(origin, dir, rh);
      if (sp.opacity < 1.0f) seeThrough(sp, dir);
      if (depth == 0 && sp.opacity < 1.0f && passed < kMaxPassThrough) {
        // What the camera sees through glass is traced on its own, not left
        // to chance: a few samples a pixel would otherwise speckle. The
        // surface itself is shaded below with the share it stops.
        FirstHit behind;
        const Vec3 rest = tracePath(sp.position - sp.geometric_normal * setup_.epsilon, dir, sampler, behind,
                                    passed + 1);
        const float clear = 1.0f - sp.opacity;
        radiance += sp.tint.cwiseProduct(rest) * clear;
        throughput *= sp.opacity;
        const Vec3 guide = sp.shading_normal * sp.opacity + behind.normal * clear;
        first = {true, true, sp.material.base_color * sp.opacity + behind.albedo * clear,
                 guide.norm() > 1e-6f ? Vec3(guide.normalized()) : sp.shading_normal, sp.position,
                 sp.tint.cwiseProduct(behind.glow) * clear};
      } else if (sp.opacity < 1.0f && passed < kMaxPassThrough && sampler.uniform() >= sp.opacity) {
        // Straight through a see-through surface: the same path vertex, tinted.
        ++passed;
        throughput = throughput.cwiseProduct(sp.tint);
        origin = sp.position - sp.geometric_normal * setup_.epsilon;
        --depth;
        continue;
      } else if (depth == 0) {
        first = {true, sp.is_model, sp.material.base_color, sp.shading_normal, sp.position};
      }
      const Vec3 wo = -dir;
      if (sp.emission.squaredNorm() > 0.0f) {
        radiance += throughput.cwiseProduct(sp.emission);
        if (depth == 0) first.glow += throughput.cwiseProduct(sp.emission);
      }

      Vec3 t;
      Vec3 b;
      basisAround(sp.shading_normal, t, b);
      const Vec3 direct = throughput.cwiseProduct(directLight(sp, wo, t, b, sampler));
      radiance += depth >= 1 ? clampLuminance(direct, kIndirectClamp) : direct;

      Vec3 wo_local(wo.dot(t), wo.dot(b), wo.dot(sp.shading_normal));
      if (wo_local.z() <= 1e-4f) wo_local.z() = 1e-4f;  // shading normal tilted past the view: graze, not fail
      const float u_lobe = sampler.uniform();
      const float u1 = sampler.uniform();
      const float u2 = sampler.uniform();
      const BsdfSample s = sampleBsdf(sp.material, wo_local.normalized(), u_lobe, u1, u2);
      if (s.pdf <= 0.0f) break;
      const Vec3 wi = (t * s.wi.x() + b * s.wi.y() + sp.shading_normal * s.wi.z()).normalized();
      if (wi.dot(sp.geometric_normal) <= 0.0f) break;  // would leave through the back of the surface
      throughput = throughput.cwiseProduct(s.weight);
      if (depth + 1 >= kRouletteDepth) {
        const float keep = std::clamp(throughput.maxCoeff(), 0.05f, 0.95f);
        if (sampler.uniform() >= keep) break;
        throughput /= keep;
      }
      origin = sp.position + sp.geometric_normal * setup_.epsilon;
      dir = wi;
    }
    return radiance;
  }

  const geometry::Mesh& mesh_;
  const SceneSetup& setup_;
  const RenderOptions& options_;
  DeviceErrors errors_;
  DevicePtr device_;
  ScenePtr scene_;
  std::vector<uint32_t> triangle_material_;
  std::vector<SurfaceMaterial> materials_;
  std::vector<Vec3> emissions_;
  std::vector<float> opacities_;  // per material: the share of light a surface stops
  bool has_transparent_ = false;
  std::vector<float> light_cdf_;   // cumulative selection probabilities: distant lights, then area lights
  std::vector<float> light_pick_;  // each light's selection probability
  bool has_colors_ = false;
  bool has_normals_ = false;
};

}  // namespace

Result<RenderResult> pathTrace(const geometry::Mesh& mesh, const SceneSetup& setup, const RenderOptions& options,
                               LayeredRender* layers) {
  Tracer tracer(mesh, setup, options);
  if (auto built = tracer.build(); !built) return fail(built.error());
  return tracer.render(layers);
}

}  // namespace kiln::render
