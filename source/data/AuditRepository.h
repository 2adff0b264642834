#pragma once
#include "data/Database.h"
#include "text/Timestamp.h"

#include <optional>
#include <string>

namespace praklit::data {

struct AuditEntry {
    int64_t id = 0;
    text::Timestamp at{};
    int64_t userId = 0;
    std::string userLogin;
    std::string table;
    int64_t rowId = 0;
    std::string action;  // insert | update | delete | import
    std::string changes; // JSON: {"field": [old, new], …}
};

class AuditRepository {
public:
    explicit AuditRepository(Database& db) : db_(db) {}
    void insert(const AuditEntry& entry);
    // The newest entry for a row: who changed it last, and when.
    std::optional<AuditEntry> lastFor(const std::string& table, int64_t rowId);
    int64_t count();

private:
    Database& db_;
};

} // namespace praklit::data
