#pragma once
// Meshes for renderer tests.

#include "geometry/mesh.h"

namespace kiln::render::testing {

/// A UV sphere of `radius` mm at `center` with smooth unit normals, one
/// material of linear `albedo`, roughness 1, not metallic.
geometry::Mesh uvSphere(const geometry::Vec3& center, float radius, int segments, int rings,
                        const geometry::Vec3& albedo);

/// An axis-aligned box from `min` to `max` with flat faces, one material.
geometry::Mesh box(const geometry::Vec3& min, const geometry::Vec3& max, const geometry::Vec3& albedo);

}  // namespace kiln::render::testing
