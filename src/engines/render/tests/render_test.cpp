#include "engines/render/render.h"

#include <gtest/gtest.h>
#include <tbb/global_control.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>

#include "engines/render/contact_sheet.h"
#include "engines/render/image.h"
#include "engines/render/scene.h"
#include "engines/render/tests/test_meshes.h"
#include "formats/formats.h"

namespace kiln::render {
namespace {

using geometry::Vec3;

RenderOptions smallOptions(int width = 96, int height = 96, int samples = 8) {
  RenderOptions o;
  o.size = {width, height};
  o.samples_per_pixel = samples;
  o.max_bounces = 3;
  return o;
}

// Two one-material meshes as one, the second in material slot 1.
geometry::Mesh twoSlots(geometry::Mesh first, const geometry::Mesh& second) {
  const auto offset = static_cast<uint32_t>(first.positions.size());
  const auto first_tris = static_cast<uint32_t>(first.triangleCount());
  first.positions.insert(first.positions.end(), second.positions.begin(), second.positions.end());
  first.normals.insert(first.normals.end(), second.normals.begin(), second.normals.end());
  for (uint32_t i : second.indices) first.indices.push_back(i + offset);
  first.materials.push_back(second.materials[0]);
  first.submeshes = {{0, 0, first_tris}, {1, first_tris, static_cast<uint32_t>(second.triangleCount())}};
  return first;
}

// The model to most tests: a sphere resting on a box, so there are shadows and bounce light.
geometry::Mesh sphereOnBox() {
  return twoSlots(testing::uvSphere(Vec3(0, 60, 0), 30, 48, 24, Vec3(0.7f, 0.3f, 0.2f)),
                  testing::box(Vec3(-40, 0, -40), Vec3(40, 30, 40), Vec3(0.5f, 0.5f, 0.55f)));
}

// A Lambert sphere under one distant light, against the analytic radiance
// albedo/π · E · cos θ away from its silhouette, with or without denoising.
void expectLambertSphereMatchesAnalyticRadiance(bool denoise) {
  const float radius = 50.0f;
  const geometry::Mesh sphere = testing::uvSphere(Vec3::Zero(), radius, 256, 128, Vec3(0.6f, 0.4f, 0.2f));
  RenderOptions o = smallOptions(128, 128, 16);
  o.denoise = denoise;
  o.ground = false;
  o.dielectric_specular = 0.0f;  // pure Lambert
  const Vec3 to_light = Vec3(1.0f, 1.0f, 0.4f).normalized();
  const Vec3 irradiance(3.0f, 2.0f, 1.0f);
  o.custom_lights = std::vector<DistantLight>{{to_light, irradiance, 0.0f}};
  o.custom_environment = Vec3::Zero();
  auto r = renderMesh(sphere, o);
  ASSERT_TRUE(r.has_value()) << r.error().message;

  const Camera camera = layoutScene(geometry::boundingBox(sphere), o).camera;
  int checked = 0;
  int lit = 0;
  for (int y = 2; y < 128; y += 4) {
    for (int x = 2; x < 128; x += 4) {
      const Vec3 d = camera.directionThrough(static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f);
      // Ray–sphere: |o + t d|² = r².
      const Vec3 oc = camera.position;
      const float b = oc.dot(d);
      const float disc = b * b - (oc.squaredNorm() - radius * radius);
      const float* got = r->radiance.at(x, y);
      if (disc < 0.0f) {
        // Misses with a margin: a pixel away from the silhouette sees the black environment.
        if (disc < -0.2f * radius * radius) {
          for (int c = 0; c < 3; ++c) EXPECT_EQ(got[c], 0.0f) << x << "," << y;
        }
        continue;
      }
      const Vec3 n = (oc + d * (-b - std::sqrt(disc))).normalized();
      if (n.dot(-d) < 0.35f) continue;  // near the silhouette the pixel straddles the edge
      const float cos_theta = std::max(0.0f, n.dot(to_light));
      for (int c = 0; c < 3; ++c) {
        const float albedo = sphere.materials[0].base_color[c];
        const float expected = albedo / std::numbers::pi_v<float> * irradiance[c] * cos_theta;
        EXPECT_NEAR(got[c], expected, 0.01f + 0.03f * expected) << "pixel " << x << "," << y << " channel " << c;
      }
      ++checked;
      if (cos_theta > 0.2f) ++lit;
    }
  }
  EXPECT_GT(checked, 150);
  EXPECT_GT(lit, 60);
}

TEST(Render, LambertSphereUnderDistantLightMatchesAnalyticRadiance) { expectLambertSphereMatchesAnalyticRadiance(false); }

TEST(Render, DenoisedLambertSphereStillMatchesAnalyticRadiance) { expectLambertSphereMatchesAnalyticRadiance(true); }

TEST(Render, SameSeedGivesIdenticalImage) {
  const auto mesh = sphereOnBox();
  for (bool denoise : {false, true}) {
    RenderOptions o = smallOptions();
    o.seed = 42;
    o.denoise = denoise;
    auto a = renderMesh(mesh, o);
    auto b = renderMesh(mesh, o);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->radiance.rgb, b->radiance.rgb) << "denoise " << denoise;
    EXPECT_EQ(a->image.rgb, b->image.rgb) << "denoise " << denoise;
  }
}

TEST(Render, ImageDoesNotDependOnThreadCount) {
  const auto mesh = sphereOnBox();
  for (bool denoise : {false, true}) {
    RenderOptions o = smallOptions();
    o.seed = 7;
    o.denoise = denoise;
    auto parallel = renderMesh(mesh, o);
    Result<RenderResult> serial;
    {
      tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
      serial = renderMesh(mesh, o);
    }
    ASSERT_TRUE(parallel && serial);
    EXPECT_EQ(parallel->radiance.rgb, serial->radiance.rgb) << "denoise " << denoise;
  }
}

TEST(Render, DifferentSeedsGiveDifferentNoise) {
  const auto mesh = sphereOnBox();
  RenderOptions o = smallOptions();
  o.seed = 1;
  auto a = renderMesh(mesh, o);
  o.seed = 2;
  auto b = renderMesh(mesh, o);
  ASSERT_TRUE(a && b);
  size_t differing = 0;
  for (size_t i = 0; i < a->image.rgb.size(); ++i) differing += a->image.rgb[i] != b->image.rgb[i];
  EXPECT_GT(differing, a->image.rgb.size() / 10);
}

TEST(Render, RejectsCorruptGlbWithAClearError) {
  const auto dir = std::filesystem::temp_directory_path() / ("kiln-render-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  // Garbage, and a real GLB cut in half.
  auto glb = formats::encodeGlb(testing::uvSphere(Vec3::Zero(), 10, 16, 8, Vec3::Ones()), {});
  ASSERT_TRUE(glb.has_value());
  const std::vector<std::pair<std::string, std::vector<uint8_t>>> cases = {
      {"garbage.glb", std::vector<uint8_t>(200, 0x5a)},
      {"truncated.glb", std::vector<uint8_t>(glb->begin(), glb->begin() + static_cast<long>(glb->size() / 2))},
      {"empty.glb", {}}};
  for (const auto& [name, bytes] : cases) {
    std::ofstream(dir / name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                        static_cast<std::streamsize>(bytes.size()));
    auto r = renderModelFile(dir / name, smallOptions());
    ASSERT_FALSE(r.has_value()) << name;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << name << ": " << r.error().message;
    EXPECT_NE(r.error().message.find("cannot read"), std::string::npos) << r.error().message;
  }
  std::filesystem::remove_all(dir);
}

TEST(Render, RejectsZeroTriangleMesh) {
  geometry::Mesh empty;
  empty.positions = {Vec3::Zero(), Vec3::UnitX(), Vec3::UnitY()};
  auto r = renderMesh(empty, smallOptions());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kUnprocessable);
  EXPECT_NE(r.error().message.find("no triangles"), std::string::npos) << r.error().message;
}

TEST(Render, RejectsNonFiniteVerticesAndBadIndices) {
  auto mesh = testing::uvSphere(Vec3::Zero(), 10, 16, 8, Vec3::Ones());
  mesh.positions[5].y() = std::numeric_limits<float>::quiet_NaN();
  auto r = renderMesh(mesh, smallOptions());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("non-finite"), std::string::npos) << r.error().message;

