#include "support/TestDatabase.h"

#include "data/Database.h"

#include <atomic>
#include <cstdlib>
#include <gtest/gtest.h>
#include <random>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>
#include <unistd.h>

namespace praklit::test {

namespace fs = std::filesystem;

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

namespace {
std::string uniqueName(const char* prefix)
{
    static std::atomic<int> counter{0};
    static const auto salt = std::random_device{}();
    return std::string(prefix) + std::to_string(getpid()) + "_" + std::to_string(salt % 100000) + "_" +
           std::to_string(counter++);
}

// The maintenance session on the test server, plain SOCI without migrations.
void onServer(const std::string& sql)
{
    auto server = postgresServer();
    soci::session s(soci::postgresql, server.withPassword().substr(13));
    s << "set client_min_messages = warning";
    s << sql;
}
} // namespace

TempDir::TempDir() : path_(fs::temp_directory_path() / uniqueName("praklit-test-"))
{
    fs::create_directories(path_);
}

TempDir::~TempDir()
{
    std::error_code ec;
    // A test may have made files read-only; give the bits back first.
    for (auto& entry : fs::recursive_directory_iterator(path_, ec))
        fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

TestDatabase::TestDatabase(Backend backend)
{
    if (backend == Backend::SQLite) {
        url_ = ConnectionUrl::sqliteFile(dir_.path() / "office.db");
        return;
    }
    url_ = postgresServer();
    schema_ = uniqueName("t_");
    onServer("create schema " + schema_);
    url_.set("options", "-c search_path=" + schema_);
}

TestDatabase::~TestDatabase()
{
    if (schema_.empty()) return;
    try {
        onServer("drop schema " + schema_ + " cascade");
    } catch (const std::exception&) {
        // Left for the server's folder to be removed with it.
    }
}

namespace {
std::unique_ptr<soci::session> rawSession(const ConnectionUrl& url)
{
    if (url.backend() == Backend::SQLite)
        return std::make_unique<soci::session>(soci::sqlite3, "db=\"" + url.sqlitePath().string() + "\"");
    auto s = std::make_unique<soci::session>(soci::postgresql, url.withPassword().substr(13));
    *s << "set client_min_messages = warning";
    return s;
}
} // namespace

void TestDatabase::raw(const std::string& sql) { *rawSession(url_) << sql; }

int64_t TestDatabase::rawCount(const std::string& sql)
{
    long long n = 0;
    *rawSession(url_) << sql, soci::into(n);
    return n;
}

std::vector<std::string> TestDatabase::tables()
{
    auto s = rawSession(url_);
    std::vector<std::string> out;
    std::string name;
    soci::statement st = (s->prepare << (backend() == Backend::SQLite
                                             ? "select name from sqlite_master where type = 'table' order by name"
                                             : "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                                               "where n.nspname = current_schema() and c.relkind = 'r' order by 1"),
                          soci::into(name));
    st.execute();
    while (st.fetch()) out.push_back(name);
    return out;
}

std::unique_ptr<services::OfficeSession> TestDatabase::open(const std::string& login)
{
    return services::OfficeSession::open(url_, login, OpenMode::CreateIfMissing);
}

} // namespace praklit::test
