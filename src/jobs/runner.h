#pragma once
// Runs one leased job: JobSpec → EngineRequest → engine → encoded outputs in
// the blob store → an Outcome for JobStore::finish.

#include "engines/engine.h"
#include "engines/registry.h"
#include "jobs/job_spec.h"
#include "store/blob_store.h"
#include "store/job_store.h"

namespace kiln::jobs {

/// Executes `job` with `context` for progress/cancel. Never throws: engine
/// exceptions become a failed Outcome. Input errors (bad prompt, unknown
/// subject) are not retryable; internal errors are. Artifacts: one per
/// requested output format ("model.glb", "model.stl", …; glTF and OBJ
/// companions are packed as separate artifacts "model.bin", "model.mtl"),
/// then a 512×512 "preview.png" thumbnail (left out, with a warning in the
/// log, if it cannot be rendered — a preview never fails a job).
/// The Outcome's result holds the engine summary plus
/// checks {watertight, manifold, triangles, bbox_mm}.
store::Outcome runJob(const store::JobRecord& job, const engines::Registry& registry, store::BlobStore& blobs,
                      engines::EngineContext& context);

}  // namespace kiln::jobs