  mesh.positions[5].y() = std::numeric_limits<float>::infinity();
  EXPECT_FALSE(renderMesh(mesh, smallOptions()).has_value());

  auto bad_index = testing::uvSphere(Vec3::Zero(), 10, 16, 8, Vec3::Ones());
  bad_index.indices[7] = 1'000'000;
  r = renderMesh(bad_index, smallOptions());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(Render, RejectsOversizedResolution) {
  const auto mesh = testing::uvSphere(Vec3::Zero(), 10, 16, 8, Vec3::Ones());
  for (const ImageSize size : {ImageSize{5000, 5000}, ImageSize{4097, 16}, ImageSize{0, 512}, ImageSize{-3, 10}}) {
    RenderOptions o = smallOptions();
    o.size = size;
    auto r = renderMesh(mesh, o);
    ASSERT_FALSE(r.has_value()) << size.width << "x" << size.height;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().details.value("parameter", ""), "size");
  }
  for (const char* text : {"8k", "5000x100", "4096x4097", "0x0", "huge", "12x", "-5", "99999999999999999999"}) {
    auto s = parseImageSize(text);
    ASSERT_FALSE(s.has_value()) << text;
    EXPECT_EQ(s.error().details["parameter"], "size");
  }
  EXPECT_EQ(parseImageSize("4k")->width, 4096);
  EXPECT_EQ(parseImageSize("1k")->height, 1024);
  EXPECT_EQ(parseImageSize("1920x1080")->height, 1080);
  EXPECT_EQ(parseImageSize("512")->width, 512);
}

