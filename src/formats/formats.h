#pragma once
// Model file writers and readers. Every writer is deterministic: the same
// Mesh gives byte-identical bytes. Units: kiln meshes are millimetres, Y up;
// glTF files are written in metres, Y up; STL and 3MF in millimetres with Z up
// (a printer's build direction), translated so the model rests on z = 0;
// OBJ and PLY in millimetres, Y up.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "geometry/mesh.h"

namespace kiln::formats {

enum class Format { kGlb, kGltf, kObj, kStl, kThreeMf, kPly };

/// Parses "glb", "gltf", "obj", "stl", "3mf", "ply" (case-insensitive); nullopt otherwise.
std::optional<Format> parseFormat(std::string_view name);
/// The canonical name ("glb", …) and file extension (".glb", …).
std::string_view formatName(Format format);
std::string_view formatExtension(Format format);
/// IANA media type, e.g. "model/gltf-binary", "model/stl", "model/3mf".
std::string_view formatMediaType(Format format);
/// The format implied by a path's extension, or nullopt.
std::optional<Format> formatFromPath(const std::filesystem::path& path);

/// Metadata written into files that have a place for it (glTF asset.generator / extras, 3MF metadata).
struct ModelInfo {
  std::string title;      // e.g. the prompt
  std::string generator = "kiln";
};

/// One output file: a relative name and its bytes (glTF writes .gltf + .bin;
/// OBJ writes .obj + .mtl).
struct FileBlob {
  std::string name;
  std::vector<uint8_t> bytes;
};

/// Encodes `mesh` as `format`. `base_name` names the main file and companions
/// ("teapot" → "teapot.gltf" + "teapot.bin"). The first element is the main file.
/// Fails with kInvalidArgument for an empty or invalid mesh.
Result<std::vector<FileBlob>> encode(const geometry::Mesh& mesh, Format format,
                                     std::string_view base_name, const ModelInfo& info = {});

/// Encodes and writes the files next to `path` (whose extension is replaced by
/// the format's). Returns the paths written, main file first.
Result<std::vector<std::filesystem::path>> writeModel(const geometry::Mesh& mesh, Format format,
                                                      const std::filesystem::path& path,
                                                      const ModelInfo& info = {});

// --- Individual encoders (used by encode) ---
/// GLB in metres, Y up: one primitive per non-empty submesh, each with its own
/// compact vertex range; only referenced materials are written. Triangles with
/// a repeated vertex index are left out (they cover nothing).
Result<std::vector<uint8_t>> encodeGlb(const geometry::Mesh& mesh, const ModelInfo& info);
/// glTF JSON referencing `bin_name`, plus the .bin bytes.
Result<std::pair<std::string, std::vector<uint8_t>>> encodeGltf(const geometry::Mesh& mesh,
                                                                std::string_view bin_name,
                                                                const ModelInfo& info);
/// Binary STL in millimetres, Z up, resting on z = 0, with facet normals.
Result<std::vector<uint8_t>> encodeStl(const geometry::Mesh& mesh);
/// 3MF core package (millimetres, Z up, resting on z = 0). Vertices are welded
/// by exact position so the mesh is manifold by index; triangles that become
/// degenerate are dropped. Materials are base materials whose displaycolor is
/// the sRGB-encoded base colour. The zip is deterministic (fixed order and time).
Result<std::vector<uint8_t>> encode3mf(const geometry::Mesh& mesh, const ModelInfo& info);
/// OBJ text referencing `mtl_name`, plus the MTL text.
Result<std::pair<std::string, std::string>> encodeObj(const geometry::Mesh& mesh,
                                                      std::string_view mtl_name);
/// Binary little-endian PLY: x y z, nx ny nz, s t, and red green blue alpha
/// as sRGB-encoded uchar when present; faces as uchar-counted int lists.
Result<std::vector<uint8_t>> encodePly(const geometry::Mesh& mesh);

// --- Readers (round trips in tests; model inputs for later engines) ---
// Each caps sizes before allocating and returns kInvalidArgument on malformed
// input, never asserts. Returned meshes are millimetres, Y up (the inverse of
// the writer's unit and axis conventions).
struct ReadLimits {
  size_t max_bytes = 512u << 20;
  size_t max_triangles = 20'000'000;
};
Result<geometry::Mesh> decodeGlb(const std::vector<uint8_t>& bytes, const ReadLimits& limits = {});
Result<geometry::Mesh> decodeStl(const std::vector<uint8_t>& bytes, const ReadLimits& limits = {});
Result<geometry::Mesh> decode3mf(const std::vector<uint8_t>& bytes, const ReadLimits& limits = {});
/// glTF JSON whose buffers are data: URIs or plain file names inside `base_dir`
/// (other paths are refused; images are never decoded).
Result<geometry::Mesh> decodeGltf(std::string_view json, const std::filesystem::path& base_dir,
                                  const ReadLimits& limits = {});
/// OBJ text alone: usemtl names become materials with default colours.
Result<geometry::Mesh> decodeObj(std::string_view text, const ReadLimits& limits = {});
/// OBJ text with its MTL library: newmtl Kd/d/Pr/Pm/Ke fill in the materials.
Result<geometry::Mesh> decodeObj(std::string_view obj_text, std::string_view mtl_text,
                                 const ReadLimits& limits);
Result<geometry::Mesh> decodePly(const std::vector<uint8_t>& bytes, const ReadLimits& limits = {});
/// Reads any supported file by extension (.glb, .gltf with its .bin, .stl, .3mf, .obj, .ply).
Result<geometry::Mesh> readModel(const std::filesystem::path& path, const ReadLimits& limits = {});

}  // namespace kiln::formats
