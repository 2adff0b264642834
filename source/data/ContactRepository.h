#pragma once
#include "data/Database.h"
#include "domain/Contact.h"

#include <optional>
#include <vector>

namespace praklit::data {

class ContactRepository {
public:
    explicit ContactRepository(Database& db) : db_(db) {}
    int64_t insert(const Contact& contact);
    std::vector<Contact> forClient(int64_t clientId); // with role names
    std::optional<Contact> find(int64_t id);
    bool update(const Contact& contact); // false on a stale version
    void remove(int64_t id);

private:
    std::vector<Contact> select(const std::string& where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
