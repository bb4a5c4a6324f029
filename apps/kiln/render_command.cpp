// `kiln render` (model file → image) and `kiln gallery` (prompts → labelled contact sheet), offline.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "engines/registry.h"
#include "engines/render/contact_sheet.h"
#include "engines/render/image.h"
#include "engines/render/render.h"
#include "engines/render/turntable.h"
#include "formats/formats.h"

namespace kiln::app {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int reportError(std::string_view command, const Error& error) {
  fmt::print(stderr, "kiln {}: {}\n", command, error.message);
  return error.code == ErrorCode::kInternal || error.code == ErrorCode::kIo ? kExitFailure : kExitUsage;
}

// Lighting and scene from their option strings; an empty lighting picks the scene's natural one.
Result<std::pair<render::Lighting, render::SceneType>> parseLook(const std::string& lighting, const std::string& scene) {
  const auto scene_type = render::parseSceneType(scene);
  if (!scene_type) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("unknown scene '{}'; use product, interior or exterior", scene), {{"parameter", "scene"}});
  }
  render::Lighting light = *scene_type == render::SceneType::kExterior ? render::Lighting::kNoon : render::Lighting::kStudio;
  if (!lighting.empty()) {
    const auto parsed = render::parseLighting(lighting);
    if (!parsed) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("unknown lighting '{}'; use studio, golden_hour, overcast, noon or night", lighting),
                  {{"parameter", "lighting"}});
    }
    light = *parsed;
  }
  return std::pair{light, *scene_type};
}

// The architectural style of the surroundings from its option string.
Result<render::SetStyle> parseStyle(const std::string& style) {
  const auto parsed = render::parseSetStyle(style);
  if (!parsed) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("unknown style '{}'; use neutral, modern, minimalist, scandinavian, industrial or classic",
                            style),
                {{"parameter", "style"}});
  }
  return *parsed;
}

// Prints "  42%" on a terminal; nothing otherwise.
std::function<void(float)> terminalProgress(std::string label) {
  if (isatty(STDERR_FILENO) == 0) return {};
  return [label = std::move(label)](float fraction) {
    fmt::print(stderr, "\r  {} {:3.0f}%", label, fraction * 100.0f);
    if (fraction >= 1.0f) fmt::print(stderr, "\r{:<40}\r", "");
  };
}

struct RenderCommandOptions {
  std::string model;
  std::string output;
  std::string lighting;
  std::string size = "1k";
  std::string scene = "product";
  std::string style = "neutral";
  int samples = 64;
  int bounces = 4;
  uint64_t seed = 0;
  bool no_ground = false;
  bool denoise = true;
  // Turntable mode (--turntable given): frames in one turn and the video's frame rate.
  bool turntable = false;
  int turntable_frames = 36;
  int fps = 24;
  // Whether --size / --samples were given (a turntable has its own defaults).
  bool size_given = false;
  bool samples_given = false;
};

// Turntable defaults: every frame is a full render, so smaller and noisier than a still.
constexpr std::string_view kTurntableSize = "512";
constexpr int kTurntableSamples = 16;

