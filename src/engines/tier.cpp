#include "engines/tier.h"

namespace kiln::engines {

const std::vector<TierInfo>& allTiers() {
  static const std::vector<TierInfo> kTiers = {
      {Tier::kDraft, "draft", 12'000, false, false, 1},
      {Tier::kStandard, "standard", 30'000, true, false, 3},
      {Tier::kHigh, "high", 200'000, true, true, 10},
  };
  return kTiers;
}

const TierInfo& tierInfo(Tier tier) { return allTiers()[static_cast<size_t>(tier)]; }

std::optional<Tier> parseTier(std::string_view id) {
  for (const auto& t : allTiers()) {
    if (t.id == id) return t.tier;
  }
  return std::nullopt;
}

}  // namespace kiln::engines
