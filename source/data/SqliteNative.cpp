#include "data/SqliteNative.h"

#include "domain/ConnectionUrl.h"
#include "data/DatabaseError.h"

#include <cstring>
#include <fstream>
#include <sqlite3.h>

namespace praklit::data {

void sqliteExecScript(::sqlite3* db, const std::string& sql, const ConnectionUrl& url)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw sqliteError(text, url);
    }
}

void sqliteBackup(::sqlite3* db, const std::filesystem::path& target, const ConnectionUrl& url)
{
    ::sqlite3* out = nullptr;
    if (sqlite3_open(target.string().c_str(), &out) != SQLITE_OK) {
        const std::string text = sqlite3_errmsg(out);
        sqlite3_close(out);
        throw sqliteError(text, ConnectionUrl::sqliteFile(target));
    }
    sqlite3_backup* backup = sqlite3_backup_init(out, "main", db, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(out);
    if (backup) sqlite3_backup_finish(backup);
    const std::string text = sqlite3_errmsg(out);
    sqlite3_close(out);
    if (rc != SQLITE_DONE) throw sqliteError(text, url);
}

bool looksLikeSqliteFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() == 0) return true;
    return in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

} // namespace praklit::data
