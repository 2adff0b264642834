#include "data/Database.h"

#include "data/DatabaseError.h"
#include "data/Migrations.h"
#include "data/NativeHandles.h"
#include "data/PostgresNative.h"
#include "data/SqliteNative.h"
#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <algorithm>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace praklit::data {

using text::format;
using text::ltr;
using text::tr;

namespace fs = std::filesystem;

namespace {

bool hasWriteBits(const fs::path& p)
{
    const auto perms = fs::status(p).permissions();
    return (perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) != fs::perms::none;
}

// Checks what SQLite would only discover half-way: a missing, read-only or
// foreign file. The permission bits decide, not access(): an office file
// marked read-only stays unwritten even for an administrator.
void checkSqliteFile(const fs::path& path, OpenMode mode, const ConnectionUrl& url)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        if (mode == OpenMode::MustExist)
            throw Error(ErrorKind::Database,
                        format(tr("There is no office database at {1}: create it with \"praklit-cli db init\" or choose "
                                  "another in System settings."),
                               ltr(path.string())));
        const auto dir = path.has_parent_path() ? path.parent_path() : fs::current_path();
        fs::create_directories(dir, ec);
        if (!fs::is_directory(dir) || !hasWriteBits(dir))
            throw Error(ErrorKind::Database,
                        format(tr("The office database cannot be created in {1}: the folder cannot be written to."),
                               ltr(dir.string())));
        return;
    }
    if (!fs::is_regular_file(path))
        throw Error(ErrorKind::Database, format(tr("{1} is not a file."), ltr(path.string())));
    if (!looksLikeSqliteFile(path))
        throw sqliteError("file is not a database", url);
    if (!hasWriteBits(path)) throw sqliteError("attempt to write a readonly database", url);
    const auto dir = path.has_parent_path() ? path.parent_path() : fs::current_path();
    if (!hasWriteBits(dir))
        throw Error(ErrorKind::Database,
                    format(tr("The folder {1} is read-only: the office database needs to write its journal beside it."),
                           ltr(dir.string())));
}

std::unique_ptr<soci::session> connect(const ConnectionUrl& url)
{
    if (url.backend() == Backend::SQLite) {
        std::string path = url.sqlitePath().string();
        return std::make_unique<soci::session>(soci::sqlite3, "db=\"" + path + "\" timeout=10");
    }
    ConnectionUrl withDefaults = url;
    if (url.get("connect_timeout").empty()) withDefaults.set("connect_timeout", "5");
    if (url.get("application_name").empty()) withDefaults.set("application_name", "praklit");
    return std::make_unique<soci::session>(soci::postgresql, withDefaults.sociString().substr(13));
}

} // namespace

Database::Database(ConnectionUrl url, std::unique_ptr<soci::session> session)
    : url_(std::move(url)), session_(std::move(session))
{
}

Database::~Database() = default;

int Database::programSchemaVersion() { return Migrations::latest(Backend::SQLite); }

std::unique_ptr<Database> Database::open(const ConnectionUrl& url, OpenMode mode, MigrationPolicy policy)
{
    if (url.backend() == Backend::SQLite) checkSqliteFile(url.sqlitePath(), mode, url);
    std::unique_ptr<soci::session> session;
    try {
        session = connect(url);
    } catch (const std::exception& e) {
        throw translateDatabaseError(e, url);
    }
    std::unique_ptr<Database> db(new Database(url, std::move(session)));
    db->configure();
    Migrations::bringUpToDate(*db, policy);
    return db;
}

void Database::configure()
{
    guarded([&] {
        if (backend() == Backend::SQLite) {
            // Read the header first: a damaged file fails here with a clear message.
            int n = 0;
            *session_ << "select count(*) from sqlite_master", soci::into(n);
            executeScript("pragma foreign_keys = on; pragma journal_mode = wal; pragma synchronous = normal; "
                          "pragma busy_timeout = 10000; pragma cache_size = -65536; pragma temp_store = memory; pragma mmap_size = 1073741824;");
        } else {
            executeScript("set time zone 'UTC'; set datestyle = 'ISO, YMD'; set client_min_messages = warning;");
        }
    });
}

const std::vector<uint32_t>& Database::clientRanks()
{
    auto* handle = sqliteHandle(*session_);
    const int64_t dataVersion = sqliteDataVersion(handle);
    if (ranksGeneration_ == entitiesGeneration_ && ranksDataVersion_ == dataVersion) return ranks_;
    const auto ids = sqliteIds(handle, "select id from entities order by sort_key, id", nullptr, url_);
    int64_t maxId = 0;
    for (const auto id : ids) maxId = std::max(maxId, id);
    ranks_.assign(static_cast<size_t>(maxId + 1), UINT32_MAX);
    for (size_t i = 0; i < ids.size(); ++i) ranks_[static_cast<size_t>(ids[i])] = static_cast<uint32_t>(i);
    ranksGeneration_ = entitiesGeneration_;
    ranksDataVersion_ = dataVersion;
    return ranks_;
}

void Database::executeScript(const std::string& sql)
{
    if (backend() == Backend::SQLite)
        sqliteExecScript(sqliteHandle(*session_), sql, url_);
    else
        postgresExecScript(postgresHandle(*session_), sql, url_);
}

void Database::guarded(const std::function<void()>& work)
{
    try {
        work();
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw translateDatabaseError(e, url_);
    }
}

void Database::transaction(const std::function<void()>& work)
{
    inTransaction(backend() == Backend::SQLite ? "begin immediate" : "begin", work);
}

void Database::snapshot(const std::function<void()>& work)
{
    inTransaction(backend() == Backend::SQLite ? "begin" : "begin isolation level repeatable read read only", work);
}

void Database::inTransaction(const char* begin, const std::function<void()>& work)
{
    if (depth_ > 0) { // nested: part of the outer transaction
        work();
        return;
    }
    guarded([&] { executeScript(begin); });
    ++depth_;
    try {
        guarded(work);
        guarded([&] { executeScript("commit"); });
        --depth_;
    } catch (...) {
        --depth_;
        try {
            executeScript("rollback");
        } catch (...) {
            // The connection is gone; the server rolls back by itself.
        }
        throw;
    }
}

} // namespace praklit::data
