#include "engines/sculpt/part_vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <numbers>

#include <fmt/format.h>
#include <lua.hpp>

namespace kiln::engines::sculpt {
namespace {

using geometry::Affine;
using geometry::Sdf;
using geometry::Vec2;
using geometry::Vec3;

constexpr const char* kShapeMeta = "kiln.shape";
// Lengths beyond ±100 m are certainly mistakes (subjects are built in mm).
constexpr double kMaxLength = 100'000.0;

// Bad arguments are reported with a C++ exception inside a binding and
// turned into a Lua error by guarded() once every C++ object of the binding
// has been destroyed (lua_error longjmps and would skip their destructors).
struct VocabError : std::exception {
  explicit VocabError(std::string m) : message(std::move(m)) {}
  const char* what() const noexcept override { return message.c_str(); }
  std::string message;
};

VocabularyState* stateOf(lua_State* L) {
  return static_cast<VocabularyState*>(lua_touserdata(L, lua_upvalueindex(1)));
}

template <int (*F)(lua_State*)>
int guarded(lua_State* L) {
  char message[320];
  message[0] = '\0';
  int results = 0;
  try {
    results = F(L);
  } catch (const std::exception& e) {
    std::snprintf(message, sizeof message, "%s", e.what());
  }
  if (message[0] != '\0') {
    luaL_where(L, 1);
    lua_pushstring(L, message);
    lua_concat(L, 2);
    return lua_error(L);
  }
  return results;
}

double number(lua_State* L, int index, const char* what) {
  int ok = 0;
  const double v = lua_tonumberx(L, index, &ok);
  if (ok == 0) throw VocabError(fmt::format("{} must be a number, got {}", what, luaL_typename(L, index)));
  if (!std::isfinite(v) || std::abs(v) > kMaxLength) {
    throw VocabError(fmt::format("{} is {}; it must be a finite number within ±{} mm", what, v, kMaxLength));
  }
  return v;
}

float length(lua_State* L, int index, const char* what) {
  const double v = number(L, index, what);
  if (v < 0) throw VocabError(fmt::format("{} is {}; it must not be negative", what, v));
  return static_cast<float>(v);
}

float optionalNumber(lua_State* L, int index, float fallback, const char* what) {
  if (lua_isnoneornil(L, index)) return fallback;
  return static_cast<float>(number(L, index, what));
}

int intArg(lua_State* L, int index, int lo, int hi, const char* what) {
  const double v = number(L, index, what);
  if (v != std::floor(v) || v < lo || v > hi) {
    throw VocabError(fmt::format("{} is {}; it must be a whole number from {} to {}", what, v, lo, hi));
  }
  return static_cast<int>(v);
}

double field(lua_State* L, int table, lua_Integer i, const char* what) {
  lua_rawgeti(L, table, i);
  int ok = 0;
  const double v = lua_tonumberx(L, -1, &ok);
  lua_pop(L, 1);
  if (ok == 0 || !std::isfinite(v) || std::abs(v) > kMaxLength) {
    throw VocabError(fmt::format("{} needs {} numbers like {{x, y, z}}", what, i > 2 ? 3 : 2));
  }
  return v;
}

Vec3 tableVec3(lua_State* L, int index, const char* what) {
  if (!lua_istable(L, index)) throw VocabError(fmt::format("{} must be a point {{x, y, z}}", what));
  return {static_cast<float>(field(L, index, 1, what)), static_cast<float>(field(L, index, 2, what)),
          static_cast<float>(field(L, index, 3, what))};
}

// A point given as {x, y, z} or as three numbers; `next` is the index after it.
Vec3 vec3Args(lua_State* L, int index, const char* what, int* next = nullptr) {
  if (lua_istable(L, index)) {
    if (next != nullptr) *next = index + 1;
    return tableVec3(L, index, what);
  }
  if (next != nullptr) *next = index + 3;
  return {static_cast<float>(number(L, index, what)), static_cast<float>(number(L, index + 1, what)),
          static_cast<float>(number(L, index + 2, what))};
}

std::vector<Vec3> points3(lua_State* L, int index, const char* what, size_t min_points) {
  if (!lua_istable(L, index)) throw VocabError(fmt::format("{} must be a list of points {{{{x, y, z}}, …}}", what));
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
  if (n < static_cast<lua_Integer>(min_points) || n > static_cast<lua_Integer>(kMaxPoints)) {
    throw VocabError(fmt::format("{} has {} points; give {} to {}", what, n, min_points, kMaxPoints));
  }
  std::vector<Vec3> out;
  out.reserve(static_cast<size_t>(n));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, index, i);
    out.push_back(tableVec3(L, lua_gettop(L), what));
    lua_pop(L, 1);
  }
  return out;
}

