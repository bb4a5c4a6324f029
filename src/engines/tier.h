#pragma once
// Quality tiers: a hard triangle budget and the materials a tier gets.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace kiln::engines {

enum class Tier { kDraft, kStandard, kHigh };

struct TierInfo {
  Tier tier;
  std::string_view id;       // "draft"
  size_t max_triangles;      // hard upper bound on every output
  bool materials;            // per-part materials (otherwise vertex colours only)
  bool pbr;                  // metallic/roughness varied per material
  int price_credits;         // default price of a keyed generation
};

/// The three tiers: draft ≤ 12 000 triangles with vertex colours; standard
/// ≤ 30 000 with colours and materials; high ≤ 200 000 with PBR materials.
const std::vector<TierInfo>& allTiers();
const TierInfo& tierInfo(Tier tier);
std::optional<Tier> parseTier(std::string_view id);

}  // namespace kiln::engines
