#include "jobs/runner.h"

#include <exception>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "engines/render/render.h"
#include "engines/tier.h"
#include "formats/formats.h"
#include "geometry/mesh.h"

namespace kiln::jobs {
namespace {

// Errors caused by the request itself: running it again cannot help.
bool isInputError(ErrorCode code) {
  return code == ErrorCode::kInvalidArgument || code == ErrorCode::kUnknownParameter ||
         code == ErrorCode::kUnprocessable || code == ErrorCode::kUnknownSubject ||
         code == ErrorCode::kCanceled;
}

store::Outcome failed(Error error) {
  store::Outcome outcome;
  outcome.success = false;
  outcome.retryable = !isInputError(error.code);
  outcome.error = std::move(error);
  return outcome;
}

// Media types of the companion files that some formats write beside the main one.
std::string companionMediaType(std::string_view extension) {
  if (extension == "bin") return "application/octet-stream";
  if (extension == "mtl") return "model/mtl";
  return "application/octet-stream";
}

// Model inputs are capped before decoding: a render of a bigger model costs
// more memory than a worker should risk on one upload.
constexpr size_t kMaxModelInputBytes = 64u << 20;
constexpr size_t kMaxModelInputTriangles = 2'000'000;
constexpr size_t kMaxImageInputBytes = 32u << 20;

Result<std::vector<uint8_t>> readBlob(store::BlobStore& blobs, const std::string& sha256, size_t max_bytes,
                                      std::string_view what) {
  auto data = blobs.get(sha256);
  if (!data) {
    if (data.error().code == ErrorCode::kNotFound || data.error().code == ErrorCode::kInvalidArgument) {
      return fail(ErrorCode::kInvalidArgument, fmt::format("the {} is no longer stored on this server", what));
    }
    return fail(data.error());
  }
  if (data->size() > max_bytes) {
    return fail(ErrorCode::kTooLarge, fmt::format("the {} is {} bytes; the limit is {}", what, data->size(), max_bytes));
  }
  return std::vector<uint8_t>(data->begin(), data->end());
}

// input.model as resolved by the API when the job was created: the blob's
// sha256 and the file format, sniffed from the bytes (uploads) or taken from
// the artifact (jobs).
Result<geometry::Mesh> readModelInput(const nlohmann::json& model, store::BlobStore& blobs) {
  const std::string sha256 = model.value("sha256", "");
  const std::string format = model.value("format", "");
  if (sha256.empty()) {
    return fail(ErrorCode::kInvalidArgument, "input.model was not resolved to a stored file",
                {{"field", "input.model"}});
  }
  auto bytes = readBlob(blobs, sha256, kMaxModelInputBytes, "input model");
  if (!bytes) return fail(bytes.error());
  const formats::ReadLimits limits{.max_bytes = kMaxModelInputBytes, .max_triangles = kMaxModelInputTriangles};
  Result<geometry::Mesh> mesh = fail(ErrorCode::kInvalidArgument,
                                     fmt::format("input.model has format '{}'; a render reads glb, stl, obj, ply or 3mf",
                                                 format),
                                     {{"field", "input.model"}});
  if (format == "glb") mesh = formats::decodeGlb(*bytes, limits);
  if (format == "stl") mesh = formats::decodeStl(*bytes, limits);
  if (format == "ply") mesh = formats::decodePly(*bytes, limits);
  if (format == "3mf") mesh = formats::decode3mf(*bytes, limits);
  if (format == "obj") {
    mesh = formats::decodeObj(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()), limits);
  }
  if (!mesh) {
    Error error = mesh.error();
    if (error.code != ErrorCode::kTooLarge) error.code = ErrorCode::kInvalidArgument;
    error.message = fmt::format("the input model ({}) cannot be read: {}", format, error.message);
    error.details["field"] = "input.model";
    return fail(std::move(error));
  }
  return mesh;
}

// A file-making engine's images and videos, stored as the job's artifacts.
Result<std::vector<store::Artifact>> storeFiles(const std::vector<engines::EngineFile>& files, store::BlobStore& blobs) {
  std::vector<store::Artifact> artifacts;
  for (const auto& file : files) {
    const std::string_view bytes(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size());
    auto ref = blobs.put(bytes);
    if (!ref) return fail(ref.error());
    artifacts.push_back({.name = file.name, .format = file.format, .media_type = file.media_type,
                         .bytes = ref->bytes, .sha256 = ref->sha256});
  }
  return artifacts;
}

nlohmann::json checksOf(const geometry::Mesh& mesh) {
  const auto topology = geometry::analyzeTopology(mesh);
  const auto size = geometry::boundingBox(mesh).size();
  return {{"watertight", topology.isWatertight()},
          {"manifold", topology.isManifold()},
          {"triangles", mesh.triangleCount()},
          {"bbox_mm", {size.x(), size.y(), size.z()}}};
}

store::Outcome run(const store::JobRecord& job, const engines::Registry& registry, store::BlobStore& blobs, geometry::Mesh* model_out,
                   engines::EngineContext& context) {
  const JobSpec spec = jobSpecFromJson(job.spec);
  const auto tier = engines::parseTier(spec.tier);
  if (!tier) {
    return failed(makeError(ErrorCode::kInvalidArgument, fmt::format("unknown tier '{}'", spec.tier),
                            {{"field", "tier"}}));
  }
  std::vector<formats::Format> outputs;
  for (const auto& name : spec.outputs) {
    const auto format = formats::parseFormat(name);
    if (!format) {
      return failed(makeError(ErrorCode::kInvalidArgument, fmt::format("unknown output format '{}'", name),
                              {{"field", "outputs"}}));
    }
    outputs.push_back(*format);
  }
  const bool makes_files = producesFiles(spec.kind);
  if (outputs.empty() && !makes_files) {
    return failed(makeError(ErrorCode::kInvalidArgument, "the job lists no output formats", {{"field", "outputs"}}));
  }

  engines::EngineRequest request;
  request.kind = spec.kind;
  request.tier = *tier;
  request.prompt = spec.input.value("prompt", "");
  request.params = spec.params;
  request.seed = spec.seed;
  if (spec.input.contains("model")) {
    context.report("read", 0.0f);
    auto model = readModelInput(spec.input["model"], blobs);
    if (!model) return failed(model.error());
    request.model = std::move(*model);
  }
  if (spec.input.contains("image_blobs") && spec.input["image_blobs"].is_array()) {
    for (const auto& image : spec.input["image_blobs"]) {
      auto bytes = readBlob(blobs, image.value("sha256", ""), kMaxImageInputBytes, "input image");
      if (!bytes) return failed(bytes.error());
      request.images.push_back(std::move(*bytes));
    }
  }
  auto made = engines::runEngine(registry, spec.engine, request, context);
  if (!made) return failed(made.error());

  if (makes_files) {
    if (made->files.empty()) {
      return failed(makeError(ErrorCode::kInternal, fmt::format("engine '{}' returned no files", spec.engine)));
    }
    auto artifacts = storeFiles(made->files, blobs);
    if (!artifacts) return failed(artifacts.error());
    store::Outcome outcome;
    outcome.success = true;
    outcome.artifacts = std::move(*artifacts);
    outcome.result = {{"summary", made->summary}};
    context.report("done", 1.0f);
    return outcome;  // no model: model_out stays empty, so no preview is drawn
  }

  store::Outcome outcome;
  const formats::ModelInfo info{.title = request.prompt};
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (context.isCanceled()) return failed(makeError(ErrorCode::kCanceled, "the job was canceled"));
    context.report("encode", 0.9f + 0.1f * static_cast<float>(i) / static_cast<float>(outputs.size()));
    auto files = formats::encode(made->mesh, outputs[i], "model", info);
    if (!files) {
      Error error = files.error();
      // The engine's mesh is ours, not the caller's: an encoder refusing it is an internal fault.
      error.code = ErrorCode::kInternal;
      return failed(std::move(error));
    }
    for (size_t f = 0; f < files->size(); ++f) {
      const auto& file = (*files)[f];
      const std::string_view bytes(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size());
      auto ref = blobs.put(bytes);
      if (!ref) return failed(ref.error());
      store::Artifact artifact;
      artifact.name = file.name;
      if (f == 0) {
        artifact.format = std::string(formats::formatName(outputs[i]));
        artifact.media_type = std::string(formats::formatMediaType(outputs[i]));
      } else {
        const auto dot = file.name.rfind('.');
        artifact.format = dot == std::string::npos ? std::string() : file.name.substr(dot + 1);
        artifact.media_type = companionMediaType(artifact.format);
      }
      artifact.bytes = ref->bytes;
      artifact.sha256 = ref->sha256;
      outcome.artifacts.push_back(std::move(artifact));
    }
  }
  outcome.success = true;
  outcome.result = made->summary.is_object() ? made->summary : nlohmann::json::object();
  outcome.result["checks"] = checksOf(made->mesh);
  if (model_out != nullptr) *model_out = std::move(made->mesh);
  context.report("done", 1.0f);
  return outcome;
}

}  // namespace