int runTurntable(const RenderCommandOptions& o) {
  const auto bad = [](std::string message, std::string_view parameter) {
    return reportError("render", makeError(ErrorCode::kInvalidArgument, std::move(message),
                                           {{"parameter", std::string(parameter)}}));
  };
  if (o.turntable_frames < 1 || o.turntable_frames > render::kMaxTurntableFrames) {
    return bad(fmt::format("--turntable takes 1 to {} frames, not {}", render::kMaxTurntableFrames, o.turntable_frames),
               "turntable");
  }
  if (std::filesystem::path(o.output).extension() != ".mp4") {
    return bad(fmt::format("a turntable is a video: '{}' should end in .mp4", o.output), "output");
  }
  auto size = render::parseImageSize(o.size_given ? o.size : std::string(kTurntableSize));
  if (!size) return reportError("render", size.error());
  auto look = parseLook(o.lighting, o.scene);
  if (!look) return reportError("render", look.error());

  render::TurntableOptions options;
  options.frames = o.turntable_frames;
  options.render.size = *size;
  options.render.samples_per_pixel = o.samples_given ? o.samples : kTurntableSamples;
  options.render.max_bounces = o.bounces;
  options.render.seed = o.seed;
  auto style = parseStyle(o.style);
  if (!style) return reportError("render", style.error());
  options.render.lighting = look->first;
  options.render.scene = look->second;
  options.render.style = *style;
  options.render.ground = !o.no_ground;
  options.render.denoise = o.denoise;
  options.render.progress = terminalProgress("turntable");
  if (auto ok = render::validateOptions(options.render); !ok) return reportError("render", ok.error());

  auto mesh = formats::readModel(o.model);
  if (!mesh) {
    return reportError("render", makeError(mesh.error().code,
                                           fmt::format("cannot read '{}': {}", o.model, mesh.error().message)));
  }
  const auto start = Clock::now();
  auto mp4 = render::renderTurntableMp4(*mesh, options, {.fps = o.fps});
  if (!mp4) return reportError("render", mp4.error());
  const double seconds = secondsSince(start);
  std::ofstream out(o.output, std::ios::binary);
  out.write(reinterpret_cast<const char*>(mp4->data()), static_cast<std::streamsize>(mp4->size()));
  out.close();
  if (!out) {
    return reportError("render", makeError(ErrorCode::kIo, fmt::format("cannot write '{}'", o.output)));
  }
  fmt::print("rendered a turntable of {} ({} triangles): {} frames at {}x{}, {} samples per pixel{}, {} lighting, "
             "{} scene, seed {} in {:.2f} s ({:.2f} s per frame)\n",
             o.model, mesh->triangleCount(), options.frames, options.render.size.width & ~1,
             options.render.size.height & ~1, options.render.samples_per_pixel, o.denoise ? " denoised" : "",
             render::lightingName(options.render.lighting), render::sceneTypeName(options.render.scene), o.seed,
             seconds, seconds / options.frames);
  fmt::print("wrote {} ({} bytes, H.264, {} fps, {:.2f} s of video)\n", o.output, mp4->size(), o.fps,
             static_cast<double>(options.frames) / o.fps);
  return kExitOk;
}

int runRender(const RenderCommandOptions& o) {
  if (o.turntable) return runTurntable(o);
  if (std::filesystem::path(o.output).extension() == ".mp4") {
    return reportError("render", makeError(ErrorCode::kInvalidArgument,
                                           fmt::format("'{}' is a video: add --turntable [frames] to render one", o.output),
                                           {{"parameter", "output"}}));
  }
  render::RenderOptions options;
  auto size = render::parseImageSize(o.size);
  if (!size) return reportError("render", size.error());
  auto look = parseLook(o.lighting, o.scene);
  if (!look) return reportError("render", look.error());
  if (!render::imageFormatFromPath(o.output)) {
    return reportError("render", makeError(ErrorCode::kInvalidArgument,
                                           fmt::format("'{}' does not end in .png, .jpg or .jpeg", o.output),
                                           {{"parameter", "output"}}));
  }
  options.size = *size;
  options.samples_per_pixel = o.samples;
  options.max_bounces = o.bounces;
  options.seed = o.seed;
  auto style = parseStyle(o.style);
  if (!style) return reportError("render", style.error());
  options.lighting = look->first;
  options.scene = look->second;
  options.style = *style;
  options.ground = !o.no_ground;
  options.denoise = o.denoise;
  options.progress = terminalProgress("render");

  const auto start = Clock::now();
  auto rendered = render::renderModelFile(o.model, options);
  if (!rendered) return reportError("render", rendered.error());
  const double render_seconds = secondsSince(start);
  if (auto written = render::writeImage(rendered->image, o.output); !written) {
    return reportError("render", written.error());
  }
  fmt::print("rendered {} ({} triangles) at {}x{}, {} samples per pixel{}, {} lighting, {} scene{}, seed {} in {:.2f} s\n",
             o.model, rendered->triangles, options.size.width, options.size.height, options.samples_per_pixel,
             options.denoise ? " denoised" : "",
             render::lightingName(options.lighting), render::sceneTypeName(options.scene),
             options.ground || options.scene == render::SceneType::kInterior ? "" : " without ground", options.seed,
             render_seconds);
  fmt::print("wrote {} ({} bytes)\n", o.output, std::filesystem::file_size(o.output));
  return kExitOk;
}

