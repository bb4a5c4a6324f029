#include "engines/sculpt/composition.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "engines/render/render.h"
#include "engines/sculpt/random.h"

namespace kiln::engines::sculpt {
namespace {

using geometry::Affine;
using geometry::Box;
using geometry::Sdf;
using geometry::Vec2;
using geometry::Vec3;

// Cartoon colours: push saturation up and lift the value a little (in sRGB).
ColorWord saturate(const ColorWord& c) {
  const float r = c.r / 255.0f, g = c.g / 255.0f, b = c.b / 255.0f;
  const float mx = std::max({r, g, b}), mn = std::min({r, g, b});
  const float grey = (mx + mn) * 0.5f;
  auto push = [&](float x) {
    const float v = std::clamp(grey + (x - grey) * 1.45f, 0.0f, 1.0f);
    return static_cast<unsigned char>(std::lround(std::min(1.0f, v * 1.08f) * 255.0f));
  };
  return {c.word, push(r), push(g), push(b)};
}

// Materials whose colour is the maker's choice, not the material's.
bool keepsOwnColour(const MaterialPreset& m) {
  static const std::set<std::string_view> kFree = {"fabric", "wood",  "leather", "plastic", "paint", "ceramic",
                                                   "glazed", "clay",  "paper",   "rubber",  "wax",   "fur",
                                                   "feather", "skin", "plant",   "food",    "candy"};
  return kFree.contains(m.id);
}

std::vector<ResolvedSlot> resolveSlots(const SubjectWords& words, Style style) {
  const SubjectInfo& subject = *words.subject;
  const SubjectVariant* variant = subject.findVariant(words.variant);
  std::vector<ResolvedSlot> out;
  // "A glowing staff": the parts the subject says glow, else its primary ones.
  const bool declares_glow =
      std::any_of(subject.parts.begin(), subject.parts.end(), [](const SubjectPart& p) { return p.glows; });
  for (const auto& part : subject.parts) {
    bool glowing = words.glowing && (declares_glow ? part.glows : part.role == PartRole::kPrimary);
    const MaterialPreset* preset = findMaterialPreset(part.material);
    ColorWord color = part.color.value_or(ColorWord{"", preset->r, preset->g, preset->b});
    if (variant != nullptr) {
      if (const auto it = variant->colors.find(part.name); it != variant->colors.end()) color = it->second;
    }
    bool glazed = false;
    if (words.statue && words.material != nullptr) {
      // A statue is carved or cast whole: one material, one colour.
      preset = words.material;
      color = words.colors.empty() ? ColorWord{"", preset->r, preset->g, preset->b} : words.colors.front();
      glazed = words.glazed;
    } else if (part.role != PartRole::kFixed) {
      if (part.role == PartRole::kPrimary) {
        // "a knitted beanie", "a wooden chair": a part of a material whose
        // colour is its own choice (fabric, wood, …) keeps its colour; a metal
        // or stone named brings its look ("galvanized" is zinc grey).
        if (words.material != nullptr && !(words.material == preset && keepsOwnColour(*preset))) {
          preset = words.material;
          color = {"", preset->r, preset->g, preset->b};
        }
        if (!words.colors.empty()) color = words.colors.front();
        glazed = words.glazed;
      } else if (part.role == PartRole::kSecondary && words.colors.size() >= 2) {
        color = words.colors[1];
      }
      for (const auto& pw : words.parts) {
        if (pw.part != part.name) continue;
        if (pw.material != nullptr && !(pw.material == preset && keepsOwnColour(*preset))) {
          preset = pw.material;
          if (!pw.color) color = {"", preset->r, preset->g, preset->b};
        }
        if (pw.color) color = *pw.color;
        if (pw.glowing) glowing = true;
      }
    }
    if (style == Style::kCartoon) color = saturate(color);
    out.push_back({fmt::format("{}/{}", subject.id, part.name), color, preset, glazed, glowing});
  }
  return out;
}

// A built subject moved to rest on y = 0, centred on the Y axis, scaled to
// `height_mm`; its points follow.
struct Placed {
  Sdf shape;
  std::map<std::string, AttachPoint> points;
  Box box;
  bool own_top = false;  // the subject declares where its top is
};

// The shape's bounds with the lowest and highest points found on the surface
// itself: the bounds of rotated, blended or noisy parts reach well past them,
// and a subject set on them would float over its support.
Box tightBounds(const Sdf& shape) {
  Box b = shape.bounds();
  const Vec3 size = b.size();
  const float tolerance = 0.004f * size.maxCoeff();
  const float column = std::max(0.04f * std::min(size.x(), size.z()), tolerance);
  const auto lo = geometry::surfaceExtreme(shape, b, -1.0f, tolerance, column);
  const auto hi = geometry::surfaceExtreme(shape, b, 1.0f, tolerance, column);
  if (lo && hi && *hi > *lo) {
    b.min.y() = *lo;
    b.max.y() = *hi;
  }
  return b;
}

// How far `thing` can move straight down before it meets `support`: the
// least gap, over a grid of columns across the thing's footprint, between
// the thing's lowest point and the support's highest in the same column
// (negative where they already overlap). Nothing when no column holds both.
std::optional<float> verticalGap(const Sdf& thing, const Sdf& support, const Box& support_box) {
  constexpr int kColumns = 8;
  const Box tb = thing.bounds();
  const float size = std::max(tb.size().maxCoeff(), support_box.size().maxCoeff());
  const float tolerance = 0.003f * size;
  const float dx = tb.size().x() / kColumns, dz = tb.size().z() / kColumns;
  std::optional<float> gap;
  for (int i = 0; i < kColumns; ++i) {
    for (int j = 0; j < kColumns; ++j) {
      Box column = tb;
      column.min.x() = tb.min.x() + dx * static_cast<float>(i);
      column.max.x() = column.min.x() + dx;
      column.min.z() = tb.min.z() + dz * static_cast<float>(j);
      column.max.z() = column.min.z() + dz;
      const auto low = geometry::surfaceExtreme(thing, column, -1.0f, tolerance, std::max(dx, dz), 400);
      if (!low) continue;
      Box under = column;
      under.min.y() = support_box.min.y();
      under.max.y() = std::max(support_box.max.y(), column.max.y());
      const auto high = geometry::surfaceExtreme(support, under, 1.0f, tolerance, std::max(dx, dz), 400);
      if (!high) continue;
      gap = std::min(gap.value_or(*low - *high), *low - *high);
    }
  }
  return gap;
}

// How much of `thing` the default three-quarter camera sees past
// `occluder`: the share of points spread through the thing (a 3×3×3 grid of
// its bounds, those on or in it) from which a ray towards the camera leaves
// without meeting the occluder. Glass and other see-through material slots
// (`clear[slot]`) do not hide: the ray goes on through them.
float visibleFraction(const Sdf& thing, const Sdf& occluder, const std::vector<bool>& clear = {}) {
  // The renderer's default view, which previews and gallery sheets use.
  const render::RenderOptions view;
  const float azimuth = view.camera_azimuth_deg * static_cast<float>(M_PI) / 180.0f;
  const float elevation = view.camera_elevation_deg * static_cast<float>(M_PI) / 180.0f;
  const Vec3 to_camera(std::sin(azimuth) * std::cos(elevation), std::sin(elevation),
                       std::cos(azimuth) * std::cos(elevation));
  const Box tb = thing.bounds();
  const Box ob = occluder.bounds();
  const float size = std::max(tb.size().maxCoeff(), 1e-3f);
  const float reach = 2.0f * (ob.size().norm() + tb.size().norm());
  const float hit = 0.002f * std::max(size, ob.size().maxCoeff());
  int total = 0, seen = 0;
  for (int i = 1; i <= 3; ++i) {
    for (int j = 1; j <= 3; ++j) {
      for (int k = 1; k <= 3; ++k) {
        const Vec3 p = tb.min + Vec3(tb.size().x() * 0.25f * static_cast<float>(i),
                                     tb.size().y() * 0.25f * static_cast<float>(j),
                                     tb.size().z() * 0.25f * static_cast<float>(k));
        if (thing.distance(p) > 0.03f * size) continue;
        ++total;
        bool blocked = false;
        float t = 0.0f;
        for (int step = 0; step < 256 && t < reach; ++step) {
          const auto sample = occluder.sample(p + to_camera * t);
          if (sample.distance < hit) {
            // A point inside a solid wall is lost in it, glass or not.
            if (step > 0 && sample.material < clear.size() && clear[sample.material]) {
              t += std::max(std::abs(sample.distance), hit) + hit;  // on through the wall
              continue;
            }
            blocked = true;
            break;
          }
          t += sample.distance;
        }
        if (!blocked) ++seen;
      }
    }
  }
  return total == 0 ? 1.0f : static_cast<float>(seen) / static_cast<float>(total);
}

Placed normalise(const BuiltSubject& built, float height_mm, bool tight) {
  // The surface search costs up to a few thousand evaluations of the whole
  // tree: only a subject composed with others needs its true extent.
  const Box b = tight ? tightBounds(built.shape) : built.shape.bounds();
  const float s = height_mm / std::max(b.size().y(), 1e-3f);
  Affine m = Affine::Identity();
  m.scale(s);
  m.translate(Vec3(-b.center().x(), -b.min.y(), -b.center().z()));
  Placed p;
  p.shape = geometry::transformed(built.shape, m);
  for (const auto& [name, point] : built.points) {
    AttachPoint q = point;
    q.position = m * point.position;
    q.size = point.size * s;
    p.points[name] = q;
  }
  p.box = {m * b.min, m * b.max};
  p.own_top = p.points.contains("top");
  // Every subject has a top: where a hat or a figure on it would go.
  if (!p.points.contains("top")) {
    const Vec3 size = p.box.size();
    p.points["top"] = {Vec3(0, p.box.max.y(), 0), Vec3::UnitY(), 0.6f * std::min(size.x(), size.z())};
  }
  return p;
}

float naturalHeight(const SubjectWords& w) {
  const SubjectVariant* v = w.subject->findVariant(w.variant);
  return v != nullptr && v->size_mm ? *v->size_mm : w.subject->size_mm;
}

Result<Placed> buildPlaced(const SubjectWords& w, const SubjectLibrary& library, Style style, const std::string& pose,
                           const std::string& outline, uint64_t seed, size_t& nodes, bool worn = false,
                           bool holds = false, bool tight = true, bool filled = false) {
  SubjectBuildRequest request;
  request.holds = holds;
  request.filled = filled;
  request.subject = w.subject;
  request.variant = w.variant;
  request.style = std::string(styleName(style));
  request.softness = style == Style::kCartoon ? 2.0f : 1.0f;
  request.outline = outline;
  request.pose = pose;
  for (const auto& part : w.parts) {
    request.asked_parts.push_back(part.part);
    if (part.count > 0) request.asked_counts[part.part] = part.count;
  }
  request.seed = seed;
  request.worn = worn;
  auto built = library.build(request);
  if (!built) return fail(built.error());
  nodes += built->shape_nodes;
  return normalise(*built, naturalHeight(w), tight);
}

// Half the thickness added to a held or worn thing per mm the holder is
// larger than it (see buildUnit).
constexpr float kHeldThicknessFraction = 0.01f;

// Places `part` (resting on y = 0, base centred at the origin) at `point`,
// scaled so its width spans `width`.
// Scales a placed subject about its origin: shape, bounds and points.
void scalePlaced(Placed& placed, float f) {
  placed.shape = geometry::scale(placed.shape, f);
  placed.box = {placed.box.min * f, placed.box.max * f};
  for (auto& [name, p] : placed.points) {
    p.position *= f;
    p.size *= f;
  }
}

Sdf attachAt(const Placed& part, const AttachPoint& point, float width) {
  const Vec3 size = part.box.size();
  const float w = std::max({size.x(), size.z(), 1e-3f});
  Affine m = Affine::Identity();
  m.translate(point.position);
  m.rotate(Eigen::Quaternionf::FromTwoVectors(Vec3::UnitY(), point.direction));
  m.scale(width / w);
  return geometry::transformed(part.shape, m);
}

bool isCreature(const SubjectInfo& s) {
  return s.family == "animals" || s.family == "birds" || s.family == "insects" || s.family == "sea_life" ||
         s.family == "reptiles" || s.family == "creatures" || s.family == "characters";
}

// Things a figure takes in its hand whatever their size ("a knight with a
// lance", "a girl with a guitar").
bool isHandheld(const SubjectInfo& s) {
  return s.family == "weapons" || s.family == "tools" || s.family == "instruments" || s.family == "sports";
}

bool declares(const SubjectInfo& s, std::string_view point) {
  return std::find(s.points.begin(), s.points.end(), point) != s.points.end();
}

// A see-through container (a fishbowl, a jar, a terrarium) holds what is
// named with it ("a fishbowl with two goldfish and a tiny castle", "a glass
// jar with a frog"): inside, where it shows, not beside it at its own size.
// Food keeps its own rule (in a dish, at the fill line); worn things and
// other vessels do not go in.
bool goesInClearContainer(const Accessory& acc, const SubjectWords& main) {
  if (acc.relation != "with" || !(acc.point.empty() || acc.point == "inside")) return false;
  const SubjectInfo& holder = *main.subject;
  const SubjectInfo& thing = *acc.what.subject;
  if (!declares(holder, "inside") || holder.parts.empty()) return false;
  const bool clear = main.material != nullptr ? main.material->opacity < 1.0f
                                              : std::any_of(holder.parts.begin(), holder.parts.end(), [](const SubjectPart& p) {
                                                  return p.material == "glass";
                                                });
  if (!clear) return false;
  return (thing.attach_to.empty() || isCreature(thing)) && thing.family != "food" && thing.family != "vessels" &&
         &thing != &holder;
}

// How far `thing` must move along `dir` (a unit vector) before it overlaps
// `body` a little, or -1 when it does not within `limit`: sampled at points
// inside the thing, stepped in fortieths of the limit.
float slideUntilTouching(const Sdf& body, const Sdf& thing, const Vec3& dir, float limit) {
  const Box b = thing.bounds();
  const Vec3 size = b.size();
  std::vector<Vec3> inside;
  constexpr int kGrid = 7;
  for (int i = 0; i < kGrid; ++i) {
    for (int j = 0; j < kGrid; ++j) {
      for (int k = 0; k < kGrid; ++k) {
        const Vec3 p = b.min + Vec3((i + 0.5f) / kGrid * size.x(), (j + 0.5f) / kGrid * size.y(),
                                    (k + 0.5f) / kGrid * size.z());
        if (thing.distance(p) < 0.0f) inside.push_back(p);
      }
    }
  }
  if (inside.empty()) return -1.0f;
  const float overlap = 0.02f * std::max(size.maxCoeff(), 1e-3f);
  constexpr int kSteps = 40;
  for (int s = 0; s <= kSteps; ++s) {
    const float t = limit * static_cast<float>(s) / kSteps;
    for (const auto& p : inside) {
      if (body.distance(p + dir * t) < -overlap) return t;
    }
  }
  return -1.0f;
}

// "A bear holding a jar of honey", "a cat holding a guitar": an animal with
// no hands cannot take a jar or an instrument in its jaws (it would look
// like its head in the jar); it sits with the thing on the ground between
// its forepaws.
bool heldBeforeAnimal(const Accessory& acc, const SubjectWords& main) {
  const SubjectInfo& holder = *main.subject;
  const SubjectInfo& thing = *acc.what.subject;
  if (!acc.point.empty() || declares(holder, "hand") || !isCreature(holder) || holder.family == "characters") {
    return false;
  }
  // "A kitten playing with a ball of yarn", "a dog with a ball": a ball is
  // played with between the forepaws, where it shows, not hidden in the jaws.
  const bool ball = (thing.family == "toys" || thing.family == "sports") &&
                    (thing.id.ends_with("ball") || thing.id == "american_football");
  if (ball) return acc.relation == "holding" || acc.relation == "with";
  if (acc.relation != "holding") return false;
  return thing.family == "vessels" || thing.family == "kitchen" || thing.family == "household" ||
         thing.family == "instruments" || thing.family == "furniture";
}

// "A table with four chairs", "a burger with fries", "a girl with a dog": a
// thing that stands on its own and is not much smaller than the subject goes
// beside it, not on its top or in its hand. Decided on natural heights, so
// it is known before anything is built.
bool standsBeside(const Accessory& acc, const SubjectWords& main) {
  // "a bicycle leaning against a lamp post", "a dog next to a fire hydrant"
  if (acc.relation == "beside") return true;
  if (acc.relation != "with" || !acc.point.empty() || goesInClearContainer(acc, main)) return false;
  const SubjectInfo& thing = *acc.what.subject;
  const SubjectInfo& holder = *main.subject;
  if (isHandheld(thing) && (declares(holder, "hand") || declares(holder, "mouth"))) return false;
  // Food with a dish goes in it ("a bowl of ramen with an egg"), a plant
  // with a vase or a pot stands in it ("a vase with roses").
  if ((thing.family == "food" || thing.family == "plants") && declares(holder, "inside")) return false;
  const float ratio = naturalHeight(acc.what) / std::max(naturalHeight(main), 1e-3f);
  // A dog beside a girl; a parrot or an owl still perches on a shoulder.
  if (isCreature(thing)) return thing.family != "birds" && ratio >= 0.15f;
  return thing.attach_to.empty() && ratio >= 0.45f;
}

// Whether an accessory ends up in the subject's hand (or mouth): then a
// figure drops the prop it carries of its own.
bool goesToHand(const Accessory& acc, const SubjectWords& main) {
  if (acc.relation == "holding") return true;
  if (acc.relation != "with" || standsBeside(acc, main)) return false;
  std::vector<std::string> wanted = acc.what.subject->attach_to;
  if (wanted.empty()) wanted = {"mouth", "hand", "top"};
  if (!acc.point.empty()) wanted.insert(wanted.begin(), acc.point);
  for (const auto& w : wanted) {
    if (declares(*main.subject, w)) return w == "hand";
  }
  return false;
}

// What fills a container: the things, and (in an opaque one) the filler
// under the top layer, in material slot 0 of the things' own slots.
struct Filling {
  std::vector<Sdf> items;
  std::optional<Sdf> filler;
};

// Things other than plants fill a container ("a crate full of apples", "a
// jar of buttons", "a bowl of eggs"): at their own size where that is
// between a seventh and a third of the inside's width, packed in hexagonal
// rings (neighbours overlap a little, so the whole is one piece), each
// turned its own way, with a smaller heap on top. In glass (`clear`) they are
// layered from the floor up, since all of it shows; in anything else only the
// top layer shows, so it lies on a filler that stands for the rest (and keeps
// the model light to build).
Filling fillContainer(const Placed& part, const Placed& container, const AttachPoint& in, bool clear, Rng place_rng) {
  Filling out;
  const Vec3 natural = part.box.size();
  const float natural_width = std::max({natural.x(), natural.z(), 1e-3f});
  float rim_width = in.size;
  const auto fill = container.points.find("fill");
  if (fill != container.points.end()) rim_width = std::max(rim_width, fill->second.size);
  // At most about 24 in a layer: smaller things in a big container are
  // drawn a little larger (a dozen eggs, not a hundred).
  constexpr float kMostInLayer = 24.0f;
  const float spacing = clear ? 0.85f : 0.8f;
  const float fewest_width = 0.5f * rim_width * std::sqrt(static_cast<float>(M_PI) / (0.866f * kMostInLayer)) / spacing;
  const float width = std::clamp(std::max(natural_width, fewest_width), in.size / 7.0f, in.size / 3.0f);
  const float height = std::max(natural.y(), 1e-3f) * width / natural_width;
  float rim = in.position.y() + height;
  if (fill != container.points.end()) {
    rim = std::max(rim, fill->second.position.y());
  } else if (const auto top = container.points.find("top"); top != container.points.end()) {
    rim = std::max(rim, top->second.position.y());
  }
  const float step = spacing * width;
  const float lift = 0.7f * height;
  const size_t most = clear ? 40 : 30;
  auto layer_at = [&](float y, float radius, bool offset) {
    const Vec2 shift = offset ? Vec2(0.5f * step, 0.29f * step) : Vec2(0, 0);
    const int reach = static_cast<int>(std::ceil(radius / step)) + 1;
    // Nearest the middle first, so a cap leaves the outer ring short
    // evenly rather than one side.
    std::vector<Vec2> spots;
    for (int q = -reach; q <= reach; ++q) {
      for (int r = -reach; r <= reach; ++r) {
        const Vec2 at = Vec2(step * (static_cast<float>(q) + 0.5f * static_cast<float>(r)),
                             step * 0.866f * static_cast<float>(r)) + shift;
        if (at.norm() <= radius + 1e-3f) spots.push_back(at);
      }
    }
    std::stable_sort(spots.begin(), spots.end(), [](const Vec2& a, const Vec2& b) { return a.norm() < b.norm(); });
    for (const Vec2& at : spots) {
      if (out.items.size() >= most) break;
      AttachPoint spot = in;
      spot.position = Vec3(in.position.x() + at.x() + place_rng.uniform(-0.05f, 0.05f) * width, y,
                           in.position.z() + at.y() + place_rng.uniform(-0.05f, 0.05f) * width);
      const float turn = place_rng.uniform(0.0f, 2.0f * static_cast<float>(M_PI));
      const float tilt = place_rng.uniform(-0.25f, 0.25f);
      spot.direction = Vec3(std::sin(tilt) * std::cos(turn), 1.0f, std::sin(tilt) * std::sin(turn)).normalized();
      out.items.push_back(attachAt(part, spot, width));
    }
  };
  const float floor_radius = std::max(0.5f * in.size - 0.5f * width, 0.0f);
  const float rim_radius = std::max(0.5f * rim_width - 0.5f * width, 0.0f);
  // The floor layer sinks a little into the floor, so it joins it.
  const float floor_y = in.position.y() - 0.1f * height;
  float top_y = floor_y;
  if (clear) {
    const int layers = std::clamp(static_cast<int>((rim - floor_y - height) / lift) + 1, 1, 3);
    for (int layer = 0; layer < layers; ++layer) {
      const float t = layers > 1 ? static_cast<float>(layer) / static_cast<float>(layers - 1) : 0.0f;
      top_y = floor_y + static_cast<float>(layer) * lift;
      layer_at(top_y, floor_radius + (rim_radius - floor_radius) * t, layer % 2 == 1);
    }
  } else {
    top_y = std::max(floor_y, rim - 0.6f * height);
    if (top_y > floor_y + 0.2f * height) {
      // The filler stands on the container's floor (found straight
      // below the inside point, which may sit higher, as a basket's
      // does) and rises to within the top layer, narrowing towards the
      // floor as most containers do; it stays clear of the walls, so no
      // hollow is sealed under it.
      float floor_top = in.position.y();
      for (float y = in.position.y(); y > in.position.y() - in.size && y > -height; y -= 0.02f * in.size) {
        if (container.shape.distance(Vec3(in.position.x(), y, in.position.z())) < 0.0f) break;
        floor_top = y;
      }
      const float r = 0.5f * std::min(in.size, rim_width) * 0.96f;
      const float y0 = floor_top - 0.02f * in.size;
      const float y1 = top_y + 0.3f * height;
      Sdf filler = geometry::translate(geometry::cone(0.8f * r, r, y1 - y0), Vec3(in.position.x(), y0, in.position.z()));
      out.filler = geometry::withMaterial(std::move(filler), 0);
    }
    layer_at(top_y, rim_radius, false);
  }
  // The heap, sunk well into the layer under it (into the filler, where
  // there is one), so every piece of it is held.
  layer_at(top_y + (clear ? 0.55f : 0.25f) * height, 0.55f * rim_radius, true);
  return out;
}

struct Unit {
  Sdf shape;
  std::vector<ResolvedSlot> slots;
  std::map<std::string, AttachPoint> points;
  bool apart = false;  // something stands beside the subject (see standsBeside)
};

// "A bronze bust of a Roman emperor": a figure's head and shoulders, cut
// level across the chest, on a plain block in the same material. Only a
// figure with a neck has a bust; anything else is made whole, with a note.
void makeBust(Placed& figure, const SubjectWords& words, std::vector<std::string>& notes) {
  const auto neck = figure.points.find("neck");
  const auto head = figure.points.find("head");
  if (words.subject->family != "characters" || neck == figure.points.end() || head == figure.points.end() ||
      head->second.size <= 0.0f) {
    notes.push_back(fmt::format("a bust is made of figures; made the whole {}", words.matched));
    return;
  }
  // Cut level across the chest, a head's width below the neck, and at the
  // shoulders' ends (arms and what they hold are left out); the figure
  // faces +X, its shoulders run along Z.
  const float w = head->second.size;
  const Vec3 at = neck->second.position;
  const float top = figure.box.max.y();
  const float cut = at.y() - 0.8f * w;
  if (cut <= figure.box.min.y()) return;
  const float tall = top - cut;
  Sdf upper = geometry::intersect(
      figure.shape, geometry::translate(geometry::box(Vec3(0.75f * w, 0.5f * tall + 1.0f, 1.05f * w)),
                                        Vec3(at.x(), cut + 0.5f * tall + 1.0f, at.z())));
  // The plinth: a plain block as wide as the cut, so whatever the cut
  // crosses (a hand held before the chest, an arm) rests on it and the
  // whole is one piece (a waisted round plinth read as a chess piece).
  const float plinth = 0.45f * tall;
  Sdf base = geometry::translate(geometry::roundBox(Vec3(0.85f * w, 0.5f * plinth, 1.15f * w), 0.06f * plinth),
                                 Vec3(at.x(), 0.5f * plinth, at.z()));
  // The cut sinks a little into the plinth's top, so the two are one piece.
  const float drop = cut - 0.96f * plinth;
  figure.shape = geometry::unite(geometry::translate(upper, Vec3(0, -drop, 0)), geometry::withMaterial(base, 0));
  const Vec3 half(0.85f * w, 0, 1.15f * w);  // the block's, which the cut stays within
  figure.box = {at - half - Vec3(0, at.y(), 0), at + half + Vec3(0, top - drop - at.y(), 0)};
  // Only the points of the head and shoulders remain.
  for (auto it = figure.points.begin(); it != figure.points.end();) {
    if (it->second.position.y() < cut) {
      it = figure.points.erase(it);
    } else {
      it->second.position.y() -= drop;
      ++it;
    }
  }
}

Result<Unit> buildUnit(const PromptAnalysis& prompt, const SubjectLibrary& library, Style style, uint64_t seed,
                       size_t& nodes, std::vector<std::string>& notes, bool grow_held, bool& grew_held) {
  const SubjectInfo& subject = *prompt.main.subject;
  std::string pose;
  if (!prompt.pose.empty()) {
    if (std::find(subject.poses.begin(), subject.poses.end(), prompt.pose) != subject.poses.end()) {
      pose = prompt.pose;
    } else if (prompt.pose != "standing") {
      notes.push_back(fmt::format("the {} has no {} pose; made it in its usual pose", prompt.main.matched, prompt.pose));
    }
  }
  const bool holds = std::any_of(prompt.accessories.begin(), prompt.accessories.end(),
                                 [&](const Accessory& a) { return goesToHand(a, prompt.main); });
  const bool alone = !prompt.place && prompt.accessories.empty() && !prompt.contents && !prompt.liquid;
  // Things in a see-through container share its floor, spread round it.
  int inside_total = 0;
  int inside_done = 0;
  for (const auto& acc : prompt.accessories) {
    if (goesInClearContainer(acc, prompt.main)) inside_total += std::max(acc.count, 1);
  }
  auto main = buildPlaced(prompt.main, library, style, pose, prompt.outline, seed, nodes, /*worn=*/false, holds,
                          /*tight=*/!alone,
                          /*filled=*/prompt.contents.has_value() || prompt.liquid.has_value() || inside_total > 0);
  if (!main) return fail(main.error());
  if (prompt.main.bust) makeBust(*main, prompt.main, notes);
  Unit unit;
  unit.slots = resolveSlots(prompt.main, style);
  unit.points = main->points;
  std::vector<Sdf> pieces{main->shape};

  // Subjects keep their thin parts (a blade, a stem, a glasses frame) a few
  // hundredths of their own size thick; shrunk beside a far bigger holder
  // they would fall between the voxels of the whole. Grow them to the
  // holder's scale, the same at every tier (`own`: their placed size).
  const auto growToHolder = [&](const Sdf& placed, float own) {
    const float whole = main->box.size().maxCoeff();
    if (!grow_held || whole <= own) return placed;
    grew_held = true;
    return geometry::rounded(placed, kHeldThicknessFraction * (whole - own));
  };
  Rng rng(seed);
  for (size_t i = 0; i < prompt.accessories.size(); ++i) {
    const Accessory& acc = prompt.accessories[i];
    if (goesInClearContainer(acc, prompt.main) && main->points.contains("inside")) {
      auto part = buildPlaced(acc.what, library, style, "", "", rng.fork(fmt::format("accessory{}", i)).next(), nodes,
                              /*worn=*/true);
      if (!part) return fail(part.error());
      const AttachPoint& in = main->points.at("inside");
      const Vec3 size = part->box.size();
      const float natural_width = std::max({size.x(), size.z(), 1e-3f});
      // Each a share of the floor, and low enough to stay under the rim.
      const float share = inside_total == 1 ? 0.7f : 0.78f / std::sqrt(static_cast<float>(inside_total));
      float fit = std::min(natural_width, share * in.size);
      const float headroom = 0.7f * std::max(main->box.max.y() - in.position.y(), 1e-3f);
      fit = std::min(fit, headroom * natural_width / std::max(size.y(), 1e-3f));
      const auto slot_offset = static_cast<uint32_t>(unit.slots.size());
      auto slots = resolveSlots(acc.what, style);
      unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
      for (int k = 0; k < std::max(acc.count, 1); ++k, ++inside_done) {
        AttachPoint spot = in;
        // Set a little into the floor (gravel, moss, snow), so it is held.
        spot.position.y() -= 0.03f * in.size;
        if (inside_total > 1) {
          const float a = 2.0f * static_cast<float>(M_PI) * static_cast<float>(inside_done) /
                              static_cast<float>(inside_total) + 0.6f;
          spot.position += Vec3(std::cos(a), 0, std::sin(a)) * 0.26f * in.size;
        }
        Sdf placed = attachAt(*part, spot, fit);
        // Turned its own way round the container's middle.
        const Vec3 at = spot.position;
        Affine turn = Affine::Identity();
        turn.translate(at);
        turn.rotate(Eigen::AngleAxisf(0.9f + 2.1f * static_cast<float>(inside_done), Vec3::UnitY()));
        turn.translate(-at);
        placed = geometry::transformed(placed, turn);
        placed = growToHolder(placed, size.maxCoeff() * fit / natural_width);
        pieces.push_back(geometry::offsetMaterial(placed, slot_offset));
      }
      continue;
    }
    if (acc.relation == "with" && acc.what.subject == prompt.main.subject) {
      // More of its own kind ("a train with three wagons"): coupled in a
      // line behind it (its front faces +X), each joined to the one before
      // by a coupling bar.
      auto part = buildPlaced(acc.what, library, style, "", "", rng.fork(fmt::format("accessory{}", i)).next(), nodes);
      if (!part) return fail(part.error());
      const auto slot_offset = static_cast<uint32_t>(unit.slots.size());
      auto slots = resolveSlots(acc.what, style);
      unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
      const Box wagon = part->box;
      const float gap = 0.08f * std::max(wagon.size().x(), 1e-3f);
      const float bar_y = 0.3f * std::min(wagon.size().y(), main->box.size().y());
      const float bar_r = 0.06f * std::min(wagon.size().y(), main->box.size().y());
      float back = main->box.min.x();
      for (int k = 0; k < std::max(acc.count, 1); ++k) {
        const float front = back - gap;
        const Vec3 shift(front - wagon.max.x(), 0.0f, main->box.center().z() - wagon.center().z());
        pieces.push_back(geometry::offsetMaterial(geometry::translate(part->shape, shift), slot_offset));
        // The coupling bar reaches a little into both.
        pieces.push_back(geometry::withMaterial(
            geometry::capsule(Vec3(front - 0.3f * gap, bar_y, main->box.center().z()),
                              Vec3(back + 0.3f * gap, bar_y, main->box.center().z()), bar_r),
            slot_offset));
        back = front - wagon.size().x();
      }
      continue;
    }
    if (heldBeforeAnimal(acc, prompt.main)) {
      auto part = buildPlaced(acc.what, library, style, "", "", rng.fork(fmt::format("accessory{}", i)).next(), nodes);
      if (!part) return fail(part.error());
      // At its own size, but big enough to see and no taller than half the
      // animal; on the ground in front (a subject faces +X), against its
      // chest.
      const float tall = main->box.size().y();
      const float h = std::clamp(part->box.size().y(), 0.3f * tall, 0.55f * tall);
      const float f = h / std::max(part->box.size().y(), 1e-3f);
      const float half = 0.5f * f * part->box.size().x();
      Affine m = Affine::Identity();
      m.translate(Vec3(main->box.max.x() + half, 0.0f, main->box.center().z()));
      m.scale(f);
      Sdf held = geometry::transformed(part->shape, m);
      // Slid back until it leans against the animal (its paws, its chest),
      // so the whole stays one piece.
      const float travel = slideUntilTouching(main->shape, held, Vec3(-1, 0, 0), 0.8f * main->box.size().x());
      const bool touches = travel >= 0.0f;
      held = geometry::translate(held, Vec3(-(touches ? travel : 0.12f * main->box.size().x()), 0, 0));
      const auto slot_offset = static_cast<uint32_t>(unit.slots.size());
      auto slots = resolveSlots(acc.what, style);
      unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
      pieces.push_back(geometry::offsetMaterial(held, slot_offset));
      unit.apart = unit.apart || !touches;
      continue;
    }
    if (standsBeside(acc, prompt.main)) {
      auto part = buildPlaced(acc.what, library, style, "", "", rng.fork(fmt::format("accessory{}", i)).next(), nodes);
      if (!part) return fail(part.error());
      // Side by side as the default view sees them (its right is along
      // `across`); several stand round the subject, facing it (a subject's
      // front faces +X).
      const float azimuth = render::RenderOptions{}.camera_azimuth_deg * static_cast<float>(M_PI) / 180.0f;
      const Vec3 across(std::cos(azimuth), 0.0f, -std::sin(azimuth));
      const auto reach = [](const Box& b, const Vec3& d) {
        return 0.5f * (std::abs(d.x()) * b.size().x() + std::abs(d.z()) * b.size().z());
      };
      const int n = std::max(acc.count, 1);
      const float start = std::atan2(across.z(), across.x());
      const auto slot_offset = static_cast<uint32_t>(unit.slots.size());
      auto slots = resolveSlots(acc.what, style);
      unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
      for (int k = 0; k < n; ++k) {
        const float a = start + 2.0f * static_cast<float>(M_PI) * static_cast<float>(k) / static_cast<float>(n);
        const Vec3 d(std::cos(a), 0.0f, std::sin(a));
        Affine m = Affine::Identity();
        // Furniture round a table tucks in a little; anything else just
        // touches the subject.
        const float tuck = acc.what.subject->family == "furniture" && n > 1 ? 0.1f : 0.9f;
        m.translate(d * (reach(main->box, d) + tuck * reach(part->box, d)));
        if (n > 1) m.rotate(Eigen::AngleAxisf(std::atan2(d.z(), -d.x()), Vec3::UnitY()));
        pieces.push_back(geometry::offsetMaterial(geometry::transformed(part->shape, m), slot_offset));
      }
      unit.apart = true;
      continue;
    }
    // Held in a hand, or by an animal in its mouth.
    std::vector<std::string> wanted = acc.relation == "holding" ? std::vector<std::string>{"hand", "mouth"}
                                                                : acc.what.subject->attach_to;
    // A thing that goes nowhere in particular: an animal carries it in its
    // mouth ("a horse with a carrot"), a figure in its hand ("a samurai with
    // a katana"), anything else has it on top ("a cake with a candle").
    // Footwear is worn on feet or not at all, never carried in the mouth
    // ("a pig wearing rain boots" on a body with no feet to put them on).
    if (wanted.empty() && acc.relation == "wearing" && acc.what.subject->id == "shoe") wanted = {"feet"};
    if (wanted.empty()) wanted = {"mouth", "hand", "top"};
    // "a pirate with a parrot on his shoulder": the named point first.
    if (!acc.point.empty()) wanted.insert(wanted.begin(), acc.point);
    // "A bear with a fish", "a penguin holding a fish": in its jaws, not
    // ridden on its head (a fish's own points are for riders).
    const bool fish_in_jaws = acc.what.subject->family == "sea_life" && isCreature(*prompt.main.subject) &&
                              acc.point.empty() && (acc.relation == "with" || acc.relation == "holding");
    if (fish_in_jaws) wanted.insert(wanted.begin(), "mouth");
    // Food with a dish that holds something ("a bowl of ramen with an egg",
    // "a bowl of cereal with strawberries") goes in it, at the fill line.
    const bool dish = main->points.contains("inside");
    if (acc.relation == "with" && acc.what.subject->family == "food" && dish) {
      wanted = {prompt.liquid && main->points.contains("fill") ? "fill" : "inside"};
    }
    const AttachPoint* point = nullptr;
    std::string point_name;
    for (const auto& w : wanted) {
      if (const auto it = main->points.find(w); it != main->points.end()) {
        point = &it->second;
        point_name = w;
        break;
      }
    }
    if (point == nullptr) {
      notes.push_back(fmt::format("the {} has no {} for the {}; left it out", prompt.main.matched,
                                  fmt::join(wanted, " or "), acc.what.matched));
      continue;
    }
    auto part = buildPlaced(acc.what, library, style, "", "", rng.fork(fmt::format("accessory{}", i)).next(), nodes,
                            /*worn=*/true);
    if (!part) return fail(part.error());
    // Worn things fit the point (a hat spans the head); held things keep
    // their natural size next to the holder (a sword is a sword's length),
    // at most 1.5 times the holder's height.
    float fit = point->size > 0 ? point->size : 0.3f * main->box.size().maxCoeff();
    const Vec3 size = part->box.size();
    const float natural_width = std::max({size.x(), size.z(), 1e-3f});
    if (point_name == "mouth") {
      // Carried in the jaws at its own size, but big enough to see (a pocket
      // watch by a rabbit), up to most of the animal's height; a long thing
      // (a bone, a stick) spans well past the jaws.
      const bool long_thing = natural_width > 2.5f * std::max(size.y(), 1e-3f);
      fit = std::min(std::max(long_thing ? std::max(natural_width, 3.0f * point->size) : natural_width,
                              0.12f * main->box.size().maxCoeff()),
                     0.6f * main->box.size().y());
    } else if (point_name == "shield") {
      fit = point->size;
    } else if (point_name == "inside" && acc.point == "inside") {
      // "a birdcage with a songbird inside": half the room.
      fit = 0.5f * point->size;
    } else if (acc.relation == "holding" || point_name == "hand") {
      // A toy holds a toy's things: a toy soldier's drum is drawn at the
      // toy's scale, as big beside it as a drum beside a soldier.
      const SubjectVariant* holder = prompt.main.subject->findVariant(prompt.main.variant);
      const float model_scale = holder != nullptr && holder->model
                                    ? std::min(1.0f, naturalHeight(prompt.main) / prompt.main.subject->size_mm)
                                    : 1.0f;
      const float cap = 1.5f * main->box.size().y() / std::max(size.y(), 1e-3f);
      // Small things held (a wooden spoon, a ladle, a fish) are drawn at
      // least a fifth of the holder's height, so they read at a glance.
      Vec3 dims = size;
      std::sort(dims.data(), dims.data() + 3);
      const bool long_thing = dims[2] > 2.5f * dims[1];  // a spoon, a ladle, a wand, not an apple
      const float least =
          point_name == "hand" && long_thing ? 0.2f * main->box.size().y() / std::max(dims[2], 1e-3f) : 0.0f;
      fit = natural_width * std::min(std::max(model_scale, least), cap);
    }
    const bool in_dish = point_name == "fill" || (point_name == "inside" && acc.what.subject->family == "food");
    if (in_dish) fit = 0.32f * main->points.at("inside").size;
    const bool hanging = point_name == "hand" && acc.what.subject->hangs;
    if (hanging) fit = std::min(fit, 0.22f * main->box.size().y());
    const float scale = fit / natural_width;
    Sdf placed = attachAt(*part, *point, fit);
    if (point_name == "mouth" && fish_in_jaws) {
      // Held across the jaws by its middle, upright, its length crosswise.
      Affine m = Affine::Identity();
      m.translate(point->position);
      m.rotate(Eigen::AngleAxisf(0.5f * static_cast<float>(M_PI), Vec3::UnitY()));
      m.scale(fit / natural_width);
      m.translate(-part->box.center());
      placed = geometry::transformed(part->shape, m);
    }
    // Half sunk in a soup; held by its handle, the top at the fist and the
    // rest below it.
    const float sink = point_name == "fill" ? 0.45f : hanging ? 0.92f : 0.0f;
    if (sink > 0.0f) placed = geometry::translate(placed, Vec3(0, -sink * size.y() * scale, 0));
    placed = growToHolder(placed, size.maxCoeff() * scale);
    auto slots = resolveSlots(acc.what, style);
    pieces.push_back(geometry::offsetMaterial(placed, static_cast<uint32_t>(unit.slots.size())));
    unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
  }

  // Contents: a liquid up to the fill line, or a few of a subject inside.
  const auto inside = main->points.find("inside");
  if (prompt.liquid) {
    const auto fill = main->points.find("fill");
    if (inside == main->points.end() || fill == main->points.end()) {
      notes.push_back(fmt::format("the {} cannot hold {}; left it empty", prompt.main.matched, prompt.liquid_word));
    } else {
      // In glass the liquid is seen through the wall: it keeps clear of it
      // (a gap a few draft voxels wide), so its sides are a surface of their
      // own; elsewhere it meets the wall and they are one surface.
      const bool clear = std::any_of(unit.slots.begin(), unit.slots.end(),
                                     [](const ResolvedSlot& s) { return s.preset->opacity < 1.0f; });
      const float r = 0.5f * std::min(inside->second.size, fill->second.size) * (clear ? 0.9f : 1.02f);
      // Coloured glass (a purple potion bottle) holding a liquid of its own
      // colour would hide it: unless the prompt colours the glass, it is clear.
      if (clear && prompt.main.colors.empty()) {
        for (auto& slot : unit.slots) {
          if (slot.preset->opacity < 1.0f) slot.color = {"", slot.preset->r, slot.preset->g, slot.preset->b};
        }
      }
      // From a little below the inside point (so it meets the floor of the
      // vessel even where the point sits above it) up to the fill line.
      const float y1 = fill->second.position.y();
      const float y0 = inside->second.position.y() - 0.1f * std::max(y1 - inside->second.position.y(), 0.0f);
      if (y1 > y0 + 0.1f) {
        Sdf liquid = geometry::translate(geometry::cylinder(r, 0.5f * (y1 - y0)),
                                         Vec3(inside->second.position.x(), 0.5f * (y0 + y1), inside->second.position.z()));
        pieces.push_back(geometry::withMaterial(liquid, static_cast<uint32_t>(unit.slots.size())));
        const MaterialPreset* glossy = findMaterialPreset("glazed");
        unit.slots.push_back({"contents/" + prompt.liquid_word, *prompt.liquid, glossy, true, prompt.liquid_glowing});
      }
    }
  } else if (prompt.contents) {
    if (inside == main->points.end()) {
      notes.push_back(fmt::format("the {} has no inside for the {}; left them out", prompt.main.matched,
                                  prompt.contents->matched));
    } else {
      auto part = buildPlaced(*prompt.contents, library, style, "", "", rng.fork("contents").next(), nodes);
      if (!part) return fail(part.error());
      const AttachPoint& in = inside->second;
      const bool plants = prompt.contents->subject->family == "plants";
      const Vec3 natural = part->box.size();
      std::vector<Sdf> items;
      std::optional<Sdf> filler_piece;
      if (plants) {
        // Flowers stand in the vase at their own size, fanned out a little.
        const float width = std::max({natural.x(), natural.z(), 1e-3f});
        for (int k = 0; k < 3; ++k) {
          const float a = 2.0f * static_cast<float>(M_PI) * static_cast<float>(k) / 3.0f;
          AttachPoint spot = in;
          spot.position += Vec3(std::cos(a), 0, std::sin(a)) * 0.12f * in.size;
          spot.direction = Vec3(std::cos(a) * 0.25f, 1.0f, std::sin(a) * 0.25f).normalized();
          items.push_back(attachAt(*part, spot, width));
        }
      } else {
        const bool clear = std::any_of(unit.slots.begin(), unit.slots.end(),
                                       [](const ResolvedSlot& slot) { return slot.preset->opacity < 1.0f; });
        Filling filling = fillContainer(*part, *main, in, clear, rng.fork("contents-place"));
        items = std::move(filling.items);
        filler_piece = std::move(filling.filler);
        notes.push_back(
            fmt::format("filled the {} with {} × {}", prompt.main.matched, items.size(), prompt.contents->matched));
      }
      auto slots = resolveSlots(*prompt.contents, style);
      pieces.push_back(geometry::offsetMaterial(geometry::unite(std::move(items)),
                                                static_cast<uint32_t>(unit.slots.size())));
      unit.slots.insert(unit.slots.end(), slots.begin(), slots.end());
      if (filler_piece) {
        // In the shade between the things on top: their first colour, darker.
        ResolvedSlot shade = slots.front();
        shade.name = "contents/filler";
        shade.color = {"", static_cast<unsigned char>(shade.color.r * 0.45f), static_cast<unsigned char>(shade.color.g * 0.45f),
                       static_cast<unsigned char>(shade.color.b * 0.45f)};
        shade.glazed = false;
        pieces.push_back(geometry::offsetMaterial(*filler_piece, static_cast<uint32_t>(unit.slots.size())));
        unit.slots.push_back(shade);
      }
    }
  }
  unit.shape = geometry::unite(std::move(pieces));
  return unit;
}

}  // namespace

Result<ComposedModel> compose(const PromptAnalysis& asked, const SubjectLibrary& library, Style style,
                              uint64_t seed, const ComposeOptions& options) {
  // On a seat or a mount ("a knight on horseback", "a teddy bear on a
  // chair") a subject that can sit does, unless the prompt poses it.
  PromptAnalysis seated;
  // Told to sit on anything ("a fisherman sitting on a crate"), it sits on
  // its top.
  const bool sits = [&] {
    const auto& poses = asked.main.subject->poses;
    if (std::find(poses.begin(), poses.end(), "sitting") == poses.end()) return false;
    if (asked.pose.empty() && std::any_of(asked.accessories.begin(), asked.accessories.end(), [&](const Accessory& a) {
          return heldBeforeAnimal(a, asked.main);
        })) {
      return true;
    }
    if (!asked.place) return false;
    // Hatching from an egg, a creature sits up in the shell.
    if (asked.place_relation == "in" && asked.place->variant == "hatched" && asked.pose.empty()) return true;
    // "in an armchair", "in a rocking chair": on its seat.
    const bool in_seat = asked.place_relation == "in" && declares(*asked.place->subject, "seat") &&
                         !declares(*asked.place->subject, "inside");
    if (asked.place_relation != "on" && !in_seat) return false;
    if (asked.pose == "sitting") return true;
    if (!asked.pose.empty()) return false;
    return declares(*asked.place->subject, "seat") || declares(*asked.place->subject, "back");
  }();
  if (sits) {
    seated = asked;
    seated.pose = "sitting";
  }
  const PromptAnalysis& prompt = sits ? seated : asked;
  ComposedModel out;
  out.notes = prompt.notes;
  out.apart = false;
  out.pose = prompt.pose;
  const int count = std::max(prompt.count, 1);
  std::vector<Sdf> copies;
  float spacing = 0;
  std::vector<Unit> units;
  // "three macarons, pink, green and yellow": as many colours as copies
  // colour one each.
  const bool colour_each = count > 1 && prompt.main.colors.size() == static_cast<size_t>(count);
  for (int i = 0; i < count; ++i) {
    // The first copy keeps the prompt's seed, so "an apple" and "three
    // apples" share their first apple.
    const uint64_t unit_seed = i == 0 ? seed : Rng(seed).fork(fmt::format("copy{}", i)).next();
    PromptAnalysis coloured;
    if (colour_each) {
      coloured = prompt;
      coloured.main.colors = {prompt.main.colors[static_cast<size_t>(i)]};
    }
    auto unit = buildUnit(colour_each ? coloured : prompt, library, style, unit_seed, out.shape_nodes, out.notes,
                          options.grow_held, out.grew_held);
    if (!unit) return fail(unit.error());
    const Vec3 size = unit->shape.bounds().size();
    spacing = std::max(spacing, std::max(size.x(), size.z()) * 1.08f);
    out.apart = out.apart || unit->apart;
    units.push_back(std::move(*unit));
  }
  // Rows of up to three, centred.
  const int per_row = count <= 3 ? count : static_cast<int>(std::ceil(std::sqrt(static_cast<float>(count))));
  const int rows = (count + per_row - 1) / per_row;
  // Flowers in a vase stand together in it, fanned out from its middle.
  const bool bunch = count > 1 && prompt.place && prompt.place_relation == "in" &&
                     prompt.main.subject->family == "plants";
  for (int i = 0; i < count; ++i) {
    const int row = i / per_row, col = i % per_row;
    const int in_row = std::min(per_row, count - row * per_row);
    const Vec3 at((static_cast<float>(col) - 0.5f * static_cast<float>(in_row - 1)) * spacing, 0,
                  (static_cast<float>(row) - 0.5f * static_cast<float>(rows - 1)) * spacing);
    Sdf copy = count == 1 ? units[i].shape : geometry::translate(units[i].shape, at);
    if (bunch) {
      constexpr float kFanDegrees = 16.0f;
      const float a = 2.0f * static_cast<float>(M_PI) * static_cast<float>(i) / static_cast<float>(count);
      const Vec3 out_dir(std::cos(a), 0.0f, std::sin(a));
      Affine m = Affine::Identity();
      m.translate(out_dir * 0.08f * spacing);
      m.rotate(Eigen::AngleAxisf(kFanDegrees * static_cast<float>(M_PI) / 180.0f, Vec3(-out_dir.z(), 0, out_dir.x())));
      copy = geometry::transformed(units[i].shape, m);
    }
    if (colour_each && i > 0) {
      // Each copy keeps its own slots, after those of the copies before it.
      copy = geometry::offsetMaterial(copy, static_cast<uint32_t>(out.slots.size()));
    }
    if (colour_each || i == 0) {
      out.slots.insert(out.slots.end(), units[i].slots.begin(), units[i].slots.end());
    }
    copies.push_back(copy);
  }
  Sdf group = geometry::unite(std::move(copies));
  // A rider sits on its hips, not on the lowest thing it carries (a sword's
  // tip, a shield's rim): those hang below the seat.
  if (sits && count == 1) {
    if (const auto hips = units.front().points.find("seat"); hips != units.front().points.end()) {
      const float height = group.bounds().size().y();
      const float lift = hips->second.position.y() - 0.2f * height;
      if (lift > 0.0f) group = geometry::translate(group, Vec3(0, -lift, 0));
    }
  }

  if (prompt.place) {
    auto support = buildPlaced(*prompt.place, library, style, "", "", Rng(seed).fork("place").next(), out.shape_nodes,
                               /*worn=*/false, /*holds=*/false, /*tight=*/true,
                               /*filled=*/prompt.place_relation == "in");
    if (!support) return fail(support.error());
    // "in" a thing with no inside ("a scarecrow in a pumpkin patch") is on
    // it, or beside it when it is far smaller.
    const bool has_inside = support->points.contains("inside");
    const bool in = prompt.place_relation == "in" && has_inside;
    const Box thing_box = group.bounds();
    // "a sword in a stone": a blade standing point up, in a thing with no
    // inside, is driven point first into its top, a quarter of its length
    // deep; the support is sized to half the blade's length across.
    const bool plunged = prompt.place_relation == "in" && !has_inside && !sits && count == 1 &&
                         prompt.main.subject->plunges && prompt.accessories.empty();
    if (plunged) {
      scalePlaced(*support, 0.5f * thing_box.size().y() / std::max(support->box.size().maxCoeff(), 1e-3f));
      const AttachPoint& top = support->points.at("top");
      const Vec3 c = thing_box.center();
      Affine m = Affine::Identity();
      // Its middle half its length above the point's depth, a quarter below the top.
      m.translate(top.position + Vec3(0, 0.25f * thing_box.size().y(), 0));
      m.rotate(Eigen::AngleAxisf(static_cast<float>(M_PI), Vec3::UnitZ()));
      m.translate(-c);
      auto slots = resolveSlots(*prompt.place, style);
      group = geometry::unite(geometry::transformed(group, m),
                              geometry::offsetMaterial(support->shape, static_cast<uint32_t>(out.slots.size())));
      out.slots.insert(out.slots.end(), slots.begin(), slots.end());
    } else if (prompt.place_relation == "in" && !has_inside && !sits &&
        support->box.size().maxCoeff() < 0.5f * thing_box.size().y()) {
      const float gap = 0.02f * thing_box.size().y();
      const Vec3 at(thing_box.max.x() + gap - support->box.min.x(), 0, thing_box.center().z() - support->box.center().z());
      out.notes.push_back(fmt::format("the {} has no inside and is far smaller; set it beside the {}",
                                      prompt.place->matched, prompt.main.matched));
      auto slots = resolveSlots(*prompt.place, style);
      group = geometry::unite(group, geometry::offsetMaterial(geometry::translate(support->shape, at),
                                                              static_cast<uint32_t>(out.slots.size())));
      out.slots.insert(out.slots.end(), slots.begin(), slots.end());
    } else {
    // A small thing on a big one ("a ladybug on a leaf", "a cat on a sofa")
    // is what the prompt is about: the support shrinks to at most 2.5 times
    // the thing's size so the thing still reads at a glance.
    // A container likewise, a little roomier ("a rubber duck in a bathtub").
    {
      const Box gb = group.bounds(), sb = support->shape.bounds();
      const float thing = gb.size().maxCoeff(), base = sb.size().maxCoeff();
      const float kMostSupport = in ? 3.0f : 2.5f;
      if (thing > 0.0f && base > kMostSupport * thing && !prompt.place->subject->fits_load) {
        const float f = kMostSupport * thing / base;
        scalePlaced(*support, f);
        out.notes.push_back(fmt::format("the {} is shown at {:.0f}% of its size so the {} stands out",
                                        prompt.place->matched, 100.0f * f, prompt.main.matched));
      }
      // A support far smaller than what is on it ("a mermaid on a rock",
      // "a fisherman sitting on a crate") grows until it can be seen and
      // sat on: at least 0.45 of the thing's height across; one stood on
      // ("a castle on a hill") also at least as wide as the thing's footprint.
      constexpr float kLeastSupport = 0.45f;
      constexpr float kFootprintMargin = 1.0f;
      // The room is that of the point it stands on (a hill's crown, not its
      // foot).
      const auto top = support->points.find("top");
      // A creature lying down spreads over the whole support (a cushion, a
      // rug), a little inside its edge.
      const bool lies = isCreature(*prompt.main.subject) && prompt.pose == "lying";
      const float room = support->own_top && !lies ? top->second.size
                                                   : std::max(sb.size().x(), sb.size().z()) / (lies ? 1.25f : 1.0f);
      float f = base > 0.0f ? kLeastSupport * gb.size().y() / base : 1.0f;
      // Feet and claws grip a perch: only what stands on a base, or a
      // creature lying on it ("a sleeping bulldog on a pillow"), needs room.
      const bool stands_on_base = !isCreature(*prompt.main.subject) || prompt.pose == "lying";
      if (!sits && stands_on_base && room > 0.0f) f = std::max(f, kFootprintMargin * std::max(gb.size().x(), gb.size().z()) / room);
      // Never past the bound a big support is shrunk to.
      if (base > 0.0f) f = std::min(f, std::max(1.0f, kMostSupport * thing / base));
      // A support made for its load (a pull toy's wheeled base) takes the
      // thing's footprint, larger or smaller.
      if (prompt.place->subject->fits_load && !in && room > 0.0f) {
        f = kFootprintMargin * std::max(gb.size().x(), gb.size().z()) / room;
      }
      if (!in && (f > 1.0f || prompt.place->subject->fits_load)) {
        scalePlaced(*support, f);
      }
    }
    // On a chair or sofa one sits on the seat, on a horse on its back, on
    // anything else on top.
    auto point = support->points.find(in ? "inside" : "seat");
    if (!in && point == support->points.end()) point = support->points.find("back");
    if (!in && point == support->points.end()) point = support->points.find("top");
    if (prompt.place_relation == "in" && !in && point->first != "seat") {
      out.notes.push_back(fmt::format("the {} has no inside; placed the {} on top of it", prompt.place->matched,
                                      prompt.main.matched));
    }
    Affine m = Affine::Identity();
    m.translate(point->second.position);
    m.rotate(Eigen::Quaternionf::FromTwoVectors(Vec3::UnitY(), point->second.direction));
    // Several items, or one wider than the support, shrink to fit on it.
    const Box gb = group.bounds();
    const float group_width = std::max(gb.size().x(), gb.size().z());
    const float room = std::max(point->second.size, 1e-3f) * (in ? 1.0f : 1.3f);
    const bool plant_in_pot = in && prompt.main.subject->family == "plants";
    // One thing on a support keeps its size (the support was already scaled
    // to it): shrunk to a fence post's top, an owl is a speck.
    const bool fits_as_is = !in && count == 1;
    const float shrink = group_width > room && !plant_in_pot && !fits_as_is ? room / group_width : 1.0f;
    m.scale(shrink);
    Sdf placed = geometry::transformed(group, m);
    // On a support's highest point, rest on the surface under the thing
    // (a dome, a pumpkin's shoulder): lower it until the nearest pair of
    // points, one above the other, meet. On anything, sink in a little so
    // the two are one piece.
    float drop = in ? 0.0f : 0.02f * gb.size().y() * shrink;
    if (!in && point->first == "top" && !support->own_top) {
      // The gap is found to a few thousandths of the larger size and feet
      // meet a dome in a point: sink by a draft voxel more, so they join.
      const float extent = std::max(support->box.size().maxCoeff(), gb.size().maxCoeff() * shrink);
      if (const auto gap = verticalGap(placed, support->shape, support->box)) drop += *gap + 0.01f * extent;
    }
    if (drop != 0.0f) placed = geometry::translate(placed, Vec3(0, -drop, 0));
    // A thing inside a closed or solid-walled container ("a ship in a
    // bottle", "a candle in a jar") would not be seen: say so rather than
    // show the container alone.
    // Hatching, it rises out of the shell: at most its lower 40% below the rim.
    if (in && prompt.place->variant == "hatched") {
      if (const auto top = support->points.find("top"); top != support->points.end()) {
        const Box pb = placed.bounds();
        const float lowest = top->second.position.y() - 0.4f * pb.size().y();
        if (pb.min.y() < lowest) placed = geometry::translate(placed, Vec3(0, lowest - pb.min.y(), 0));
      }
    }
    constexpr float kSeen = 0.25f;
    std::vector<bool> clear;
    for (const auto& slot : resolveSlots(*prompt.place, style)) clear.push_back(slot.preset->opacity < 1.0f);
    bool seen = !in || visibleFraction(placed, support->shape, clear) >= kSeen;
    if (!seen) {
      // Afloat at the fill line instead ("a rubber duck in a bathtub"), if
      // the container holds water and that shows it.
      if (const auto fill = support->points.find("fill"); fill != support->points.end()) {
        const float rise = fill->second.position.y() - point->second.position.y();
        if (rise > 0.0f) {
          Sdf afloat = geometry::translate(placed, Vec3(0, rise, 0));
          seen = visibleFraction(afloat, support->shape, clear) >= kSeen;
          if (seen) placed = afloat;
        }
      }
    }
    if (!seen) {
      return fail(ErrorCode::kUnprocessable,
                  fmt::format("the {} would be hidden inside the {}: kiln's {} is {}, so it would show only the "
                              "{}; ask for the {} on its own, or on or beside the {}",
                              prompt.main.matched, prompt.place->matched, prompt.place->matched,
                              std::find(clear.begin(), clear.end(), true) != clear.end() ? "too narrow to see into"
                                                                                        : "opaque",
                              prompt.place->matched, prompt.main.matched, prompt.place->matched),
                  {{"parameter", "prompt"}});
    }
    auto slots = resolveSlots(*prompt.place, style);
    group = geometry::unite(placed, geometry::offsetMaterial(support->shape, static_cast<uint32_t>(out.slots.size())));
    out.slots.insert(out.slots.end(), slots.begin(), slots.end());
    }
  }

  // Conditions that change the surface's shape; colour conditions are
  // painted after meshing.
  const float height = std::max(group.bounds().size().y(), 1.0f);
  auto has = [&](std::string_view c) {
    return std::find(prompt.conditions.begin(), prompt.conditions.end(), c) != prompt.conditions.end();
  };
  Rng noise_rng = Rng(seed).fork("conditions");
  out.reshaped = options.reshape_conditions && (has("dented") || has("cracked") || has("chipped") || has("barnacled") ||
                                                has("weathered") || has("worn"));
  if (!options.reshape_conditions) {
    // painted only (see ComposeOptions)
  } else if (has("dented")) {
    // Shallow round dents (they thin a wall from both sides, so no deeper);
    // the shading deepens them (see shadeDents in sculpt_engine.cpp).
    group = geometry::displace(group, {.seed = noise_rng.next(), .amplitude_mm = 0.006f * height,
                                       .wavelength_mm = 0.16f * height, .octaves = 1, .dents = true});
  }
  if (options.reshape_conditions && has("barnacled")) {
    // Barnacles: small crusty bumps in clusters.
    group = geometry::displace(group, {.seed = noise_rng.next(), .amplitude_mm = -0.012f * height,
                                       .wavelength_mm = 0.035f * height, .octaves = 1, .dents = true});
  }
  if (options.reshape_conditions && (has("cracked") || has("chipped"))) {
    group = geometry::displace(group, {.seed = noise_rng.next(), .amplitude_mm = 0.006f * height,
                                       .wavelength_mm = 0.05f * height, .octaves = 3});
  }
  if (options.reshape_conditions && (has("weathered") || has("worn"))) {
    group = geometry::displace(group, {.seed = noise_rng.next(), .amplitude_mm = 0.004f * height,
                                       .wavelength_mm = 0.09f * height, .octaves = 2});
  }
  // Rest on the ground, centred.
  const Box b = group.bounds();
  out.shape = geometry::translate(group, Vec3(-b.center().x(), -b.min.y(), -b.center().z()));
  return out;
}

}  // namespace kiln::engines::sculpt
