// Edge-avoiding à-trous wavelet filtering (Dammertz et al. 2010, "Edge-Avoiding
// À-Trous Wavelet Transform for fast Global Illumination Filtering"), with the
// albedo demodulation and variance-guided luminance weights of SVGF (Schied et
// al. 2017, "Spatiotemporal Variance-Guided Filtering").
//
// Why not OpenCV: ximgproc's jointBilateralFilter, guidedFilter and DTFilter
// take a guide of at most three or four channels with a single range sigma,
// so one pass cannot tell apart a normal crease, a depth step, an albedo edge
// and a shadow edge (each needs its own scale), they cannot weigh a pixel by
// how many of its samples belong to the layer, and their cost grows with the
// square of the radius. Four à-trous passes of 3 × 3 taps reach 15 pixels
// for 36 taps per pixel.
//
// Layout: one plane per quantity, and the inner loops run along a row for a
// fixed tap offset, branch-free, so the compiler vectorises them (with
// -fno-trapping-math for GCC's if-conversion of the clamps, see CMakeLists.txt).
#include "engines/render/denoise.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>

#include "core/assert.h"

// The planes a tap reads never overlap the row sums it writes.
#if defined(__clang__)
#define KILN_NO_LOOP_ALIASING _Pragma("clang loop vectorize(assume_safety)")
#else
#define KILN_NO_LOOP_ALIASING _Pragma("GCC ivdep")
#endif
// The row loops are built for AVX2 and for any x86-64 and picked when the
// program loads. Both give the same bits: ISO C++ mode does not contract into
// fused multiply-adds, so each lane computes exactly what the scalar code does.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define KILN_AVX2_CLONE __attribute__((target_clones("avx2", "default")))
#else
#define KILN_AVX2_CLONE
#endif

namespace kiln::render {
namespace {

using Plane = RenderLayer::Plane;

// Passes with steps 1, 2, 4 and 8 pixels (a fifth pass only blurred shadows more).
constexpr int kPasses = 4;
// The 3 × 3 taps of each pass: [1/4, 1/2, 1/4] in each direction (times the pass's step).
constexpr float kKernel[2] = {0.5f, 0.25f};
// A tap's weight is the kernel's times exp(−e), e the sum of these penalties,
// times the tap's coverage of the layer (a pixel with more samples in the
// layer knows it better). Tuned on 512² studio previews (8 samples) of the
// sculpt teapot and chair and on a two-colour sphere, against 1024-sample
// references.
// Times the difference in the fraction of the layer's samples that hit a surface (not the sky).
constexpr float kSkyPenalty = 30.0f;
// Times 1 − cos θ between the normals: 30° costs ≈ 1, a right angle 8. Stricter
// values left thin curved parts (spouts, chair legs) blotchy.
constexpr float kNormalPenalty = 8.0f;
// Times sin² of the angle between the centre's tangent plane and the chord to
// the tap: a tap off that plane (across a depth step) is on another surface.
constexpr float kPlanePenalty = 50.0f;
// Times the L1 distance between albedos.
constexpr float kAlbedoPenalty = 10.0f;
// Luminance distance in units of the centre's noise standard deviation (SVGF's
// σ_l, 4 there): larger, because 8 samples estimate the variance poorly and
// tighter values left blotches; shadow edges still hold.
constexpr float kLuminanceSigmas = 16.0f;
// Albedo channels are divided out only down to this, so black surfaces do not blow up.
constexpr float kAlbedoFloor = 0.02f;
// Keeps the luminance weight finite where a pixel's samples agree exactly.
constexpr float kLuminanceEpsilon = 1e-4f;

float luminanceOf(float r, float g, float b) {
  return 0.2126f * r + 0.7152f * g + 0.0722f * b;
}

// exp(−e) for e ≥ 0 to about 2e-4 relative, in plain arithmetic the compiler
// can vectorise (std::exp is a library call per element): 2^x = 2^i · 2^f with
// i = trunc(x) and f in (−1, 0], 2^f from its degree-5 Taylor polynomial.
inline float expNegative(float e) {
  const float x = -std::min(e, 80.0f) * 1.44269504f;
  const auto i = static_cast<int32_t>(x);
  const float f = x - static_cast<float>(i);
  const float p =
      1.0f +
      f * (0.693147f + f * (0.240227f + f * (0.0555041f + f * (0.00961813f + f * 0.00133336f))));
  return p * std::bit_cast<float>((i + 127) << 23);
}

// The pixels of a layer that have samples in it: [x0, x1) × [y0, y1).
struct Box {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;
};

Box layerBox(const RenderLayer& layer, int width, int height) {
  Box box{width, height, 0, 0};
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      if (layer.coverage[static_cast<size_t>(y) * width + x] <= 0.0f) continue;
      box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x + 1),
             std::max(box.y1, y + 1)};
    }
  }
  return box;
}

