#include "engines/render/contact_sheet.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <fmt/format.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace kiln::render {
namespace {

constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;
constexpr int kMaxLabelLines = 3;
constexpr int kPadding = 8;

// Greedy word wrap to `max_width` pixels; the last line gets "..." when text is left over.
std::vector<std::string> wrap(const std::string& text, double scale, int thickness, int max_width, int max_lines) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string word;
  std::string line;
  bool truncated = false;
  const auto width = [&](const std::string& s) {
    int baseline = 0;
    return cv::getTextSize(s, kFont, scale, thickness, &baseline).width;
  };
  while (words >> word) {
    // Hard-break words wider than a line.
    while (width(word) > max_width && word.size() > 1) {
      size_t cut = word.size() - 1;
      while (cut > 1 && width(word.substr(0, cut)) > max_width) --cut;
      if (!line.empty()) {
        lines.push_back(line);
        line.clear();
      }
      lines.push_back(word.substr(0, cut));
      word = word.substr(cut);
    }
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (width(candidate) <= max_width) {
      line = candidate;
    } else {
      lines.push_back(line);
      line = word;
    }
  }
  if (!line.empty()) lines.push_back(line);
  if (static_cast<int>(lines.size()) > max_lines) {
    lines.resize(static_cast<size_t>(max_lines));
    truncated = true;
  }
  if (truncated) {
    std::string& last = lines.back();
    while (!last.empty() && width(last + "...") > max_width) last.pop_back();
    last += "...";
  }
  return lines;
}

void drawLines(cv::Mat& sheet, const std::vector<std::string>& lines, int x, int y, int line_height, double scale,
               int thickness, const cv::Scalar& color) {
  for (const auto& l : lines) {
    y += line_height;
    cv::putText(sheet, l, cv::Point(x, y - line_height / 4), kFont, scale, color, thickness, cv::LINE_AA);
  }
}

}  // namespace

Result<Image8> composeContactSheet(const std::vector<SheetTile>& tiles, int tile_size, int columns) {
  if (tiles.empty()) return fail(ErrorCode::kInvalidArgument, "a contact sheet needs at least one tile");
  if (tile_size < 64 || tile_size > 1024) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("tile size must be 64 to 1024 pixels, not {}", tile_size),
                {{"parameter", "size"}});
  }
  const int n = static_cast<int>(tiles.size());
  if (columns <= 0) columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  columns = std::min(columns, n);
  const int rows = (n + columns - 1) / columns;

  // Text scales with the tile: Hershey simplex at scale 1 is ~22 px tall.
  const double scale = std::max(0.35, tile_size / 640.0);
  const int thickness = tile_size >= 512 ? 2 : 1;
  int baseline = 0;
  const int text_height = cv::getTextSize("Ag", kFont, scale, thickness, &baseline).height + baseline;
  const int line_height = text_height + 4;
  const int label_height = kMaxLabelLines * line_height + kPadding;
  const int cell_w = tile_size + kPadding;
  const int cell_h = tile_size + label_height + kPadding;
  const int64_t sheet_w = int64_t{columns} * cell_w + kPadding;
  const int64_t sheet_h = int64_t{rows} * cell_h + kPadding;
  if (sheet_w * sheet_h > int64_t{4096} * 4096) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("a {} x {} sheet of {} px tiles is over 16 Mi pixels; use a smaller tile size", columns,
                            rows, tile_size),
                {{"parameter", "size"}});
  }

  // Drawn in RGB order directly (the Mat is only a canvas here).
  cv::Mat sheet(static_cast<int>(sheet_h), static_cast<int>(sheet_w), CV_8UC3, cv::Scalar(245, 245, 245));
  for (int i = 0; i < n; ++i) {
    const auto& tile = tiles[static_cast<size_t>(i)];
    const int x = kPadding + (i % columns) * cell_w;
    const int y = kPadding + (i / columns) * cell_h;
    const cv::Rect cell(x, y, tile_size, tile_size);
    if (tile.image && tile.image->width > 0 && tile.image->height > 0) {
      const Image8& img = *tile.image;
      cv::Mat src(img.height, img.width, CV_8UC3, const_cast<uint8_t*>(img.rgb.data()));
      cv::Mat scaled;
      cv::resize(src, scaled, cv::Size(tile_size, tile_size), 0, 0, cv::INTER_AREA);
      scaled.copyTo(sheet(cell));
    } else {
      sheet(cell).setTo(cv::Scalar(90, 40, 40));
      const auto lines = wrap("FAILED: " + tile.error, scale, thickness, tile_size - 2 * kPadding, 8);
      drawLines(sheet, lines, x + kPadding, y + kPadding, line_height, scale, thickness, cv::Scalar(255, 235, 235));
    }
    const auto label = wrap(tile.label, scale, thickness, tile_size, kMaxLabelLines);
    drawLines(sheet, label, x, y + tile_size + 2, line_height, scale, thickness, cv::Scalar(20, 20, 20));
  }

  Image8 out{sheet.cols, sheet.rows, std::vector<uint8_t>(static_cast<size_t>(sheet.cols) * sheet.rows * 3)};
  for (int r = 0; r < sheet.rows; ++r) {
    std::copy_n(sheet.ptr<uint8_t>(r), static_cast<size_t>(sheet.cols) * 3, out.rgb.data() + static_cast<size_t>(r) * sheet.cols * 3);
  }
  return out;
}

}  // namespace kiln::render
