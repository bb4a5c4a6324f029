#include "engines/sculpt/lua_sandbox.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>
#include <lua.hpp>

#include "core/assert.h"

namespace kiln::engines::sculpt {
namespace {

// The count hook runs every kHookInterval VM instructions.
constexpr int kHookInterval = 1000;

LuaSandbox* sandboxOf(lua_State* L) { return *static_cast<LuaSandbox**>(lua_getextraspace(L)); }

// Deterministic pairs: keys in a fixed order (numbers ascending, then strings
// in byte order, then booleans). Lua's own `next` order depends on the string
// hash seed, which Lua 5.4 randomises per state: iterating with it would make
// the same subject and seed give different files from run to run.
struct SortKey {
  int rank;  // 0 number, 1 string, 2 boolean
  double number;
  std::string text;
  int slot;  // index in the key array
};

int sortedPairsStep(lua_State* L) {
  // upvalues: 1 table, 2 key array, 3 position
  const lua_Integer i = lua_tointeger(L, lua_upvalueindex(3)) + 1;
  lua_pushinteger(L, i);
  lua_replace(L, lua_upvalueindex(3));
  if (lua_rawgeti(L, lua_upvalueindex(2), i) == LUA_TNIL) return 1;
  lua_pushvalue(L, -1);
  lua_rawget(L, lua_upvalueindex(1));
  return 2;
}

int sortedPairs(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  std::vector<SortKey> keys;
  lua_newtable(L);  // key array at index 2
  int count = 0;
  lua_pushnil(L);
  while (lua_next(L, 1) != 0) {
    lua_pop(L, 1);
    SortKey k{};
    switch (lua_type(L, -1)) {
      case LUA_TNUMBER: k.rank = 0; k.number = lua_tonumber(L, -1); break;
      case LUA_TSTRING: {
        size_t len = 0;
        const char* s = lua_tolstring(L, -1, &len);
        k.rank = 1;
        k.text.assign(s, len);
        break;
      }
      case LUA_TBOOLEAN: k.rank = 2; k.number = lua_toboolean(L, -1); break;
      default:
        return luaL_error(L, "pairs: tables with %s keys have no fixed order; use an array and ipairs",
                          luaL_typename(L, -1));
    }
    k.slot = ++count;
    lua_pushvalue(L, -1);
    lua_rawseti(L, 2, count);
    keys.push_back(std::move(k));
  }
  std::sort(keys.begin(), keys.end(), [](const SortKey& a, const SortKey& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.rank == 1) return a.text < b.text;
    return a.number < b.number;
  });
  lua_newtable(L);  // ordered keys at index 3
  for (size_t i = 0; i < keys.size(); ++i) {
    lua_rawgeti(L, 2, keys[i].slot);
    lua_rawseti(L, 3, static_cast<lua_Integer>(i + 1));
  }
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 3);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, sortedPairsStep, 3);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

void removeField(lua_State* L, const char* table, const char* field) {
  if (lua_getglobal(L, table) == LUA_TTABLE) {
    lua_pushnil(L);
    lua_setfield(L, -2, field);
  }
  lua_pop(L, 1);
}

}  // namespace

LuaSandbox::LuaSandbox(LuaLimits limits) : limits_(limits) {
  state_ = lua_newstate(&LuaSandbox::allocate, this);
  KILN_ASSERT(state_ != nullptr, "lua_newstate failed");
  *static_cast<LuaSandbox**>(lua_getextraspace(state_)) = this;
  lua_State* L = state_;
  // Only pure libraries: no io, os, package, debug or coroutine.
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_pop(L, 5);
  // Loading code, touching files, catching the budget errors (pcall would let
  // a runaway loop swallow them) and hash-ordered iteration are all removed.
  for (const char* name : {"dofile", "loadfile", "load", "loadstring", "require", "collectgarbage", "pcall",
                           "xpcall", "next", "print", "warn"}) {
    lua_pushnil(L);
    lua_setglobal(L, name);
  }
  lua_pushcfunction(L, sortedPairs);
  lua_setglobal(L, "pairs");
  // Unseeded randomness would break "same seed, same file"; subjects get a
  // seeded rand() from the build context instead. Pattern matching can run
  // for exponential time inside one instruction, out of the hook's reach.
  removeField(L, "math", "random");
  removeField(L, "math", "randomseed");
  for (const char* f : {"dump", "find", "match", "gmatch", "gsub"}) removeField(L, "string", f);
  lua_sethook(L, &LuaSandbox::countHook, LUA_MASKCOUNT | LUA_MASKLINE, kHookInterval);
}

LuaSandbox::~LuaSandbox() {
  if (state_ != nullptr) {
    // Finalizers may run Lua code while closing; they stay under the hook.
    lua_close(state_);
  }
}

