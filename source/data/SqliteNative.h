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
// True when the file begins with SQLite's header (or is empty).
bool looksLikeSqliteFile(const std::filesystem::path& path);

} // namespace praklit::data
