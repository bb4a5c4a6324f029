// Hostile and broken inputs: every reader returns an Error and never crashes
// or allocates what a header merely claims.
#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "formats/formats.h"
#include "formats/tests/test_meshes.h"

namespace kiln::formats {
namespace {

std::vector<uint8_t> bytesOf(std::string_view text) { return {text.begin(), text.end()}; }

void putU32(std::vector<uint8_t>& bytes, size_t offset, uint32_t value) {
  ASSERT_LE(offset + 4, bytes.size());
  const uint8_t le[4] = {static_cast<uint8_t>(value), static_cast<uint8_t>(value >> 8),
                         static_cast<uint8_t>(value >> 16), static_cast<uint8_t>(value >> 24)};
  std::memcpy(bytes.data() + offset, le, 4);
}

std::vector<uint8_t> cubeGlb() {
  auto bytes = encodeGlb(testing::twoMaterialCube(), {});
  EXPECT_TRUE(bytes);
  return bytes ? std::move(*bytes) : std::vector<uint8_t>{};
}

// A GLB with the given JSON chunk and a BIN chunk of `bin` zero bytes.
std::vector<uint8_t> glbWithJson(std::string json, size_t bin) {
  json.resize((json.size() + 3) & ~size_t{3}, ' ');
  bin = (bin + 3) & ~size_t{3};
  std::vector<uint8_t> out(12 + 8 + json.size() + 8 + bin, 0);
  putU32(out, 0, 0x46546C67);
  putU32(out, 4, 2);
  putU32(out, 8, static_cast<uint32_t>(out.size()));
  putU32(out, 12, static_cast<uint32_t>(json.size()));
  putU32(out, 16, 0x4E4F534A);
  std::memcpy(out.data() + 20, json.data(), json.size());
  putU32(out, 20 + json.size(), static_cast<uint32_t>(bin));
  putU32(out, 24 + json.size(), 0x004E4942);
  return out;
}

void expectInvalid(const Result<geometry::Mesh>& result) {
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().code == ErrorCode::kInvalidArgument || result.error().code == ErrorCode::kTooLarge)
      << result.error().message;
  EXPECT_FALSE(result.error().message.empty());
}

TEST(RejectsMalformedGlb, EmptyInput) { expectInvalid(decodeGlb({})); }

TEST(RejectsMalformedGlb, WrongMagic) {
  auto bytes = cubeGlb();
  bytes[0] = 'x';
  expectInvalid(decodeGlb(bytes));
}

TEST(RejectsMalformedGlb, EveryTruncation) {
  const auto bytes = cubeGlb();
  for (size_t size = 0; size < bytes.size(); size += 7) {
    expectInvalid(decodeGlb(std::vector<uint8_t>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size))));
  }
}

TEST(RejectsMalformedGlb, ChunkLengthLargerThanFile) {
  auto bytes = cubeGlb();
  putU32(bytes, 12, 0x7FFFFFF0);
  expectInvalid(decodeGlb(bytes));
}

TEST(RejectsMalformedGlb, AccessorPastItsBufferView) {
  const std::string json = R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":36}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":1000000,"type":"VEC3"}],
    "meshes":[{"primitives":[{"attributes":{"POSITION":0}}]}],"nodes":[{"mesh":0}],"scenes":[{"nodes":[0]}],"scene":0})";
  expectInvalid(decodeGlb(glbWithJson(json, 36)));
}

TEST(RejectsMalformedGlb, IndexOutOfRange) {
  // Three float positions (36 bytes) then three uint16 indices, one of them 7.
  const std::string json = R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":44}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":6}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"},
                 {"bufferView":1,"componentType":5123,"count":3,"type":"SCALAR"}],
    "meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":1}]}],"nodes":[{"mesh":0}],"scenes":[{"nodes":[0]}],"scene":0})";
  auto glb = glbWithJson(json, 44);
  const size_t bin = glb.size() - 44;
  glb[bin + 36 + 2] = 7;
  expectInvalid(decodeGlb(glb));
}

// Found by fuzz_glb: signed (SHORT) indices, one of them negative.
TEST(RejectsMalformedGlb, SignedOrNegativeIndices) {
  const std::string json = R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":44}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":6}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"},
                 {"bufferView":1,"componentType":5122,"count":3,"type":"SCALAR"}],
    "meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":1}]}],"nodes":[{"mesh":0}],"scenes":[{"nodes":[0]}],"scene":0})";
  auto glb = glbWithJson(json, 44);
  const size_t bin = glb.size() - 44;
  glb[bin + 36 + 2] = 0xff;  // -1 as a little-endian int16
  glb[bin + 36 + 3] = 0xff;
  expectInvalid(decodeGlb(glb));
}

