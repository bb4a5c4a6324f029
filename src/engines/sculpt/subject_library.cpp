#include "engines/sculpt/subject_library.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <lua.hpp>

#include "engines/sculpt/lua_sandbox.h"
#include "engines/sculpt/part_vocabulary.h"
#include "engines/sculpt/random.h"

namespace kiln::engines::sculpt {
namespace {

namespace fs = std::filesystem;
using geometry::Vec3;

constexpr size_t kMaxSubjectFileBytes = 256u << 10;
constexpr size_t kMaxUserFiles = 5000;

// Declarations are read under lua_pcall (a C function), so a hostile file
// that makes reading fail raises a Lua error instead of aborting. Problems
// with the declaration itself are collected as a message and raised once
// the C++ objects of the reader are gone.
struct DeclarationRead {
  SubjectInfo* info;
  std::string error;
};

bool validId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Lower case, single spaces, letters, digits, spaces, apostrophes and hyphens as spaces.
std::string normaliseName(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t wordCount(std::string_view s) {
  return s.empty() ? 0 : static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

// A flag of the declaration ("several = true"): anything but nil or false
// is true, as Lua reads it.
bool rawBool(lua_State* L, int table, const char* key) {
  lua_pushstring(L, key);
  lua_rawget(L, table);
  const bool on = lua_toboolean(L, -1) != 0;
  lua_pop(L, 1);
  return on;
}

std::optional<std::string> rawString(lua_State* L, int table, const char* key) {
  lua_pushstring(L, key);
  lua_rawget(L, table);
  std::optional<std::string> out;
  if (lua_type(L, -1) == LUA_TSTRING) {
    size_t len = 0;
    const char* s = lua_tolstring(L, -1, &len);
    out.emplace(s, len);
  }
  lua_pop(L, 1);
  return out;
}

std::optional<double> rawNumber(lua_State* L, int table, const char* key) {
  lua_pushstring(L, key);
  lua_rawget(L, table);
  std::optional<double> out;
  if (lua_type(L, -1) == LUA_TNUMBER) out = lua_tonumber(L, -1);
  lua_pop(L, 1);
  return out;
}

// A list of strings at table[key] (missing → empty; a single string → one).
std::vector<std::string> rawStrings(lua_State* L, int table, const char* key, std::string& error) {
  std::vector<std::string> out;
  lua_pushstring(L, key);
  lua_rawget(L, table);
  const int t = lua_gettop(L);
  if (lua_type(L, t) == LUA_TSTRING) {
    out.emplace_back(lua_tostring(L, t));
  } else if (lua_type(L, t) == LUA_TTABLE) {
    const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, t));
    for (lua_Integer i = 1; i <= n && i <= 1000; ++i) {
      if (lua_rawgeti(L, t, i) == LUA_TSTRING) {
        out.emplace_back(lua_tostring(L, -1));
      } else if (error.empty()) {
        error = fmt::format("'{}' must be a list of strings", key);
      }
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, t) && error.empty()) {
    error = fmt::format("'{}' must be a list of strings", key);
  }
  lua_pop(L, 1);
  return out;
}

std::optional<ColorWord> colorValue(lua_State* L, int index) {
  if (lua_type(L, index) == LUA_TSTRING) {
    std::string s = lua_tostring(L, index);
    if (const ColorWord* named = findColor(s)) return *named;
    if (s.size() == 7 && s[0] == '#') {
      unsigned v = 0;
      std::istringstream in(s.substr(1));
      in >> std::hex >> v;
      if (!in.fail()) {
        return ColorWord{"", static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 8),
                         static_cast<unsigned char>(v)};
      }
    }
    return std::nullopt;
  }
  if (lua_type(L, index) == LUA_TTABLE) {
    unsigned char c[3];
    for (int i = 0; i < 3; ++i) {
      lua_rawgeti(L, index, i + 1);
      const double v = lua_tonumber(L, -1);
      lua_pop(L, 1);
      c[i] = static_cast<unsigned char>(std::clamp(v, 0.0, 255.0));
    }
    return ColorWord{"", c[0], c[1], c[2]};
  }
  return std::nullopt;
}

void readDeclarationInto(lua_State* L, DeclarationRead& read) {
  SubjectInfo& info = *read.info;
  std::string& error = read.error;
  const int t = 1;
  if (!lua_istable(L, t)) {
    error = "the file must return a subject table: return { id = \"…\", names = {…}, build = function(k) … end }";
    return;
  }
  info.id = rawString(L, t, "id").value_or("");
  if (!validId(info.id)) {
    error = fmt::format("id '{}' must be 1–64 characters of a–z, 0–9 and _", info.id);
    return;
  }
  info.family = rawString(L, t, "family").value_or("");
  if (!validId(info.family)) {
    error = "family must be set (a–z, 0–9, _), e.g. \"animals\"";
    return;
  }
  info.description = rawString(L, t, "description").value_or("");
  info.several = rawBool(L, t, "several");
  info.fits_load = rawBool(L, t, "fits_load");
  info.hangs = rawBool(L, t, "hangs");
  info.plunges = rawBool(L, t, "plunges");
  for (const auto& n : rawStrings(L, t, "names", error)) {
    const std::string name = normaliseName(n);
    if (!name.empty()) info.names.push_back(name);
  }
  if (info.names.empty() && error.empty()) error = "names must list at least one name";
  info.lvis = rawStrings(L, t, "lvis", error);
  info.attach_to = rawStrings(L, t, "attach_to", error);
  info.poses = rawStrings(L, t, "poses", error);
  info.points = rawStrings(L, t, "points", error);
  const auto size = rawNumber(L, t, "size_mm");
  if (!size || !(*size >= 1.0 && *size <= 100'000.0)) {
    if (error.empty()) error = "size_mm (natural height in mm) must be a number from 1 to 100000";
    return;
  }
  info.size_mm = static_cast<float>(*size);

  lua_pushstring(L, "build");
  lua_rawget(L, t);
  const bool has_build = lua_isfunction(L, -1);
  lua_pop(L, 1);
  if (!has_build && error.empty()) error = "build must be a function(k) that returns a shape";

  // parts = { {"body", "plastic", color = "#rrggbb", role = "primary", names = {…}}, … }
  lua_pushstring(L, "parts");
  lua_rawget(L, t);
  const int parts = lua_gettop(L);
  if (lua_istable(L, parts)) {
    const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, parts));
    for (lua_Integer i = 1; i <= n && i <= 64; ++i) {
      lua_rawgeti(L, parts, i);
      const int p = lua_gettop(L);
      if (lua_istable(L, p)) {
        SubjectPart part;
        lua_rawgeti(L, p, 1);
        if (lua_type(L, -1) == LUA_TSTRING) part.name = lua_tostring(L, -1);
        lua_pop(L, 1);
        lua_rawgeti(L, p, 2);
        if (lua_type(L, -1) == LUA_TSTRING) part.material = lua_tostring(L, -1);
        lua_pop(L, 1);
        if (part.name.empty()) part.name = rawString(L, p, "name").value_or("");
        if (part.material.empty()) part.material = rawString(L, p, "material").value_or("plastic");
        lua_pushstring(L, "color");
        lua_rawget(L, p);
        if (!lua_isnil(L, -1)) {
          part.color = colorValue(L, lua_gettop(L));
          if (!part.color && error.empty()) {
            error = fmt::format("part '{}': color must be \"#rrggbb\", a colour name or {{r, g, b}}", part.name);
          }
        }
        lua_pop(L, 1);
        const std::string role = rawString(L, p, "role").value_or(i == 1 ? "primary" : "detail");
        if (role == "primary") part.role = PartRole::kPrimary;
        else if (role == "secondary") part.role = PartRole::kSecondary;
        else if (role == "detail") part.role = PartRole::kDetail;
        else if (role == "fixed") part.role = PartRole::kFixed;
        else if (error.empty()) error = fmt::format("part '{}': role must be primary, secondary, detail or fixed", part.name);
        lua_pushstring(L, "worn");
        lua_rawget(L, p);
        part.worn = lua_toboolean(L, -1) != 0;
        lua_pop(L, 1);
        lua_pushstring(L, "glows");
        lua_rawget(L, p);
        part.glows = lua_toboolean(L, -1) != 0;
        lua_pop(L, 1);
        for (const auto& n2 : rawStrings(L, p, "names", error)) part.names.push_back(normaliseName(n2));
        if (!validId(part.name) && error.empty()) error = fmt::format("part {} needs a name (a–z, 0–9, _)", i);
        if (findMaterialPreset(part.material) == nullptr && error.empty()) {
          std::vector<std::string> known;
          for (const auto& m : materialPresets()) known.emplace_back(m.id);
          error = fmt::format("part '{}': unknown material '{}' (known: {})", part.name, part.material,
                              fmt::join(known, ", "));
        }
        if (std::find(part.names.begin(), part.names.end(), part.name) == part.names.end()) {
          part.names.insert(part.names.begin(), normaliseName(part.name));
        }
        info.parts.push_back(std::move(part));
      }
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  if (info.parts.empty()) info.parts.push_back({"body", {"body"}, "plastic", std::nullopt, PartRole::kPrimary});
  info.counted = rawString(L, t, "counted").value_or("");
  if (!info.counted.empty() && error.empty() &&
      std::none_of(info.parts.begin(), info.parts.end(), [&](const SubjectPart& p) { return p.name == info.counted; })) {
    error = fmt::format("counted = '{}' must name one of its parts", info.counted);
  }

  // params = { name = {min, max}, … }
  lua_pushstring(L, "params");
  lua_rawget(L, t);
  const int params = lua_gettop(L);
  if (lua_istable(L, params)) {
    lua_pushnil(L);
    while (lua_next(L, params) != 0) {
      if (lua_type(L, -2) == LUA_TSTRING && lua_istable(L, -1)) {
        SubjectParam param;
        param.name = lua_tostring(L, -2);
        lua_rawgeti(L, -1, 1);
        param.min = static_cast<float>(lua_tonumber(L, -1));
        lua_pop(L, 1);
        lua_rawgeti(L, -1, 2);
        param.max = static_cast<float>(lua_tonumber(L, -1));
        lua_pop(L, 1);
        if (!(param.max >= param.min) && error.empty()) error = fmt::format("param '{}': give {{min, max}}", param.name);
        info.params.push_back(std::move(param));
      } else if (error.empty()) {
        error = "params must map names to {min, max}";
      }
      lua_pop(L, 1);
    }
    // lua_next's order is not fixed; sampling order must be.
    std::sort(info.params.begin(), info.params.end(),
              [](const SubjectParam& a, const SubjectParam& b) { return a.name < b.name; });
  }
  lua_pop(L, 1);

  // variants = { palm = { names = {…}, size_mm = …, colors = { part = "#…" } }, … }
  lua_pushstring(L, "variants");
  lua_rawget(L, t);
  const int variants = lua_gettop(L);
  if (lua_istable(L, variants)) {
    lua_pushnil(L);
    while (lua_next(L, variants) != 0) {
      if (lua_type(L, -2) == LUA_TSTRING && lua_istable(L, -1)) {
        const int v = lua_gettop(L);
        SubjectVariant variant;
        variant.id = lua_tostring(L, -2);
        for (const auto& n2 : rawStrings(L, v, "names", error)) variant.names.push_back(normaliseName(n2));
        if (variant.names.empty()) variant.names.push_back(normaliseName(variant.id));
        if (const auto s = rawNumber(L, v, "size_mm"); s && *s >= 1 && *s <= 100'000) {
          variant.size_mm = static_cast<float>(*s);
        }
        variant.model = rawBool(L, v, "model");
        lua_pushstring(L, "colors");
        lua_rawget(L, v);
        if (lua_istable(L, -1)) {
          const int c = lua_gettop(L);
          lua_pushnil(L);
          while (lua_next(L, c) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING) {
              if (auto color = colorValue(L, lua_gettop(L))) variant.colors[lua_tostring(L, -2)] = *color;
            }
            lua_pop(L, 1);
          }
        }
        lua_pop(L, 1);
        if (!validId(variant.id) && error.empty()) error = fmt::format("variant '{}': ids are a–z, 0–9, _", variant.id);
        info.variants.push_back(std::move(variant));
      }
      lua_pop(L, 1);
    }
    std::sort(info.variants.begin(), info.variants.end(),
              [](const SubjectVariant& a, const SubjectVariant& b) { return a.id < b.id; });
  }
  lua_pop(L, 1);
}

int readDeclaration(lua_State* L) {
  auto* read = static_cast<DeclarationRead*>(lua_touserdata(L, 2));
  lua_settop(L, 1);
  readDeclarationInto(L, *read);
  return 0;
}

// use("quadruped") loads subjects/lib/quadruped.lua once per build and
// returns its value.
struct UseContext {
  const std::map<std::string, std::string, std::less<>>* sources;  // name → chunk name
  const std::map<std::string, std::string, std::less<>>* texts;    // name → text
};

int luaUse(lua_State* L) {
  const auto* ctx = static_cast<const UseContext*>(lua_touserdata(L, lua_upvalueindex(1)));
  const char* name = luaL_checkstring(L, 1);
  lua_getfield(L, LUA_REGISTRYINDEX, "kiln.libs");
  if (lua_getfield(L, -1, name) != LUA_TNIL) {
    if (lua_type(L, -1) == LUA_TBOOLEAN) return luaL_error(L, "use(\"%s\"): libraries use each other in a cycle", name);
    return 1;
  }
  lua_pop(L, 1);
  const auto text = ctx->texts->find(std::string_view(name));
  if (text == ctx->texts->end()) return luaL_error(L, "use(\"%s\"): no library lib/%s.lua", name, name);
  const std::string& chunk = ctx->sources->find(std::string_view(name))->second;
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, name);  // loading: catches cycles
  const std::string chunk_name = "@" + chunk;
  if (luaL_loadbufferx(L, text->second.data(), text->second.size(), chunk_name.c_str(), "t") != LUA_OK) {
    return lua_error(L);
  }
  lua_call(L, 0, 1);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, name);
  return 1;
}