void* LuaSandbox::allocate(void* ud, void* ptr, size_t old_size, size_t new_size) {
  auto* self = static_cast<LuaSandbox*>(ud);
  const size_t old_bytes = ptr != nullptr ? old_size : 0;
  if (new_size == 0) {
    std::free(ptr);
    self->used_bytes_ -= std::min(old_bytes, self->used_bytes_);
    return nullptr;
  }
  if (new_size > old_bytes && self->used_bytes_ - old_bytes + new_size > self->limits_.memory_bytes) {
    self->memory_exceeded_ = true;
    return nullptr;
  }
  void* grown = std::realloc(ptr, new_size);
  if (grown == nullptr) return nullptr;
  self->used_bytes_ = self->used_bytes_ - old_bytes + new_size;
  self->peak_bytes_ = std::max(self->peak_bytes_, self->used_bytes_);
  return grown;
}

void LuaSandbox::countHook(lua_State* L, lua_Debug* ar) {
  LuaSandbox* self = sandboxOf(L);
  // Line events keep the location current (a memory error has none of its
  // own); count events enforce the instruction budget.
  if (ar->event == LUA_HOOKLINE) {
    if (lua_getinfo(L, "S", ar) != 0 && ar->currentline > 0) {
      std::snprintf(self->last_source_, sizeof self->last_source_, "%s", ar->short_src);
      self->last_line_ = ar->currentline;
    }
    return;
  }
  self->instructions_used_ += kHookInterval;
  if (lua_getinfo(L, "Sl", ar) != 0 && ar->currentline > 0) {
    std::snprintf(self->last_source_, sizeof self->last_source_, "%s", ar->short_src);
    self->last_line_ = ar->currentline;
  }
  self->last_location_ = fmt::format("{}:{}", self->last_source_, self->last_line_);
  if (self->instructions_used_ > self->limits_.instructions) {
    lua_pushfstring(L, "%s: instruction budget of %d million exceeded (a loop that never ends?)",
                    self->last_location_.empty() ? "?" : self->last_location_.c_str(),
                    static_cast<int>(self->limits_.instructions / 1'000'000));
    lua_error(L);
  }
}

Error LuaSandbox::subjectError(std::string message, std::string_view what) {
  nlohmann::json details = {{"subject_file_error", message}};
  // Lua prefixes errors with "file:line:".
  if (const auto colon = message.find(':'); colon != std::string::npos && colon > 0) {
    const auto next = message.find(':', colon + 1);
    int line = 0;
    if (next != std::string::npos) {
      const char* b = message.data() + colon + 1;
      const char* e = message.data() + next;
      if (std::from_chars(b, e, line).ec == std::errc() && line > 0) {
        details["file"] = message.substr(0, colon);
        details["line"] = line;
      }
    }
  }
  return makeError(ErrorCode::kUnprocessable, fmt::format("{} failed: {}", what, message), std::move(details));
}

Result<void> LuaSandbox::protectedCall(int nargs, int nresults, std::string_view what) {
  lua_State* L = state_;
  const int status = lua_pcall(L, nargs, nresults, 0);
  if (status == LUA_OK) return {};
  std::string message;
  if (status == LUA_ERRMEM || memory_exceeded_) {
    message = fmt::format("{}:{}: memory limit of {} MiB exceeded", last_line_ > 0 ? last_source_ : "?",
                          last_line_, limits_.memory_bytes >> 20);
  } else {
    size_t len = 0;
    const char* s = lua_tolstring(L, -1, &len);
    message = s != nullptr ? std::string(s, len) : std::string("error object is not a string");
  }
  lua_pop(L, 1);
  memory_exceeded_ = false;
  return std::unexpected(subjectError(std::move(message), what));
}

Result<void> LuaSandbox::runChunk(std::string_view source, const std::string& chunk_name) {
  lua_State* L = state_;
  // Text only: precompiled bytecode can crash the VM.
  const std::string name = "@" + chunk_name;
  const int status = luaL_loadbufferx(L, source.data(), source.size(), name.c_str(), "t");
  if (status != LUA_OK) {
    size_t len = 0;
    const char* s = lua_tolstring(L, -1, &len);
    std::string message = status == LUA_ERRMEM ? chunk_name + ": memory limit exceeded while compiling"
                                               : std::string(s != nullptr ? s : "", len);
    lua_pop(L, 1);
    return std::unexpected(subjectError(std::move(message), "loading " + chunk_name));
  }
  return protectedCall(0, 1, "running " + chunk_name);
}

Result<void> LuaSandbox::call(int nargs, int nresults, std::string_view what) {
  return protectedCall(nargs, nresults, what);
}

}  // namespace kiln::engines::sculpt
