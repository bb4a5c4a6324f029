#include "engines/inflate/photo_check.h"

#include <gtest/gtest.h>


#include "engines/inflate/photo_decode.h"
#include "engines/tests/drawn_photos.h"

namespace kiln::engines {
namespace {

using testing::encode;

PhotoReport check(const cv::Mat& image, const char* extension = ".png") {
  auto report = checkPhoto(encode(image, extension));
  EXPECT_TRUE(report.has_value()) << report.error().message;
  return report.value_or(PhotoReport{});
}

std::vector<std::string> checksFailed(const PhotoReport& report) {
  std::vector<std::string> names;
  for (const auto& p : report.problems) names.push_back(p.check);
  return names;
}

TEST(PhotoCheck, CleanPhotosPass) {
  for (const auto& photo : {testing::drawVase(), testing::drawMug(), testing::drawDisc(1024, 300),
                            testing::drawVase(512), testing::drawVase(2048)}) {
    const PhotoReport report = check(photo.bgr);
    EXPECT_TRUE(report.usable) << report.toJson().dump(1);
    EXPECT_EQ(report.measures.objects, 1);
  }
  // JPEG too, at camera quality.
  const PhotoReport jpeg = check(testing::drawVase().bgr, ".jpg");
  EXPECT_TRUE(jpeg.usable) << jpeg.toJson().dump(1);
}

TEST(PhotoCheck, FlagsABlurredPhoto) {
  cv::Mat3b blurred;
  cv::GaussianBlur(testing::drawVase().bgr, blurred, cv::Size(0, 0), 6.0);
  const PhotoReport report = check(blurred);
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"blur"}) << report.toJson().dump(1);
  const auto& problem = report.problems[0];
  EXPECT_LT(problem.value, problem.threshold);
  EXPECT_NE(problem.message.find("skip_validation"), std::string::npos);
}

TEST(PhotoCheck, FlagsABusyBackground) {
  const PhotoReport report = check(testing::drawVaseOnNoise());
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"busy_background"}) << report.toJson().dump(1);
  EXPECT_GT(report.problems[0].value, report.problems[0].threshold);
  EXPECT_NE(report.problems[0].message.find("plain"), std::string::npos);
}

TEST(PhotoCheck, FlagsSeveralObjects) {
  const PhotoReport report = check(testing::drawTwoObjects());
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"several_objects"}) << report.toJson().dump(1);
  EXPECT_EQ(report.problems[0].value, 2.0);
  EXPECT_EQ(report.measures.objects, 2);
}

TEST(PhotoCheck, FlagsAnEmptyPhoto) {
  const PhotoReport report = check(testing::backdrop(1024));
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"no_object"}) << report.toJson().dump(1);
  EXPECT_LT(report.problems[0].value, report.problems[0].threshold);
}

TEST(PhotoCheck, FlagsAnObjectThatRunsOffTheEdges) {
  // A close-up cropped to the mug: the border is mug, not backdrop.
  const auto mug = testing::drawMug();
  const PhotoReport report = check(mug.bgr(cv::boundingRect(mug.mask)));
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"no_object"}) << report.toJson().dump(1);
  EXPECT_LT(report.problems[0].value, report.problems[0].threshold);
}

TEST(PhotoCheck, FlagsAPictureInsideAFrame) {
  // A dark margin wider than the border band: everything inside it differs from the border.
  cv::Mat3b framed;
  cv::copyMakeBorder(testing::drawVase().bgr, framed, 48, 48, 48, 48, cv::BORDER_CONSTANT, cv::Scalar(20, 20, 20));
  const PhotoReport report = check(framed);
  EXPECT_FALSE(report.usable);
  ASSERT_EQ(checksFailed(report), std::vector<std::string>{"no_object"}) << report.toJson().dump(1);
  EXPECT_GT(report.problems[0].value, report.problems[0].threshold);
}

TEST(PhotoCheck, AlphaChannelDefinesTheObject) {
  // Static everywhere, but the alpha channel cuts out one disc: the backdrop is gone, nothing is busy.
  cv::Mat3b colour = testing::noise(1024);
  cv::Mat1b alpha(1024, 1024, uchar{0});
  cv::circle(alpha, cv::Point(512, 512), 300, cv::Scalar(255), -1);
  cv::Mat4b bgra;
  cv::merge(std::vector<cv::Mat>{colour, alpha}, bgra);
  const PhotoReport report = check(bgra);
  EXPECT_TRUE(report.usable) << report.toJson().dump(1);
  EXPECT_TRUE(report.measures.alpha);
  EXPECT_NEAR(report.measures.object_fraction, M_PI * 300 * 300 / (1024.0 * 1024.0), 0.01);
}

