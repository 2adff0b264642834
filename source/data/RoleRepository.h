#pragma once
#include "data/Database.h"
#include "domain/ContactRole.h"

#include <optional>
#include <vector>

namespace praklit::data {

class RoleRepository {
public:
    explicit RoleRepository(Database& db) : db_(db) {}
    std::vector<ContactRole> all(); // built-in first, then by name
    std::optional<ContactRole> findByName(const std::string& name);
    int64_t insert(const std::string& name);

private:
    Database& db_;
};

} // namespace praklit::data
