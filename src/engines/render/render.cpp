#include "engines/render/render.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "engines/render/denoise.h"
#include "engines/render/path_tracer.h"
#include "engines/render/scene.h"
#include "formats/formats.h"

namespace kiln::render {
namespace {

std::string normalized(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    out += c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(u));
  }
  return out;
}

std::optional<int> parseInt(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Lighting> parseLighting(std::string_view name) {
  const std::string n = normalized(name);
  if (n == "studio") return Lighting::kStudio;
  if (n == "golden_hour" || n == "goldenhour") return Lighting::kGoldenHour;
  if (n == "overcast") return Lighting::kOvercast;
  if (n == "noon" || n == "daylight") return Lighting::kNoon;
  if (n == "night") return Lighting::kNight;
  return std::nullopt;
}

std::string_view lightingName(Lighting lighting) {
  switch (lighting) {
    case Lighting::kStudio: return "studio";
    case Lighting::kGoldenHour: return "golden_hour";
    case Lighting::kOvercast: return "overcast";
    case Lighting::kNoon: return "noon";
    case Lighting::kNight: return "night";
  }
  return "studio";
}

std::optional<SceneType> parseSceneType(std::string_view name) {
  const std::string n = normalized(name);
  if (n == "product") return SceneType::kProduct;
  if (n == "interior") return SceneType::kInterior;
  if (n == "exterior") return SceneType::kExterior;
  return std::nullopt;
}

std::string_view sceneTypeName(SceneType scene) {
  switch (scene) {
    case SceneType::kProduct: return "product";
    case SceneType::kInterior: return "interior";
    case SceneType::kExterior: return "exterior";
  }
  return "product";
}

std::optional<SetStyle> parseSetStyle(std::string_view name) {
  const std::string n = normalized(name);
  for (SetStyle s : {SetStyle::kNeutral, SetStyle::kModern, SetStyle::kMinimalist, SetStyle::kScandinavian,
                     SetStyle::kIndustrial, SetStyle::kClassic}) {
    if (n == setStyleName(s)) return s;
  }
  return std::nullopt;
}

std::string_view setStyleName(SetStyle style) {
  switch (style) {
    case SetStyle::kNeutral: return "neutral";
    case SetStyle::kModern: return "modern";
    case SetStyle::kMinimalist: return "minimalist";
    case SetStyle::kScandinavian: return "scandinavian";
    case SetStyle::kIndustrial: return "industrial";
    case SetStyle::kClassic: return "classic";
  }
  return "neutral";
}

Result<ImageSize> parseImageSize(std::string_view text) {
  const std::string n = normalized(text);
  const auto bad = [&](std::string why) {
    return fail(ErrorCode::kInvalidArgument, std::move(why), {{"parameter", "size"}, {"value", std::string(text)}});
  };
  ImageSize size;
  if (n == "512") {
    size = {512, 512};
  } else if (n == "1k") {
    size = {1024, 1024};
  } else if (n == "2k") {
    size = {2048, 2048};
  } else if (n == "4k") {
    size = {4096, 4096};
  } else if (const auto x = n.find('x'); x != std::string::npos) {
    const auto w = parseInt(std::string_view(n).substr(0, x));
    const auto h = parseInt(std::string_view(n).substr(x + 1));
    if (!w || !h) return bad(fmt::format("size '{}' is not WxH with whole numbers, e.g. 1920x1080", text));
    size = {*w, *h};
  } else if (const auto side = parseInt(n)) {
    size = {*side, *side};
  } else {
    return bad(fmt::format("unknown size '{}'; use 512, 1k, 2k, 4k or WxH", text));
  }
  if (size.width < 1 || size.height < 1) return bad(fmt::format("size '{}' must be at least 1 x 1 pixels", text));
  if (size.width > kMaxImageSide || size.height > kMaxImageSide ||
      int64_t{size.width} * size.height > kMaxImagePixels) {
    return bad(fmt::format("size {}x{} is too large; at most {} pixels per side and {} pixels in all", size.width,
                           size.height, kMaxImageSide, kMaxImagePixels));
  }
  return size;
}

Status validateForRender(const geometry::Mesh& mesh) {
  if (mesh.triangleCount() == 0) {
    return fail(ErrorCode::kUnprocessable, "the model has no triangles, so there is nothing to render");
  }
  if (!mesh.validate()) {
    return fail(ErrorCode::kInvalidArgument,
                "the model is malformed: an index points past its vertices or an attribute list has the wrong length");
  }
  if (mesh.positions.size() > std::numeric_limits<uint32_t>::max()) {
    return fail(ErrorCode::kTooLarge, "the model has too many vertices to render");
  }
  for (size_t i = 0; i < mesh.positions.size(); ++i) {
    if (!mesh.positions[i].allFinite()) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("vertex {} of the model has a non-finite position (NaN or infinity)", i),
                  {{"vertex", i}});
    }
  }
  const geometry::Box box = geometry::boundingBox(mesh);
  const float extent = box.size().maxCoeff();
  if (!(extent > 0.0f) || !std::isfinite(box.size().norm())) {
    return fail(ErrorCode::kUnprocessable, "the model has zero size (every vertex is at the same point)");
  }
  return {};
}

