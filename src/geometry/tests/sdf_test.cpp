#include "geometry/sdf.h"
#include "geometry/sdf_node.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace kiln::geometry {
namespace {

constexpr float kTol = 1e-5f;

TEST(SdfPrimitives, SphereDistanceIsExact) {
  const Sdf s = sphere(2.0f);
  EXPECT_NEAR(s.distance({0, 0, 0}), -2.0f, kTol);
  EXPECT_NEAR(s.distance({5, 0, 0}), 3.0f, kTol);
  EXPECT_NEAR(s.distance({0, 2, 0}), 0.0f, kTol);
  EXPECT_NEAR(s.distance({3, 4, 0}), 3.0f, kTol);
}

TEST(SdfPrimitives, BoxDistanceIsExactOnFacesEdgesAndCorners) {
  const Sdf b = box({1, 2, 3});
  EXPECT_NEAR(b.distance({0, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(b.distance({3, 0, 0}), 2.0f, kTol);
  EXPECT_NEAR(b.distance({2, 3, 0}), std::sqrt(2.0f), kTol);
  EXPECT_NEAR(b.distance({2, 3, 4}), std::sqrt(3.0f), kTol);
  EXPECT_NEAR(b.distance({0.5f, 0, 0}), -0.5f, kTol);
}

TEST(SdfPrimitives, RoundBoxKeepsOuterSizeAndRoundsCorners) {
  const Sdf b = roundBox({1, 1, 1}, 0.5f);
  EXPECT_NEAR(b.distance({1, 0, 0}), 0.0f, kTol);
  // Corner sphere centred at (0.5, 0.5, 0.5) with radius 0.5.
  EXPECT_NEAR(b.distance({1.5f, 1.5f, 1.5f}), std::sqrt(3.0f) - 0.5f, kTol);
}

TEST(SdfPrimitives, CapsuleDistanceIsExact) {
  const Sdf c = capsule({0, 0, 0}, {0, 4, 0}, 1.0f);
  EXPECT_NEAR(c.distance({3, 2, 0}), 2.0f, kTol);
  EXPECT_NEAR(c.distance({0, 7, 0}), 2.0f, kTol);
  EXPECT_NEAR(c.distance({0, -2, 0}), 1.0f, kTol);
  EXPECT_NEAR(c.distance({0, 2, 0}), -1.0f, kTol);
}

TEST(SdfPrimitives, TorusDistanceIsExact) {
  const Sdf t = torus(3.0f, 1.0f);
  EXPECT_NEAR(t.distance({3, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(t.distance({0, 0, 0}), 2.0f, kTol);
  EXPECT_NEAR(t.distance({0, 0, 6}), 2.0f, kTol);
  EXPECT_NEAR(t.distance({3, 2, 0}), 1.0f, kTol);
}

TEST(SdfPrimitives, CylinderDistanceIsExact) {
  const Sdf c = cylinder(2.0f, 3.0f);
  EXPECT_NEAR(c.distance({0, 0, 0}), -2.0f, kTol);
  EXPECT_NEAR(c.distance({5, 0, 0}), 3.0f, kTol);
  EXPECT_NEAR(c.distance({0, 5, 0}), 2.0f, kTol);
  EXPECT_NEAR(c.distance({5, 7, 0}), 5.0f, kTol);  // to the rim (2, 3): (3, 4)
}

TEST(SdfPrimitives, ConeDistanceIsExact) {
  const Sdf c = cone(2.0f, 1.0f, 4.0f);
  EXPECT_NEAR(c.distance({0, -1, 0}), 1.0f, kTol);   // below the base
  EXPECT_NEAR(c.distance({0, 6, 0}), 2.0f, kTol);    // above the top cap
  // Mid-height, on the axis: nearest is the slanted side line (2,0)-(1,4), at 6/sqrt(17).
  EXPECT_NEAR(c.distance({0, 2, 0}), -6.0f / std::sqrt(17.0f), kTol);
  // A point straight out from the slanted side at mid-height (radius 1.5 there).
  const Vec2 side_normal = Vec2(4.0f, 1.0f).normalized();  // outward normal of the (r, y) side line
  const Vec2 q = Vec2(1.5f, 2.0f) + 0.7f * side_normal;
  EXPECT_NEAR(c.distance({q.x(), q.y(), 0}), 0.7f, 1e-4f);
  EXPECT_NEAR(c.distance({0, 0, 2}), 0.0f, kTol);
}

TEST(SdfPrimitives, EllipsoidIsExactOnTheAxesSurface) {
  const Sdf e = ellipsoid({1, 2, 3});
  EXPECT_NEAR(e.distance({1, 0, 0}), 0.0f, kTol);
  EXPECT_NEAR(e.distance({0, 0, 3}), 0.0f, kTol);
  EXPECT_LT(e.distance({0, 0, 0}), 0.0f);
  EXPECT_GT(e.distance({0, 2.5f, 0}), 0.0f);
}

TEST(SdfPrimitives, RevolvedSquareIsACylinder) {
  const Sdf r = revolve({{0, -1}, {2, -1}, {2, 1}, {0, 1}});
  const Sdf c = cylinder(2.0f, 1.0f);
  for (const Vec3& p : {Vec3(3, 0, 1), Vec3(0.5f, 0.2f, -0.3f), Vec3(1, 4, 1), Vec3(-3, -3, 0)}) {
    EXPECT_NEAR(r.distance(p), c.distance(p), 1e-4f);
  }
}

TEST(SdfPrimitives, ExtrudedSquareIsABox) {
  const Sdf e = extrude({{-1, -2}, {1, -2}, {1, 2}, {-1, 2}}, 3.0f);
  const Sdf b = box({1, 2, 3});
  for (const Vec3& p : {Vec3(2, 3, 4), Vec3(0.2f, 0.1f, 0), Vec3(-5, 0, 0), Vec3(0, 0, -4)}) {
    EXPECT_NEAR(e.distance(p), b.distance(p), 1e-4f);
  }
}

TEST(SdfPrimitives, BucketedPolygonEqualsThePlainLoopBitForBit) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (int shape = 0; shape < 40; ++shape) {
    // Star-shaped polygons (lathe-like when half of them hug the axis), with
    // sizes and offsets far from the unit square.
    const int n = 3 + shape * 7;
    const float scale = shape % 3 == 0 ? 0.01f : shape % 3 == 1 ? 1.0f : 300.0f;
    const Vec2 offset(shape % 2 == 0 ? 0.0f : 50.0f * scale, -20.0f * scale);
    const bool lathe = shape % 2 == 0;
    std::vector<Vec2> polygon;
    for (int i = 0; i < n; ++i) {
      const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(n);
      const float r = scale * (0.5f + unit(rng));
      Vec2 v = offset + Vec2(r * std::cos(a), 2.0f * r * std::sin(a));
      if (lathe) v.x() = std::max(0.0f, v.x());
      polygon.push_back(v);
    }
    const detail::PolygonField field(polygon, lathe);
    for (int i = 0; i < 400; ++i) {
      const Vec2 p = offset + scale * Vec2(6.0f * unit(rng) - 3.0f, 8.0f * unit(rng) - 4.0f);
      ASSERT_EQ(field.distance(p), detail::polygonDistance(polygon, p, lathe)) << "shape " << shape << " point " << i;
    }
    // Points exactly at vertex heights and on edges.
    for (const Vec2& v : polygon) {
      ASSERT_EQ(field.distance(v), detail::polygonDistance(polygon, v, lathe));
      const Vec2 q(v.x() + scale * 0.1f, v.y());
      ASSERT_EQ(field.distance(q), detail::polygonDistance(polygon, q, lathe));
    }
  }
}

TEST(SdfPrimitives, SweepWithConstantRadiusMatchesCapsules) {
  const Sdf s = sweep({{0, 0, 0}, {4, 0, 0}, {4, 4, 0}}, 1.0f);
  EXPECT_NEAR(s.distance({2, 3, 0}), 1.0f, 1e-4f);
  EXPECT_NEAR(s.distance({4, 2, 0}), -1.0f, 1e-4f);
  EXPECT_NEAR(s.distance({6, 6, 0}), std::sqrt(8.0f) - 1.0f, 1e-4f);
}

// A long sweep skips runs of spans by their boxes; the value must be the
// minimum over every span, as a union of one-span sweeps gives it.
TEST(SdfPrimitives, LongSweepEqualsTheUnionOfItsSpans) {
  for (const int n : {40, 1000, 3000}) {
    std::vector<Vec3> path;
    for (int i = 0; i < n; ++i) {
      const float t = 12.0f * static_cast<float>(M_PI) * static_cast<float>(i) / static_cast<float>(n);
      path.emplace_back(10.0f * std::cos(t), 0.4f * t, 10.0f * std::sin(t));
    }
    const Sdf whole = sweep(path, 0.7f);
    std::vector<Sdf> pieces;
    for (int i = 0; i + 1 < n; ++i) pieces.push_back(sweep({path[i], path[i + 1]}, 0.7f));
    const Sdf pieces_union = unite(std::move(pieces));
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(-14.0f, 18.0f);
    for (int k = 0; k < 400; ++k) {
      const Vec3 q(u(rng), u(rng) + 2.0f, u(rng));
      ASSERT_EQ(whole.distance(q), pieces_union.distance(q)) << n << " spans, point " << k;
    }
  }
}

TEST(SdfPrimitives, TaperedSweepChangesRadiusAlongThePath) {
  const Sdf s = sweep({{0, 0, 0}, {10, 0, 0}}, 2.0f, 1.0f);
  EXPECT_NEAR(s.distance({-5, 0, 0}), 3.0f, 1e-4f);  // behind the start sphere (r = 2)
  EXPECT_NEAR(s.distance({15, 0, 0}), 4.0f, 1e-4f);  // beyond the end sphere (r = 1)
  EXPECT_LT(s.distance({0, 1.9f, 0}), 0.0f);
  EXPECT_GT(s.distance({10, 1.1f, 0}), 0.0f);
}

TEST(SdfPrimitives, CatmullRomPassesThroughControlPoints) {
  const std::vector<Vec3> control = {{0, 0, 0}, {1, 2, 0}, {3, 2, 1}, {4, 0, 0}};
  const std::vector<Vec3> points = catmullRom(control, 5);
  ASSERT_EQ(points.size(), 16u);
  for (size_t i = 0; i < control.size(); ++i) EXPECT_LT((points[5 * i] - control[i]).norm(), 1e-5f) << i;
}

TEST(SdfOperators, TransformsMoveAndScaleTheField) {
  const Sdf moved = translate(sphere(1.0f), {5, 0, 0});
  EXPECT_NEAR(moved.distance({5, 0, 0}), -1.0f, kTol);
  const Sdf big = scale(sphere(1.0f), 3.0f);
  EXPECT_NEAR(big.distance({5, 0, 0}), 2.0f, kTol);
  const Sdf turned = rotate(box({4, 1, 1}), {0, 0, 1}, std::numbers::pi_v<float> / 2);
  EXPECT_NEAR(turned.distance({0, 5, 0}), 1.0f, 1e-4f);
  EXPECT_NEAR(turned.distance({5, 0, 0}), 4.0f, 1e-4f);
  const Sdf nested = translate(translate(sphere(1.0f), {1, 0, 0}), {0, 2, 0});
  EXPECT_NEAR(nested.distance({1, 2, 0}), -1.0f, kTol);
  EXPECT_TRUE(nested.bounds().min.isApprox(Vec3(0, 1, -1)));
}

TEST(SdfOperators, BooleansCombineDistances) {
  const Sdf a = sphere(2.0f);
  const Sdf b = translate(sphere(2.0f), {3, 0, 0});
  EXPECT_NEAR(unite(a, b).distance({-3, 0, 0}), 1.0f, kTol);
  EXPECT_NEAR(unite(a, b).distance({6, 0, 0}), 1.0f, kTol);
  EXPECT_NEAR(intersect(a, b).distance({1.5f, 0, 0}), -0.5f, kTol);
  EXPECT_NEAR(unite(a, b).distance({1.8f, 0, 0}), -0.8f, kTol);  // inside both: the deeper one
  EXPECT_GT(subtract(a, b).distance({1.5f, 0, 0}), 0.0f);
  EXPECT_LT(subtract(a, b).distance({-1.5f, 0, 0}), 0.0f);
}

TEST(SdfOperators, NaryUnionWithCullingEqualsPlainMinimum) {
  std::vector<Sdf> parts;
  for (int i = 0; i < 12; ++i) {
    parts.push_back(translate(sphere(1.0f + 0.1f * i), {3.0f * i, static_cast<float>(i % 3), 0}));
  }
  const Sdf all = unite(parts);
  for (float x = -5; x < 40; x += 0.7f) {
    const Vec3 p(x, 1.3f, 0.4f);
    float expected = std::numeric_limits<float>::max();
    for (const Sdf& part : parts) expected = std::min(expected, part.distance(p));
    EXPECT_FLOAT_EQ(all.distance(p), expected) << x;
  }
}

TEST(SdfOperators, SmoothUnionIsContinuousAndBoundedBelowMin) {
  const float k = 2.0f;
  const Sdf a = sphere(2.0f);
  const Sdf b = translate(sphere(2.0f), {4.5f, 0, 0});
  const Sdf blend = smoothUnion(a, b, k);
  float previous = blend.distance({-4, 0.5f, 0});
  for (float x = -4; x <= 9; x += 0.01f) {
    const Vec3 p(x, 0.5f, 0);
    const float d = blend.distance(p);
    const float m = std::min(a.distance(p), b.distance(p));
    EXPECT_LE(d, m + 1e-5f);
    EXPECT_GE(d, m - k / 4 - 1e-5f);
    EXPECT_LT(std::abs(d - previous), 0.011f) << "jump at x = " << x;
    previous = d;
  }
  // Far from the blend it equals the plain minimum.
  EXPECT_FLOAT_EQ(blend.distance({-3, 0, 0}), a.distance({-3, 0, 0}));
  // At the midpoint both distances are equal: the full k/4 is taken off.
  EXPECT_NEAR(blend.distance({2.25f, 0, 0}), 0.25f - k / 4, 1e-5f);
}

TEST(SdfOperators, SmoothMinMatchesThePolynomialFormula) {
  EXPECT_FLOAT_EQ(smoothMin(1.0f, 5.0f, 2.0f), 1.0f);
  EXPECT_FLOAT_EQ(smoothMin(1.0f, 1.0f, 2.0f), 0.5f);
  EXPECT_FLOAT_EQ(smoothMin(1.0f, 2.0f, 0.0f), 1.0f);
}

TEST(SdfOperators, SmoothIntersectAndSubtractStayWithinTheirSharpVersions) {
  const Sdf a = sphere(2.0f);
  const Sdf b = translate(sphere(2.0f), {2, 0, 0});
  for (float x = -3; x < 5; x += 0.25f) {
    const Vec3 p(x, 0.3f, 0);
    EXPECT_GE(smoothIntersect(a, b, 1.0f).distance(p), intersect(a, b).distance(p) - 1e-5f);
    EXPECT_GE(smoothSubtract(a, b, 1.0f).distance(p), subtract(a, b).distance(p) - 1e-5f);
  }
}

TEST(SdfOperators, ShellRoundedMirrorAndRepeat) {
  const Sdf hollow = shell(sphere(5.0f), 1.0f);
  EXPECT_NEAR(hollow.distance({0, 0, 0}), 4.5f, kTol);
  EXPECT_NEAR(hollow.distance({5, 0, 0}), -0.5f, kTol);
  EXPECT_NEAR(rounded(box({1, 1, 1}), 0.5f).distance({2, 0, 0}), 0.5f, kTol);

  const Sdf right = translate(sphere(1.0f), {3, 0, 0});
  const Sdf both = mirror(right, 0);
  EXPECT_NEAR(both.distance({-3, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(both.distance({3, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(both.bounds().min.x(), -4.0f, kTol);

  const Sdf row = repeat(sphere(1.0f), {4, 0, 0}, {3, 1, 1});
  EXPECT_NEAR(row.distance({-4, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(row.distance({4, 0, 0}), -1.0f, kTol);
  EXPECT_NEAR(row.distance({2, 0, 0}), 1.0f, kTol);
  EXPECT_NEAR(row.distance({10, 0, 0}), 5.0f, kTol);  // only three copies
  EXPECT_NEAR(row.bounds().max.x(), 5.0f, kTol);
}

TEST(SdfMaterials, NearestPartDecidesTheSlot) {
  const Sdf body = withMaterial(sphere(2.0f), 1);
  const Sdf head = withMaterial(translate(sphere(1.0f), {0, 3, 0}), 2);
  const Sdf model = smoothUnion(body, head, 0.5f);
  EXPECT_EQ(model.sample({0, -2, 0}).material, 1u);
  EXPECT_EQ(model.sample({0, 4, 0}).material, 2u);
  EXPECT_EQ(unite({body, head}).sample({0, 3.5f, 0}).material, 2u);
  EXPECT_EQ(sphere(1.0f).sample({0, 0, 0}).material, 0u);
  EXPECT_FLOAT_EQ(model.sample({0, 4, 0}).distance, model.distance({0, 4, 0}));
}

TEST(SdfNoise, SameSeedGivesSameNoiseAndSeedsDiffer) {
  int differing = 0;
  for (int i = 0; i < 200; ++i) {
    const Vec3 p(0.37f * i, 0.11f * i - 3.0f, 1.7f);
    EXPECT_EQ(gradientNoise(p, 7), gradientNoise(p, 7));
    const float v = gradientNoise(p, 7);
    EXPECT_GE(v, -1.0f);
    EXPECT_LE(v, 1.0f);
    if (std::abs(gradientNoise(p, 7) - gradientNoise(p, 8)) > 1e-3f) ++differing;
  }
  EXPECT_GT(differing, 150);
}

TEST(SdfNoise, NoiseVariesSmoothlyAndIsZeroOnTheLattice) {
  EXPECT_EQ(gradientNoise({3, -2, 5}, 1), 0.0f);
  const float a = gradientNoise({0.5f, 0.5f, 0.5f}, 1);
  const float b = gradientNoise({0.501f, 0.5f, 0.5f}, 1);
  EXPECT_LT(std::abs(a - b), 0.01f);
}

TEST(SdfNoise, DisplacementStaysWithinTheAmplitudeAndIsDeterministic) {
  NoiseParams params;
  params.seed = 42;
  params.amplitude_mm = 0.5f;
  params.wavelength_mm = 4.0f;
  params.octaves = 3;
  const Sdf rough = displace(sphere(10.0f), params);
  const Sdf rough_again = displace(sphere(10.0f), params);
  params.seed = 43;
  const Sdf other = displace(sphere(10.0f), params);
  int differing = 0;
  for (int i = 0; i < 100; ++i) {
    const Vec3 p = Vec3(std::cos(0.1f * i), std::sin(0.13f * i), 0.3f).normalized() * 10.0f;
    EXPECT_EQ(rough.distance(p), rough_again.distance(p));
    EXPECT_LE(std::abs(fractalNoise(p, params)), 0.5f + 0.25f + 0.125f);
    if (rough.distance(p) != other.distance(p)) ++differing;
  }
  EXPECT_GT(differing, 90);
  EXPECT_NEAR(rough.bounds().max.x(), 10.875f, kTol);
}


// A rotated box's bounds reach well past its corners; the surface query
// finds the true lowest and highest points, and a thin leg under a body
// that the coarse columns would straddle.
TEST(SdfQuery, SurfaceExtremeFindsTheTrueLowestAndHighestPoints) {
  const Sdf tilted = rotate(box({10, 2, 2}), {0, 0, 1}, 0.6f);
  const Box b = tilted.bounds();
  const float true_half_height = 10 * std::sin(0.6f) + 2 * std::cos(0.6f);
  const auto lo = surfaceExtreme(tilted, b, -1.0f, 0.05f, 0.5f);
  const auto hi = surfaceExtreme(tilted, b, 1.0f, 0.05f, 0.5f);
  ASSERT_TRUE(lo && hi);
  EXPECT_NEAR(*lo, -true_half_height, 0.1f);
  EXPECT_NEAR(*hi, true_half_height, 0.1f);

  const Sdf body_and_leg = unite(translate(sphere(10), {0, 20, 0}), capsule({3, 15, 2}, {3, 1, 2}, 0.8f));
  const auto foot = surfaceExtreme(body_and_leg, body_and_leg.bounds().padded(5), -1.0f, 0.02f, 0.4f);
  ASSERT_TRUE(foot);
  EXPECT_NEAR(*foot, 0.2f, 0.05f);

  // Nothing in an empty region; nothing when the budget runs out.
  Box away{{50, 50, 50}, {60, 60, 60}};
  EXPECT_FALSE(surfaceExtreme(tilted, away, -1.0f, 0.05f, 0.5f));
  EXPECT_FALSE(surfaceExtreme(tilted, b, -1.0f, 0.05f, 0.5f, /*max_evaluations=*/3));
}

}  // namespace
}  // namespace kiln::geometry