// What the passes over one layer read besides the signal.
struct LayerGuides {
  int width = 0;
  Box box;
  const RenderLayer* layer = nullptr;
  Plane surface_fraction;  // the fraction of the layer's samples that hit a surface
  Plane tap_weight;        // the layer's coverage where it hit a surface, else 0 (not filtered)
};

// The signal being filtered: radiance divided by albedo, and the variance of its luminance.
struct Signal {
  std::array<Plane, 3> rgb;
  Plane variance;
};

// Accumulators of one output row.
struct RowSums {
  std::array<Plane, 3> rgb;
  Plane variance;
  Plane weight;

  explicit RowSums(int width)
      : rgb{Plane(width), Plane(width), Plane(width)}, variance(width), weight(width) {}
  void clear() {
    for (auto& c : rgb) std::fill(c.begin(), c.end(), 0.0f);
    std::fill(variance.begin(), variance.end(), 0.0f);
    std::fill(weight.begin(), weight.end(), 0.0f);
  }
};

// One tap of a row: output pixels x0 … x0 + count − 1 of row y read the
// pixels (offset_x, offset_y) away, all inside the layer's box.
struct TapSpan {
  size_t first = 0;      // index of pixel (x0, y)
  size_t first_tap = 0;  // index of pixel (x0 + offset_x, y + offset_y)
  int x0 = 0;
  int count = 0;
};

// The span of the tap (offset_x, offset_y) of row y, or nullopt when it leaves the box.
std::optional<TapSpan> tapSpan(const Box& box, int width, int y, int offset_x, int offset_y) {
  const int tap_y = y + offset_y;
  const int x0 = std::max(box.x0, box.x0 - offset_x);
  const int x1 = std::min(box.x1, box.x1 - offset_x);
  if (tap_y < box.y0 || tap_y >= box.y1 || x0 >= x1) return std::nullopt;
  return TapSpan{static_cast<size_t>(y) * width + x0,
                 static_cast<size_t>(tap_y) * width + x0 + offset_x, x0, x1 - x0};
}

// Adds one tap of the luminance scale's 3 × 3 Gaussian of the variance over filtered pixels.
KILN_AVX2_CLONE void addVarianceTap(const LayerGuides& g, const Plane& variance,
                                    const TapSpan& span, float kernel, RowSums& sums) {
  const float* __restrict weight_q = g.tap_weight.data() + span.first_tap;
  const float* __restrict variance_q = variance.data() + span.first_tap;
  float* __restrict sum_v = sums.variance.data() + span.x0;
  float* __restrict sum_w = sums.weight.data() + span.x0;
  KILN_NO_LOOP_ALIASING
  for (int x = 0; x < span.count; ++x) {
    const float w = weight_q[x] > 0.0f ? kernel : 0.0f;
    sum_v[x] += w * variance_q[x];
    sum_w[x] += w;
  }
}

