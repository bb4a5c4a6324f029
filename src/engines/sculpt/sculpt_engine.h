#pragma once
// The `sculpt` engine: procedural text → 3D. The prompt is understood against
// the subject library (prompt_parser); the subject — with its accessories,
// its container or support and its contents — is built by the subjects' Lua
// programs into one SDF (composition), meshed with OpenVDB and reduced to the
// tier's triangle budget; colours, materials and surface conditions follow
// the prompt's words.

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

std::unique_ptr<Engine> makeSculptEngine();

}  // namespace kiln::engines