void installUse(lua_State* L, const UseContext* use) {
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, "kiln.libs");
  lua_pushlightuserdata(L, const_cast<UseContext*>(use));
  lua_pushcclosure(L, luaUse, 1);
  lua_setglobal(L, "use");
}

// k.attach(name, {x, y, z}, size [, {dx, dy, dz}])
struct AttachSink {
  std::map<std::string, AttachPoint>* points;
};

int luaAttach(lua_State* L) {
  auto* sink = static_cast<AttachSink*>(lua_touserdata(L, lua_upvalueindex(1)));
  const char* name = luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  AttachPoint p;
  for (int i = 0; i < 3; ++i) {
    lua_rawgeti(L, 2, i + 1);
    p.position[i] = static_cast<float>(luaL_checknumber(L, -1));
    lua_pop(L, 1);
  }
  p.size = static_cast<float>(luaL_checknumber(L, 3));
  if (lua_istable(L, 4)) {
    for (int i = 0; i < 3; ++i) {
      lua_rawgeti(L, 4, i + 1);
      p.direction[i] = static_cast<float>(luaL_checknumber(L, -1));
      lua_pop(L, 1);
    }
    if (p.direction.norm() < 1e-6f) return luaL_error(L, "attach direction must not be zero");
    p.direction.normalize();
  }
  if (!p.position.allFinite() || !std::isfinite(p.size) || p.size < 0) return luaL_error(L, "attach: bad point");
  if (sink->points->size() >= 64) return luaL_error(L, "attach: at most 64 points");
  (*sink->points)[name] = p;
  return 0;
}

