#pragma once
#include "data/Database.h"
#include "domain/Client.h"

#include <optional>
#include <vector>

namespace praklit::data {

// Clients are rows of `entities`. The search and sort keys are derived by
// the service and stored so that lists never compute them row by row.
class ClientRepository {
public:
    explicit ClientRepository(Database& db) : db_(db) {}

    int64_t insert(const Client& client, const std::string& searchKey, const std::string& sortKey);
    // False when the stored version is not client.version (someone saved first).
    bool update(const Client& client, const std::string& searchKey, const std::string& sortKey);
    std::optional<Client> find(int64_t id);
    // Page of clients in collation order of their display names.
    std::vector<Client> list(int64_t offset, int64_t limit);
    // Clients whose search key contains `normalisedQuery` (already a search key).
    std::vector<Client> search(const std::string& normalisedQuery, int64_t limit);
    int64_t count();
    std::optional<int64_t> findByIdNumber(const std::string& idNumber);

private:
    std::vector<Client> select(const std::string& tail, const std::string& param, int64_t a, int64_t b);
    Database& db_;
};

} // namespace praklit::data