TEST(Render, RejectsSampleCountsOutOfRange) {
  const auto mesh = testing::uvSphere(Vec3::Zero(), 10, 16, 8, Vec3::Ones());
  for (int samples : {0, -1, kMaxSamples + 1}) {
    RenderOptions o = smallOptions();
    o.samples_per_pixel = samples;
    auto r = renderMesh(mesh, o);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().details.value("parameter", ""), "samples");
  }
}

TEST(Render, FramingKeepsTheWholeModelInViewAtAnyAspect) {
  // A long, thin, off-centre model is the hard case for framing.
  const auto rod = testing::box(Vec3(100, 20, -30), Vec3(400, 60, 10), Vec3(0.8f, 0.8f, 0.8f));
  for (const ImageSize size : {ImageSize{96, 96}, ImageSize{160, 80}, ImageSize{80, 160}}) {
    for (float azimuth : {35.0f, -120.0f}) {
      RenderOptions o = smallOptions(size.width, size.height, 2);
      o.ground = false;
      o.camera_azimuth_deg = azimuth;
      auto r = renderMesh(rod, o);
      ASSERT_TRUE(r.has_value()) << r.error().message;
      int min_x = size.width;
      int max_x = -1;
      int min_y = size.height;
      int max_y = -1;
      for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
          const bool model = r->model_mask[static_cast<size_t>(y) * size.width + x] != 0;
          if (model) {
            min_x = std::min(min_x, x);
            max_x = std::max(max_x, x);
            min_y = std::min(min_y, y);
            max_y = std::max(max_y, y);
          }
          if (x == 0 || y == 0 || x == size.width - 1 || y == size.height - 1) {
            EXPECT_FALSE(model) << "model touches the border at " << x << "," << y << " (" << size.width << "x"
                                << size.height << ", azimuth " << azimuth << ")";
          }
        }
      }
      // Framed tightly, not lost in the middle of the picture: the model spans
      // most of the image's width or height.
      ASSERT_GE(max_x, 0) << "the model is not in the picture";
      const float span = std::max(static_cast<float>(max_x - min_x + 1) / static_cast<float>(size.width),
                                  static_cast<float>(max_y - min_y + 1) / static_cast<float>(size.height));
      EXPECT_GT(span, 0.6f) << size.width << "x" << size.height << ", azimuth " << azimuth;
    }
  }
}

