#pragma once
// Running shell commands from tests: the kiln binary, independent checkers.

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace kiln::testing {

/// What a shell command printed and how it exited.
struct CommandOutput {
  int exit_code = -1;
  std::string text;
};

/// Runs `command` with /bin/sh and captures its stdout (append "2>&1" to include stderr).
inline CommandOutput runCommand(const std::string& command) {
  CommandOutput out;
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.text.append(buf, n);
  const int status = ::pclose(p);
  out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

/// Single-quotes `s` for /bin/sh.
inline std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace kiln::testing