// k.rand(lo, hi), k.int(lo, hi), k.chance(p), k.pick(list): a seeded stream.
Rng* rngOf(lua_State* L) { return static_cast<Rng*>(lua_touserdata(L, lua_upvalueindex(1))); }
int luaRand(lua_State* L) {
  const double lo = luaL_optnumber(L, 1, 0.0), hi = luaL_optnumber(L, 2, 1.0);
  lua_pushnumber(L, rngOf(L)->uniform(static_cast<float>(lo), static_cast<float>(hi)));
  return 1;
}
int luaInt(lua_State* L) {
  const lua_Integer lo = luaL_checkinteger(L, 1), hi = luaL_checkinteger(L, 2);
  if (hi < lo || hi - lo > 1'000'000) return luaL_error(L, "int(lo, hi) needs lo <= hi");
  lua_pushinteger(L, rngOf(L)->range(static_cast<int>(lo), static_cast<int>(hi)));
  return 1;
}
int luaChance(lua_State* L) {
  lua_pushboolean(L, rngOf(L)->chance(static_cast<float>(luaL_checknumber(L, 1))));
  return 1;
}
int luaPick(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const auto n = static_cast<int>(lua_rawlen(L, 1));
  if (n == 0) return luaL_error(L, "pick: empty list");
  lua_rawgeti(L, 1, rngOf(L)->range(1, n));
  return 1;
}