struct GalleryOptions {
  std::string prompts;
  std::string output;
  std::string tier = "draft";
  std::string lighting;
  std::string scene = "product";
  int tile_size = 384;
  int samples = 16;
  int columns = 0;
  uint64_t seed = 0;
};

// Prompts are one per line; blank lines and lines starting with '#' are skipped.
constexpr size_t kMaxGalleryPrompts = 200;

int runGallery(const GalleryOptions& o) {
  std::ifstream in(o.prompts);
  if (!in) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument, fmt::format("cannot open '{}'", o.prompts),
                                            {{"parameter", "prompts"}}));
  }
  std::vector<std::string> prompts;
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t\r");
    prompts.push_back(line.substr(first, last - first + 1));
  }
  if (prompts.empty()) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument, fmt::format("'{}' has no prompts", o.prompts)));
  }
  if (prompts.size() > kMaxGalleryPrompts) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument,
                                            fmt::format("'{}' has {} prompts; a sheet holds at most {}", o.prompts,
                                                        prompts.size(), kMaxGalleryPrompts)));
  }
  const auto tier = engines::parseTier(o.tier);
  if (!tier) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument,
                                            fmt::format("unknown tier '{}'; use draft, standard or high", o.tier),
                                            {{"parameter", "tier"}}));
  }
  auto look = parseLook(o.lighting, o.scene);
  if (!look) return reportError("gallery", look.error());
  if (!render::imageFormatFromPath(o.output)) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument,
                                            fmt::format("'{}' does not end in .png, .jpg or .jpeg", o.output),
                                            {{"parameter", "output"}}));
  }
  if (o.tile_size < 64 || o.tile_size > 1024) {
    return reportError("gallery", makeError(ErrorCode::kInvalidArgument,
                                            fmt::format("tile size must be 64 to 1024 pixels, not {}", o.tile_size),
                                            {{"parameter", "size"}}));
  }

  const auto registry = engines::Registry::withBuiltins();
  const auto start = Clock::now();
  std::vector<render::SheetTile> tiles;
  size_t failures = 0;
  for (size_t i = 0; i < prompts.size(); ++i) {
    const auto prompt_start = Clock::now();
    render::SheetTile tile;
    tile.label = prompts[i];
    engines::EngineRequest request;
    request.kind = "text_to_3d";
    request.tier = *tier;
    request.prompt = prompts[i];
    request.seed = o.seed;
    engines::CallbackContext context;
    auto made = engines::runEngine(registry, "", request, context);
    if (made) {
      render::RenderOptions options;
      options.size = {o.tile_size, o.tile_size};
      options.samples_per_pixel = o.samples;
      options.max_bounces = 3;
      options.seed = o.seed;
      options.lighting = look->first;
      options.scene = look->second;
      options.denoise = true;
      auto rendered = render::renderMesh(made->mesh, options);
      if (rendered) {
        tile.image = std::move(rendered->image);
      } else {
        tile.error = rendered.error().message;
      }
    } else {
      tile.error = made.error().message;
    }
    if (tile.image) {
      fmt::print("[{}/{}] {} — {} triangles, {:.2f} s\n", i + 1, prompts.size(), prompts[i], made->mesh.triangleCount(),
                 secondsSince(prompt_start));
    } else {
      ++failures;
      fmt::print("[{}/{}] {} — FAILED: {}\n", i + 1, prompts.size(), prompts[i], tile.error);
    }
    tiles.push_back(std::move(tile));
  }
  auto sheet = render::composeContactSheet(tiles, o.tile_size, o.columns);
  if (!sheet) return reportError("gallery", sheet.error());
  if (auto written = render::writeImage(*sheet, o.output); !written) return reportError("gallery", written.error());
  fmt::print("wrote {} ({}x{}, {} prompts, {} failed) in {:.1f} s\n", o.output, sheet->width, sheet->height,
             prompts.size(), failures, secondsSince(start));
  return kExitOk;
}

}  // namespace

