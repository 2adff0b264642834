#include "data/Database.h"

#include "data/DatabaseError.h"
#include "data/FileModes.h"
#include "data/Migrations.h"
#include "data/NativeHandles.h"
#include "data/OfficeTables.h"
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
        createFolders(dir, FileSharing::Owner, ec);
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
    return std::make_unique<soci::session>(soci::postgresql, withDefaults.withPassword().substr(13));
}

} // namespace

Database::Database(ConnectionUrl url, std::unique_ptr<soci::session> session)
    : url_(std::move(url)), session_(std::move(session))
{
}

Database::~Database() = default;

int Database::programSchemaVersion() { return Migrations::latest(Backend::SQLite); }

std::unique_ptr<Database> Database::open(const ConnectionUrl& url, OpenMode mode, MigrationPolicy policy, Access access)
{
    const bool sqlite = url.backend() == Backend::SQLite;
    const bool newFile = sqlite && !fs::exists(url.sqlitePath());
    if (sqlite) checkSqliteFile(url.sqlitePath(), mode, url);
    if (access == Access::ReadOnly && policy == MigrationPolicy::Apply) policy = MigrationPolicy::Refuse;
    try {
        std::unique_ptr<soci::session> session;
        try {
            session = connect(url);
        } catch (const std::exception& e) {
            throw translateDatabaseError(e, url);
        }
        // Narrowed before anything is written, while the file is still
        // empty. SQLite gives the -wal, -shm and -journal files it makes
        // later the mode of the office file itself (its unix VFS copies it),
        // so the process's umask is left alone.
        if (newFile) setMode(url.sqlitePath(), FileSharing::Owner);
        std::unique_ptr<Database> db(new Database(url, std::move(session)));
        db->access_ = access;
        std::string foreign;
        const auto held = db->contents(foreign);
        if (held == Contents::Foreign)
            throw Error(ErrorKind::Database,
                        format(tr("The database {1} holds tables of another program (such as \"{2}\"), not a Praklit "
                                  "office: Praklit changes nothing in it; choose another database."),
                               ltr(db->url().display()), foreign));
        if (held == Contents::Empty && mode == OpenMode::MustExist)
            throw Error(ErrorKind::Database,
                        format(tr("The database {1} is empty, not a Praklit office yet: create the office with "
                                  "\"praklit-cli db init\" or from the desktop program."),
                               ltr(db->url().display())));
        db->configure(access == Access::ReadWrite && policy != MigrationPolicy::Inspect);
        Migrations::bringUpToDate(*db, policy);
        return db;
    } catch (...) {
        // A file this call created is not left behind half made (a full disk, a refused schema).
        if (newFile) {
            std::error_code ec;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                fs::remove(url.sqlitePath().string() + suffix, ec);
        }
        throw;
    }
}

Database::Contents Database::contents(std::string& foreignTable)
{
    std::vector<std::string> tables;
    guarded([&] {
        // Reading the schema also reads the file's header: a damaged file fails here, clearly.
        const char* sql = backend() == Backend::SQLite
                              ? "select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' "
                                "order by name"
                              // pg_class, not information_schema: it lists tables this login may not read too.
                              : "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                                "where n.nspname = current_schema() and c.relkind in ('r', 'v', 'm', 'p', 'f') order by 1";
        std::string name;
        soci::statement st = (session_->prepare << sql, soci::into(name));
        st.execute();
        while (st.fetch()) tables.push_back(name);
    });
    if (tables.empty()) return Contents::Empty;
    const auto has = [&](const char* t) { return std::find(tables.begin(), tables.end(), t) != tables.end(); };
    if (has("schema_version") && has("entities") && has("users")) {
        // schema_version is a common name: Praklit's has its program_version column.
        int columns = 0;
        guarded([&] {
            if (backend() == Backend::SQLite)
                *session_ << "select count(*) from pragma_table_info('schema_version') where name = 'program_version'",
                    soci::into(columns);
            else
                *session_ << "select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid "
                             "join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() "
                             "and c.relname = 'schema_version' and a.attname = 'program_version' and not a.attisdropped",
                    soci::into(columns);
        });
        if (columns == 1) return Contents::Office;
    }
    for (const auto& t : tables)
        if (t != "schema_version" && t != "entities" && t != "users") {
            foreignTable = t;
            break;
        }
    if (foreignTable.empty()) foreignTable = tables.front();
    return Contents::Foreign;
}

void Database::configure(bool writeJournalMode)
{
    guarded([&] {
        if (backend() == Backend::SQLite) {
            // WAL lets a reader read beside a writer; switching to it writes the file, so only a writer does.
            executeScript(std::string(writeJournalMode ? "pragma journal_mode = wal; " : "") +
                          "pragma foreign_keys = on; pragma synchronous = normal; pragma busy_timeout = 10000; "
                          "pragma cache_size = -65536; pragma temp_store = memory; pragma mmap_size = 1073741824;" +
                          (readOnly() ? " pragma query_only = 1;" : ""));
        } else {
            executeScript(std::string("set time zone 'UTC'; set datestyle = 'ISO, YMD'; set client_min_messages = warning;") +
                          (readOnly() ? " set default_transaction_read_only = on;" : ""));
        }
    });
}

void Database::executeScript(const std::string& sql)
{
    if (backend() == Backend::SQLite)
        sqliteExecScript(sqliteHandle(*session_), sql, url_);
    else
        postgresExecScript(postgresHandle(*session_), sql, url_);
}

std::string Database::serverVersion()
{
    std::string version;
    guarded([&] { *session_ << (backend() == Backend::SQLite ? "select sqlite_version()" : "show server_version"), soci::into(version); });
    return version;
}

void Database::settleAfterBulkLoad()
{
    guarded([&] {
        if (backend() == Backend::SQLite)
            executeScript("pragma wal_checkpoint(truncate); pragma analysis_limit = 1000; analyze;");
        else {
            std::string tables = "search_words"; // the clients' search index, read by index-only scans
            for (const auto& table : officeTables()) tables += ", " + table.name;
            executeScript("vacuum (analyze) " + tables);
        }
    });
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