std::string readFile(const fs::path& path, std::string& error) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    error = fmt::format("{}: cannot read: {}", path.string(), ec.message());
    return {};
  }
  if (size > kMaxSubjectFileBytes) {
    error = fmt::format("{}: {} bytes; subject files are at most {} KiB", path.string(), size, kMaxSubjectFileBytes >> 10);
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) error = fmt::format("{}: cannot read", path.string());
  return text;
}

struct SourceFile {
  std::string chunk;  // "subjects/animals/dog.lua" or the user path
  std::string text;
  bool user;
  bool library;       // under lib/
  std::string stem;
};

std::mutex g_mutex;
std::shared_ptr<const SubjectLibrary> g_current;
std::vector<fs::path> g_configured;
bool g_configured_set = false;

}  // namespace

const SubjectVariant* SubjectInfo::findVariant(std::string_view vid) const {
  for (const auto& v : variants) {
    if (v.id == vid) return &v;
  }
  return nullptr;
}

void SubjectLibrary::add(SubjectInfo info) {
  for (auto& s : subjects_) {
    if (s.id == info.id) {
      if (s.user == info.user) {
        broken_.push_back(makeError(ErrorCode::kUnprocessable,
                                    fmt::format("{}: id '{}' is already declared by {}", info.file, info.id, s.file),
                                    {{"file", info.file}}));
        return;
      }
      s = std::move(info);  // a user folder overrides a built-in subject
      return;
    }
  }
  subjects_.push_back(std::move(info));
}