TEST(Render, VertexColoursShowInTheImage) {
  // White material; the top half of the vertices red, the bottom half blue.
  auto sphere = testing::uvSphere(Vec3::Zero(), 40, 64, 32, Vec3(1, 1, 1));
  for (const auto& p : sphere.positions) {
    sphere.colors.push_back(p.y() >= 0 ? geometry::Vec4(0.9f, 0.05f, 0.05f, 1) : geometry::Vec4(0.05f, 0.05f, 0.9f, 1));
  }
  RenderOptions o = smallOptions(96, 96, 8);
  o.ground = false;
  auto r = renderMesh(sphere, o);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  const Camera camera = layoutScene(geometry::boundingBox(sphere), o).camera;
  // Project the sphere's upper and lower points facing the camera.
  const auto project = [&](const Vec3& p) {
    const Vec3 v = p - camera.position;
    const float z = v.dot(camera.forward);
    const float sx = v.dot(camera.right) / (z * camera.tan_half_fov_y);
    const float sy = v.dot(camera.up) / (z * camera.tan_half_fov_y);
    return std::pair<int, int>{static_cast<int>((sx + 1) * 0.5f * 96), static_cast<int>((1 - sy) * 0.5f * 96)};
  };
  const Vec3 toward = -camera.forward;
  const auto [tx, ty] = project((toward + Vec3(0, 1.2f, 0)).normalized() * 40);
  const auto [bx, by] = project((toward + Vec3(0, -1.2f, 0)).normalized() * 40);
  const uint8_t* top = r->image.at(tx, ty);
  const uint8_t* bottom = r->image.at(bx, by);
  EXPECT_GT(top[0], 2 * top[1]) << "top pixel " << int(top[0]) << "," << int(top[1]) << "," << int(top[2]);
  EXPECT_GT(top[0], 2 * top[2]);
  EXPECT_GT(bottom[2], 2 * bottom[0]) << "bottom pixel " << int(bottom[0]) << "," << int(bottom[1]) << ","
                                      << int(bottom[2]);
  EXPECT_GT(bottom[2], 2 * bottom[1]);
}

// A blended (glass) box round a red sphere lets it show, tinted a little,
// where an opaque box of the same colour hides it; the box's alpha decides.
TEST(Render, SeeThroughMaterialsShowWhatIsBehindThem) {
  const auto render = [](float alpha) {
    geometry::Mesh box = testing::box(Vec3(-45, -45, -45), Vec3(45, 45, 45), Vec3(0.8f, 0.85f, 0.9f));
    box.materials[0].base_color.w() = alpha;
    const geometry::Mesh scene = twoSlots(testing::uvSphere(Vec3(0, 0, 0), 30, 48, 24, Vec3(0.9f, 0.05f, 0.05f)), box);
    RenderOptions o = smallOptions(96, 96, 8);
    o.ground = false;
    auto r = renderMesh(scene, o);
    EXPECT_TRUE(r.has_value()) << r.error().message;
    const uint8_t* centre = r->image.at(48, 48);
    return std::array<int, 3>{centre[0], centre[1], centre[2]};
  };
  const auto glass = render(0.25f);
  const auto opaque = render(1.0f);
  EXPECT_GT(glass[0], glass[1] + 40) << glass[0] << "," << glass[1] << "," << glass[2];
  EXPECT_LT(std::abs(opaque[0] - opaque[1]), 40) << opaque[0] << "," << opaque[1] << "," << opaque[2];
}

// Something that glows lights the air round it: a soft halo beyond its
// outline, where a sphere that does not glow leaves the background as it is;
// nothing glowing, no halo at all.
TEST(Render, GlowingSurfacesSpreadASoftHalo) {
  const auto render = [](float emissive) {
    auto sphere = testing::uvSphere(Vec3::Zero(), 30, 48, 24, Vec3(0.2f, 0.4f, 0.9f));
    sphere.materials[0].emissive = Vec3(0.2f, 0.4f, 0.9f) * emissive;
    RenderOptions o = smallOptions(96, 96, 8);
    o.ground = false;
    auto r = renderMesh(sphere, o);
    EXPECT_TRUE(r.has_value()) << r.error().message;
    // The brightness of the background just outside the outline, averaged
    // over the pixels not on the model that have a model pixel within 4.
    double sum = 0;
    int n = 0;
    for (int y = 4; y < 92; ++y) {
      for (int x = 4; x < 92; ++x) {
        if (r->model_mask[static_cast<size_t>(y) * 96 + x]) continue;
        bool near = false;
        for (int dy = -4; dy <= 4 && !near; ++dy) {
          for (int dx = -4; dx <= 4 && !near; ++dx) near = r->model_mask[static_cast<size_t>(y + dy) * 96 + x + dx] != 0;
        }
        if (!near) continue;
        const uint8_t* p = r->image.at(x, y);
        sum += p[2];
        ++n;
      }
    }
    EXPECT_GT(n, 0);
    return std::make_pair(n > 0 ? sum / n : 0.0, r->halo.empty());
  };
  const auto [lit, lit_none] = render(2.5f);
  const auto [plain, plain_none] = render(0.0f);
  EXPECT_GT(lit, plain + 15) << lit << " vs " << plain;
  EXPECT_FALSE(lit_none);
  EXPECT_TRUE(plain_none);
}

