#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace praklit::data {
class Database;
}

namespace praklit::services {

// What a write changed, field by field, for the audit row.
class Changes {
public:
    Changes& set(const std::string& field, const std::string& value); // an insert's value
    Changes& change(const std::string& field, const std::string& before, const std::string& after); // only if different
    Changes& change(const std::string& field, int64_t before, int64_t after);
    Changes& change(const std::string& field, bool before, bool after);
    bool empty() const { return fields_.empty(); }
    // {"field": ["old", "new"]} for a change; an insert's fields, which had
    // nothing before, are {"field": "value"}.
    std::string json(bool insert = false) const;

private:
    struct Field {
        std::string name;
        bool hasBefore = false;
        std::string before;
        std::string after;
    };
    std::vector<Field> fields_;
};

// Writes one audit row (who, when, table, row, action, changes, and the
// reason when the program asked for one) inside the caller's transaction.
void audit(data::Database& db, int64_t userId, const std::string& table, int64_t rowId, const std::string& action,
           const Changes& changes, const std::string& reason = {});

} // namespace praklit::services