TEST(PhotoCheck, ReportJsonCarriesProblemsAndMeasures) {
  const PhotoReport report = check(testing::drawTwoObjects());
  const auto json = report.toJson();
  EXPECT_FALSE(json["usable"].get<bool>());
  EXPECT_EQ(json["width"], 1024);
  ASSERT_EQ(json["problems"].size(), 1u);
  for (const char* key : {"check", "message", "value", "threshold"}) EXPECT_TRUE(json["problems"][0].contains(key)) << key;
  for (const char* key : {"sharpness", "border_edge_density", "objects", "object_fraction", "alpha"}) {
    EXPECT_TRUE(json["measures"].contains(key)) << key;
  }
}

TEST(PhotoCheck, RejectsBytesThatAreNotAPhoto) {
  const std::vector<std::vector<uint8_t>> bad = {
      {},
      {'h', 'e', 'l', 'l', 'o'},
      {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0},  // truncated PNG
      {0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'},  // JPEG without a frame header
      {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0},            // a format kiln does not take
  };
  for (const auto& bytes : bad) {
    auto report = checkPhoto(bytes);
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(report.error().message.find("PNG, JPEG or WebP"), std::string::npos) << report.error().message;
  }
  // A valid header with damaged pixel data.
  std::vector<uint8_t> damaged = encode(testing::drawVase(256).bgr);
  damaged.resize(damaged.size() / 2);
  auto report = checkPhoto(damaged);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
}

TEST(PhotoCheck, RejectsOversizedPhotosFromTheHeader) {
  // A PNG header claiming 9000×9000: refused before any pixel is decoded.
  std::vector<uint8_t> png = encode(testing::drawVase(64).bgr);
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) png[at + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (24 - 8 * i));
  };
  put32(16, 9000);
  put32(20, 9000);
  auto report = checkPhoto(png);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(report.error().message.find("8192"), std::string::npos) << report.error().message;
  // 7000×7000 is within a side but over 40 megapixels.
  put32(16, 7000);
  put32(20, 7000);
  report = checkPhoto(png);
  ASSERT_FALSE(report.has_value());
  EXPECT_NE(report.error().message.find("megapixels"), std::string::npos) << report.error().message;
  // Zero width.
  put32(16, 0);
  report = checkPhoto(png);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
}

TEST(PhotoCheck, ReadsSizesFromEveryFormatHeader) {
  const cv::Mat3b image = testing::drawVase(300).bgr(cv::Rect(0, 0, 300, 200));
  for (const char* ext : {".png", ".jpg", ".webp"}) {
    const auto bytes = encode(image, ext);
    auto header = inflate::readPhotoHeader(bytes);
    ASSERT_TRUE(header.has_value()) << ext << ": " << header.error().message;
    EXPECT_EQ(header->width, 300) << ext;
    EXPECT_EQ(header->height, 200) << ext;
    auto report = checkPhoto(bytes);
    ASSERT_TRUE(report.has_value()) << ext << ": " << report.error().message;
    EXPECT_EQ(report->width, 300);
  }
  // Lossless WebP has its own header layout.
  const auto lossless = [&] {
    std::vector<uint8_t> bytes;
    cv::imencode(".webp", image, bytes, {cv::IMWRITE_WEBP_QUALITY, 101});
    return bytes;
  }();
  auto header = inflate::readPhotoHeader(lossless);
  ASSERT_TRUE(header.has_value()) << header.error().message;
  EXPECT_EQ(header->width, 300);
  EXPECT_EQ(header->height, 200);
}

TEST(PhotoCheck, OddButValidImagesGiveAReport) {
  std::vector<cv::Mat> images;
  for (const cv::Size size : {cv::Size(1, 1), cv::Size(1, 700), cv::Size(900, 2), cv::Size(5, 5)}) {
    images.push_back(cv::Mat3b(size, cv::Vec3b(200, 100, 50)));
  }
  cv::Mat1b grey;
  cv::cvtColor(testing::drawVase(400).bgr, grey, cv::COLOR_BGR2GRAY);
  images.push_back(grey);
  cv::Mat3w deep;
  testing::drawVase(400).bgr.convertTo(deep, CV_16U, 257.0);
  images.push_back(deep);
  for (const auto& image : images) {
    for (const char* ext : {".png", ".jpg"}) {
      if (image.depth() != CV_8U && std::string(ext) == ".jpg") continue;
      auto report = checkPhoto(encode(image, ext));
      ASSERT_TRUE(report.has_value()) << image.size() << ext << ": " << report.error().message;
      EXPECT_EQ(report->width, image.cols);
      EXPECT_EQ(report->height, image.rows);
    }
  }
  // The grey and 16-bit vases are still good photos.
  EXPECT_TRUE(checkPhoto(encode(grey)).value().usable);
  EXPECT_TRUE(checkPhoto(encode(deep)).value().usable);
}

// The check's cost is measured side by side in bench/make_bench.cpp
// (BM_PhotoCheck), not asserted here: timings belong to benchmarks.

}  // namespace
}  // namespace kiln::engines
