#pragma once
#include <string>
#include <vector>

namespace praklit::data {

enum class ColumnType { Integer, Bool, Text, Timestamp, Date };

struct ColumnInfo {
    std::string name;
    ColumnType type;
};

struct TableInfo {
    std::string name;
    std::vector<ColumnInfo> columns; // the first is always "id"
    // Rows a migration puts into every new office (built-in roles, number
    // series): not office data of their own; a copy replaces them.
    std::string seededWhere = {};    // SQL condition that picks the seeded rows, empty when none
};

// Every table of an office's data, parents before children: what `db copy`
// moves and verifies, and what demo data is written into. A test checks it
// against the migrated schema on both backends.
const std::vector<TableInfo>& officeTables();
const TableInfo& officeTable(const std::string& name);

} // namespace praklit::data