store::Outcome runJob(const store::JobRecord& job, const engines::Registry& registry, store::BlobStore& blobs,
                      engines::EngineContext& context, geometry::Mesh* model_out) {
  // The worker boundary: nothing an engine or encoder throws escapes as an exception.
  try {
    return run(job, registry, blobs, model_out, context);
  } catch (const std::bad_alloc&) {
    return failed(makeError(ErrorCode::kInternal, "the job ran out of memory; try a lower tier"));
  } catch (const std::exception& e) {
    return failed(makeError(ErrorCode::kInternal, fmt::format("the engine failed: {}", e.what())));
  } catch (...) {
    return failed(makeError(ErrorCode::kInternal, "the engine failed with an unknown exception"));
  }
}

Result<store::Artifact> renderPreviewArtifact(const geometry::Mesh& model, uint64_t seed, store::BlobStore& blobs,
                                             std::function<bool()> is_canceled) {
  try {
    auto png = render::renderPreviewPng(model, seed, std::move(is_canceled));
    if (!png) return fail(png.error());
    const std::string_view bytes(reinterpret_cast<const char*>(png->data()), png->size());
    auto ref = blobs.put(bytes);
    if (!ref) return fail(ref.error());
    store::Artifact artifact;
    artifact.name = "preview.png";
    artifact.format = "png";
    artifact.media_type = "image/png";
    artifact.bytes = ref->bytes;
    artifact.sha256 = ref->sha256;
    return artifact;
  } catch (const std::exception& e) {
    return fail(ErrorCode::kInternal, fmt::format("the preview renderer failed: {}", e.what()));
  }
}

}  // namespace kiln::jobs