Runner addRenderCommand(CLI::App& app) {
  auto o = std::make_shared<RenderCommandOptions>();
  app.add_option("model", o->model, "Model to render: .glb, .gltf, .obj, .stl, .3mf or .ply")->required();
  app.add_option("-o,--output", o->output, "Image to write: .png or .jpg (.mp4 with --turntable)")->required();
  app.add_option("--lighting", o->lighting,
                 "Lighting: studio, golden_hour, overcast, noon or night (default: studio; noon for exterior)");
  auto* size = app.add_option("--size", o->size, "Image size: 512, 1k, 2k, 4k or WxH (at most 4096 per side; turntable: 512)")
                   ->capture_default_str();
  auto* samples = app.add_option("--samples", o->samples,
                                 "Samples per pixel (1 to 4096): more is smoother and slower (turntable: 16)")
                      ->capture_default_str();
  app.add_option("--bounces", o->bounces, "Light bounces (1 to 32)")->capture_default_str();
  app.add_option("--seed", o->seed, "Random seed: the same model, options and seed give the same image")
      ->capture_default_str();
  app.add_option("--style", o->style,
                 "Architectural style of the surroundings (the model is unchanged): neutral, modern, minimalist, "
                 "scandinavian, industrial or classic")
      ->capture_default_str();
  app.add_option("--scene", o->scene, "Scene: product (ground plane), interior (room corner) or exterior (sky)")
      ->capture_default_str();
  app.add_flag("--no-ground", o->no_ground, "Leave out the ground plane (product and exterior scenes)");
  app.add_flag("--denoise,!--no-denoise", o->denoise,
               "Denoise the image (default: on), guided by the model's albedo and normals: clean at a few samples; "
               "--no-denoise keeps the plain path-traced estimate, e.g. to compare renderers at equal samples");
  auto* turntable = app.add_option("--turntable", o->turntable_frames,
                 "Render a turntable video instead of a still: N frames around the model (default 36), to an .mp4")
      ->expected(0, 1)
      ->default_str("36");
  app.add_option("--fps", o->fps, "Frames per second of a turntable video (1 to 120)")->capture_default_str();
  return [o, size, samples, turntable] {
    o->turntable = turntable->count() > 0;
    o->size_given = size->count() > 0;
    o->samples_given = samples->count() > 0;
    return runRender(*o);
  };
}

Runner addGalleryCommand(CLI::App& app) {
  auto o = std::make_shared<GalleryOptions>();
  app.add_option("prompts", o->prompts, "Text file with one prompt per line ('#' starts a comment)")->required();
  app.add_option("-o,--output", o->output, "Contact sheet to write: .png or .jpg")->required();
  app.add_option("-t,--tier", o->tier, "Quality tier for every model: draft, standard or high")->capture_default_str();
  app.add_option("--size", o->tile_size, "Size of each preview tile in pixels (64 to 1024)")->capture_default_str();
  app.add_option("--samples", o->samples, "Samples per pixel of each preview")->capture_default_str();
  app.add_option("--columns", o->columns, "Tiles per row (default: a near-square grid)");
  app.add_option("--lighting", o->lighting, "Lighting: studio, golden_hour, overcast, noon or night");
  app.add_option("--scene", o->scene, "Scene: product, interior or exterior")->capture_default_str();
  app.add_option("-s,--seed", o->seed, "Seed for every model and render")->capture_default_str();
  return [o] { return runGallery(*o); };
}

}  // namespace kiln::app