std::vector<Vec2> points2(lua_State* L, int index, const char* what, size_t min_points) {
  if (!lua_istable(L, index)) throw VocabError(fmt::format("{} must be a list of points {{{{x, y}}, …}}", what));
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
  if (n < static_cast<lua_Integer>(min_points) || n > static_cast<lua_Integer>(kMaxPoints)) {
    throw VocabError(fmt::format("{} has {} points; give {} to {}", what, n, min_points, kMaxPoints));
  }
  std::vector<Vec2> out;
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, index, i);
    const int t = lua_gettop(L);
    if (!lua_istable(L, t)) throw VocabError(fmt::format("{} must be a list of points {{{{x, y}}, …}}", what));
    out.emplace_back(static_cast<float>(field(L, t, 1, what)), static_cast<float>(field(L, t, 2, what)));
    lua_pop(L, 1);
  }
  return out;
}

const Sdf& shapeArg(lua_State* L, int index, const char* what) {
  const Sdf* s = toShape(L, index);
  if (s == nullptr) throw VocabError(fmt::format("{} must be a shape, got {}", what, luaL_typename(L, index)));
  return *s;
}

Vec3 axisArg(lua_State* L, int index, const char* what) {
  if (lua_type(L, index) == LUA_TSTRING) {
    const char* s = lua_tostring(L, index);
    if (std::strcmp(s, "x") == 0) return Vec3::UnitX();
    if (std::strcmp(s, "y") == 0) return Vec3::UnitY();
    if (std::strcmp(s, "z") == 0) return Vec3::UnitZ();
    throw VocabError(fmt::format("{} must be \"x\", \"y\", \"z\" or a direction {{x, y, z}}", what));
  }
  const Vec3 v = tableVec3(L, index, what);
  if (v.norm() < 1e-6f) throw VocabError(fmt::format("{} must not be the zero vector", what));
  return v.normalized();
}

int axisIndex(lua_State* L, int index, const char* what) {
  const char* s = lua_tostring(L, index);
  if (s != nullptr && std::strcmp(s, "x") == 0) return 0;
  if (s != nullptr && std::strcmp(s, "y") == 0) return 1;
  if (s != nullptr && std::strcmp(s, "z") == 0) return 2;
  throw VocabError(fmt::format("{} must be \"x\", \"y\" or \"z\"", what));
}

void countNodes(lua_State* L, size_t n) {
  VocabularyState* state = stateOf(L);
  state->nodes += n;
  if (state->nodes > kMaxShapeNodes) {
    throw VocabError(fmt::format("the subject made more than {} shape nodes; simplify it", kMaxShapeNodes));
  }
}

int push(lua_State* L, Sdf sdf, size_t nodes = 1) {
  countNodes(L, nodes);
  pushShape(L, std::move(sdf));
  return 1;
}

float radians(double degrees) { return static_cast<float>(degrees * std::numbers::pi / 180.0); }

// --- Primitives ---

int lSphere(lua_State* L) { return push(L, geometry::sphere(length(L, 1, "sphere radius"))); }

