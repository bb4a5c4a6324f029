#include "http/router.h"

#include <algorithm>

namespace kiln::http {
namespace {

// "/a/b/" → {"a", "b", ""}; "/" → {""}. A path that does not start with '/'
// yields no segments and matches nothing.
template <typename Out>
bool splitPath(std::string_view path, Out& out) {
  if (path.empty() || path.front() != '/') return false;
  size_t start = 1;
  while (true) {
    const size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      out.push_back(path.substr(start));
      return true;
    }
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
}

}  // namespace

void Router::add(Route route) {
  std::vector<std::string_view> parts;
  splitPath(route.pattern, parts);
  std::vector<Segment> segments;
  segments.reserve(parts.size());
  for (const std::string_view part : parts) {
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      segments.push_back({std::string(part.substr(1, part.size() - 2)), true});
    } else {
      segments.push_back({std::string(part), false});
    }
  }
  routes_.push_back(std::move(route));
  segments_.push_back(std::move(segments));
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
  Match result;
  // Small fixed-capacity split: paths deeper than this cannot match any route
  // anyway (patterns are short), and the hot path stays allocation-free.
  constexpr size_t kMaxSegments = 32;
  struct Parts {
    std::string_view items[kMaxSegments];
    size_t count = 0;
    bool overflow = false;
    void push_back(std::string_view part) {
      if (count == kMaxSegments) {
        overflow = true;
        return;
      }
      items[count++] = part;
    }
  } parts;
  if (!splitPath(path, parts) || parts.overflow) return result;

  const std::vector<Segment>* best_segments = nullptr;
  for (size_t r = 0; r < routes_.size(); ++r) {
    const auto& segments = segments_[r];
    if (segments.size() != parts.count) continue;
    bool matches = true;
    for (size_t i = 0; i < segments.size() && matches; ++i) {
      if (segments[i].is_param) {
        matches = !parts.items[i].empty();
      } else {
        matches = segments[i].text == parts.items[i];
      }
    }
    if (!matches) continue;
    result.path_known = true;
    const Route& route = routes_[r];
    if (route.method != method) {
      if (std::find(result.allowed_methods.begin(), result.allowed_methods.end(), route.method) ==
          result.allowed_methods.end()) {
        result.allowed_methods.push_back(route.method);
      }
      continue;
    }
    // More specific wins: the first differing position decides.
    bool better = best_segments == nullptr;
    if (!better) {
      for (size_t i = 0; i < segments.size(); ++i) {
        if (segments[i].is_param != (*best_segments)[i].is_param) {
          better = !segments[i].is_param;
          break;
        }
      }
    }
    if (better) {
      result.route = &route;
      best_segments = &segments;
    }
  }
  if (result.route != nullptr) {
    for (size_t i = 0; i < best_segments->size(); ++i) {
      if ((*best_segments)[i].is_param) {
        result.params.emplace((*best_segments)[i].text, std::string(parts.items[i]));
      }
    }
    // Other methods on the same path are still listed (useful for OPTIONS/Allow).
    result.allowed_methods.push_back(result.route->method);
  }
  std::sort(result.allowed_methods.begin(), result.allowed_methods.end());
  return result;
}

}  // namespace kiln::http
