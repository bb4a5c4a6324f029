#pragma once
// The `fault` engine: a test fixture for the job system, registered only when
// the environment has KILN_TEST_ENGINES=1. It misbehaves on purpose, the way
// a buggy engine fed a poisoned input would, so the tests can show that
// workers die and recover without losing jobs or the API:
//   prompt "segfault"  → the worker process gets SIGSEGV
//   prompt "abort"     → abort()
//   prompt "throw"     → a C++ exception
//   prompt "slow N"    → runs N seconds (progress every 100 ms, honours
//                        cancel), then meshes a sphere — a long job for
//                        cancel/kill/restart tests.

#include <memory>

#include "engines/engine.h"

namespace kiln::engines {

std::unique_ptr<Engine> makeFaultEngine();

}  // namespace kiln::engines
