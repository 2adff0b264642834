#pragma once
// Moving an office between databases (db copy): how far it got, and what
// each table's copy was checked against.
#include <cstdint>
#include <functional>
#include <string>

namespace praklit {

struct TableCopyResult {
    std::string table;
    int64_t sourceRows = 0;
    int64_t targetRows = 0;
    std::string sourceChecksum; // SHA-256 of the canonical rows, hex
    std::string targetChecksum;
};

struct CopyProgress {
    std::string table;
    int64_t rowsDone = 0;
};

using CopyProgressFn = std::function<void(const CopyProgress&)>;

} // namespace praklit
