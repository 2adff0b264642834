#pragma once
#include "data/Database.h"
#include "domain/OfficeCopy.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace praklit::data {

// Copies a whole office from one database to another (SQLite → PostgreSQL
// or back): refuses a target holding any office data, keeps ids, streams
// every table, moves the target's id sequences past the copied ids, reads the
// target back and compares row counts and per-table checksums — all inside
// one target transaction, so any failure leaves the target empty.
class OfficeCopier {
public:
    using ProgressFn = CopyProgressFn;
    OfficeCopier(Database& from, Database& to) : from_(from), to_(to) {}

    std::vector<TableCopyResult> copy(const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // Tables of the target that already hold office data (built-in roles do not count).
    static std::vector<std::string> nonEmptyTables(Database& db);

private:
    Database& from_;
    Database& to_;
};

} // namespace praklit::data
