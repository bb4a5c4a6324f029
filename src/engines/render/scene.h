#pragma once
// What surrounds the model in a render: the set pieces (ground, room walls),
// the lights and the camera, laid out from the model's bounds.

#include <vector>

#include "engines/render/bsdf.h"
#include "engines/render/camera.h"
#include "engines/render/lighting.h"

namespace kiln::render {

/// A flat quad: corner, corner + edge_u, corner + edge_u + edge_v, corner + edge_v.
/// Both sides are opaque and shaded the same way.
struct SetPiece {
  Vec3 corner = Vec3::Zero();
  Vec3 edge_u = Vec3::UnitX();
  Vec3 edge_v = Vec3::UnitZ();
  SurfaceMaterial material;
};

struct SceneSetup {
  std::vector<SetPiece> set_pieces;
  LightRig rig;
  Camera camera;
  /// The model's centre: what the lights are aimed at.
  Vec3 focus = Vec3::Zero();
  /// Lengths below this are "touching" (ray offsets); proportional to the model's size.
  float epsilon = 1e-3f;
  /// Non-metal specular strength (see SurfaceMaterial::specular).
  float dielectric_specular = 1.0f;
};

/// Lays out the scene for a model with bounds `bounds`: product and exterior
/// scenes get a ground plane under the model unless options.ground is false;
/// interior scenes get a floor and two walls behind the model (facing the
/// camera) so light bounces. Lights come from the preset, or from
/// options.custom_lights.
SceneSetup layoutScene(const geometry::Box& bounds, const RenderOptions& options);

}  // namespace kiln::render
