#include "store/sqlite/database.h"

#include <fmt/format.h>

#include "store/job_store.h"
#include "store/sqlite/migrations.h"

namespace kiln::store::sqlite {
namespace {

// kiln_backoff(attempt, job_id) → retryBackoffMs, so rescueExpired can give
// every rescued row its own delay in a single UPDATE.
void backoffFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) {
  const int attempt = sqlite3_value_int(argv[0]);
  const auto* id = sqlite3_value_text(argv[1]);
  const std::string job_id = id != nullptr ? reinterpret_cast<const char*>(id) : "";
  sqlite3_result_int64(context, retryBackoffMs(attempt, job_id));
}

}  // namespace

Result<std::shared_ptr<Database>> Database::open(const std::filesystem::path& path) {
  auto conn = Connection::open(path);
  if (!conn) return fail(conn.error());
  if (auto version = migrate(**conn); !version) return fail(version.error());
  const int rc = sqlite3_create_function_v2((*conn)->raw(), "kiln_backoff", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                            nullptr, backoffFunction, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return fail(sqliteError((*conn)->raw(), rc, "registering kiln_backoff"));
  return std::shared_ptr<Database>(new Database(path, std::move(*conn)));
}

}  // namespace kiln::store::sqlite
