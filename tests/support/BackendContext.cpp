#include "support/BackendContext.h"

#include "support/TestDatabase.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>
#include <unistd.h>

namespace praklit::test {

namespace fs = std::filesystem;

namespace {

class SqliteContext final : public BackendContext {
public:
    Backend backend() const override { return Backend::SQLite; }

    ConnectionUrl create(const fs::path& dir, std::string&) const override
    {
        return ConnectionUrl::sqliteFile(dir / "office.db");
    }
    void drop(const std::string&) const override {} // the folder goes with the test

    std::unique_ptr<soci::session> connect(const ConnectionUrl& url) const override
    {
        return std::make_unique<soci::session>(soci::sqlite3, "db=\"" + url.sqlitePath().string() + "\"");
    }
    // A file of no bytes is an empty SQLite database.
    void makeEmpty(const ConnectionUrl& url) const override { std::ofstream(url.sqlitePath()); }

    const char* tablesQuery() const override
    {
        return "select name from sqlite_master where type = 'table' order by name";
    }
    const char* columnsQuery() const override { return "select name from pragma_table_info(:t)"; }
    const char* indexesQuery() const override
    {
        return "select tbl_name || '.' || name from sqlite_master where type = 'index' order by 1";
    }

    std::string image(const ConnectionUrl& url) const override
    {
        // The journal mode lives in the header, so a switch to WAL shows too.
        std::string out = bytesOf(url.sqlitePath());
        for (const char* side : {"-wal", "-shm", "-journal"})
            if (fs::exists(url.sqlitePath().string() + side)) out += std::string("\n+") + side;
        return out;
    }

    const char* beginWriting() const override { return "begin immediate"; }
    bool officeIsAFile() const override { return true; }
    bool documentsFolderByDefault() const override { return true; }
};

class PostgresContext final : public BackendContext {
public:
    Backend backend() const override { return Backend::PostgreSQL; }

    ConnectionUrl create(const fs::path&, std::string& schema) const override
    {
        auto url = postgresServer();
        schema = uniqueName("t_");
        *connect(url) << "create schema " + schema;
        url.set("options", "-c search_path=" + schema);
        return url;
    }
    void drop(const std::string& schema) const override
    {
        *connect(postgresServer()) << "drop schema " + schema + " cascade";
    }

    std::unique_ptr<soci::session> connect(const ConnectionUrl& url) const override
    {
        auto s = std::make_unique<soci::session>(soci::postgresql, url.withPassword().substr(13));
        *s << "set client_min_messages = warning";
        return s;
    }
    void makeEmpty(const ConnectionUrl&) const override {}

    const char* tablesQuery() const override
    {
        return "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace "
               "where n.nspname = current_schema() and c.relkind = 'r' order by 1";
    }
    const char* columnsQuery() const override
    {
        return "select column_name from information_schema.columns "
               "where table_schema = current_schema() and table_name = :t";
    }
    const char* indexesQuery() const override
    {
        return "select tablename::text || '.' || indexname::text from pg_indexes "
               "where schemaname = current_schema() order by 1";
    }

    std::string image(const ConnectionUrl& url) const override
    {
        std::string out;
        *connect(url) << "select coalesce(string_agg(c.relname::text || ':' || c.relkind::text || ':' || "
                         "c.relfilenode::text, ',' "
                         "order by c.relname), '') "
                         "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                         "where n.nspname = current_schema()",
            soci::into(out);
        return out;
    }

    const char* beginWriting() const override { return "begin"; }
    bool officeIsAFile() const override { return false; }
    bool documentsFolderByDefault() const override { return false; }
};

} // namespace

Backend backendUnderTest()
{
    const char* b = std::getenv("PRAKLIT_TEST_BACKEND");
    return b && std::string(b) == "postgresql" ? Backend::PostgreSQL : Backend::SQLite;
}

ConnectionUrl postgresServer()
{
    const char* url = std::getenv("PRAKLIT_TEST_POSTGRESQL");
    if (!url || !*url)
        throw std::runtime_error("PRAKLIT_TEST_POSTGRESQL is not set: run the PostgreSQL tests through scripts/test");
    return ConnectionUrl::parse(url);
}

const BackendContext& contextOf(Backend backend)
{
    static const SqliteContext sqlite;
    static const PostgresContext postgres;
    if (backend == Backend::SQLite) return sqlite;
    return postgres;
}

} // namespace praklit::test