int lEllipsoid(lua_State* L) {
  const Vec3 r = vec3Args(L, 1, "ellipsoid radii");
  if ((r.array() <= 0.0f).any()) throw VocabError("ellipsoid radii must be positive");
  return push(L, geometry::ellipsoid(r));
}

int lBox(lua_State* L) {
  int next = 0;
  const Vec3 size = vec3Args(L, 1, "box size", &next);
  if ((size.array() < 0.0f).any()) throw VocabError("box size must not be negative");
  const float round = std::max(optionalNumber(L, next, 0.0f, "box rounding"), 0.0f);
  return push(L, geometry::roundBox(size * 0.5f, round));
}

int lCylinder(lua_State* L) {
  const float r = length(L, 1, "cylinder radius");
  const float h = length(L, 2, "cylinder height");
  const float round = std::clamp(optionalNumber(L, 3, 0.0f, "cylinder rounding"), 0.0f, std::min(r, h * 0.5f));
  Sdf c = round > 0 ? geometry::rounded(geometry::cylinder(r - round, h * 0.5f - round), round)
                    : geometry::cylinder(r, h * 0.5f);
  return push(L, geometry::translate(c, {0, h * 0.5f, 0}), 3);
}

int lCone(lua_State* L) {
  return push(L, geometry::cone(length(L, 1, "cone bottom radius"), length(L, 2, "cone top radius"),
                                length(L, 3, "cone height")));
}

int lTorus(lua_State* L) {
  return push(L, geometry::torus(length(L, 1, "torus radius"), length(L, 2, "torus tube radius")));
}

int lCapsule(lua_State* L) {
  const Vec3 a = tableVec3(L, 1, "capsule start");
  const Vec3 b = tableVec3(L, 2, "capsule end");
  return push(L, geometry::capsule(a, b, length(L, 3, "capsule radius")));
}

int lLimb(lua_State* L) {
  const Vec3 a = tableVec3(L, 1, "limb start");
  const Vec3 b = tableVec3(L, 2, "limb end");
  const float ra = length(L, 3, "limb start radius");
  const float rb = lua_isnoneornil(L, 4) ? ra : length(L, 4, "limb end radius");
  return push(L, geometry::sweep({a, b}, ra, rb));
}

int lTube(lua_State* L) {
  std::vector<Vec3> control = points3(L, 1, "tube points", 2);
  const float r0 = length(L, 2, "tube start radius");
  const float r1 = lua_isnoneornil(L, 3) ? r0 : length(L, 3, "tube end radius");
  std::vector<Vec3> path = control.size() > 2 ? geometry::catmullRom(control, 6) : control;
  return push(L, geometry::sweep(std::move(path), r0, r1));
}

int lPolyline(lua_State* L) {
  std::vector<Vec3> path = points3(L, 1, "polyline points", 2);
  const float r0 = length(L, 2, "polyline start radius");
  const float r1 = lua_isnoneornil(L, 3) ? r0 : length(L, 3, "polyline end radius");
  return push(L, geometry::sweep(std::move(path), r0, r1));
}

// A profile {r, y} from bottom to top, closed along the axis.
std::vector<Vec2> closeOnAxis(std::vector<Vec2> outer) {
  for (Vec2& p : outer) p.x() = std::max(p.x(), 0.0f);
  std::vector<Vec2> poly;
  poly.emplace_back(0.0f, outer.front().y());
  poly.insert(poly.end(), outer.begin(), outer.end());
  poly.emplace_back(0.0f, outer.back().y());
  return poly;
}

int lLathe(lua_State* L) {
  std::vector<Vec2> outer = points2(L, 1, "lathe profile", 2);
  return push(L, geometry::revolve(closeOnAxis(std::move(outer))));
}