TEST(RejectsMalformedGlb, CyclicNodeHierarchy) {
  const std::string json = R"({"asset":{"version":"2.0"},"nodes":[{"children":[1]},{"children":[0]}],
    "scenes":[{"nodes":[0]}],"scene":0})";
  expectInvalid(decodeGlb(glbWithJson(json, 0)));
}

TEST(RejectsMalformedGlb, ExternalBufferUri) {
  const std::string json = R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":12,"uri":"/etc/passwd"}]})";
  expectInvalid(decodeGlb(glbWithJson(json, 0)));
}

TEST(RejectsMalformedGlb, BrokenJson) { expectInvalid(decodeGlb(glbWithJson("{\"asset\": [", 0))); }

TEST(RejectsMalformedGlb, MoreBytesThanTheLimit) {
  ReadLimits limits;
  limits.max_bytes = 100;
  expectInvalid(decodeGlb(cubeGlb(), limits));
}

TEST(RejectsMalformedStl, EmptyInput) { expectInvalid(decodeStl({})); }

TEST(RejectsMalformedStl, TriangleCountLargerThanFile) {
  auto bytes = encodeStl(testing::twoMaterialCube()).value();
  putU32(bytes, 80, 0xFFFFFFFF);
  expectInvalid(decodeStl(bytes));
}

TEST(RejectsMalformedStl, TruncatedBinary) {
  auto bytes = encodeStl(testing::twoMaterialCube()).value();
  bytes.resize(bytes.size() - 10);
  expectInvalid(decodeStl(bytes));
}

TEST(RejectsMalformedStl, TriangleCountAboveTheLimit) {
  ReadLimits limits;
  limits.max_triangles = 4;
  expectInvalid(decodeStl(encodeStl(testing::twoMaterialCube()).value(), limits));
}

TEST(RejectsMalformedStl, AsciiWithBadNumbersOrShortLoops) {
  expectInvalid(decodeStl(bytesOf("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 zero\n")));
  expectInvalid(decodeStl(bytesOf("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nendloop\n")));
  expectInvalid(decodeStl(bytesOf("solid x\nendsolid x\n")));
  expectInvalid(decodeStl(bytesOf("not an stl")));
}

TEST(RejectsMalformed3mf, EmptyInput) { expectInvalid(decode3mf({})); }

TEST(RejectsMalformed3mf, NotAZip) { expectInvalid(decode3mf(bytesOf("PK\x03\x04 this is not really a zip file"))); }

TEST(RejectsMalformed3mf, TruncatedZip) {
  auto bytes = encode3mf(testing::twoMaterialCube(), {}).value();
  for (size_t size : {bytes.size() / 4, bytes.size() / 2, bytes.size() - 30}) {
    expectInvalid(decode3mf(std::vector<uint8_t>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size))));
  }
}

TEST(RejectsMalformed3mf, CorruptedCompressedData) {
  auto bytes = encode3mf(testing::icosphere(2, 10.0f), {}).value();
  // Flip bytes in the middle of the model part's deflate stream; the CRC or
  // the inflater must catch it.
  for (size_t i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i) bytes[i] ^= 0x5A;
  expectInvalid(decode3mf(bytes));
}

TEST(RejectsMalformed3mf, ModelPartLargerThanTheLimit) {
  // The archive fits the limit; its deflated model part (~100 KB) does not.
  const auto bytes = encode3mf(testing::icosphere(3, 10.0f), {}).value();
  ReadLimits limits;
  limits.max_bytes = bytes.size() + 100;
  expectInvalid(decode3mf(bytes, limits));
}

TEST(RejectsMalformedObj, EmptyInput) { expectInvalid(decodeObj("")); }

TEST(RejectsMalformedObj, IndexOutOfRange) {
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 -4\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 0\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1/1 2/1 3/1\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1//9 2//9 3//9\n"));
}

TEST(RejectsMalformedObj, BadNumbersAndShortFaces) {
  expectInvalid(decodeObj("v 0 0 nan\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"));
  expectInvalid(decodeObj("v 0 zero 0\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nf 1 2\n"));
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 99999999999999999999\n"));
  expectInvalid(decodeObj("# only a comment\n"));
}