TEST(Render, ReportsProgressAndStopsWhenCanceled) {
  const auto mesh = sphereOnBox();
  RenderOptions o = smallOptions(64, 64, 16);
  std::vector<float> reported;
  o.progress = [&](float f) { reported.push_back(f); };
  ASSERT_TRUE(renderMesh(mesh, o).has_value());
  ASSERT_GE(reported.size(), 4u);
  EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
  EXPECT_FLOAT_EQ(reported.back(), 1.0f);

  std::atomic<int> polls{0};
  o.progress = nullptr;
  o.is_canceled = [&] { return polls.fetch_add(1) > 3; };
  auto r = renderMesh(mesh, o);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kCanceled);
}

TEST(Render, EveryPresetAndSceneRendersFiniteImages) {
  const auto mesh = sphereOnBox();
  for (Lighting lighting : {Lighting::kStudio, Lighting::kGoldenHour, Lighting::kOvercast, Lighting::kNoon, Lighting::kNight}) {
    for (SceneType scene : {SceneType::kProduct, SceneType::kInterior, SceneType::kExterior}) {
      RenderOptions o = smallOptions(48, 48, 4);
      o.lighting = lighting;
      o.scene = scene;
      auto r = renderMesh(mesh, o);
      ASSERT_TRUE(r.has_value()) << lightingName(lighting) << "/" << sceneTypeName(scene);
      double sum = 0;
      for (float v : r->radiance.rgb) {
        ASSERT_TRUE(std::isfinite(v));
        sum += v;
      }
      EXPECT_GT(sum, 0.0) << lightingName(lighting) << "/" << sceneTypeName(scene) << " is black";
    }
  }
}

TEST(Render, GoldenHourIsWarmerThanNoon) {
  const auto mesh = testing::uvSphere(Vec3::Zero(), 40, 48, 24, Vec3(0.8f, 0.8f, 0.8f));
  const auto warmth = [&](Lighting lighting) {
    RenderOptions o = smallOptions(48, 48, 8);
    o.lighting = lighting;
    o.scene = SceneType::kExterior;
    auto r = renderMesh(mesh, o);
    EXPECT_TRUE(r.has_value());
    double red = 0;
    double blue = 0;
    for (size_t i = 0; i < r->model_mask.size(); ++i) {
      if (!r->model_mask[i]) continue;
      red += r->radiance.rgb[3 * i];
      blue += r->radiance.rgb[3 * i + 2];
    }
    return red / blue;
  };
  EXPECT_GT(warmth(Lighting::kGoldenHour), 1.3 * warmth(Lighting::kNoon));
}

// A style changes the surroundings, never the model: in a room, Minimalist
// (near-white) is brighter around the model than Industrial (dark concrete
// and brick), while the model's own pixels barely move; Neutral is the
// default set.
TEST(Render, StylesChangeTheSurroundingsNotTheModel) {
  const auto mesh = testing::uvSphere(Vec3::Zero(), 40, 48, 24, Vec3(0.8f, 0.2f, 0.2f));
  struct Means {
    double model = 0, around = 0;
  };
  const auto measure = [&](SetStyle style) {
    RenderOptions o = smallOptions(64, 64, 16);
    o.scene = SceneType::kInterior;
    o.style = style;
    auto r = renderMesh(mesh, o);
    EXPECT_TRUE(r.has_value());
    Means m;
    size_t n_model = 0, n_around = 0;
    for (size_t i = 0; i < r->model_mask.size(); ++i) {
      const double y = r->radiance.rgb[3 * i] + r->radiance.rgb[3 * i + 1] + r->radiance.rgb[3 * i + 2];
      if (r->model_mask[i]) {
        m.model += y;
        ++n_model;
      } else {
        m.around += y;
        ++n_around;
      }
    }
    m.model /= static_cast<double>(std::max<size_t>(n_model, 1));
    m.around /= static_cast<double>(std::max<size_t>(n_around, 1));
    return m;
  };
  const Means light = measure(SetStyle::kMinimalist);
  const Means dark = measure(SetStyle::kIndustrial);
  EXPECT_GT(light.around, 1.8 * dark.around);
  EXPECT_LT(light.model, 1.6 * dark.model) << "only bounce light from the walls may change the model";
  RenderOptions defaults;
  EXPECT_EQ(defaults.style, SetStyle::kNeutral);
}

