// GGX microfacet BRDF: Walter, Marschner, Li, Torrance 2007, "Microfacet Models
// for Refraction through Rough Surfaces"; height-correlated Smith G from
// Heitz 2014, "Understanding the Masking-Shadowing Function".
#include "engines/render/bsdf.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiln::render {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;
// Roughness below this turns the lobe into a near-delta that area-light
// sampling cannot find; tuned by eye on polished-metal prompts at 512².
constexpr float kMinRoughness = 0.08f;

float alphaOf(const SurfaceMaterial& m) {
  const float r = std::clamp(m.roughness, kMinRoughness, 1.0f);
  return r * r;
}

float ggxD(float n_dot_h, float alpha) {
  const float a2 = alpha * alpha;
  const float d = n_dot_h * n_dot_h * (a2 - 1.0f) + 1.0f;
  return a2 / (kPi * d * d);
}

// Height-correlated Smith visibility V = G / (4 n·l n·v).
float smithVisibility(float n_dot_l, float n_dot_v, float alpha) {
  const float a2 = alpha * alpha;
  const float gv = n_dot_l * std::sqrt(n_dot_v * n_dot_v * (1.0f - a2) + a2);
  const float gl = n_dot_v * std::sqrt(n_dot_l * n_dot_l * (1.0f - a2) + a2);
  return 0.5f / std::max(gv + gl, 1e-7f);
}

float schlickWeight(float cos_theta) {
  const float m = 1.0f - std::clamp(cos_theta, 0.0f, 1.0f);
  const float m2 = m * m;
  return m2 * m2 * m;
}

// Fresnel of the dielectric layer alone (F0 = 0.04, scaled by `specular`).
float dielectricFresnel(const SurfaceMaterial& m, float cos_theta) {
  return m.specular * (0.04f + 0.96f * schlickWeight(cos_theta));
}

// The blend of conductor (F0 = base colour) and dielectric Fresnel by metallic.
Vec3 fresnel(const SurfaceMaterial& m, float cos_theta) {
  const float k = schlickWeight(cos_theta);
  const Vec3 metal = m.base_color + (Vec3::Ones() - m.base_color) * k;
  return metal * m.metallic + Vec3::Constant(dielectricFresnel(m, cos_theta) * (1.0f - m.metallic));
}

// Probability of sampling the specular lobe: more for metals and grazing
// views, never when there is no specular lobe at all.
float specularProbability(const SurfaceMaterial& m, const Vec3& wo) {
  const float spec = luminance(fresnel(m, wo.z()));
  if (spec <= 0.0f) return 0.0f;
  const float diff = luminance(m.base_color) * (1.0f - m.metallic);
  return std::clamp(spec / std::max(spec + diff, 1e-4f), 0.1f, diff > 0.0f ? 0.9f : 1.0f);
}

}  // namespace

Vec3 evalBsdf(const SurfaceMaterial& m, const Vec3& wo, const Vec3& wi) {
  if (wo.z() <= 0.0f || wi.z() <= 0.0f) return Vec3::Zero();
  const Vec3 h = (wo + wi).normalized();
  const float alpha = alphaOf(m);
  const float cos_d = wi.dot(h);
  const Vec3 specular = fresnel(m, cos_d) * (ggxD(h.z(), alpha) * smithVisibility(wi.z(), wo.z(), alpha));
  // Light the dielectric layer reflects does not reach the diffuse base.
  const Vec3 diffuse = m.base_color * ((1.0f - m.metallic) * (1.0f - dielectricFresnel(m, cos_d)) / kPi);
  return specular + diffuse;
}

float pdfBsdf(const SurfaceMaterial& m, const Vec3& wo, const Vec3& wi) {
  if (wo.z() <= 0.0f || wi.z() <= 0.0f) return 0.0f;
  const Vec3 h = (wo + wi).normalized();
  const float p_spec = specularProbability(m, wo);
  if (p_spec <= 0.0f) return wi.z() / kPi;
  // Half-vector sampling with density D(h) n·h, mapped to wi by 1 / (4 wo·h).
  const float pdf_spec = ggxD(h.z(), alphaOf(m)) * h.z() / (4.0f * std::max(wo.dot(h), 1e-6f));
  const float pdf_diff = wi.z() / kPi;
  return p_spec * pdf_spec + (1.0f - p_spec) * pdf_diff;
}

BsdfSample sampleBsdf(const SurfaceMaterial& m, const Vec3& wo, float u_lobe, float u1, float u2) {
  BsdfSample s;
  if (wo.z() <= 0.0f) return s;
  Vec3 wi;
  if (u_lobe < specularProbability(m, wo)) {
    const float alpha = alphaOf(m);
    // Invert the GGX NDF's CDF in θ (Walter et al. eq. 35-36).
    const float tan2 = alpha * alpha * u1 / std::max(1.0f - u1, 1e-7f);
    const float cos_theta = 1.0f / std::sqrt(1.0f + tan2);
    const float sin_theta = std::sqrt(std::max(0.0f, 1.0f - cos_theta * cos_theta));
    const float phi = 2.0f * kPi * u2;
    const Vec3 h(sin_theta * std::cos(phi), sin_theta * std::sin(phi), cos_theta);
    wi = 2.0f * wo.dot(h) * h - wo;
  } else {
    wi = cosineHemisphere(u1, u2);
  }
  if (wi.z() <= 0.0f) return s;
  s.pdf = pdfBsdf(m, wo, wi);
  if (s.pdf <= 0.0f) return s;
  s.wi = wi;
  s.weight = evalBsdf(m, wo, wi) * (wi.z() / s.pdf);
  return s;
}

}  // namespace kiln::render
