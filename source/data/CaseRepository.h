#pragma once
#include "data/Database.h"
#include "domain/Case.h"

#include <optional>
#include <vector>

namespace praklit::data {

class CaseRepository {
public:
    explicit CaseRepository(Database& db) : db_(db) {}
    int64_t insert(const Case& c);
    std::optional<Case> find(int64_t id);
    std::vector<Case> forClient(int64_t clientId);
    // The cases whose internal or court number is `number` exactly (both indexed).
    std::vector<Case> withNumber(const std::string& number, int limit);
    int64_t count();
    bool update(const Case& c); // false on a stale version

private:
    std::vector<Case> select(const std::string& where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
