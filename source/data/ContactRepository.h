#pragma once
#include "data/Database.h"
#include "domain/Contact.h"

#include <vector>

namespace praklit::data {

class ContactRepository {
public:
    explicit ContactRepository(Database& db) : db_(db) {}
    int64_t insert(const Contact& contact);
    std::vector<Contact> forClient(int64_t clientId); // with role names

private:
    Database& db_;
};

} // namespace praklit::data
