#pragma once
#include "data/Database.h"
#include "domain/Phone.h"

#include <optional>
#include <vector>

namespace praklit::data {

class PhoneRepository {
public:
    explicit PhoneRepository(Database& db) : db_(db) {}
    int64_t insert(const Phone& phone);
    std::vector<Phone> forEntity(int64_t entityId);
    std::vector<Phone> forContact(int64_t contactId);
    std::optional<Phone> find(int64_t id);
    bool update(const Phone& phone); // false on a stale version
    void remove(int64_t id);

private:
    std::vector<Phone> select(const std::string& column, int64_t key);
    Database& db_;
};

} // namespace praklit::data
