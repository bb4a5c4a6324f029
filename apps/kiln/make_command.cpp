// `kiln make`: prompt or photo → model file, offline.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "engines/registry.h"
#include "formats/formats.h"

namespace kiln::app {
namespace {

struct MakeOptions {
  std::string prompt;
  std::string image;  // a photo to inflate instead of a prompt
  std::string output;
  std::string tier = "standard";
  std::string format;
  std::string style;
  uint64_t seed = 0;
  double height_mm = 0;
  int64_t max_triangles = 0;
  double depth = 0;
  bool skip_validation = false;
  bool json = false;
  bool quiet = false;
};

int reportError(const Error& error, bool json) {
  if (json) {
    fmt::print("{}\n", error.toJson().dump());
  } else if (const auto check = error.details.find("photo_check"); check != error.details.end()) {
    // A photo that failed the pre-check: one line per problem, then what to do.
    fmt::print(stderr, "kiln make: the photo did not pass the pre-check:\n");
    for (const auto& problem : (*check)["problems"]) {
      fmt::print(stderr, "  {}: {}\n", problem["check"].get<std::string>(), problem["message"].get<std::string>());
    }
    fmt::print(stderr, "Reshoot the photo, or pass --skip-validation to use it anyway.\n");
  } else {
    fmt::print(stderr, "kiln make: {}\n", error.message);
  }
  return error.code == ErrorCode::kInternal || error.code == ErrorCode::kIo ? kExitFailure : kExitUsage;
}

std::string humanBytes(uintmax_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < 1024 * 1024) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024.0);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

Result<std::vector<uint8_t>> readImage(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("cannot read the image '{}'", path), {{"parameter", "image"}});
  }
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