uint64_t SubjectLibrary::lettersOf(std::string_view word) {
  uint64_t letters = 0;
  for (const char c : word) letters |= uint64_t{1} << (static_cast<unsigned char>(c) % 64);
  return letters;
}

void SubjectLibrary::index() {
  std::sort(subjects_.begin(), subjects_.end(), [](const SubjectInfo& a, const SubjectInfo& b) { return a.id < b.id; });
  names_.clear();
  // Subject names first, then variant names: "palm" as a variant of tree does
  // not shadow a subject called "palm" (the hand), but fills a free name.
  for (const auto& s : subjects_) {
    for (const auto& n : s.names) {
      const auto [it, inserted] = names_.try_emplace(n, NameEntry{&s, ""});
      if (!inserted && it->second.subject != &s) {
        // Two subjects of the same origin may not share a name; a user's
        // subject takes a name from a built-in one.
        if (it->second.subject->user == s.user) {
          broken_.push_back(makeError(ErrorCode::kUnprocessable,
                                      fmt::format("{}: name '{}' is already used by {} ({})", s.file, n,
                                                  it->second.subject->id, it->second.subject->file),
                                      {{"file", s.file}, {"name", n}}));
        } else if (s.user) {
          it->second = NameEntry{&s, ""};
        }
      }
    }
  }
  for (const auto& s : subjects_) {
    for (const auto& v : s.variants) {
      for (const auto& n : v.names) {
        const auto [it, inserted] = names_.try_emplace(n, NameEntry{&s, v.id});
        // A subject's own variant takes a name the subject also lists.
        if (!inserted && it->second.subject == &s && it->second.variant.empty()) it->second.variant = v.id;
      }
    }
  }
  longest_name_words_ = 1;
  spelled_.clear();
  spelled_.reserve(names_.size());
  name_words_.clear();
  for (const auto& [n, e] : names_) {
    longest_name_words_ = std::max(longest_name_words_, wordCount(n));
    const auto at = static_cast<uint32_t>(spelled_.size());
    spelled_.push_back({&n, &e, lettersOf(n)});
    for (size_t b = 0; b < n.size();) {
      const size_t end = std::min(n.find(' ', b), n.size());
      auto& list = name_words_[n.substr(b, end - b)];
      if (list.empty() || list.back() != at) list.push_back(at);
      b = end + 1;
    }
  }
  by_length_.resize(spelled_.size());
  for (uint32_t i = 0; i < by_length_.size(); ++i) by_length_[i] = i;
  std::stable_sort(by_length_.begin(), by_length_.end(),
                   [&](uint32_t a, uint32_t b) { return spelled_[a].name->size() < spelled_[b].name->size(); });
  const size_t longest = spelled_.empty() ? 0 : spelled_[by_length_.back()].name->size();
  length_starts_.assign(longest + 2, static_cast<uint32_t>(by_length_.size()));
  for (size_t i = by_length_.size(); i-- > 0;) length_starts_[spelled_[by_length_[i]].name->size()] = static_cast<uint32_t>(i);
  for (size_t L = longest + 1; L-- > 0;) length_starts_[L] = std::min(length_starts_[L], length_starts_[L + 1]);
}

