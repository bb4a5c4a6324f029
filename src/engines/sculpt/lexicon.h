#pragma once
// The sculpt engine's adjectives: colour words, material words and the
// canonical materials (PBR values) they name. Nouns live in the subject library.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geometry/mesh.h"

namespace kiln::engines::sculpt {

/// A colour word with its sRGB value (0–255 per channel).
struct ColorWord {
  std::string_view word;
  unsigned char r, g, b;
};

/// A surface material word ("wooden", "iron", "glazed"…).
struct MaterialWord {
  std::string_view word;
  std::string_view material;   // canonical material id ("wood", "iron", "ceramic")
};

/// A canonical surface material: PBR values and a default sRGB colour.
struct MaterialPreset {
  std::string_view id;
  unsigned char r, g, b;
  float metallic;
  float roughness;
  /// glTF alpha: below 1 the material is blended (seen through), as glass is.
  float opacity = 1.0f;
};

const std::vector<ColorWord>& colorWords();
const std::vector<MaterialWord>& materialWords();
const std::vector<MaterialPreset>& materialPresets();

/// Looks a singular word up; nullptr when absent.
const ColorWord* findColor(std::string_view word);
const MaterialWord* findMaterialWord(std::string_view word);
const MaterialPreset* findMaterialPreset(std::string_view id);

/// sRGB byte → linear float (the glTF colour space).
float srgbToLinear(unsigned char value);
geometry::Vec4 linearColor(unsigned char r, unsigned char g, unsigned char b);

}  // namespace kiln::engines::sculpt