int lVessel(lua_State* L) {
  std::vector<Vec2> outer = points2(L, 1, "vessel profile", 2);
  const float wall = length(L, 2, "vessel wall");
  const float floor = length(L, 3, "vessel floor");
  for (Vec2& p : outer) p.x() = std::max(p.x(), 0.0f);
  std::vector<Vec2> poly;
  poly.emplace_back(0.0f, outer.front().y());
  poly.insert(poly.end(), outer.begin(), outer.end());
  for (auto it = outer.rbegin(); it != outer.rend(); ++it) {
    if (it->y() < outer.front().y() + floor) break;
    poly.emplace_back(std::max(it->x() - wall, 0.3f), it->y());
  }
  poly.emplace_back(std::max(outer.front().x() - wall, 0.3f), outer.front().y() + floor);
  poly.emplace_back(0.0f, outer.front().y() + floor);
  return push(L, geometry::revolve(std::move(poly)));
}

int lRevolve(lua_State* L) { return push(L, geometry::revolve(points2(L, 1, "revolve polygon", 3))); }

int lExtrude(lua_State* L) {
  std::vector<Vec2> outline = points2(L, 1, "extrude outline", 3);
  const float depth = length(L, 2, "extrude depth");
  const float bevel = std::clamp(optionalNumber(L, 3, 0.0f, "extrude bevel"), 0.0f, depth * 0.45f);
  if (bevel <= 0.0f) return push(L, geometry::extrude(std::move(outline), depth * 0.5f));
  // Rounding grows the outline by the bevel too; the depth is kept.
  return push(L, geometry::rounded(geometry::extrude(std::move(outline), depth * 0.5f - bevel), bevel), 2);
}

int lLoft(lua_State* L) {
  if (!lua_istable(L, 1)) throw VocabError("loft needs a list of sections {{y=, rx=, rz=, x=, z=}, …}");
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, 1));
  if (n < 2 || n > static_cast<lua_Integer>(kMaxPoints)) throw VocabError("loft needs 2 or more sections");
  std::vector<geometry::LoftSection> sections;
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, 1, i);
    const int t = lua_gettop(L);
    if (!lua_istable(L, t)) throw VocabError("each loft section is a table {y=, rx=, rz=}");
    auto get = [&](const char* key, lua_Integer pos, double fallback, bool required) {
      lua_getfield(L, t, key);
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_rawgeti(L, t, pos);
      }
      int ok = 0;
      const double v = lua_tonumberx(L, -1, &ok);
      lua_pop(L, 1);
      if (ok == 0) {
        if (required) throw VocabError(fmt::format("loft section {} needs {}", i, key));
        return fallback;
      }
      if (!std::isfinite(v) || std::abs(v) > kMaxLength) throw VocabError(fmt::format("loft section {}: bad {}", i, key));
      return v;
    };
    geometry::LoftSection s;
    s.y = static_cast<float>(get("y", 1, 0, true));
    s.radius_x = static_cast<float>(std::max(get("rx", 2, 0, true), 0.0));
    s.radius_z = static_cast<float>(std::max(get("rz", 3, s.radius_x, false), 0.0));
    s.center_x = static_cast<float>(get("x", 4, 0, false));
    s.center_z = static_cast<float>(get("z", 5, 0, false));
    sections.push_back(s);
    lua_pop(L, 1);
  }
  return push(L, geometry::loft(std::move(sections)));
}

// Half width of a leaf at t ∈ [0, 1] along its length: `tip` 1 is pointed at
// both ends (a willow leaf), 0 rounded (a petal).
float leafHalfWidth(float t, float width, float tip) {
  const float round = std::sqrt(std::max(0.0f, 1.0f - (2.0f * t - 1.0f) * (2.0f * t - 1.0f)));
  // sin(π) comes out slightly negative in float; pow of a negative is NaN.
  const float pointed =
      std::pow(std::max(std::sin(std::numbers::pi_v<float> * std::pow(t, 0.75f)), 0.0f), 1.2f);
  return 0.5f * width * (round * (1.0f - tip) + pointed * tip);
}

