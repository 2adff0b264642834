#include "data/Backup.h"

#include "data/AuditRepository.h"
#include "data/DatabaseError.h"
#include "data/NativeHandles.h"
#include "data/SqliteNative.h"
#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <soci/soci.h>
#include <sqlite3.h>
#include <vector>

#ifdef _WIN32
#include <process.h>
#include <stdlib.h>
#else
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
extern char** environ;
#endif

namespace praklit::data {

namespace fs = std::filesystem;
using text::format;
using text::ltr;
using text::tr;

namespace {

void ownerOnly(const fs::path& file)
{
    std::error_code ec;
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
}

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Error fileError(const std::string& message, const fs::path& file)
{
    return sqliteError(message, ConnectionUrl::sqliteFile(file));
}

// A SQLite file opened by its own connection, closed when done.
struct SqliteFile {
    ::sqlite3* db = nullptr;
    SqliteFile(const fs::path& file, int flags)
    {
        if (sqlite3_open_v2(file.string().c_str(), &db, flags, nullptr) != SQLITE_OK) {
            const std::string text = db ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close(db);
            db = nullptr;
            throw fileError(text, file);
        }
        sqlite3_busy_timeout(db, 10000);
    }
    ~SqliteFile() { sqlite3_close(db); }
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;
};

// What a PostgreSQL client program answered: its exit code and what it
// wrote on standard error.
struct ProgramResult {
    int code = 0;
    std::string errors;
};

std::string conninfo(const ConnectionUrl& url)
{
    const std::string text = url.text(); // never the password: it goes through the environment
    constexpr std::string_view prefix = "postgresql://";
    return text.starts_with(prefix) ? text.substr(prefix.size()) : text;
}

// Runs a PostgreSQL client program (pg_dump, pg_restore) found on the PATH,
// with the office's password in its environment only, never on a command
// line another user could read.
ProgramResult runClientProgram(const std::string& program, const std::vector<std::string>& args, const ConnectionUrl& url)
{
    static std::atomic<int> counter{0};
    const fs::path errors = fs::temp_directory_path() /
                            ("praklit-" + program + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".txt");
    ProgramResult result;
    const std::string password = url.get("password");
#ifdef _WIN32
    if (!password.empty()) _putenv_s("PGPASSWORD", password.c_str());
    std::vector<std::string> quoted{program};
    for (const auto& a : args) quoted.push_back("\"" + a + "\"");
    std::vector<const char*> argv;
    for (const auto& a : quoted) argv.push_back(a.c_str());
    argv.push_back(nullptr);
    const intptr_t code = _spawnvp(_P_WAIT, program.c_str(), argv.data());
    if (!password.empty()) _putenv_s("PGPASSWORD", "");
    if (code == -1) {
        result.code = errno == ENOENT ? -2 : -1;
        result.errors = std::strerror(errno);
        return result;
    }
    result.code = static_cast<int>(code);
#else
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e)
        if (!password.empty() && std::strncmp(*e, "PGPASSWORD=", 11) == 0) continue;
        else env.emplace_back(*e);
    if (!password.empty()) env.push_back("PGPASSWORD=" + password);
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> all{program};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        std::error_code ec;
        fs::remove(errors, ec);
        result.code = rc == ENOENT ? -2 : -1;
        result.errors = std::strerror(rc);
        return result;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.errors = readAll(errors);
    std::error_code ec;
    fs::remove(errors, ec);
#endif
    return result;
}

std::string firstLine(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    const auto nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

ProgramResult runOrExplain(const std::string& program, const std::vector<std::string>& args, const ConnectionUrl& url)
{
    auto r = runClientProgram(program, args, url);
    if (r.code == -2)
        throw Error(ErrorKind::OutsideService,
                    format(tr("{1} is not installed on this computer: install PostgreSQL's client programs (pg_dump and "
                              "pg_restore) to back up or restore an office on the server."),
                           ltr(program)));
    return r;
}

} // namespace

void Backup::copySqlite(Database& db, const fs::path& target)
{
    if (fs::exists(target)) throw Error(ErrorKind::Conflict, format(tr("The file {1} exists already."), ltr(target.string())));
    {
        // Created empty first, so the copy is the owner's from its first byte.
        std::ofstream(target, std::ios::binary);
        ownerOnly(target);
    }
    db.guarded([&] { sqliteBackup(sqliteHandle(db.sql()), target, db.url()); });
    // The copy is one file that opens alone: no write-ahead log to carry beside it.
    SqliteFile copy(target, SQLITE_OPEN_READWRITE);
    sqliteExecScript(copy.db, "pragma journal_mode = delete;", ConnectionUrl::sqliteFile(target));
    ownerOnly(target);
}

std::string Backup::integrityCheck(const fs::path& file)
{
    try {
        SqliteFile f(file, SQLITE_OPEN_READONLY);
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(f.db, "pragma integrity_check", -1, &st, nullptr) != SQLITE_OK)
            return sqlite3_errmsg(f.db);
        std::string found;
        int rc = 0;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto* line = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            if (!found.empty()) found += "; ";
            found += line ? line : "";
        }
        if (rc != SQLITE_DONE) found = sqlite3_errmsg(f.db);
        sqlite3_finalize(st);
        return found.empty() ? std::string("no answer") : found;
    } catch (const Error& e) {
        return e.what();
    }
}