int runMake(const MakeOptions& o) {
  const bool from_photo = !o.image.empty();
  if (!from_photo && o.prompt.empty()) {
    return reportError(makeError(ErrorCode::kInvalidArgument,
                                 "say what to make: a prompt such as \"a glazed teapot\", or --image PHOTO",
                                 {{"parameter", "prompt"}}),
                       o.json);
  }
  if (from_photo && !o.prompt.empty()) {
    return reportError(makeError(ErrorCode::kInvalidArgument,
                                 "give either a prompt or --image, not both: a model is made from one or the other",
                                 {{"parameter", "prompt"}}),
                       o.json);
  }
  if (from_photo && (!o.style.empty() || o.max_triangles > 0)) {
    return reportError(makeError(ErrorCode::kInvalidArgument,
                                 "--style and --max-triangles shape models made from a prompt, not from --image",
                                 {{"parameter", o.style.empty() ? "max_triangles" : "style"}}),
                       o.json);
  }
  if (!from_photo && (o.depth > 0 || o.skip_validation)) {
    return reportError(makeError(ErrorCode::kInvalidArgument, "--depth and --skip-validation apply to --image",
                                 {{"parameter", o.depth > 0 ? "depth" : "skip_validation"}}),
                       o.json);
  }
  const auto tier = engines::parseTier(o.tier);
  if (!tier) {
    return reportError(makeError(ErrorCode::kInvalidArgument,
                                 fmt::format("unknown tier '{}'; use draft, standard or high", o.tier),
                                 {{"parameter", "tier"}}),
                       o.json);
  }
  // Format: --format, else the output's extension, else GLB.
  std::optional<formats::Format> format = formats::Format::kGlb;
  if (!o.format.empty()) {
    format = formats::parseFormat(o.format);
    if (!format) {
      return reportError(makeError(ErrorCode::kInvalidArgument,
                                   fmt::format("unknown format '{}'; use glb, gltf, obj, stl, 3mf or ply", o.format),
                                   {{"parameter", "format"}}),
                         o.json);
    }
  } else if (!o.output.empty()) {
    if (auto f = formats::formatFromPath(o.output)) format = f;
  }

  engines::EngineRequest request;
  request.kind = from_photo ? "image_to_3d" : "text_to_3d";
  request.tier = *tier;
  request.prompt = o.prompt;
  request.seed = o.seed;
  if (from_photo) {
    auto image = readImage(o.image);
    if (!image) return reportError(image.error(), o.json);
    request.images.push_back(std::move(*image));
    if (o.depth > 0) request.params["depth"] = o.depth;
    if (o.skip_validation) request.params["skip_validation"] = true;
  }
  if (o.height_mm > 0) request.params["height_mm"] = o.height_mm;
  if (!o.style.empty()) request.params["style"] = o.style;
  if (o.max_triangles > 0) request.params["max_triangles"] = o.max_triangles;

  const bool show_progress = !o.quiet && !o.json && isatty(STDERR_FILENO) != 0;
  engines::CallbackContext context([&](std::string_view step, float progress) {
    if (show_progress) fmt::print(stderr, "\r  {:<9} {:3.0f}%", step, progress * 100.0f);
  });
  const auto registry = engines::Registry::withBuiltins();
  auto made = engines::runEngine(registry, "", request, context);
  if (show_progress) fmt::print(stderr, "\r{:<20}\r", "");
  if (!made) return reportError(made.error(), o.json);

  std::filesystem::path path = o.output;
  if (path.empty()) {
    std::string name = from_photo ? std::filesystem::path(o.image).stem().string()
                                  : made->summary["subject"].get<std::string>();
    std::replace(name.begin(), name.end(), ' ', '-');
    path = name;
  }
  path.replace_extension(formats::formatExtension(*format));
  formats::ModelInfo model_info{.title = from_photo ? std::filesystem::path(o.image).filename().string() : o.prompt};
  auto written = formats::writeModel(made->mesh, *format, path, model_info);
  if (!written) return reportError(written.error(), o.json);

  auto& s = made->summary;
  nlohmann::json files = nlohmann::json::array();
  for (const auto& p : *written) files.push_back(p.string());
  s["files"] = files;
  s["format"] = formats::formatName(*format);
  s["seed"] = o.seed;
  if (o.json) {
    fmt::print("{}\n", s.dump());
  } else if (!o.quiet) {
    const auto& size = s["size_mm"];
    const std::string what = from_photo ? fmt::format("a model of the object in {} ({} tier)", o.image,
                                                      s["tier"].get<std::string>())
                                        : fmt::format("{} ({} tier, {} style)", s["subject"].get<std::string>(),
                                                      s["tier"].get<std::string>(), s["style"].get<std::string>());
    fmt::print("made {}: {} triangles, {:.1f} x {:.1f} x {:.1f} mm, {}\n", what, s["triangles"].get<size_t>(),
               size[0].get<double>(), size[1].get<double>(), size[2].get<double>(),
               s["watertight"].get<bool>() ? "watertight" : "NOT watertight");
    for (const auto& p : *written) {
      fmt::print("wrote {} ({})\n", p.string(), humanBytes(std::filesystem::file_size(p)));
    }
    if (s.contains("note")) fmt::print("note: {}\n", s["note"].get<std::string>());
    if (s.contains("ignored_words") && !s["ignored_words"].empty()) {
      fmt::print("note: these words were not understood and had no effect: {}\n",
                 fmt::join(s["ignored_words"].get<std::vector<std::string>>(), ", "));
    }
  }
  return kExitOk;
}

}  // namespace