TEST(RejectsMalformedObj, MoreTrianglesThanTheLimit) {
  ReadLimits limits;
  limits.max_triangles = 1;
  expectInvalid(decodeObj("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 1 0\nf 1 2 3 4\n", limits));
}

TEST(RejectsMalformedPly, EmptyInputAndWrongMagic) {
  expectInvalid(decodePly({}));
  expectInvalid(decodePly(bytesOf("plx\nformat ascii 1.0\nend_header\n")));
}

TEST(RejectsMalformedPly, ElementCountLargerThanFile) {
  const std::string header =
      "ply\nformat binary_little_endian 1.0\nelement vertex 4000000000\nproperty float x\nproperty float y\n"
      "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n";
  expectInvalid(decodePly(bytesOf(header + std::string(64, '\0'))));
}

TEST(RejectsMalformedPly, TruncatedBody) {
  auto bytes = encodePly(testing::twoMaterialCube()).value();
  bytes.resize(bytes.size() - 5);
  expectInvalid(decodePly(bytes));
}

TEST(RejectsMalformedPly, FaceIndexOutOfRange) {
  const std::string ply =
      "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
      "element face 1\nproperty list uchar int vertex_indices\nend_header\n0 0 0\n1 0 0\n0 1 0\n3 0 1 3\n";
  expectInvalid(decodePly(bytesOf(ply)));
}

TEST(RejectsMalformedPly, MissingEndHeaderAndUnknownKeywords) {
  expectInvalid(decodePly(bytesOf("ply\nformat ascii 1.0\nelement vertex 3\n")));
  expectInvalid(decodePly(bytesOf("ply\nformat ascii 1.0\nbogus line\nend_header\n")));
  expectInvalid(decodePly(bytesOf("ply\nformat binary_middle_endian 1.0\nend_header\n")));
}

// Seeded corruption of valid files (flipped bytes, overwritten words,
// truncation): every reader must return normally, with a mesh or an Error.
TEST(RejectsMalformedAnyFormat, SurvivesSeededCorruption) {
  const geometry::Mesh mesh = testing::twoMaterialCube();
  const auto obj = encodeObj(mesh, "m.mtl").value();
  const std::vector<std::pair<std::string, std::vector<uint8_t>>> samples = {
      {"glb", encodeGlb(mesh, {}).value()},
      {"stl", encodeStl(mesh).value()},
      {"3mf", encode3mf(mesh, {}).value()},
      {"ply", encodePly(mesh).value()},
      {"obj", bytesOf(obj.first)},
  };
  std::mt19937 rng(20240611);
  for (const auto& [format, original] : samples) {
    for (int round = 0; round < 300; ++round) {
      std::vector<uint8_t> bytes = original;
      const int edits = 1 + static_cast<int>(rng() % 8);
      for (int e = 0; e < edits; ++e) {
        const size_t at = rng() % bytes.size();
        switch (rng() % 3) {
          case 0: bytes[at] ^= static_cast<uint8_t>(1u << (rng() % 8)); break;
          case 1: bytes[at] = static_cast<uint8_t>(rng()); break;
          default:
            if (at + 4 <= bytes.size()) putU32(bytes, at, (rng() % 2) ? 0xFFFFFFFFu : static_cast<uint32_t>(rng()));
        }
      }
      if (rng() % 4 == 0) bytes.resize(rng() % bytes.size());
      Result<geometry::Mesh> result = fail(ErrorCode::kInternal, "unset");
      if (format == "glb") result = decodeGlb(bytes);
      else if (format == "stl") result = decodeStl(bytes);
      else if (format == "3mf") result = decode3mf(bytes);
      else if (format == "ply") result = decodePly(bytes);
      else result = decodeObj(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
      if (result) {
        EXPECT_EQ(result->indices.size() % 3, 0u) << format;
        for (uint32_t index : result->indices) ASSERT_LT(index, result->positions.size()) << format;
      } else {
        EXPECT_NE(result.error().code, ErrorCode::kInternal) << format << ": " << result.error().message;
      }
    }
  }
}

TEST(RejectsMalformedReadModel, UnknownExtensionAndMissingFile) {
  auto unknown = readModel("model.fbx");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnsupportedMedia);
  auto missing = readModel("/nonexistent/kiln/model.stl");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kiln::formats