int lLeaf(lua_State* L) {
  const float len = length(L, 1, "leaf length");
  const float width = length(L, 2, "leaf width");
  const float thick = std::max(length(L, 3, "leaf thickness"), 0.05f);
  const float tip = std::clamp(optionalNumber(L, 4, 0.7f, "leaf tip"), 0.0f, 1.0f);
  constexpr int kSamples = 20;
  std::vector<Vec2> outline;
  for (int i = 0; i <= kSamples; ++i) {
    const float t = static_cast<float>(i) / kSamples;
    outline.emplace_back(std::max(leafHalfWidth(t, width, tip), 0.01f), t * len);
  }
  for (int i = kSamples; i >= 0; --i) {
    const float t = static_cast<float>(i) / kSamples;
    outline.emplace_back(-std::max(leafHalfWidth(t, width, tip), 0.01f), t * len);
  }
  const float r = thick * 0.45f;
  return push(L, geometry::rounded(geometry::extrude(std::move(outline), std::max(thick * 0.5f - r, 0.01f)), r), 2);
}

int lBlade(lua_State* L) {
  const float len = length(L, 1, "blade length");
  const float width = length(L, 2, "blade width");
  const float thick = std::max(length(L, 3, "blade thickness"), 0.1f);
  const float w = width * 0.5f;
  std::vector<Vec2> outline = {{-w, 0}, {w, 0}, {w, len * 0.78f}, {0, len}, {-w, len * 0.78f}};
  const float r = std::min(thick * 0.45f, w * 0.3f);
  return push(L, geometry::rounded(geometry::extrude(std::move(outline), std::max(thick * 0.5f - r, 0.01f)), r), 2);
}

int lStar(lua_State* L) {
  const int n = intArg(L, 1, 3, 64, "star points");
  const float outer = length(L, 2, "star outer radius");
  const float inner = length(L, 3, "star inner radius");
  const float depth = length(L, 4, "star depth");
  std::vector<Vec2> outline;
  for (int i = 0; i < 2 * n; ++i) {
    const float a = std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(n) + std::numbers::pi_v<float> / 2;
    const float r = i % 2 == 0 ? outer : inner;
    outline.emplace_back(r * std::cos(a), r * std::sin(a));
  }
  const float bevel = std::min(depth * 0.3f, inner * 0.2f);
  return push(L, geometry::rounded(geometry::extrude(std::move(outline), std::max(depth * 0.5f - bevel, 0.01f)), bevel), 2);
}

int lEmpty(lua_State* L) { return push(L, geometry::unite(std::vector<Sdf>{})); }

// --- Booleans ---

// union(a, b, …) or union({a, b, …}).
std::vector<Sdf> shapeList(lua_State* L, int first, const char* what) {
  std::vector<Sdf> parts;
  if (lua_istable(L, first) && toShape(L, first) == nullptr) {
    const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, first));
    if (n > static_cast<lua_Integer>(kMaxPoints)) throw VocabError(fmt::format("{} of more than {} shapes", what, kMaxPoints));
    for (lua_Integer i = 1; i <= n; ++i) {
      lua_rawgeti(L, first, i);
      parts.push_back(shapeArg(L, lua_gettop(L), what));
      lua_pop(L, 1);
    }
    return parts;
  }
  for (int i = first; i <= lua_gettop(L); ++i) parts.push_back(shapeArg(L, i, what));
  return parts;
}

int lUnion(lua_State* L) {
  std::vector<Sdf> parts = shapeList(L, 1, "union");
  return push(L, geometry::unite(std::move(parts)));
}

int lSmooth(lua_State* L) {
  const float k = length(L, 1, "smooth blend radius");
  std::vector<Sdf> parts = shapeList(L, 2, "smooth");
  if (parts.empty()) return push(L, geometry::unite(std::vector<Sdf>{}));
  Sdf acc = parts.front();
  for (size_t i = 1; i < parts.size(); ++i) acc = geometry::smoothUnion(acc, parts[i], k);
  return push(L, acc, std::max<size_t>(parts.size(), 1));
}