TEST(Render, ParsesPresetNames) {
  EXPECT_EQ(parseSetStyle("Scandinavian"), SetStyle::kScandinavian);
  EXPECT_EQ(parseSetStyle("INDUSTRIAL"), SetStyle::kIndustrial);
  EXPECT_FALSE(parseSetStyle("baroque").has_value());
  for (SetStyle s : {SetStyle::kNeutral, SetStyle::kModern, SetStyle::kMinimalist, SetStyle::kScandinavian,
                     SetStyle::kIndustrial, SetStyle::kClassic}) {
    EXPECT_EQ(parseSetStyle(setStyleName(s)), s);
  }
  EXPECT_EQ(parseLighting("Golden Hour"), Lighting::kGoldenHour);
  EXPECT_EQ(parseLighting("golden_hour"), Lighting::kGoldenHour);
  EXPECT_EQ(parseLighting("NIGHT"), Lighting::kNight);
  EXPECT_FALSE(parseLighting("disco").has_value());
  EXPECT_EQ(parseSceneType("Interior"), SceneType::kInterior);
  EXPECT_FALSE(parseSceneType("space").has_value());
}

TEST(ToneMap, AcesIsMonotonicAndBounded) {
  float prev = -1.0f;
  for (float x : {0.0f, 0.01f, 0.1f, 0.18f, 0.5f, 1.0f, 4.0f, 100.0f}) {
    const float in[3] = {x, x, x};
    float out[3];
    acesFitted(in, out);
    EXPECT_GT(out[1], prev);
    EXPECT_LE(out[1], 1.0f);
    prev = out[1];
  }
  const float zero[3] = {0, 0, 0};
  float out[3];
  acesFitted(zero, out);
  EXPECT_NEAR(out[0], 0.0f, 1e-3f);
  EXPECT_FLOAT_EQ(linearToSrgb(1.0f), 1.0f);
  EXPECT_NEAR(linearToSrgb(0.5f), 0.7354f, 1e-3f);
}

TEST(ImageCodec, PngRoundTripsAndJpegDecodes) {
  Image8 image{7, 5, {}};
  for (int i = 0; i < 7 * 5 * 3; ++i) image.rgb.push_back(static_cast<uint8_t>(i * 7));
  auto png = encodeImage(image, ImageFormat::kPng);
  ASSERT_TRUE(png.has_value());
  EXPECT_EQ((*png)[1], 'P');
  auto back = decodeImage(*png);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->rgb, image.rgb);
  auto jpeg = encodeImage(image, ImageFormat::kJpeg);
  ASSERT_TRUE(jpeg.has_value());
  EXPECT_EQ((*jpeg)[0], 0xFF);
  EXPECT_EQ((*jpeg)[1], 0xD8);
  EXPECT_FALSE(decodeImage(std::vector<uint8_t>(64, 1)).has_value());
  EXPECT_FALSE(encodeImage(Image8{}, ImageFormat::kPng).has_value());
  EXPECT_EQ(imageFormatFromPath("a/b.JPG"), ImageFormat::kJpeg);
  EXPECT_FALSE(imageFormatFromPath("shot.gif").has_value());
}

TEST(ContactSheet, LaysOutTilesAndMarksFailures) {
  Image8 green{64, 64, {}};
  for (int i = 0; i < 64 * 64; ++i) green.rgb.insert(green.rgb.end(), {10, 200, 10});
  std::vector<SheetTile> tiles = {{green, "a glazed ceramic teapot", ""},
                                  {std::nullopt, "a flurbish zzgronk", "no subject in the prompt"},
                                  {green, "a wooden chair with a very long description that must wrap over lines", ""}};
  auto sheet = composeContactSheet(tiles, 128);
  ASSERT_TRUE(sheet.has_value()) << sheet.error().message;
  // Two columns (ceil(sqrt(3))), two rows.
  EXPECT_GT(sheet->width, 2 * 128);
  EXPECT_LT(sheet->width, 3 * 128);
  EXPECT_GT(sheet->height, 2 * 128);
  const uint8_t* first = sheet->at(8 + 64, 8 + 64);
  EXPECT_GT(first[1], 150);
  EXPECT_LT(first[0], 60);
  const uint8_t* failed = sheet->at(8 + 128 + 8 + 120, 8 + 120);  // bottom-right of the failed cell's image area
  EXPECT_GT(failed[0], failed[1] + 20);
  EXPECT_FALSE(composeContactSheet({}, 128).has_value());
  EXPECT_FALSE(composeContactSheet(tiles, 8).has_value());
}

}  // namespace
}  // namespace kiln::render
