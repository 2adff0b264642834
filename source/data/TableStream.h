#pragma once
// Whole tables in and out, fast on both backends: SQLite through prepared
// statements on its C API, PostgreSQL through COPY (SOCI's bulk insert is one
// round trip a row there). Values travel as canonical text, the same on both
// backends, so a row read from either hashes the same.
#include "data/Database.h"
#include "data/OfficeTables.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

// NULL is nullopt. Integers in decimal, booleans "1"/"0", timestamps in
// text::toDatabaseText form, dates "YYYY-MM-DD", text as stored.
using Value = std::optional<std::string>;
using Row = std::vector<Value>;

// Places values given for some named columns into a row of the table's
// shape (the rest NULL), with the column positions worked out once.
class RowShape {
public:
    RowShape(const TableInfo& table, std::vector<std::string> columns);
    Row row(std::vector<Value> values) const;

private:
    size_t width_;
    std::vector<size_t> positions_;
};

class TableReader {
public:
    virtual ~TableReader() = default;
    // Next row in id order; false at the end.
    virtual bool next(Row& row) = 0;
};

class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual void write(const Row& row) = 0;
    // Sends what is buffered and ends the stream; throws on failure.
    virtual void finish() = 0;
};

std::unique_ptr<TableReader> readTable(Database& db, const TableInfo& table);
// Rows keep their ids. Call inside a transaction; call finish() at the end.
std::unique_ptr<TableWriter> writeTable(Database& db, const TableInfo& table);

// Moves the table's id generator past the largest id (PostgreSQL identity
// sequences; SQLite's AUTOINCREMENT follows explicit ids by itself).
void advanceIdSequence(Database& db, const TableInfo& table);

int64_t countRows(Database& db, const std::string& table);
// The id after the table's largest: where a bulk load numbers its rows from.
int64_t nextFreeId(Database& db, const TableInfo& table);

} // namespace praklit::data