std::shared_ptr<const SubjectLibrary> SubjectLibrary::load(const std::vector<fs::path>& user_dirs,
                                                           bool include_builtins) {
  auto lib = std::make_shared<SubjectLibrary>();
  std::vector<SourceFile> files;
  for (const auto& f : embeddedSubjectFiles()) {
    if (!include_builtins) break;
    const fs::path p(f.path);
    files.push_back({"subjects/" + std::string(f.path), std::string(f.text), false,
                     p.has_parent_path() && p.begin()->string() == "lib", p.stem().string()});
  }
  for (const auto& dir : user_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      lib->broken_.push_back(makeError(ErrorCode::kInvalidArgument,
                                   fmt::format("subject folder {} does not exist or is not a folder", dir.string()),
                                   {{"file", dir.string()}}));
      continue;
    }
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator() && !ec; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".lua") found.push_back(it->path());
      if (found.size() > kMaxUserFiles) break;
    }
    std::sort(found.begin(), found.end());
    for (const auto& path : found) {
      std::string error;
      std::string text = readFile(path, error);
      if (!error.empty()) {
        lib->broken_.push_back(makeError(ErrorCode::kUnprocessable, error, {{"file", path.string()}}));
        continue;
      }
      const bool library = path.parent_path().filename() == "lib";
      files.push_back({path.string(), std::move(text), true, library, path.stem().string()});
    }
  }
  for (auto& f : files) {
    if (f.library) lib->libraries_[f.stem] = Library{f.chunk, f.text};
  }
  std::map<std::string, std::string, std::less<>> lib_chunks, lib_texts;
  for (const auto& [name, l] : lib->libraries_) {
    lib_chunks[name] = l.file;
    lib_texts[name] = l.source;
  }
  const UseContext use{&lib_chunks, &lib_texts};
  for (auto& f : files) {
    if (f.library) continue;
    LuaSandbox sandbox;
    // Declarations may call use() at the top of the file; the vocabulary is
    // there too (a helper table built from shapes), but nothing is built.
    VocabularyState vocabulary;
    installPartVocabulary(sandbox.state(), &vocabulary);
    installUse(sandbox.state(), &use);
    auto ran = sandbox.runChunk(f.text, f.chunk);
    if (!ran) {
      lib->broken_.push_back(ran.error());
      continue;
    }
    SubjectInfo info;
    DeclarationRead read{&info, {}};
    lua_State* L = sandbox.state();
    lua_pushcfunction(L, readDeclaration);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &read);
    auto declared = sandbox.call(2, 0, "reading " + f.chunk);
    if (!declared) {
      lib->broken_.push_back(declared.error());
      continue;
    }
    if (!read.error.empty()) {
      lib->broken_.push_back(makeError(ErrorCode::kUnprocessable, fmt::format("{}: {}", f.chunk, read.error),
                                   {{"file", f.chunk}}));
      continue;
    }
    info.file = f.chunk;
    info.source = std::move(f.text);
    info.user = f.user;
    lib->add(std::move(info));
  }
  lib->index();
  return lib;
}

void SubjectLibrary::configure(std::vector<fs::path> user_dirs) {
  std::lock_guard lock(g_mutex);
  std::string joined;
  for (const auto& d : user_dirs) {
    if (!joined.empty()) joined += ':';
    joined += fs::absolute(d).string();
  }
  if (!joined.empty()) {
    ::setenv("KILN_SUBJECTS", joined.c_str(), 1);
  } else {
    ::unsetenv("KILN_SUBJECTS");
  }
  g_configured = std::move(user_dirs);
  g_configured_set = true;
  g_current.reset();
}

std::shared_ptr<const SubjectLibrary> SubjectLibrary::current() {
  std::lock_guard lock(g_mutex);
  if (!g_current) {
    std::vector<fs::path> dirs;
    if (g_configured_set) {
      dirs = g_configured;
    } else if (const char* env = std::getenv("KILN_SUBJECTS"); env != nullptr && *env != '\0') {
      std::string_view rest(env);
      while (!rest.empty()) {
        const auto colon = rest.find(':');
        const auto part = rest.substr(0, colon);
        if (!part.empty()) dirs.emplace_back(std::string(part));
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
      }
    }
    g_current = load(dirs);
  }
  return g_current;
}

