// `kiln render` and `kiln gallery` end to end: the real binary, its files
// decoded back and checked.
#include <gtest/gtest.h>

#include "tests/support/command.h"
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "engines/render/image.h"
#include "engines/render/tests/mp4_probe.h"

namespace fs = std::filesystem;

namespace {

using kiln::testing::CommandOutput;

// Runs a shell command, capturing stdout and stderr together.
CommandOutput run(const std::string& command) { return kiln::testing::runCommand(command + " 2>&1"); }

std::vector<uint8_t> readBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class CliRender : public ::testing::Test {
 protected:
  CliRender() : dir_(fs::temp_directory_path() / fmt::format("kiln-cli-render-{}", ::getpid())) {
    fs::create_directories(dir_);
  }
  ~CliRender() override { fs::remove_all(dir_); }
  std::string kiln(const std::string& args) const { return fmt::format("cd '{}' && '{}' {}", dir_.string(), KILN_BINARY, args); }
  fs::path dir_;
};

TEST_F(CliRender, RendersAMadeModelToPngAndJpeg) {
  auto made = run(kiln("make 'a glazed ceramic teapot' --tier draft -o teapot.glb"));
  ASSERT_EQ(made.exit_code, 0) << made.text;
  auto r = run(kiln("render teapot.glb -o shot.png --size 160x120 --samples 4 --lighting golden_hour --scene exterior"));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  EXPECT_NE(r.text.find("rendered teapot.glb"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("160x120"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find(" s\n"), std::string::npos) << "prints the time: " << r.text;
  auto png = kiln::render::decodeImage(readBytes(dir_ / "shot.png"));
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_EQ(png->width, 160);
  EXPECT_EQ(png->height, 120);
  // Not a blank image: the pixels vary.
  int lo = 255;
  int hi = 0;
  for (uint8_t v : png->rgb) {
    lo = std::min<int>(lo, v);
    hi = std::max<int>(hi, v);
  }
  EXPECT_GT(hi - lo, 80);

  r = run(kiln("render teapot.glb -o shot.jpg --size 512 --samples 2 --no-ground --scene interior --lighting night"));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  auto jpeg = kiln::render::decodeImage(readBytes(dir_ / "shot.jpg"));
  ASSERT_TRUE(jpeg.has_value());
  EXPECT_EQ(jpeg->width, 512);
}

TEST_F(CliRender, DenoisesUnlessToldNotTo) {
  auto made = run(kiln("make 'a glazed ceramic teapot' --tier draft -o teapot.glb"));
  ASSERT_EQ(made.exit_code, 0) << made.text;
  auto denoised = run(kiln("render teapot.glb -o denoised.png --size 128 --samples 4"));
  ASSERT_EQ(denoised.exit_code, 0) << denoised.text;
  EXPECT_NE(denoised.text.find("4 samples per pixel denoised"), std::string::npos) << denoised.text;
  auto plain = run(kiln("render teapot.glb -o plain.png --size 128 --samples 4 --no-denoise"));
  ASSERT_EQ(plain.exit_code, 0) << plain.text;
  EXPECT_EQ(plain.text.find("denoised"), std::string::npos) << plain.text;
  // Grain shows as differences between neighbouring pixels.
  const auto grain = [&](const char* name) {
    auto image = kiln::render::decodeImage(readBytes(dir_ / name));
    EXPECT_TRUE(image.has_value());
    double sum = 0;
    for (int y = 0; y < image->height; ++y) {
      for (int x = 0; x + 1 < image->width; ++x) {
        for (int c = 0; c < 3; ++c) sum += std::abs(image->at(x + 1, y)[c] - image->at(x, y)[c]);
      }
    }
    return sum;
  };
  EXPECT_LT(grain("denoised.png"), 0.5 * grain("plain.png"));
}

TEST_F(CliRender, RefusesBadInputWithAClearMessage) {
  std::ofstream(dir_ / "corrupt.glb") << "glTF this is not";
  auto r = run(kiln("render corrupt.glb -o x.png --size 64"));
  EXPECT_EQ(r.exit_code, 2) << r.text;
  EXPECT_NE(r.text.find("cannot read 'corrupt.glb'"), std::string::npos) << r.text;
  EXPECT_FALSE(fs::exists(dir_ / "x.png"));

  ASSERT_EQ(run(kiln("make 'a wooden barrel' --tier draft -o barrel.glb")).exit_code, 0);
  r = run(kiln("render barrel.glb -o x.png --size 8k"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("unknown size '8k'"), std::string::npos) << r.text;
  r = run(kiln("render barrel.glb -o x.png --size 5000x5000"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("too large"), std::string::npos) << r.text;
  r = run(kiln("render barrel.glb -o x.png --lighting disco"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("unknown lighting 'disco'"), std::string::npos) << r.text;
  r = run(kiln("render barrel.glb -o x.gif"));
  EXPECT_EQ(r.exit_code, 2);
  r = run(kiln("render missing.glb -o x.png"));
  EXPECT_NE(r.exit_code, 0);
}

TEST_F(CliRender, GalleryMakesALabelledSheetWithFailedTiles) {
  std::ofstream(dir_ / "prompts.txt") << "# three subjects and one nonsense line\n"
                                         "a glazed ceramic teapot\n\n"
                                         "a wooden chair\n"
                                         "a flurbish zzgronk\n"
                                         "a small red mushroom\n";
  auto r = run(kiln("gallery prompts.txt -o sheet.png --size 128 --samples 2"));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  EXPECT_NE(r.text.find("[4/4]"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("a flurbish zzgronk — FAILED"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("1 failed"), std::string::npos) << r.text;
  auto sheet = kiln::render::decodeImage(readBytes(dir_ / "sheet.png"));
  ASSERT_TRUE(sheet.has_value());
  // Two columns by two rows of 128 px tiles plus labels.
  EXPECT_GT(sheet->width, 256);
  EXPECT_LT(sheet->width, 3 * 128);
  EXPECT_GT(sheet->height, 256);
  // The failed tile (row 2, column 1) is drawn dark red.
  const uint8_t* failed = sheet->at(8 + 100, sheet->height / 2 + 100);
  EXPECT_GT(failed[0], failed[2] + 20) << int(failed[0]) << "," << int(failed[1]) << "," << int(failed[2]);

  std::ofstream(dir_ / "empty.txt") << "# nothing\n\n";
  r = run(kiln("gallery empty.txt -o sheet2.png"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("has no prompts"), std::string::npos) << r.text;
}

TEST_F(CliRender, TurntableWritesAnMp4WithOneFramePerStep) {
  auto made = run(kiln("make 'a glazed ceramic teapot' --tier draft -o teapot.glb"));
  ASSERT_EQ(made.exit_code, 0) << made.text;
  auto r = run(kiln("render teapot.glb --turntable 8 -o spin.mp4 --fps 12 --size 128 --samples 4"));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  EXPECT_NE(r.text.find("8 frames at 128x128"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("wrote spin.mp4"), std::string::npos) << r.text;
  const auto video = kiln::render::testing::decodeMp4(readBytes(dir_ / "spin.mp4"));
  ASSERT_TRUE(video.error.empty()) << video.error;
  EXPECT_EQ(video.codec, "h264");
  EXPECT_EQ(video.width, 128);
  EXPECT_EQ(video.height, 128);
  EXPECT_NEAR(video.fps, 12.0, 1e-6);
  ASSERT_EQ(video.luma.size(), 8u);
  EXPECT_GT(kiln::render::testing::meanAbsDifference(video.luma[0], video.luma[2]), 1.0) << "the teapot turns";

  // Without a count: 36 frames.
  r = run(kiln("render teapot.glb -o spin36.mp4 --size 64 --samples 1 --turntable"));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  EXPECT_EQ(kiln::render::testing::decodeMp4(readBytes(dir_ / "spin36.mp4")).luma.size(), 36u);

  r = run(kiln("render teapot.glb -o spin.mp4 --size 64"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("add --turntable"), std::string::npos) << r.text;
  r = run(kiln("render teapot.glb --turntable 8 -o spin.png"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find(".mp4"), std::string::npos) << r.text;
  r = run(kiln("render teapot.glb --turntable 0 -o spin.mp4"));
  EXPECT_EQ(r.exit_code, 2);
  r = run(kiln("render teapot.glb --turntable 8 --fps 500 --size 64 -o spin.mp4"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.text.find("fps"), std::string::npos) << r.text;
}

}  // namespace
