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
         code == ErrorCode::kUnprocessable || code == ErrorCode::kCanceled;
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
  if (outputs.empty()) {
    return failed(makeError(ErrorCode::kInvalidArgument, "the job lists no output formats", {{"field", "outputs"}}));
  }

  engines::EngineRequest request;
  request.kind = spec.kind;
  request.tier = *tier;
  request.prompt = spec.input.value("prompt", "");
  request.params = spec.params;
  request.seed = spec.seed;
  auto made = engines::runEngine(registry, spec.engine, request, context);
  if (!made) return failed(made.error());

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

Result<store::Artifact> renderPreviewArtifact(const geometry::Mesh& model, uint64_t seed, store::BlobStore& blobs) {
  try {
    auto png = render::renderPreviewPng(model, seed);
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