// subtract(a, b, …): a without any of the others.
int lSubtract(lua_State* L) {
  Sdf out = geometry::subtract(shapeArg(L, 1, "subtract a"), shapeArg(L, 2, "subtract b"));
  for (int i = 3; i <= lua_gettop(L); ++i) out = geometry::subtract(out, shapeArg(L, i, "subtract shape"));
  return push(L, out);
}
// intersect(a, b, …): what all of them share (a third shape is not ignored).
int lIntersect(lua_State* L) {
  Sdf out = geometry::intersect(shapeArg(L, 1, "intersect a"), shapeArg(L, 2, "intersect b"));
  for (int i = 3; i <= lua_gettop(L); ++i) out = geometry::intersect(out, shapeArg(L, i, "intersect shape"));
  return push(L, out);
}
int lSmoothSubtract(lua_State* L) {
  return push(L, geometry::smoothSubtract(shapeArg(L, 1, "smooth_sub a"), shapeArg(L, 2, "smooth_sub b"),
                                          length(L, 3, "smooth_sub radius")));
}
int lSmoothIntersect(lua_State* L) {
  return push(L, geometry::smoothIntersect(shapeArg(L, 1, "smooth_int a"), shapeArg(L, 2, "smooth_int b"),
                                           length(L, 3, "smooth_int radius")));
}

// --- Methods ---

int mMove(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  return push(L, geometry::translate(s, vec3Args(L, 2, "move offset")));
}

int mRotate(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const Vec3 axis = axisArg(L, 2, "rotation axis");
  return push(L, geometry::rotate(s, axis, radians(number(L, 3, "rotation degrees"))));
}

template <int Axis>
int mRotateAbout(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  return push(L, geometry::rotate(s, Vec3::Unit(Axis), radians(number(L, 2, "rotation degrees"))));
}

int mScale(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const double f = number(L, 2, "scale factor");
  if (f <= 1e-4) throw VocabError("scale factor must be positive");
  return push(L, geometry::scale(s, static_cast<float>(f)));
}

int mStretch(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const Vec3 f = vec3Args(L, 2, "stretch factors");
  if ((f.array() <= 1e-3f).any()) throw VocabError("stretch factors must be positive");
  return push(L, geometry::transformed(s, Affine(Eigen::Scaling(f))));
}

// Rotates so the shape's +Y axis points along `dir`, then moves it to `at`.
int mAim(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const Vec3 dir = axisArg(L, 2, "aim direction");
  Affine m = Affine::Identity();
  if (!lua_isnoneornil(L, 3)) m.translate(tableVec3(L, 3, "aim position"));
  m.rotate(Eigen::Quaternionf::FromTwoVectors(Vec3::UnitY(), dir));
  return push(L, geometry::transformed(s, m));
}

Affine reflection(int axis) {
  Affine m = Affine::Identity();
  m.linear()(axis, axis) = -1.0f;
  return m;
}

int mMirror(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const int axis = lua_isnoneornil(L, 2) ? 0 : axisIndex(L, 2, "mirror axis");
  return push(L, geometry::unite(s, geometry::transformed(s, reflection(axis))), 2);
}

int mFlip(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const int axis = lua_isnoneornil(L, 2) ? 0 : axisIndex(L, 2, "flip axis");
  return push(L, geometry::transformed(s, reflection(axis)));
}

int mRound(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  return push(L, geometry::rounded(s, length(L, 2, "rounding radius")));
}

int mShell(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  return push(L, geometry::shell(s, std::max(length(L, 2, "shell thickness"), 0.05f)));
}

int mNoise(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  geometry::NoiseParams p;
  p.amplitude_mm = length(L, 2, "noise amplitude");
  p.wavelength_mm = std::max(length(L, 3, "noise wavelength"), 0.5f);
  p.octaves = lua_isnoneornil(L, 4) ? 2 : intArg(L, 4, 1, 5, "noise octaves");
  VocabularyState* state = stateOf(L);
  // Each call gets its own deterministic stream.
  p.seed = state->noise_seed + 0x9E3779B97F4A7C15ull * (state->nodes + 1);
  return push(L, geometry::displace(s, p));
}

