#include "data/BulkLoad.h"

#include "data/OfficeTables.h"

#include <algorithm>
#include <cstring>

namespace praklit::data {

namespace {
// In KiB when negative: 512 MiB for the load, the program's usual 64 MiB after.
constexpr const char* kLoadCache = "pragma cache_size = -524288";
constexpr const char* kUsualCache = "pragma cache_size = -65536";
} // namespace

BulkLoad::BulkLoad(Database& db, std::vector<const char*> order)
    : db_(db), order_(std::move(order)), inOrder_(db.backend() == Backend::SQLite)
{
    if (inOrder_) db_.executeScript(kLoadCache);
    if (std::any_of(order_.begin(), order_.end(), [](const char* t) { return std::strcmp(t, "entities") == 0; }))
        searchIndex_.emplace(db_);
}

BulkLoad::~BulkLoad()
{
    if (!inOrder_) return;
    try {
        db_.executeScript(kUsualCache);
    } catch (...) {
        // The cache size is a matter of speed only; the connection goes on.
    }
}

void BulkLoad::write(const TableRows& rows)
{
    if (inOrder_) {
        for (const auto& [table, row] : rows) {
            auto& writer = writers_[table];
            if (!writer) writer = writeTable(db_, officeTable(table));
            writer->write(row);
        }
        return;
    }
    for (const char* table : order_) {
        std::unique_ptr<TableWriter> writer;
        for (const auto& [name, row] : rows) {
            if (std::strcmp(name, table) != 0) continue;
            if (!writer) writer = writeTable(db_, officeTable(table));
            writer->write(row);
        }
        if (writer) writer->finish();
    }
}

void BulkLoad::finish()
{
    for (auto& [name, writer] : writers_) writer->finish();
    writers_.clear();
    if (searchIndex_) {
        searchIndex_->resume();
        db_.entitiesChanged();
    }
    for (const char* table : order_) advanceIdSequence(db_, officeTable(table));
}

} // namespace praklit::data