Status validateOptions(const RenderOptions& options) {
  const auto& s = options.size;
  if (s.width < 1 || s.height < 1 || s.width > kMaxImageSide || s.height > kMaxImageSide ||
      int64_t{s.width} * s.height > kMaxImagePixels) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("image size {}x{} is out of range; each side must be 1 to {} pixels and at most {} pixels in all",
                            s.width, s.height, kMaxImageSide, kMaxImagePixels),
                {{"parameter", "size"}, {"width", s.width}, {"height", s.height}});
  }
  if (options.samples_per_pixel < 1 || options.samples_per_pixel > kMaxSamples) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("samples per pixel must be 1 to {}, not {}", kMaxSamples, options.samples_per_pixel),
                {{"parameter", "samples"}});
  }
  if (options.max_bounces < 1 || options.max_bounces > 32) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("bounces must be 1 to 32, not {}", options.max_bounces),
                {{"parameter", "bounces"}});
  }
  if (!std::isfinite(options.exposure) || options.exposure <= 0.0f || !std::isfinite(options.fov_deg) ||
      options.fov_deg < 5.0f || options.fov_deg > 120.0f || !std::isfinite(options.camera_azimuth_deg) ||
      !std::isfinite(options.camera_elevation_deg) || std::abs(options.camera_elevation_deg) > 89.0f ||
      !std::isfinite(options.camera_distance) || options.camera_distance < 0.0f) {
    return fail(ErrorCode::kInvalidArgument,
                "exposure must be positive, the field of view 5 to 120 degrees, the camera elevation within ±89 degrees "
                "and the camera distance zero (automatic) or positive",
                {{"parameter", "camera"}});
  }
  return {};
}

Result<RenderResult> renderMesh(const geometry::Mesh& mesh, const RenderOptions& options) {
  if (auto ok = validateOptions(options); !ok) return fail(ok.error());
  if (auto ok = validateForRender(mesh); !ok) return fail(ok.error());
  const geometry::Box bounds = geometry::boundingBox(mesh);
  const SceneSetup setup = layoutScene(bounds, options);

  Result<RenderResult> result;
  LayeredRender layers;
  LayeredRender* wanted = options.denoise ? &layers : nullptr;
  if (mesh.normals.size() == mesh.positions.size()) {
    result = pathTrace(mesh, setup, options, wanted);
  } else {
    geometry::Mesh with_normals = mesh;
    geometry::computeNormals(with_normals);
    result = pathTrace(with_normals, setup, options, wanted);
  }
  if (!result) return result;
  if (options.denoise) result->radiance = denoise(std::move(layers));
  if (result->halo.size() == result->radiance.rgb.size()) {
    for (size_t i = 0; i < result->halo.size(); ++i) result->radiance.rgb[i] += result->halo[i];
  }
  result->image = toneMap(result->radiance);
  return result;
}

Result<RenderResult> renderModelFile(const std::filesystem::path& path, const RenderOptions& options) {
  if (auto ok = validateOptions(options); !ok) return fail(ok.error());
  auto mesh = formats::readModel(path);
  if (!mesh) {
    Error error = mesh.error();
    error.message = fmt::format("cannot read '{}': {}", path.string(), error.message);
    return fail(std::move(error));
  }
  return renderMesh(*mesh, options);
}

Result<std::vector<uint8_t>> renderPreviewPng(const geometry::Mesh& mesh, uint64_t seed,
                                              std::function<bool()> is_canceled) {
  RenderOptions options;
  options.is_canceled = std::move(is_canceled);
  options.size = {512, 512};
  options.samples_per_pixel = kPreviewSamples;
  options.max_bounces = kPreviewBounces;
  options.seed = seed;
  options.denoise = true;
  auto rendered = renderMesh(mesh, options);
  if (!rendered) return fail(rendered.error());
  return encodeImage(rendered->image, ImageFormat::kPng);
}

}  // namespace kiln::render
