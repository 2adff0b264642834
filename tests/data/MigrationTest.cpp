#include "data/Database.h"
#include "data/Migrations.h"
#include "data/OfficeTables.h"
#include "domain/ContactRole.h"
#include "domain/Error.h"
#include "services/ClientService.h"
#include "support/TestDatabase.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <soci/soci.h>

using namespace praklit;
using praklit::test::TestDatabase;

TEST(Migrations, ANewOfficeIsAtTheProgramsSchemaAndRecordsIt)
{
    TestDatabase t;
    auto office = t.open();
    auto& db = office->db();
    EXPECT_EQ(db.schemaVersion(), data::Migrations::latest(t.backend()));
    EXPECT_EQ(data::Migrations::latest(Backend::SQLite), data::Migrations::latest(Backend::PostgreSQL));
    int rows = 0;
    db.sql() << "select count(*) from schema_version", soci::into(rows);
    EXPECT_EQ(rows, db.schemaVersion());
    // Opening again applies nothing twice.
    office.reset();
    auto again = t.open();
    again->db().sql() << "select count(*) from schema_version", soci::into(rows);
    EXPECT_EQ(rows, again->db().schemaVersion());
}

TEST(Migrations, TheTableListMatchesTheSchema)
{
    TestDatabase t;
    auto office = t.open();
    auto& db = office->db();
    for (const auto& table : data::officeTables()) {
        std::set<std::string> actual;
        std::string name;
        soci::statement st =
            (db.sql().prepare << t.context().columnsQuery(), soci::use(table.name), soci::into(name));
        st.execute();
        while (st.fetch()) actual.insert(name);
        std::set<std::string> declared;
        for (const auto& c : table.columns) declared.insert(c.name);
        EXPECT_EQ(actual, declared) << table.name;
    }
}

TEST(Migrations, BuiltInRolesAreSeeded)
{
    TestDatabase t;
    auto office = t.open();
    std::vector<std::string> names;
    for (const auto& r : services::ClientService(*office).roles()) {
        EXPECT_TRUE(r.builtIn);
        names.push_back(r.name);
    }
    EXPECT_EQ(names, builtInRoleNames());
}

TEST(Migrations, ADatabaseFromANewerProgramIsRefused)
{
    TestDatabase t;
    {
        auto office = t.open();
        office->db().sql() << "insert into schema_version (version, applied_at, program_version) values (999, "
                              "'2030-01-01 00:00:00+00', '9.0')";
    }
    try {
        t.open();
        FAIL() << "a newer database was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Database);
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
}

TEST(Migrations, AForeignDatabaseIsRefused)
{
    TestDatabase t;
    {
        auto db = data::Database::open(t.url(), OpenMode::CreateIfMissing, data::MigrationPolicy::Inspect);
        db->sql() << "create table users (name text)";
    }
    try {
        t.open();
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Database);
    }
}

TEST(SqliteFile, MissingReadOnlyAndCorruptFilesGiveOneSentence)
{
    if (!test::context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    test::TempDir dir;
    auto expectDatabaseError = [](const ConnectionUrl& url, OpenMode mode, const char* word) {
        try {
            data::Database::open(url, mode);
            ADD_FAILURE() << "opened " << url.text();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Database) << e.what();
            EXPECT_NE(std::string(e.what()).find(word), std::string::npos) << e.what();
        }
    };
    expectDatabaseError(ConnectionUrl::sqliteFile(dir.path() / "missing.db"), OpenMode::MustExist,
                        "no office database");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "missing.db"));

    const auto corrupt = dir.path() / "corrupt.db";
    std::ofstream(corrupt) << "this is a letter, not a database; it is long enough to fill a header";
    expectDatabaseError(ConnectionUrl::sqliteFile(corrupt), OpenMode::MustExist, "damaged");

    const auto readOnly = dir.path() / "readonly.db";
    data::Database::open(ConnectionUrl::sqliteFile(readOnly), OpenMode::CreateIfMissing);
    const auto sizeBefore = std::filesystem::file_size(readOnly);
    std::filesystem::permissions(readOnly, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    expectDatabaseError(ConnectionUrl::sqliteFile(readOnly), OpenMode::MustExist, "read-only");
    EXPECT_EQ(std::filesystem::file_size(readOnly), sizeBefore);

    // A damaged file inside: right header, garbage after.
    const auto damaged = dir.path() / "damaged.db";
    {
        std::ofstream out(damaged, std::ios::binary);
        out.write("SQLite format 3\0", 16);
        for (int i = 0; i < 8192; ++i) out.put(static_cast<char>(i * 7));
    }
    expectDatabaseError(ConnectionUrl::sqliteFile(damaged), OpenMode::MustExist, "damaged");
}

TEST(SqliteFile, AnOlderOfficeIsBackedUpBeforeMigrating)
{
    if (!test::context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    TestDatabase t;
    {
        // A file as an older Praklit left it: schema 1 only, one client in it.
        auto db = data::Database::open(t.url(), OpenMode::CreateIfMissing, data::MigrationPolicy::Inspect);
        db->executeScript("create table schema_version (version integer primary key, applied_at text not null, "
                          "program_version text not null)");
        db->executeScript(data::Migrations::steps(Backend::SQLite).front().sql);
        db->executeScript("insert into schema_version values (1, '2026-01-01 00:00:00.000000+00', '0.0.1');"
                          "insert into entities (kind, last_name, search_key, sort_key, created_at, updated_at) values "
                          "('person', 'כהן', 'כהנ', '', '2026-01-01 00:00:00.000000+00', '2026-01-01 00:00:00.000000+00')");
    }
    auto office = t.open();
    EXPECT_EQ(office->db().schemaVersion(), data::Migrations::latest(Backend::SQLite));
    std::vector<std::filesystem::path> backups;
    for (const auto& entry : std::filesystem::directory_iterator(t.url().sqlitePath().parent_path()))
        if (entry.path().filename().string().find(".before-schema-") != std::string::npos) backups.push_back(entry.path());
    ASSERT_EQ(backups.size(), 1u);
    // The backup is the office as it was: schema 1, the client in it.
    auto old = data::Database::open(ConnectionUrl::sqliteFile(backups.front()), OpenMode::MustExist,
                                    data::MigrationPolicy::Inspect);
    EXPECT_EQ(old->schemaVersion(), 1);
    long long clients = 0;
    old->sql() << "select count(*) from entities", soci::into(clients);
    EXPECT_EQ(clients, 1);
    // And the migrated office finds the client through the new index.
    EXPECT_EQ(services::ClientService(*office).find("כהן", 0, 10).size(), 1u);
}