// Per pass: the luminance and the reciprocal of the luminance weight's scale,
// σ_l times the noise's standard deviation from a 3 × 3 Gaussian of the
// variance (one pixel's estimate from a few samples is itself noisy).
void luminanceScales(const LayerGuides& g, const Signal& in, Plane& luminance,
                     Plane& inverse_scale) {
  const Box& box = g.box;
  const int width = g.width;
  tbb::parallel_for(
      tbb::blocked_range<int>(box.y0, box.y1), [&](const tbb::blocked_range<int>& rows) {
        RowSums sums(width);
        for (int y = rows.begin(); y != rows.end(); ++y) {
          const size_t row = static_cast<size_t>(y) * width;
          for (int x = box.x0; x < box.x1; ++x) {
            const size_t p = row + x;
            luminance[p] = luminanceOf(in.rgb[0][p], in.rgb[1][p], in.rgb[2][p]);
          }
          std::fill(sums.variance.begin(), sums.variance.end(), 0.0f);
          std::fill(sums.weight.begin(), sums.weight.end(), 0.0f);
          for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
              if (const auto span = tapSpan(box, width, y, dx, dy)) {
                addVarianceTap(g, in.variance, *span, kKernel[std::abs(dx)] * kKernel[std::abs(dy)],
                               sums);
              }
            }
          }
          for (int x = box.x0; x < box.x1; ++x) {
            const float variance =
                sums.weight[x] > 0.0f ? std::max(sums.variance[x] / sums.weight[x], 0.0f) : 0.0f;
            inverse_scale[row + x] =
                1.0f / (kLuminanceSigmas * std::sqrt(variance) + kLuminanceEpsilon);
          }
        }
      });
}

// Adds one tap of a filter pass, with its edge-stopping weights.
KILN_AVX2_CLONE void addTap(const LayerGuides& g, const Signal& in, const Plane& luminance,
                            const Plane& inverse_scale, const TapSpan& span, float kernel,
                            RowSums& sums) {
  const size_t row = span.first;
  const size_t tap_row = span.first_tap;
  const RenderLayer& f = *g.layer;
  const float* __restrict fraction_p = g.surface_fraction.data() + row;
  const float* __restrict fraction_q = g.surface_fraction.data() + tap_row;
  const float* __restrict weight_q = g.tap_weight.data() + tap_row;
  const float* __restrict nx_p = f.normal[0].data() + row;
  const float* __restrict ny_p = f.normal[1].data() + row;
  const float* __restrict nz_p = f.normal[2].data() + row;
  const float* __restrict nx_q = f.normal[0].data() + tap_row;
  const float* __restrict ny_q = f.normal[1].data() + tap_row;
  const float* __restrict nz_q = f.normal[2].data() + tap_row;
  const float* __restrict px_p = f.position[0].data() + row;
  const float* __restrict py_p = f.position[1].data() + row;
  const float* __restrict pz_p = f.position[2].data() + row;
  const float* __restrict px_q = f.position[0].data() + tap_row;
  const float* __restrict py_q = f.position[1].data() + tap_row;
  const float* __restrict pz_q = f.position[2].data() + tap_row;
  const float* __restrict ar_p = f.albedo[0].data() + row;
  const float* __restrict ag_p = f.albedo[1].data() + row;
  const float* __restrict ab_p = f.albedo[2].data() + row;
  const float* __restrict ar_q = f.albedo[0].data() + tap_row;
  const float* __restrict ag_q = f.albedo[1].data() + tap_row;
  const float* __restrict ab_q = f.albedo[2].data() + tap_row;
  const float* __restrict l_p = luminance.data() + row;
  const float* __restrict l_q = luminance.data() + tap_row;
  const float* __restrict inverse_scale_p = inverse_scale.data() + row;
  const float* __restrict r_q = in.rgb[0].data() + tap_row;
  const float* __restrict g_q = in.rgb[1].data() + tap_row;
  const float* __restrict b_q = in.rgb[2].data() + tap_row;
  const float* __restrict v_q = in.variance.data() + tap_row;
  float* __restrict sum_r = sums.rgb[0].data() + span.x0;
  float* __restrict sum_g = sums.rgb[1].data() + span.x0;
  float* __restrict sum_b = sums.rgb[2].data() + span.x0;
  float* __restrict sum_v = sums.variance.data() + span.x0;
  float* __restrict sum_w = sums.weight.data() + span.x0;
  KILN_NO_LOOP_ALIASING
  for (int x = 0; x < span.count; ++x) {
    float e = kSkyPenalty * std::abs(fraction_p[x] - fraction_q[x]);
    const float cos_n = nx_p[x] * nx_q[x] + ny_p[x] * ny_q[x] + nz_p[x] * nz_q[x];
    e += kNormalPenalty * std::max(0.0f, 1.0f - cos_n);
    const float cx = px_q[x] - px_p[x];
    const float cy = py_q[x] - py_p[x];
    const float cz = pz_q[x] - pz_p[x];
    const float off_plane = nx_p[x] * cx + ny_p[x] * cy + nz_p[x] * cz;
    e += kPlanePenalty * off_plane * off_plane / std::max(cx * cx + cy * cy + cz * cz, 1e-30f);
    e += kAlbedoPenalty *
         (std::abs(ar_p[x] - ar_q[x]) + std::abs(ag_p[x] - ag_q[x]) + std::abs(ab_p[x] - ab_q[x]));
    e += std::abs(l_p[x] - l_q[x]) * inverse_scale_p[x];
    const float w = kernel * expNegative(e) * weight_q[x];
    sum_r[x] += w * r_q[x];
    sum_g[x] += w * g_q[x];
    sum_b[x] += w * b_q[x];
    sum_v[x] += w * w * v_q[x];
    sum_w[x] += w;
  }
}