BackupFacts Backup::factsOfSqlite(const fs::path& file)
{
    auto copy = Database::open(ConnectionUrl::sqliteFile(file), OpenMode::MustExist, MigrationPolicy::Inspect, Access::ReadOnly);
    BackupFacts facts;
    facts.schemaVersion = copy->schemaVersion();
    copy->guarded([&] { facts.auditHead = AuditRepository(*copy).head(); });
    return facts;
}

void Backup::restoreSqlite(Database& db, const fs::path& from)
{
    SqliteFile source(from, SQLITE_OPEN_READONLY);
    ::sqlite3* office = sqliteHandle(db.sql());
    sqlite3_backup* backup = sqlite3_backup_init(office, "main", source.db, "main");
    if (!backup) throw sqliteError(sqlite3_errmsg(office), db.url());
    int rc = 0;
    // Other connections may hold the office for a moment: wait for them as a writer would.
    for (int tries = 0; tries < 200; ++tries) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) throw sqliteError(sqlite3_errmsg(office), db.url());
}

std::string Backup::postgresSchema(Database& db)
{
    std::string schema;
    db.guarded([&] { db.sql() << "select current_schema()::text", soci::into(schema); });
    return schema;
}

void Backup::dumpPostgres(Database& db, const fs::path& target, const std::function<void()>& inSnapshot)
{
    const auto& url = db.url();
    const std::string schema = postgresSchema(db);
    {
        std::ofstream(target, std::ios::binary);
        ownerOnly(target);
    }
    ProgramResult r;
    db.snapshot([&] {
        std::string snapshot;
        db.sql() << "select pg_export_snapshot()", soci::into(snapshot);
        inSnapshot();
        r = runOrExplain("pg_dump", {"--format=custom", "--no-password", "--schema=" + schema, "--snapshot=" + snapshot,
                                     "--file=" + target.string(), "--dbname=" + conninfo(url)},
                         url);
    });
    if (r.code != 0) {
        std::error_code ec;
        fs::remove(target, ec);
        throw Error(ErrorKind::Database, format(tr("pg_dump could not back up the office: {1}"), firstLine(r.errors)));
    }
    ownerOnly(target);
}

std::string Backup::checkPostgresDump(const ConnectionUrl& url, const fs::path& dump)
{
    const fs::path toc = dump.string() + ".toc";
    const auto r = runOrExplain("pg_restore", {"--list", "--file=" + toc.string(), dump.string()}, url);
    const std::string contents = readAll(toc);
    std::error_code ec;
    fs::remove(toc, ec);
    if (r.code != 0 || contents.empty())
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The backup {1} cannot be read by pg_restore ({2}): nothing was changed."),
                           ltr(dump.string()), firstLine(r.errors)));
    return contents;
}

void Backup::restorePostgres(Database& db, const fs::path& dump, const std::string& asideName)
{
    const auto& url = db.url();
    const std::string schema = postgresSchema(db);
    const std::string toc = checkPostgresDump(url, dump);
    if (toc.find(" TABLE " + schema + " schema_version ") == std::string::npos)
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The backup {1} is not of this office's schema \"{2}\": nothing was changed."),
                           ltr(dump.string()), schema));
    // Names come from the server (current_schema) and from the program, never from what a person typed.
    const auto quoted = [](const std::string& name) { return "\"" + name + "\""; };
    db.transaction([&] { db.sql() << "alter schema " + quoted(schema) + " rename to " + quoted(asideName); });
    // A dump of "public" does not make its schema: the restore needs it there.
    const bool makesSchema = toc.find(" SCHEMA - " + schema + " ") != std::string::npos;
    try {
        if (!makesSchema) db.transaction([&] { db.sql() << "create schema " + quoted(schema); });
        const auto r = runOrExplain("pg_restore", {"--single-transaction", "--exit-on-error", "--no-owner", "--no-password",
                                                   "--dbname=" + conninfo(url), dump.string()},
                                    url);
        if (r.code != 0)
            throw Error(ErrorKind::Database,
                        format(tr("pg_restore could not restore the office ({1}): the office was left as it was."),
                               firstLine(r.errors)));
    } catch (...) {
        try {
            db.transaction([&] {
                db.sql() << "drop schema if exists " + quoted(schema) + " cascade";
                db.sql() << "alter schema " + quoted(asideName) + " rename to " + quoted(schema);
            });
        } catch (...) {
            // The office stays under its aside name; the error below says what failed first.
        }
        throw;
    }
}

} // namespace praklit::data
