// libFuzzer target: one model reader (chosen at build time by
// KILN_FUZZ_FORMAT) on arbitrary bytes. Readers must return errors, never
// crash, hang or allocate what the input only claims to need.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/crypto.h"
#include "formats/formats.h"
#include "formats/tests/test_meshes.h"
#include "fuzz/seeds.h"

namespace {

using namespace kiln;

// Caps that keep a single input's work small; the readers' own checks run
// against these as they would against the defaults.
const formats::ReadLimits kLimits{.max_bytes = 4u << 20, .max_triangles = 200'000};

std::vector<fuzz::Seed> seeds() {
  std::vector<fuzz::Seed> out;
  for (const auto& mesh : {formats::testing::twoMaterialCube(), formats::testing::icosphere(1, 10.0f)}) {
    formats::ModelInfo info;
#if KILN_FUZZ_FORMAT_GLB
    if (auto glb = formats::encodeGlb(mesh, info)) out.push_back(*glb);
#elif KILN_FUZZ_FORMAT_GLTF
    if (auto gltf = formats::encodeGltf(mesh, "model.bin", info)) {
      std::string json = gltf->first;
      const std::string bin(gltf->second.begin(), gltf->second.end());
      const std::string uri = "data:application/octet-stream;base64," + base64Encode(bin);
      if (auto at = json.find("model.bin"); at != std::string::npos) json.replace(at, 9, uri);
      out.push_back(fuzz::seedOf(json));
    }
#elif KILN_FUZZ_FORMAT_STL
    if (auto stl = formats::encodeStl(mesh)) out.push_back(*stl);
#elif KILN_FUZZ_FORMAT_3MF
    if (auto m = formats::encode3mf(mesh, info)) out.push_back(*m);
#elif KILN_FUZZ_FORMAT_OBJ
    if (auto obj = formats::encodeObj(mesh, "model.mtl")) out.push_back(fuzz::seedOf(obj->first + "\n#mtl\n" + obj->second));
#elif KILN_FUZZ_FORMAT_PLY
    if (auto ply = formats::encodePly(mesh)) out.push_back(*ply);
#endif
  }
#if KILN_FUZZ_FORMAT_STL
  out.push_back(fuzz::seedOf("solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\n"
                             "endloop\nendfacet\nendsolid t\n"));
#elif KILN_FUZZ_FORMAT_OBJ
  out.push_back(fuzz::seedOf("v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvn 0 0 1\nf 1/1/1 2/1/1 3/1/1\nf -3 -2 -1\n"));
#elif KILN_FUZZ_FORMAT_PLY
  out.push_back(fuzz::seedOf("ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                             "property float z\nelement face 1\nproperty list uchar int vertex_indices\n"
                             "end_header\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n"));
#endif
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  kiln::fuzz::plantSeeds(*argc, *argv, seeds());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<uint8_t> bytes(data, data + size);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
#if KILN_FUZZ_FORMAT_GLB
  (void)kiln::formats::decodeGlb(bytes, kLimits);
#elif KILN_FUZZ_FORMAT_GLTF
  // No base directory with files in it: only data: URIs can resolve.
  (void)kiln::formats::decodeGltf(text, "/nonexistent-kiln-fuzz", kLimits);
#elif KILN_FUZZ_FORMAT_STL
  (void)kiln::formats::decodeStl(bytes, kLimits);
#elif KILN_FUZZ_FORMAT_3MF
  (void)kiln::formats::decode3mf(bytes, kLimits);
#elif KILN_FUZZ_FORMAT_OBJ
  // The first line that starts "#mtl" splits OBJ text from its MTL text.
  const auto split = text.find("\n#mtl\n");
  if (split == std::string_view::npos) {
    (void)kiln::formats::decodeObj(text, kLimits);
  } else {
    (void)kiln::formats::decodeObj(text.substr(0, split), text.substr(split + 6), kLimits);
  }
#elif KILN_FUZZ_FORMAT_PLY
  (void)kiln::formats::decodePly(bytes, kLimits);
#endif
  (void)bytes;
  (void)text;
  return 0;
}
