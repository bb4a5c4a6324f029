#pragma once
// The metallic-roughness BSDF of glTF 2.0: a GGX microfacet specular lobe
// (Smith height-correlated masking, Schlick Fresnel) over a Lambert diffuse
// lobe, with `metallic` blending from dielectric (F0 = 0.04) to conductor
// (F0 = base colour, no diffuse).

#include "engines/render/sampler.h"

namespace kiln::render {

/// A surface's material at one point, in the local shading frame where the
/// normal is +Z. Colours are linear RGB.
struct SurfaceMaterial {
  Vec3 base_color = Vec3::Constant(0.8f);
  float metallic = 0.0f;
  float roughness = 0.8f;  // perceptual roughness; alpha = roughness²
  /// Strength of the dielectric specular lobe (KHR_materials_specular's
  /// factor): 1 is glTF's default; 0 leaves non-metals purely Lambertian.
  float specular = 1.0f;
};

/// f(wo, wi) · |cos θi| is what a path accumulates; these work in the local frame (n = +Z).
struct BsdfSample {
  Vec3 wi;          // sampled incoming direction (local)
  Vec3 weight;      // f · cosθi / pdf
  float pdf = 0.0f; // 0 when the sample is invalid
};

/// Evaluates f(wo, wi) (not multiplied by the cosine). Zero below the horizon.
Vec3 evalBsdf(const SurfaceMaterial& m, const Vec3& wo, const Vec3& wi);
/// The density sampleBsdf uses for `wi` (solid angle).
float pdfBsdf(const SurfaceMaterial& m, const Vec3& wo, const Vec3& wi);
/// Samples wi: the GGX lobe (Walter et al. 2007, "Microfacet Models for
/// Refraction through Rough Surfaces") with a probability that grows with
/// metallic and Fresnel, else the cosine lobe; the weight uses the combined pdf.
BsdfSample sampleBsdf(const SurfaceMaterial& m, const Vec3& wo, float u_lobe, float u1, float u2);

}  // namespace kiln::render
