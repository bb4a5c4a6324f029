#pragma once
// The photo pre-check for photo → 3D: is the photo sharp, on a plain
// background, of one object that fills part of the frame? Cheap enough
// (~20 ms for a 1024² photo) for the HTTP layer to run before a job is
// queued, so an unusable photo is refused with advice to reshoot instead of
// failing minutes later.
//
// Signals are measured on a copy reduced to 512 pixels on the long side
// (256 for edge density). Thresholds were chosen on photos drawn in code (a
// shaded vase, mug and disc on light backdrops at 512–2048 px, blurred, on
// static, in pairs, cropped; src/engines/tests/photo_check_test.cpp) and on
// kiln's own path-traced renders of its models (grainy at 16 samples):
// - blur: sharpness = var(∇²I) / mean(|∇I|²) over the edge band (pixels
//   within 1 px of a gradient over ¼ of the photo's strongest). A Gaussian
//   blur of σ pixels gives ≈ 1/(2σ²) whatever the contrast or object size;
//   the drawn photos measure 3.4–4.7, renders 4–40 (grain raises it), the
//   vase blurred by σ = 2, 3, 4, 6 px at 1024 px 0.49, 0.23, 0.14, 0.07.
//   Flagged below kMinSharpness: σ ≳ 1.8 px at 512 px, i.e. blur wider than
//   ~0.35 % of the photo.
// - busy_background: share of Canny (50/150) edge pixels in the border band
//   (the outer 8 % of the long side) at 256 px, where grain has averaged
//   away. Plain, graded or grainy backdrops measure 0–0.01, a straight line
//   along one side (a table's edge) adds ~0.013, a dark frame round all four
//   sides 0.05, static 0.25–0.4. Flagged above kMaxBorderEdgeDensity.
// - several_objects: foreground pieces (colours unlike the border's, or the
//   alpha channel) each at least 0.5 % of the photo and 15 % of the largest.
//   Flagged when there is more than one.
// - no_object: the foreground covers under 0.5 % of the photo or over 75 %.
//   Under: nothing differs from the border — an empty photo, an object that
//   blends into its backdrop, or one that runs off the edges (its colours
//   then dominate the border). Over: the border is not backdrop at all (a
//   frame or margin around the picture). The drawn objects measure 15–30 %,
//   renders 9–16 %.
// Only blur is judged when the background is busy: the foreground estimate
// is meaningless then.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace kiln::engines {

namespace inflate {
struct DecodedPhoto;
}

/// Thresholds (see the file comment for how they were chosen).
inline constexpr double kMinSharpness = 0.15;
inline constexpr double kMaxBorderEdgeDensity = 0.08;
inline constexpr double kMinObjectFraction = 0.005;
inline constexpr double kMaxObjectFraction = 0.75;
inline constexpr double kMinPieceOfLargest = 0.15;

/// One failed check.
struct PhotoProblem {
  std::string check;  // "blur", "busy_background", "several_objects" or "no_object"
  std::string message;  // what is wrong and how to reshoot; mentions skip_validation
  double value = 0.0;      // the measured signal
  double threshold = 0.0;  // the limit it crossed
};

/// The signals measured, whether or not they failed.
struct PhotoMeasures {
  double sharpness = 0.0;            // var(∇²I) / mean(|∇I|²) over the edge band
  double border_edge_density = 0.0;  // share of edge pixels in the border band
  int objects = 0;                   // large foreground pieces
  double object_fraction = 0.0;      // foreground share of the photo
  bool alpha = false;                // the silhouette came from the alpha channel
};

struct PhotoReport {
  bool usable = true;  // no problems
  std::vector<PhotoProblem> problems;
  PhotoMeasures measures;
  int width = 0;  // size of the photo as stored
  int height = 0;

  /// {"usable", "width", "height", "problems": [{"check", "message",
  /// "value", "threshold"}], "measures": {...}}.
  nlohmann::json toJson() const;
};

/// Decodes `encoded` (PNG, JPEG or WebP) and runs the checks. Problems with
/// the photo are in the report, not errors. Fails with kInvalidArgument (a
/// message saying how to fix it) when the bytes are not a decodable image of
/// a supported format or its size is zero or over 8192 pixels a side or 40
/// megapixels. Pure and thread-safe.
Result<PhotoReport> checkPhoto(std::span<const uint8_t> encoded);

/// The same checks on an already decoded photo (the inflate engine's copy,
/// reduced to ≤ 512 px); source_width/height give the report's size.
PhotoReport checkDecodedPhoto(const inflate::DecodedPhoto& photo);

/// The long side, in pixels, the checks work at.
inline constexpr int kPhotoCheckSidePx = 512;

}  // namespace kiln::engines
