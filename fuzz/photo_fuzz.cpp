// libFuzzer target: an uploaded photo's path through intake — media sniffing,
// the header reader (size checked before any pixel is allocated) and, for
// headers that pass, the decoder (OpenCV imgcodecs) at a small working size.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "api/media_sniff.h"
#include "engines/inflate/photo_decode.h"
#include "fuzz/seeds.h"

namespace {

std::vector<kiln::fuzz::Seed> seeds() {
  std::vector<kiln::fuzz::Seed> out;
  cv::Mat3b image(24, 32, cv::Vec3b(40, 120, 200));
  cv::circle(image, {16, 12}, 8, cv::Scalar(250, 250, 250), -1);
  for (const char* ext : {".png", ".jpg", ".webp"}) {
    std::vector<uint8_t> bytes;
    if (cv::imencode(ext, image, bytes)) out.push_back(bytes);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  kiln::fuzz::plantSeeds(*argc, *argv, seeds());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::span<const uint8_t> bytes(data, size);
  (void)kiln::api::sniffMediaType(std::string_view(reinterpret_cast<const char*>(data), size));
  auto header = kiln::engines::inflate::readPhotoHeader(bytes);
  // The decoder only ever sees what the header reader let through; keep each
  // run small so the fuzzer explores formats rather than pixels.
  if (header && static_cast<int64_t>(header->width) * header->height <= 512 * 512) {
    (void)kiln::engines::inflate::decodePhoto(bytes, 64);
  }
  return 0;
}