Runner addMakeCommand(CLI::App& app) {
  auto o = std::make_shared<MakeOptions>();
  app.add_option("prompt", o->prompt,
                 "What to make, e.g. \"a glazed ceramic teapot\", \"a low-poly pine tree\", "
                 "\"a wooden chest 10cm tall\" (leave out with --image)");
  app.add_option("-i,--image", o->image,
                 "Make the model from a photo instead (PNG, JPEG or WebP of one object on a plain background): "
                 "the object is cut out, its outline inflated into a rounded solid and coloured from the photo. "
                 "The photo is checked first (blur, busy background, several objects)");
  app.add_option("-o,--output", o->output,
                 "Output file; its extension picks the format unless --format is given "
                 "(default: <subject>.glb, or <photo name>.glb with --image, in the current directory)");
  app.add_option("-t,--tier", o->tier,
                 "Quality tier: draft (<= 12 000 triangles, vertex colours), standard (<= 30 000, "
                 "materials), high (<= 200 000, PBR materials)")
      ->capture_default_str();
  app.add_option("-s,--seed", o->seed, "Random seed: the same prompt and seed give a byte-identical file")
      ->capture_default_str();
  app.add_option("-f,--format", o->format, "Output format: glb, gltf, obj, stl, 3mf or ply");
  app.add_option("--height-mm", o->height_mm,
                 "Height of the model in millimetres (overrides a size in the prompt); with --image, the size of "
                 "its largest dimension (10 to 1000, default 100)");
  app.add_option("--depth", o->depth,
                 "With --image: thickness relative to a round inflation, 0.1 to 2 (default 1: a disc becomes a "
                 "sphere)");
  app.add_flag("--skip-validation", o->skip_validation,
               "With --image: use the photo even if the pre-check finds it blurred, busy or with several objects");
  app.add_option("--style", o->style, "Style: auto, realistic, stylized, cartoon or low_poly (default: from the prompt)");
  app.add_option("--max-triangles", o->max_triangles, "Triangle budget below the tier's (a hard upper bound)");
  app.add_flag("--json", o->json, "Print what was made as one JSON object (errors too)");
  app.add_flag("-q,--quiet", o->quiet, "Print nothing on success");
  return [o] { return runMake(*o); };
}

Runner addCatalogCommand(CLI::App& app) {
  auto json = std::make_shared<bool>(false);
  app.add_flag("--json", *json, "Print the catalog as JSON (the same document as GET /v1/catalog)");
  return [json] {
    const auto catalog = engines::Registry::withBuiltins().catalogJson();
    if (*json) {
      fmt::print("{}\n", catalog.dump(2));
      return kExitOk;
    }
    fmt::print("Engines\n");
    for (const auto& e : catalog["engines"]) {
      fmt::print("  {:<10} {}\n", e["id"].get<std::string>(), e["label"].get<std::string>());
      fmt::print("             {}\n", e["description"].get<std::string>());
      fmt::print("             kinds: {}; tiers: {}\n", fmt::join(e["kinds"].get<std::vector<std::string>>(), ", "),
                 fmt::join(e["tiers"].get<std::vector<std::string>>(), ", "));
      fmt::print("             parameters:\n");
      for (const auto& p : e["parameters"]) {
        std::string range;
        if (p.contains("enum")) range = fmt::format("one of {}", fmt::join(p["enum"].get<std::vector<std::string>>(), ", "));
        else if (p.contains("minimum")) range = fmt::format("{:g} to {:g}", p["minimum"].get<double>(), p["maximum"].get<double>());
        fmt::print("               {:<14} {:<8} {}{}{}\n", p["name"].get<std::string>(), p["type"].get<std::string>(),
                   p["description"].get<std::string>(), range.empty() ? "" : "; " + range,
                   p.contains("default") ? fmt::format(" (default {})", p["default"].dump()) : "");
      }
    }
    fmt::print("Tiers\n");
    for (const auto& t : catalog["tiers"]) {
      fmt::print("  {:<9} <= {:>7} triangles  {:<22} {} credit(s)\n", t["id"].get<std::string>(),
                 t["max_triangles"].get<size_t>(),
                 t["pbr"].get<bool>() ? "PBR materials" : t["materials"].get<bool>() ? "materials" : "vertex colours",
                 t["price_credits"].get<int>());
    }
    return kExitOk;
  };
}

}  // namespace kiln::app
