#pragma once
// KILN_ASSERT: for bugs only — conditions no user input can make false.

#include <cstdio>
#include <cstdlib>

#define KILN_ASSERT(cond, msg)                                                          \
  do {                                                                                  \
    if (!(cond)) [[unlikely]] {                                                         \
      std::fprintf(stderr, "%s:%d: assertion failed: %s (%s)\n", __FILE__, __LINE__,   \
                   #cond, msg);                                                         \
      std::abort();                                                                     \
    }                                                                                   \
  } while (false)
