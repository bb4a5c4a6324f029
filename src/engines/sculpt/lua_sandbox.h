#pragma once
// A Lua 5.4 state for running subject files safely: only the pure parts of
// the standard library (base without load/dofile/require, string, table,
// math without random, utf8), a memory cap enforced by the allocator, an
// instruction budget enforced by a count hook, and deterministic iteration
// (`pairs` visits keys in sorted order, `next` is absent) so the same subject
// and seed always build the same shape. Subject files are hostile input: a
// syntax error, a runaway loop or a huge allocation fails with an Error that
// names the file and line, never hangs or crashes the process.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

struct lua_State;
struct lua_Debug;

namespace kiln::engines::sculpt {

/// Limits of one sandbox. Tuned so the largest subject in the library builds
/// with a wide margin (it uses < 2 MiB and < 1 M instructions) while a
/// runaway subject fails within a second on the 2-core reference machine.
struct LuaLimits {
  size_t memory_bytes = 64u << 20;
  uint64_t instructions = 100'000'000;
};

/// One sandboxed Lua state. Not thread-safe; one per job (or per catalog load).
class LuaSandbox {
 public:
  explicit LuaSandbox(LuaLimits limits = {});
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  lua_State* state() const { return state_; }

  /// Compiles `source` as a chunk named `chunk_name` (shown in errors, e.g.
  /// "subjects/animals/dog.lua") and runs it, leaving its one result on the
  /// stack. Fails with kUnprocessable naming the file and line on a syntax
  /// error, a runtime error, the memory cap or the instruction budget.
  Result<void> runChunk(std::string_view source, const std::string& chunk_name);

  /// Calls the function under the top `nargs` arguments on the stack with the
  /// same protections; leaves `nresults` results. `what` names the call in errors.
  Result<void> call(int nargs, int nresults, std::string_view what);

  /// Instructions run so far (in units of the hook interval) and peak memory.
  uint64_t instructionsUsed() const { return instructions_used_; }
  size_t peakMemoryBytes() const { return peak_bytes_; }

  /// Turns a Lua error message into a subject error (kUnprocessable) with the
  /// file and line in details when the message carries them.
  static Error subjectError(std::string message, std::string_view what);

 private:
  static void* allocate(void* ud, void* ptr, size_t old_size, size_t new_size);
  static void countHook(lua_State* L, lua_Debug* ar);
  Result<void> protectedCall(int nargs, int nresults, std::string_view what);

  lua_State* state_ = nullptr;
  LuaLimits limits_;
  size_t used_bytes_ = 0;
  size_t peak_bytes_ = 0;
  bool memory_exceeded_ = false;
  uint64_t instructions_used_ = 0;
  std::string last_location_;  // "file:line" of the last count hook
  char last_source_[64] = "?";  // source and line of the last line run, for memory errors
  int last_line_ = 0;
};

}  // namespace kiln::engines::sculpt
