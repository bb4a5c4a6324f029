#pragma once
// The object's silhouette in a photo: the alpha channel when the photo has a
// meaningful one, otherwise GrabCut (Rother et al., SIGGRAPH 2004) started
// from the photo's border as background.

#include <opencv2/core.hpp>

#include "engines/inflate/photo_decode.h"

namespace kiln::engines::inflate {

/// Width of the band along the photo's edges that is taken as background:
/// 3 % of the long side, at least 2 pixels.
int borderBandPx(cv::Size size);

/// Pixels whose colour is unlike every colour common in the border band
/// (255 = unlike, 0 = like the border). Colours are compared in CIELAB on a
/// 32-level grid per axis; a colour counts as background when at least 0.1 %
/// of the band's pixels fall in its cell or a neighbouring one, so a
/// backdrop with a gradient or with sensor noise is still one background.
/// Cheap (one pass, no iterations): used by the pre-check and to seed GrabCut.
cv::Mat1b borderContrastMask(const cv::Mat3b& bgr);

/// Removes specks and closes pinholes (a morphological opening then closing
/// with a disc of ~1 % of the long side).
void cleanMask(cv::Mat1b& mask);

/// Keeps only the largest 8-connected foreground component and fills its
/// holes smaller than `max_hole_fraction` of its area (larger holes, such as
/// the opening of a mug's handle, stay open). Leaves an empty mask empty.
void keepLargestComponent(cv::Mat1b& mask, double max_hole_fraction);

/// Where the silhouette came from.
enum class SilhouetteSource { kAlpha, kGrabCut };

struct Silhouette {
  cv::Mat1b mask;  // 255 = object, at the requested size
  SilhouetteSource source = SilhouetteSource::kGrabCut;
};

/// The object's mask at `photo.bgr` reduced to at most `max_side_px` on the
/// long side. With alpha: alpha ≥ 50 %. Otherwise GrabCut runs
/// `iterations` rounds from a mask that marks the border band as background
/// (the rectangle inside it is where the object may be) and, inside it, the
/// borderContrastMask pixels as probable foreground and the rest as probable
/// background; with fewer than 64 contrasting pixels nothing stands out and
/// the mask is empty. Either mask is then cleaned, reduced to its largest
/// component and has its small holes (< 2 % of the object) filled.
/// May return an empty mask (nothing found). Deterministic: GrabCut's k-means
/// start is seeded with a fixed value on the calling thread's cv::RNG, which is
/// restored afterwards, so results are bit-identical run to run and across
/// OpenCV thread counts.
Silhouette segmentObject(const DecodedPhoto& photo, int max_side_px, int iterations);

}  // namespace kiln::engines::inflate
