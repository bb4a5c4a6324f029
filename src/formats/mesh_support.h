#pragma once
// Helpers shared by the format writers and readers (internal to kiln_formats):
// mesh checks, the print frame (Z up, resting on z = 0), colour encodings and
// exact float text.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "geometry/mesh.h"

namespace kiln::formats::detail {

/// Fails with kInvalidArgument when `mesh` is empty, breaks the Mesh
/// invariants, references a missing material or has non-finite positions.
Status checkEncodable(const geometry::Mesh& mesh);

/// The submeshes, or one covering every triangle with material 0.
std::vector<geometry::SubMesh> submeshesOf(const geometry::Mesh& mesh);

/// materials[index], or the default Material when the mesh has none.
geometry::Material materialOf(const geometry::Mesh& mesh, uint32_t index);

/// Number of material slots (at least 1).
size_t materialSlotCount(const geometry::Mesh& mesh);

/// Positions rotated from Y up to Z up ((x, y, z) → (x, -z, y), a proper
/// rotation, so winding stays outward) and translated so the lowest z is 0.
/// Every vertex index maps to exactly one float triple, so a shared vertex is
/// written with identical coordinates wherever it appears.
std::vector<geometry::Vec3> printFramePositions(const geometry::Mesh& mesh);

/// Inverse rotation of printFramePositions: Z up → Y up (the translation is not undone).
geometry::Vec3 yUpFromZUp(const geometry::Vec3& p);

/// sRGB transfer function and its inverse, on [0, 1].
float srgbFromLinear(float linear);
float linearFromSrgb(float srgb);
/// Clamps to [0, 1] and rounds to 0..255.
uint8_t unitToByte(float value);

/// Shortest decimal text that reads back as the same float (std::to_chars).
void appendFloat(std::string& out, float value);
std::string floatText(float value);

/// Deduplicates positions by bit pattern. `remap[i]` is the index in
/// `unique` of positions[i]; unique keeps first-occurrence order.
void weldByBits(std::span<const geometry::Vec3> positions, std::vector<geometry::Vec3>& unique,
                std::vector<uint32_t>& remap);

/// Appends `count` triangles of material `material` to mesh.submeshes,
/// extending the last submesh when it has the same material.
void appendSubmeshRun(geometry::Mesh& mesh, uint32_t material, uint32_t count);

/// The kInvalidArgument error readers return for malformed input.
Error malformed(std::string_view format, std::string message);

/// Final checks a reader runs on the mesh it built: non-empty, invariants.
Status checkDecoded(const geometry::Mesh& mesh, std::string_view format);

}  // namespace kiln::formats::detail
