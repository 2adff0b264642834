#pragma once
#include "data/Database.h"
#include "domain/Address.h"

#include <optional>
#include <vector>

namespace praklit::data {

class AddressRepository {
public:
    explicit AddressRepository(Database& db) : db_(db) {}
    int64_t insert(const Address& address);
    bool update(const Address& address); // false on a stale version
    void remove(int64_t id);
    std::optional<Address> find(int64_t id);
    std::vector<Address> forOwner(int64_t ownerId); // primary first
    // Clears the owner's primary flag (before another address takes it).
    void demotePrimary(int64_t ownerId);
    void setPrimary(int64_t id);

private:
    std::vector<Address> select(const std::string& where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