void filterPass(const LayerGuides& g, const Signal& in, const Plane& luminance,
                const Plane& inverse_scale, int step, Signal& out) {
  const Box& box = g.box;
  const int width = g.width;
  tbb::parallel_for(
      tbb::blocked_range<int>(box.y0, box.y1), [&](const tbb::blocked_range<int>& rows) {
        RowSums sums(width);
        for (int y = rows.begin(); y != rows.end(); ++y) {
          const size_t row = static_cast<size_t>(y) * width;
          sums.clear();
          for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
              if (const auto span = tapSpan(box, width, y, dx * step, dy * step)) {
                addTap(g, in, luminance, inverse_scale, *span,
                       kKernel[std::abs(dx)] * kKernel[std::abs(dy)], sums);
              }
            }
          }
          // Pixels the layer did not see on a surface keep their value; a filtered
          // pixel's own tap has weight kernel(0)² · exp(≈0) · coverage > 0.
          for (int x = box.x0; x < box.x1; ++x) {
            const size_t p = row + x;
            const bool filtered = g.tap_weight[p] > 0.0f;
            const float total = sums.weight[x];
            for (size_t c = 0; c < 3; ++c)
              out.rgb[c][p] = filtered ? sums.rgb[c][x] / total : in.rgb[c][p];
            out.variance[p] = filtered ? sums.variance[x] / (total * total) : in.variance[p];
          }
        }
      });
}

