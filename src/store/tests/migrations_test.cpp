#include "store/sqlite/migrations.h"

#include <gtest/gtest.h>

#include "store/tests/temp_dir.h"

namespace kiln::store::sqlite {
namespace {

int64_t countRows(Connection& conn, const char* sql) {
  auto stmt = conn.prepare(sql);
  EXPECT_TRUE(stmt.has_value());
  EXPECT_TRUE(stmt->step().value_or(false));
  return stmt->columnInt(0);
}

TEST(Migrations, FreshDatabaseReachesTheLatestVersion) {
  testing::TempDir dir;
  auto conn = Connection::open(dir.path() / "kiln.db");
  ASSERT_TRUE(conn.has_value()) << conn.error().message;
  auto version = migrate(**conn);
  ASSERT_TRUE(version.has_value()) << version.error().message;
  EXPECT_EQ(*version, migrations().back().version);
  EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM schema_version"), static_cast<int64_t>(migrations().size()));
  EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('jobs', 'artifacts', 'uploads')"), 3);
}

TEST(Migrations, ReopeningAppliesNothingTwice) {
  testing::TempDir dir;
  for (int i = 0; i < 3; ++i) {
    auto conn = Connection::open(dir.path() / "kiln.db");
    ASSERT_TRUE(conn.has_value());
    auto version = migrate(**conn);
    ASSERT_TRUE(version.has_value()) << version.error().message;
    EXPECT_EQ(*version, migrations().back().version);
    EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM schema_version"), static_cast<int64_t>(migrations().size()));
    EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM job_counters"), 6);
  }
}

TEST(Migrations, AnAddedMigrationIsTheOnlyOneApplied) {
  testing::TempDir dir;
  auto conn = Connection::open(dir.path() / "kiln.db");
  ASSERT_TRUE(conn.has_value());
  ASSERT_TRUE(migrate(**conn).has_value());
  // Re-running version 1's SQL would fail (tables exist), so success proves it was skipped.
  std::vector<Migration> extended = migrations();
  const int next = extended.back().version + 1;
  extended.push_back({next, "test table", "CREATE TABLE later_table (x INTEGER)"});
  auto version = migrate(**conn, extended);
  ASSERT_TRUE(version.has_value()) << version.error().message;
  EXPECT_EQ(*version, next);
  EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'later_table'"), 1);
  EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM schema_version"), static_cast<int64_t>(extended.size()));
}

TEST(Migrations, ADatabaseNewerThanTheBinaryIsRefused) {
  testing::TempDir dir;
  auto conn = Connection::open(dir.path() / "kiln.db");
  ASSERT_TRUE(conn.has_value());
  std::vector<Migration> extended = migrations();
  extended.push_back({extended.back().version + 1, "future", "CREATE TABLE future_table (x INTEGER)"});
  ASSERT_TRUE(migrate(**conn, extended).has_value());
  auto version = migrate(**conn);
  ASSERT_FALSE(version.has_value());
  EXPECT_NE(version.error().message.find("newer"), std::string::npos);
}

TEST(Migrations, AFailingMigrationLeavesTheVersionUnchanged) {
  testing::TempDir dir;
  auto conn = Connection::open(dir.path() / "kiln.db");
  ASSERT_TRUE(conn.has_value());
  ASSERT_TRUE(migrate(**conn).has_value());
  std::vector<Migration> broken = migrations();
  broken.push_back({broken.back().version + 1, "half", "CREATE TABLE half_table (x); THIS IS NOT SQL"});
  EXPECT_FALSE(migrate(**conn, broken).has_value());
  EXPECT_EQ(schemaVersion(**conn).value(), migrations().back().version);
  EXPECT_EQ(countRows(**conn, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_table'"), 0);
}

}  // namespace
}  // namespace kiln::store::sqlite
