#pragma once
// Meshes built in code for the formats tests: closed, outward-wound surfaces
// with the attribute combinations the writers must handle.

#include "geometry/mesh.h"

namespace kiln::formats::testing {

/// A 20 mm cube resting on y = 0 with flat per-face normals (24 vertices that
/// share positions bit for bit), vertex colours, and two materials: the side
/// faces use "red", top and bottom use "blue".
geometry::Mesh twoMaterialCube();

/// A unit icosahedron subdivided `subdivisions` times and scaled to `radius_mm`,
/// centred at the origin, with smooth normals and spherical UVs; one material.
geometry::Mesh icosphere(int subdivisions, float radius_mm);

/// Axis-aligned bounding box, computed here so the tests do not depend on geometry's sources.
geometry::Box bounds(const geometry::Mesh& mesh);

}  // namespace kiln::formats::testing