int mPart(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const char* name = lua_tostring(L, 2);
  if (name == nullptr) throw VocabError("part name must be a string");
  const VocabularyState* state = stateOf(L);
  const auto it = std::find(state->part_names.begin(), state->part_names.end(), name);
  if (it == state->part_names.end()) {
    throw VocabError(fmt::format("part '{}' is not declared in the subject's parts ({})", name,
                                 fmt::join(state->part_names, ", ")));
  }
  return push(L, geometry::withMaterial(s, static_cast<uint32_t>(it - state->part_names.begin())));
}

int mBounds(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "shape");
  const geometry::Box b = s.bounds();
  const Vec3 lo = b.empty() ? Vec3::Zero() : b.min;
  const Vec3 hi = b.empty() ? Vec3::Zero() : b.max;
  auto pushVec = [&](const Vec3& v) {
    lua_createtable(L, 3, 0);
    for (int i = 0; i < 3; ++i) {
      lua_pushnumber(L, v[i]);
      lua_rawseti(L, -2, i + 1);
    }
  };
  lua_createtable(L, 0, 3);
  pushVec(lo);
  lua_setfield(L, -2, "min");
  pushVec(hi);
  lua_setfield(L, -2, "max");
  pushVec(hi - lo);
  lua_setfield(L, -2, "size");
  return 1;
}

// --- Arrays ---

// array(shape, n, dx, dy, dz): n copies, the first at the origin, each next one offset.
int lArray(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "array shape");
  const int n = intArg(L, 2, 1, kMaxArrayCount, "array count");
  const Vec3 step = vec3Args(L, 3, "array offset");
  std::vector<Sdf> copies;
  for (int i = 0; i < n; ++i) copies.push_back(geometry::translate(s, step * static_cast<float>(i)));
  return push(L, geometry::unite(std::move(copies)), static_cast<size_t>(n) + 1);
}

// radial(shape, n [, start_degrees]): n copies rotated evenly about the Y axis.
int lRadial(lua_State* L) {
  const Sdf& s = shapeArg(L, 1, "radial shape");
  const int n = intArg(L, 2, 1, kMaxArrayCount, "radial count");
  const float start = radians(optionalNumber(L, 3, 0.0f, "radial start angle"));
  std::vector<Sdf> copies;
  for (int i = 0; i < n; ++i) {
    const float a = start + 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(n);
    copies.push_back(geometry::rotate(s, Vec3::UnitY(), a));
  }
  return push(L, geometry::unite(std::move(copies)), static_cast<size_t>(n) + 1);
}