// Filters `layer.radiance` in place.
void denoiseLayer(RenderLayer& layer, int width, int height) {
  const size_t pixels = layer.coverage.size();
  LayerGuides g{width, layerBox(layer, width, height), &layer, Plane(pixels, 0.0f),
                Plane(pixels, 0.0f)};
  if (g.box.x0 >= g.box.x1) return;
  Signal signal{std::move(layer.radiance), std::move(layer.luminance_variance)};
  for (size_t p = 0; p < pixels; ++p) {
    if (!(layer.surface_coverage[p] > 0.0f)) continue;
    g.surface_fraction[p] = layer.surface_coverage[p] / layer.coverage[p];
    g.tap_weight[p] = layer.coverage[p];
    // Unit normals make the normal penalty a pure angle; a pixel whose normals
    // cancel gets an arbitrary unit one so its own tap still counts.
    float n = 0.0f;
    for (const Plane& plane : layer.normal) n += plane[p] * plane[p];
    n = std::sqrt(n);
    for (size_t c = 0; c < 3; ++c)
      layer.normal[c][p] = n > 0.0f ? layer.normal[c][p] / n : (c == 1 ? 1.0f : 0.0f);
    // Demodulate: radiance / albedo is smooth across colour edges and textures.
    float albedo[3];
    for (size_t c = 0; c < 3; ++c) {
      albedo[c] = std::max(layer.albedo[c][p], kAlbedoFloor);
      const float v = signal.rgb[c][p];
      signal.rgb[c][p] = std::isfinite(v) ? v / albedo[c] : 0.0f;
    }
    const float albedo_luminance =
        std::max(luminanceOf(albedo[0], albedo[1], albedo[2]), kAlbedoFloor);
    const float variance = signal.variance[p];
    signal.variance[p] =
        std::isfinite(variance) ? variance / (albedo_luminance * albedo_luminance) : 0.0f;
  }

  Signal filtered{{Plane(pixels), Plane(pixels), Plane(pixels)}, Plane(pixels)};
  Plane luminance(pixels);
  Plane inverse_scale(pixels);
  for (int pass = 0; pass < kPasses; ++pass) {
    luminanceScales(g, signal, luminance, inverse_scale);
    filterPass(g, signal, luminance, inverse_scale, 1 << pass, filtered);
    std::swap(signal, filtered);
  }

  for (size_t p = 0; p < pixels; ++p) {
    if (!(g.tap_weight[p] > 0.0f)) continue;
    for (size_t c = 0; c < 3; ++c) signal.rgb[c][p] *= std::max(layer.albedo[c][p], kAlbedoFloor);
  }
  layer.radiance = std::move(signal.rgb);
  layer.luminance_variance = std::move(signal.variance);
}

}  // namespace

LayeredRender LayeredRender::zeros(int width, int height) {
  const auto pixels =
      static_cast<size_t>(std::max(width, 0)) * static_cast<size_t>(std::max(height, 0));
  LayeredRender render{width, height, {}, {}};
  for (RenderLayer* layer : {&render.model, &render.surroundings}) {
    for (auto* planes : {&layer->radiance, &layer->albedo, &layer->normal, &layer->position}) {
      for (Plane& plane : *planes) plane.assign(pixels, 0.0f);
    }
    for (Plane* plane : {&layer->coverage, &layer->surface_coverage, &layer->luminance_variance}) {
      plane->assign(pixels, 0.0f);
    }
  }
  return render;
}

bool LayeredRender::isConsistent() const {
  const auto pixels =
      static_cast<size_t>(std::max(width, 0)) * static_cast<size_t>(std::max(height, 0));
  const auto fits = [pixels](const Plane& plane) { return plane.size() == pixels; };
  const auto all_fit = [&](const std::array<Plane, 3>& planes) {
    return std::all_of(planes.begin(), planes.end(), fits);
  };
  const auto layer_fits = [&](const RenderLayer& l) {
    return all_fit(l.radiance) && all_fit(l.albedo) && all_fit(l.normal) && all_fit(l.position) &&
           fits(l.coverage) && fits(l.surface_coverage) && fits(l.luminance_variance);
  };
  return layer_fits(model) && layer_fits(surroundings);
}

HdrImage LayeredRender::composite() const {
  HdrImage out{width, height, std::vector<float>(3 * model.coverage.size(), 0.0f)};
  for (const RenderLayer* layer : {&model, &surroundings}) {
    for (size_t p = 0; p < layer->coverage.size(); ++p) {
      for (size_t c = 0; c < 3; ++c)
        out.rgb[3 * p + c] += layer->coverage[p] * layer->radiance[c][p];
    }
  }
  return out;
}

HdrImage denoise(LayeredRender layers) {
  KILN_ASSERT(layers.isConsistent(), "the layers of a render must hold one value per pixel");
  denoiseLayer(layers.model, layers.width, layers.height);
  denoiseLayer(layers.surroundings, layers.width, layers.height);
  return layers.composite();
}

}  // namespace kiln::render
