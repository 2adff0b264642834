#pragma once
#include "data/Database.h"
#include "domain/User.h"

#include <optional>
#include <vector>

namespace praklit::data {

class UserRepository {
public:
    explicit UserRepository(Database& db) : db_(db) {}
    std::optional<User> findByLogin(const std::string& login);
    std::optional<User> find(int64_t id);
    int64_t insert(const User& user);
    std::vector<User> all(); // by login

private:
    std::optional<User> select(const std::string& where, const std::string& login, int64_t id);
    Database& db_;
};

} // namespace praklit::data
