#pragma once
#include "data/Database.h"
#include "data/SearchIndexPause.h"
#include "data/TableStream.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace praklit::data {

// SQLite's page cache while a bulk load lasts, and as the program keeps it
// otherwise (in KiB when negative): a bulk load touches index pages all over.
constexpr const char* kSqliteLoadCache = "pragma cache_size = -524288";
constexpr const char* kSqliteUsualCache = "pragma cache_size = -65536";

// Drops the table's indexes that no constraint needs (PostgreSQL) and
// returns their CREATE statements, to build each once after a large load.
std::vector<std::string> dropSecondaryIndexes(Database& db, const std::string& table);

// Rows for several tables, each after the rows its foreign keys name.
using TableRows = std::vector<std::pair<const char*, Row>>;

// New rows into several tables, batch after batch, inside the caller's
// transaction, as fast as each backend takes them. SQLite takes the rows in
// their order through one prepared statement a table, with a larger page
// cache while the load lasts (a bulk load touches index pages all over);
// PostgreSQL's COPY streams one table at a time on a connection, so there
// each batch goes table by table in `order`. Loads into entities pause the
// search index's triggers (SearchIndexPause) until finish().
//
// A large load (`large`: many rows beside what the tables hold) on PostgreSQL
// drops the tables' secondary indexes first and builds each once in
// finish(): a sorted build instead of a million index insertions, the
// trigram index above all. The keys that foreign keys need stay. The drop
// holds the tables until the caller's transaction ends, and a rollback puts
// the indexes back.
class BulkLoad {
public:
    BulkLoad(Database& db, std::vector<const char*> order, bool large = false);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    void write(const TableRows& rows);
    // Ends the streams, indexes the new clients and moves each table's id
    // generator past its rows. Without it the caller's rollback undoes all.
    void finish();

private:
    Database& db_;
    std::vector<const char*> order_;
    bool inOrder_;
    std::map<std::string, std::unique_ptr<TableWriter>> writers_;
    std::optional<SearchIndexPause> searchIndex_;
    std::vector<std::string> dropped_; // CREATE INDEX statements to run in finish()
};

} // namespace praklit::data