const SubjectInfo* SubjectLibrary::find(std::string_view id) const {
  for (const auto& s : subjects_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::optional<NameEntry> SubjectLibrary::lookup(std::string_view name) const {
  const auto it = names_.find(name);
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

Result<BuiltSubject> SubjectLibrary::build(const SubjectBuildRequest& request) const {
  const SubjectInfo& subject = *request.subject;
  LuaSandbox sandbox;
  lua_State* L = sandbox.state();
  VocabularyState vocabulary;
  for (const auto& p : subject.parts) vocabulary.part_names.push_back(p.name);
  const Rng root = Rng(request.seed).fork(fmt::format("{}/{}", subject.id, request.variant));
  vocabulary.noise_seed = root.fork("noise").next();
  installPartVocabulary(L, &vocabulary);

  std::map<std::string, std::string, std::less<>> lib_chunks, lib_texts;
  for (const auto& [name, lib] : libraries_) {
    lib_chunks[name] = lib.file;
    lib_texts[name] = lib.source;
  }
  const UseContext use{&lib_chunks, &lib_texts};
  installUse(L, &use);

  if (auto ran = sandbox.runChunk(subject.source, subject.file); !ran) return fail(ran.error());
  if (!lua_istable(L, -1)) {
    return fail(ErrorCode::kUnprocessable, fmt::format("{} no longer returns a subject table", subject.file),
                {{"file", subject.file}});
  }
  lua_getfield(L, -1, "build");

  // The build context k.
  BuiltSubject built;
  AttachSink sink{&built.points};
  Rng rand_stream = root.fork("rand");
  lua_createtable(L, 0, 16);
  lua_createtable(L, 0, static_cast<int>(subject.params.size()));
  for (const auto& p : subject.params) {
    Rng r = root.fork("param:" + p.name);
    lua_pushnumber(L, r.uniform(p.min, p.max));
    lua_setfield(L, -2, p.name.c_str());
  }
  lua_setfield(L, -2, "p");
  lua_pushstring(L, request.variant.c_str());
  lua_setfield(L, -2, "variant");
  lua_pushstring(L, request.style.c_str());
  lua_setfield(L, -2, "style");
  lua_pushnumber(L, request.softness);
  lua_setfield(L, -2, "soft");
  lua_pushstring(L, request.outline.c_str());
  lua_setfield(L, -2, "outline");
  lua_pushstring(L, request.pose.c_str());
  lua_setfield(L, -2, "pose");
  lua_createtable(L, 0, static_cast<int>(request.asked_parts.size()));
  for (const auto& part : request.asked_parts) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, part.c_str());
  }
  lua_setfield(L, -2, "asked");
  lua_createtable(L, 0, static_cast<int>(request.asked_counts.size()));
  for (const auto& [part, n] : request.asked_counts) {
    lua_pushinteger(L, n);
    lua_setfield(L, -2, part.c_str());
  }
  lua_setfield(L, -2, "counts");
  lua_pushboolean(L, request.worn ? 1 : 0);
  lua_setfield(L, -2, "worn");
  lua_pushboolean(L, request.holds ? 1 : 0);
  lua_setfield(L, -2, "holds");
  lua_pushboolean(L, request.filled ? 1 : 0);
  lua_setfield(L, -2, "filled");
  lua_pushnumber(L, subject.size_mm);
  lua_setfield(L, -2, "size");
  lua_pushlightuserdata(L, &sink);
  lua_pushcclosure(L, luaAttach, 1);
  lua_setfield(L, -2, "attach");
  const std::pair<const char*, lua_CFunction> random_fns[] = {
      {"rand", luaRand}, {"int", luaInt}, {"chance", luaChance}, {"pick", luaPick}};
  for (const auto& [name, fn] : random_fns) {
    lua_pushlightuserdata(L, &rand_stream);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
  }
  if (auto called = sandbox.call(1, 1, "building " + subject.id); !called) return fail(called.error());
  const geometry::Sdf* shape = toShape(L, -1);
  if (shape == nullptr) {
    return fail(ErrorCode::kUnprocessable,
                fmt::format("{}: build returned {} instead of a shape", subject.file, luaL_typename(L, -1)),
                {{"file", subject.file}});
  }
  built.shape = *shape;
  built.shape_nodes = vocabulary.nodes;
  lua_pop(L, 2);
  const geometry::Box b = built.shape.bounds();
  if (b.empty() || !(b.size().maxCoeff() > 0.0f)) {
    return fail(ErrorCode::kUnprocessable, fmt::format("{}: build returned an empty shape", subject.file),
                {{"file", subject.file}});
  }
  return built;
}

}  // namespace kiln::engines::sculpt
