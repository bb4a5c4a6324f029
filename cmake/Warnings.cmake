# kiln_warnings: the project's warning flags as an INTERFACE target; every kiln
# target links it PRIVATE so third-party headers are not affected.
add_library(kiln_warnings INTERFACE)
target_compile_options(kiln_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  -Wno-missing-field-initializers)
option(KILN_WERROR "Treat warnings as errors" OFF)
if(KILN_WERROR)
  target_compile_options(kiln_warnings INTERFACE -Werror)
endif()

# kiln_sanitizers: enabled by the asan preset (ASan + UBSan).
option(KILN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(KILN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/tools/sanitizer-ignorelist.txt)
  endif()
  add_link_options(-fsanitize=address,undefined)
endif()

# kiln_fuzz: libFuzzer targets (fuzz/). Everything is built with coverage
# instrumentation plus ASan and UBSan, and any sanitizer report stops the run.
option(KILN_FUZZ "Build the libFuzzer targets in fuzz/ (clang only; the asan preset turns it on)" OFF)
if(KILN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KILN_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++-19")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g
    # Boost 1.74's MPL (through OpenVDB) trips this clang 16+ check in its own headers.
    -Wno-enum-constexpr-conversion)
  add_link_options(-fsanitize=address,undefined)
endif()
