#pragma once
// The `sculpt` engine: procedural text → 3D. A prompt names a subject from
// the lexicon; its archetype factory builds an SDF from parts, which is
// meshed with OpenVDB and reduced to the tier's triangle budget.

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

std::unique_ptr<Engine> makeSculptEngine();

}  // namespace kiln::engines
