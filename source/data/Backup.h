#pragma once
#include "data/Database.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>

namespace praklit::data {

// What a backup copy holds that its manifest repeats: read from the copy
// itself, so the manifest says what was copied, not what the office held a
// moment before or after.
struct BackupFacts {
    int schemaVersion = 0;
    std::pair<int64_t, std::string> auditHead; // last id and hash, as AuditRepository::head()
};

// The database side of backups: the SQLite backup API and integrity check,
// and pg_dump / pg_restore for a server office. Files made here are the
// owner's only (0600).
class Backup {
public:
    // A consistent copy of the open SQLite office into `target` (which must
    // not exist), taken while other connections go on writing, and made a
    // single file (no write-ahead log beside it).
    static void copySqlite(Database& db, const std::filesystem::path& target);
    // "ok", or what `pragma integrity_check` found (a damaged file's error).
    static std::string integrityCheck(const std::filesystem::path& file);
    // Schema and audit chain head of a SQLite copy, read without writing to it.
    static BackupFacts factsOfSqlite(const std::filesystem::path& file);
    // Copies the SQLite file `from` over the open office, in place: every
    // connection to the office (other windows, background readers) sees the
    // restored office at its next statement. Outside any transaction.
    static void restoreSqlite(Database& db, const std::filesystem::path& from);

    // The office's schema on the server (current_schema()).
    static std::string postgresSchema(Database& db);
    // pg_dump -Fc of the office's schema into `target`, taken in a snapshot
    // this session exports: `inSnapshot` runs in the same snapshot, so what it
    // reads (the audit chain head) is exactly what the dump holds.
    static void dumpPostgres(Database& db, const std::filesystem::path& target, const std::function<void()>& inSnapshot);
    // Reads the dump's table of contents (pg_restore --list): a damaged or
    // truncated dump fails here, before anything is replaced. Returns the
    // table of contents.
    static std::string checkPostgresDump(const ConnectionUrl& url, const std::filesystem::path& dump);
    // Renames the office's schema to `asideName`, restores the dump as the
    // office's schema in one transaction, and renames it back when the
    // restore fails.
    static void restorePostgres(Database& db, const std::filesystem::path& dump, const std::string& asideName);
};

} // namespace praklit::data
