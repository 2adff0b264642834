#pragma once
#include "domain/ConnectionUrl.h"
#include <filesystem>
#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace praklit::data {


// Runs several statements (a migration) in one call. Throws Error.
void sqliteExecScript(::sqlite3* db, const std::string& sql, const ConnectionUrl& url);
// A consistent copy of the open database into `target` (SQLite backup API).
void sqliteBackup(::sqlite3* db, const std::filesystem::path& target, const ConnectionUrl& url);
// The first column of every row of `sql` as integers, one optional text
// parameter bound to ?1: for reading many ids fast (the trigram index's matches).
std::vector<int64_t> sqliteIds(::sqlite3* db, const char* sql, const std::string* textParam, const ConnectionUrl& url);
// `pragma data_version`: changes when another connection commits.
int64_t sqliteDataVersion(::sqlite3* db);

// True when the file begins with SQLite's header (or is empty).
bool looksLikeSqliteFile(const std::filesystem::path& path);

} // namespace praklit::data