// spline(points, samples_per_span): Catmull-Rom points through the control points.
int lSpline(lua_State* L) {
  std::vector<Vec3> control = points3(L, 1, "spline points", 2);
  const int per = lua_isnoneornil(L, 2) ? 8 : intArg(L, 2, 1, 32, "spline samples per span");
  std::vector<Vec3> pts = geometry::catmullRom(control, per);
  if (pts.size() > kMaxPoints) throw VocabError("spline makes too many points; use fewer samples");
  lua_createtable(L, static_cast<int>(pts.size()), 0);
  for (size_t i = 0; i < pts.size(); ++i) {
    lua_createtable(L, 3, 0);
    for (int c = 0; c < 3; ++c) {
      lua_pushnumber(L, pts[i][c]);
      lua_rawseti(L, -2, c + 1);
    }
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

int shapeGc(lua_State* L) {
  auto* s = static_cast<Sdf*>(luaL_testudata(L, 1, kShapeMeta));
  if (s != nullptr) s->~Sdf();
  return 0;
}

int shapeToString(lua_State* L) {
  lua_pushliteral(L, "shape");
  return 1;
}

struct Binding {
  const char* name;
  lua_CFunction fn;
};

}  // namespace

void pushShape(lua_State* L, geometry::Sdf sdf) {
  void* mem = lua_newuserdatauv(L, sizeof(Sdf), 0);
  new (mem) Sdf(std::move(sdf));
  luaL_setmetatable(L, kShapeMeta);
}

const geometry::Sdf* toShape(lua_State* L, int index) {
  return static_cast<const Sdf*>(luaL_testudata(L, index, kShapeMeta));
}

void installPartVocabulary(lua_State* L, VocabularyState* state) {
  const Binding functions[] = {
      {"sphere", guarded<lSphere>},       {"ellipsoid", guarded<lEllipsoid>},
      {"box", guarded<lBox>},             {"cylinder", guarded<lCylinder>},
      {"cone", guarded<lCone>},           {"torus", guarded<lTorus>},
      {"capsule", guarded<lCapsule>},     {"limb", guarded<lLimb>},
      {"tube", guarded<lTube>},           {"polyline", guarded<lPolyline>},
      {"lathe", guarded<lLathe>},         {"vessel", guarded<lVessel>},
      {"revolve", guarded<lRevolve>},     {"extrude", guarded<lExtrude>},
      {"loft", guarded<lLoft>},           {"leaf", guarded<lLeaf>},
      {"blade", guarded<lBlade>},         {"star", guarded<lStar>},
      {"empty", guarded<lEmpty>},         {"union", guarded<lUnion>},
      {"smooth", guarded<lSmooth>},       {"subtract", guarded<lSubtract>},
      {"intersect", guarded<lIntersect>}, {"smooth_sub", guarded<lSmoothSubtract>},
      {"smooth_int", guarded<lSmoothIntersect>}, {"array", guarded<lArray>},
      {"radial", guarded<lRadial>},       {"spline", guarded<lSpline>},
  };
  const Binding methods[] = {
      {"move", guarded<mMove>},     {"rotate", guarded<mRotate>},  {"rotx", guarded<mRotateAbout<0>>},
      {"roty", guarded<mRotateAbout<1>>}, {"rotz", guarded<mRotateAbout<2>>}, {"scale", guarded<mScale>},
      {"stretch", guarded<mStretch>}, {"aim", guarded<mAim>},      {"mirror", guarded<mMirror>},
      {"flip", guarded<mFlip>},     {"round", guarded<mRound>},    {"shell", guarded<mShell>},
      {"noise", guarded<mNoise>},   {"part", guarded<mPart>},      {"bounds", guarded<mBounds>},
  };
  luaL_newmetatable(L, kShapeMeta);
  lua_createtable(L, 0, static_cast<int>(std::size(methods)));
  for (const auto& m : methods) {
    lua_pushlightuserdata(L, state);
    lua_pushcclosure(L, m.fn, 1);
    lua_setfield(L, -2, m.name);
  }
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, shapeGc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, shapeToString);
  lua_setfield(L, -2, "__tostring");
  // a + b union, a - b difference, a * b intersection.
  lua_pushlightuserdata(L, state);
  lua_pushcclosure(L, guarded<lUnion>, 1);
  lua_setfield(L, -2, "__add");
  lua_pushlightuserdata(L, state);
  lua_pushcclosure(L, guarded<lSubtract>, 1);
  lua_setfield(L, -2, "__sub");
  lua_pushlightuserdata(L, state);
  lua_pushcclosure(L, guarded<lIntersect>, 1);
  lua_setfield(L, -2, "__mul");
  lua_pushliteral(L, "shape");
  lua_setfield(L, -2, "__metatable");  // getmetatable(shape) cannot reach the real one
  lua_pop(L, 1);
  for (const auto& f : functions) {
    lua_pushlightuserdata(L, state);
    lua_pushcclosure(L, f.fn, 1);
    lua_setglobal(L, f.name);
  }
}

}  // namespace kiln::engines::sculpt
