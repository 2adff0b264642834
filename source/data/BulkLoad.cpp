#include "data/BulkLoad.h"

#include "data/OfficeTables.h"

#include <algorithm>
#include <cstring>
#include <soci/soci.h>

namespace praklit::data {

BulkLoad::BulkLoad(Database& db, std::vector<const char*> order, bool large)
    : db_(db), order_(std::move(order)), inOrder_(db.backend() == Backend::SQLite)
{
    if (inOrder_) db_.executeScript(kSqliteLoadCache);
    if (std::any_of(order_.begin(), order_.end(), [](const char* t) { return std::strcmp(t, "entities") == 0; }))
        searchIndex_.emplace(db_, large);
    if (large && !inOrder_)
        for (const char* table : order_)
            for (auto& create : dropSecondaryIndexes(db_, table)) dropped_.push_back(std::move(create));
}

std::vector<std::string> dropSecondaryIndexes(Database& db, const std::string& table)
{
    std::vector<std::pair<std::string, std::string>> indexes;
    std::string name, definition;
    soci::statement st =
        (db.sql().prepare << "select i.indexname::text, i.indexdef from pg_indexes i "
                             "where i.schemaname = current_schema() and i.tablename = :t and not exists ("
                             "select 1 from pg_constraint c where c.conindid = "
                             "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
         soci::use(table), soci::into(name), soci::into(definition));
    st.execute();
    while (st.fetch()) indexes.emplace_back(name, definition);
    std::vector<std::string> creates;
    for (const auto& [index, create] : indexes) {
        db.executeScript("drop index " + index);
        creates.push_back(create);
    }
    return creates;
}

BulkLoad::~BulkLoad()
{
    if (!inOrder_) return;
    try {
        db_.executeScript(kSqliteUsualCache);
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
    if (searchIndex_) searchIndex_->resume();
    for (const char* table : order_) advanceIdSequence(db_, officeTable(table));
    if (!dropped_.empty()) {
        // Sorted builds in memory rather than on disk; for this transaction only.
        db_.executeScript("set local maintenance_work_mem = '512MB'");
        for (const auto& create : dropped_) db_.executeScript(create);
        dropped_.clear();
    }
}

} // namespace praklit::data
