// Turntables and MP4 encoding: every video is decoded back with
// libavformat/libavcodec and its frames counted and measured.
#include "engines/render/turntable.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engines/render/camera.h"
#include "engines/render/mp4_encoder.h"
#include "engines/render/tests/mp4_probe.h"
#include "engines/render/tests/test_meshes.h"

namespace kiln::render {
namespace {

using testing::decodeMp4;
using testing::meanAbsDifference;
using testing::topLevelBoxes;

// A moving diagonal gradient: each frame differs from the last.
std::vector<Image8> gradientFrames(int count, int width, int height) {
  std::vector<Image8> frames;
  for (int f = 0; f < count; ++f) {
    Image8 image{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height * 3)};
    for (int y = 0; y < height; ++y) {
      for (int x = 0; x < width; ++x) {
        uint8_t* p = image.at(x, y);
        p[0] = static_cast<uint8_t>((x * 2 + f * 9) & 255);
        p[1] = static_cast<uint8_t>((y * 2) & 255);
        p[2] = static_cast<uint8_t>(((x + y) + f * 17) & 255);
      }
    }
    frames.push_back(std::move(image));
  }
  return frames;
}

// A long flat box: from a quarter-turn away its silhouette is very different.
geometry::Mesh plank() {
  return testing::box(geometry::Vec3(-40, 0, -8), geometry::Vec3(40, 20, 8),
                      geometry::Vec3(0.7f, 0.3f, 0.2f));
}

TurntableOptions smallTurntable(int frames) {
  TurntableOptions options;
  options.frames = frames;
  options.render.size = {128, 128};
  options.render.samples_per_pixel = 4;
  options.render.max_bounces = 2;
  options.render.seed = 7;
  return options;
}

TEST(Mp4Encoder, WritesAnMp4ThatDecodesToEveryFrameAtItsSize) {
  const auto frames = gradientFrames(8, 128, 96);
  auto mp4 = encodeMp4(frames, {.fps = 12, .crf = 20});
  ASSERT_TRUE(mp4) << mp4.error().message;
  const auto boxes = topLevelBoxes(*mp4);
  ASSERT_FALSE(boxes.empty()) << "malformed top-level boxes";
  EXPECT_EQ(boxes.front(), "ftyp");
  const auto moov = std::find(boxes.begin(), boxes.end(), "moov");
  const auto mdat = std::find(boxes.begin(), boxes.end(), "mdat");
  ASSERT_NE(moov, boxes.end());
  ASSERT_NE(mdat, boxes.end());
  EXPECT_LT(moov, mdat) << "faststart puts the index before the media data";

  const auto video = decodeMp4(*mp4);
  ASSERT_TRUE(video.error.empty()) << video.error;
  EXPECT_EQ(video.codec, "h264");
  EXPECT_EQ(video.pixel_format, "yuv420p");
  EXPECT_EQ(video.width, 128);
  EXPECT_EQ(video.height, 96);
  EXPECT_NEAR(video.fps, 12.0, 1e-6);
  EXPECT_EQ(video.luma.size(), 8u);
}

TEST(Mp4Encoder, KeepsGreyLevelsThroughTheColourConversion) {
  // Limited-range BT.709: full-range grey g encodes as Y = 16 + 219·g/255.
  std::vector<Image8> frames;
  for (int level : {40, 128, 220}) {
    frames.push_back({64, 64, std::vector<uint8_t>(64 * 64 * 3, static_cast<uint8_t>(level))});
  }
  auto mp4 = encodeMp4(frames, {.fps = 24, .crf = 10});
  ASSERT_TRUE(mp4) << mp4.error().message;
  const auto video = decodeMp4(*mp4);
  ASSERT_TRUE(video.error.empty()) << video.error;
  ASSERT_EQ(video.luma.size(), 3u);
  const int levels[] = {40, 128, 220};
  for (size_t i = 0; i < 3; ++i) {
    double mean = 0.0;
    for (uint8_t y : video.luma[i]) mean += y;
    mean /= static_cast<double>(video.luma[i].size());
    EXPECT_NEAR(mean, 16.0 + 219.0 * levels[i] / 255.0, 2.0) << "frame " << i;
  }
}

TEST(Mp4Encoder, RoundsOddSizesDownToEven) {
  auto mp4 = encodeMp4(gradientFrames(2, 131, 97), {});
  ASSERT_TRUE(mp4) << mp4.error().message;
  const auto video = decodeMp4(*mp4);
  ASSERT_TRUE(video.error.empty()) << video.error;
  EXPECT_EQ(video.width, 130);
  EXPECT_EQ(video.height, 96);
  EXPECT_EQ(video.luma.size(), 2u);
}

TEST(Mp4Encoder, SameFramesGiveTheSameBytesWithLibx264) {
  auto encoder = Mp4Encoder::create(64, 64, {});
  ASSERT_TRUE(encoder) << encoder.error().message;
  if ((*encoder)->encoderName() != "libx264") {
    GTEST_SKIP() << "the H.264 encoder is " << (*encoder)->encoderName()
                 << ", not libx264; only libx264 promises reproducible output";
  }
  const auto frames = gradientFrames(6, 128, 128);
  auto a = encodeMp4(frames, {});
  auto b = encodeMp4(frames, {});
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  auto other = encodeMp4(gradientFrames(5, 128, 128), {});
  ASSERT_TRUE(other);
  EXPECT_NE(*a, *other);
}

TEST(Mp4Encoder, RejectsBadSizesRatesAndFrames) {
  EXPECT_EQ(Mp4Encoder::create(1, 64, {}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Mp4Encoder::create(64, kMaxImageSide + 2, {}).error().code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Mp4Encoder::create(64, 64, {.fps = 0}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Mp4Encoder::create(64, 64, {.fps = 24, .crf = 52}).error().code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(encodeMp4({}, {}).error().code, ErrorCode::kInvalidArgument);

  auto encoder = Mp4Encoder::create(64, 64, {});
  ASSERT_TRUE(encoder) << encoder.error().message;
  EXPECT_EQ((*encoder)->finish().error().code, ErrorCode::kInvalidArgument) << "no frames";

  auto mixed = gradientFrames(2, 64, 64);
  mixed.push_back(gradientFrames(1, 32, 32).front());
  auto failed = encodeMp4(mixed, {});
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(failed.error().message.find("64x64"), std::string::npos) << failed.error().message;
}

TEST(Turntable, OrbitsTheModelSoAQuarterTurnLooksDifferent) {
  std::vector<Image8> frames;
  std::vector<float> progress;
  auto options = smallTurntable(8);
  options.render.progress = [&](float f) { progress.push_back(f); };
  auto done = renderTurntable(plank(), options, [&](int index, const Image8& frame) -> Status {
    EXPECT_EQ(index, static_cast<int>(frames.size()));
    frames.push_back(frame);
    return {};
  });
  ASSERT_TRUE(done) << done.error().message;
  ASSERT_EQ(frames.size(), 8u);
  EXPECT_EQ(frames[0].width, 128);
  EXPECT_EQ(frames[0].height, 128);
  // Frame 2 of 8 is 90° round: the plank is seen end-on instead of along its side.
  EXPECT_GT(meanAbsDifference(frames[0].rgb, frames[2].rgb), 4.0);
  // Half a turn later the plank shows its other side: same silhouette, but
  // the camera and lights moved together, so it still differs from a quarter-turn.
  EXPECT_GT(meanAbsDifference(frames[2].rgb, frames[4].rgb), 4.0);

  ASSERT_FALSE(progress.empty());
  EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
  EXPECT_GT(progress.front(), 0.0f);
  EXPECT_FLOAT_EQ(progress.back(), 1.0f);
}

TEST(Turntable, SameSeedGivesTheSameFrames) {
  std::vector<Image8> a;
  std::vector<Image8> b;
  auto options = smallTurntable(4);
  ASSERT_TRUE(renderTurntable(plank(), options, [&](int, const Image8& f) -> Status {
    a.push_back(f);
    return {};
  }));
  ASSERT_TRUE(renderTurntable(plank(), options, [&](int, const Image8& f) -> Status {
    b.push_back(f);
    return {};
  }));
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(b.size(), 4u);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].rgb, b[i].rgb) << "frame " << i;
}

TEST(Turntable, KeepsTheCameraDistanceForTheWholeOrbit) {
  const auto options = smallTurntable(8);
  const auto bounds = geometry::boundingBox(plank());
  const float orbit = turntableCameraDistance(bounds, options);
  for (int i = 0; i < options.frames; ++i) {
    const Camera c = frameBounds(bounds, 128, 128,
                                 options.render.camera_azimuth_deg + 45.0f * static_cast<float>(i),
                                 options.render.camera_elevation_deg, options.render.fov_deg);
    EXPECT_LE((c.position - bounds.center()).norm(), orbit * 1.0001f)
        << "frame " << i << " would crop the model";
  }
}

TEST(Turntable, StopsWhenCanceled) {
  auto options = smallTurntable(8);
  int frames = 0;
  options.render.is_canceled = [&] { return frames >= 2; };
  auto done = renderTurntable(plank(), options, [&](int, const Image8&) -> Status {
    ++frames;
    return {};
  });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().code, ErrorCode::kCanceled);
  EXPECT_EQ(frames, 2);
}

TEST(Turntable, RejectsBadFrameCountsAndEmptyModels) {
  auto none = [](int, const Image8&) -> Status { return {}; };
  auto options = smallTurntable(0);
  EXPECT_EQ(renderTurntable(plank(), options, none).error().code, ErrorCode::kInvalidArgument);
  options.frames = kMaxTurntableFrames + 1;
  EXPECT_EQ(renderTurntable(plank(), options, none).error().code, ErrorCode::kInvalidArgument);
  options.frames = 4;
  EXPECT_EQ(renderTurntable(geometry::Mesh{}, options, none).error().code,
            ErrorCode::kUnprocessable);
}

TEST(Turntable, EncodesToAnMp4WithOneFramePerStep) {
  auto mp4 = renderTurntableMp4(plank(), smallTurntable(8), {.fps = 24, .crf = 18});
  ASSERT_TRUE(mp4) << mp4.error().message;
  const auto video = decodeMp4(*mp4);
  ASSERT_TRUE(video.error.empty()) << video.error;
  EXPECT_EQ(video.width, 128);
  EXPECT_EQ(video.height, 128);
  ASSERT_EQ(video.luma.size(), 8u);
  EXPECT_GT(meanAbsDifference(video.luma[0], video.luma[2]), 3.0)
      << "the decoded video shows the model turning";
}

// An independent reader of the same video, when FFmpeg's command-line tools are installed.
TEST(Turntable, FfprobeCountsTheFramesWhenInstalled) {
  if (std::system("command -v ffprobe >/dev/null 2>&1") != 0) {
    GTEST_SKIP()
        << "ffprobe is not installed (Debian package ffmpeg); "
           "Turntable.EncodesToAnMp4WithOneFramePerStep decodes the video with libavformat instead";
  }
  auto mp4 = renderTurntableMp4(plank(), smallTurntable(8), {.fps = 24, .crf = 18});
  ASSERT_TRUE(mp4) << mp4.error().message;
  const auto path =
      std::filesystem::temp_directory_path() / fmt::format("kiln-turntable-{}.mp4", ::getpid());
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(mp4->data()),
              static_cast<std::streamsize>(mp4->size()));
  }
  const std::string command = fmt::format(
      "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
      "stream=codec_name,width,height,nb_read_frames "
      "-of csv=p=0 '{}'",
      path.string());
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char line[256] = {};
  const bool read = fgets(line, sizeof(line), pipe) != nullptr;
  pclose(pipe);
  std::filesystem::remove(path);
  ASSERT_TRUE(read);
  EXPECT_EQ(std::string(line).substr(0, std::string(line).find_last_not_of("\r\n") + 1),
            "h264,128,128,8");
}

}  // namespace
}  // namespace kiln::render
