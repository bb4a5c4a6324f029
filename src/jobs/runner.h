#pragma once
// Runs one leased job: JobSpec → EngineRequest → engine → encoded outputs in
// the blob store → an Outcome for JobStore::finish.

#include <functional>

#include "engines/engine.h"
#include "engines/registry.h"
#include "geometry/mesh.h"
#include "jobs/job_spec.h"
#include "store/blob_store.h"
#include "store/job_store.h"

namespace kiln::jobs {

/// Executes `job` with `context` for progress/cancel. Never throws: engine
/// exceptions become a failed Outcome. Input errors (bad prompt, unknown
/// subject) are not retryable; internal errors are. Artifacts: one per
/// requested output format ("model.glb", "model.stl", …; glTF and OBJ
/// companions are packed as separate artifacts "model.bin", "model.mtl").
/// The Outcome's result holds the engine summary plus
/// checks {watertight, manifold, triangles, bbox_mm}. When `model_out` is
/// given and the job succeeded, it receives the mesh (for the preview).
/// Image kinds (render, image_enhance; see producesFiles) read their input
/// first — input.model's blob (sha256 and format, resolved by the API; at
/// most 64 MiB and 2 M triangles) decoded into request.model, or
/// input.image_blobs' bytes into request.images — and store the engine's
/// files as artifacts ("render.png"); they leave `model_out` empty. An input
/// that cannot be read fails the job without a retry.
store::Outcome runJob(const store::JobRecord& job, const engines::Registry& registry, store::BlobStore& blobs,
                      engines::EngineContext& context, geometry::Mesh* model_out = nullptr);

/// Renders the 512×512 "preview.png" thumbnail of a finished model and stores
/// it in `blobs`. The worker calls this after the job is delivered, so a
/// client waiting for the model never waits for its picture; a failure here
/// is logged and the job keeps its model artifacts.
/// `is_canceled` (may be empty) stops the render early with kCanceled.
Result<store::Artifact> renderPreviewArtifact(const geometry::Mesh& model, uint64_t seed, store::BlobStore& blobs,
                                             std::function<bool()> is_canceled = {});

}  // namespace kiln::jobs
