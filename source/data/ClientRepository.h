#pragma once
#include "data/Database.h"
#include "domain/Client.h"
#include "domain/ClientSummary.h"

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
    int64_t count();

    // The search screen: the clients found by what was typed, in the list's
    // order (data/ClientSearch.h), a page at a time; every client, in
    // collation order, when nothing was typed.
    std::vector<ClientSummary> find(const std::string& typed, int64_t offset, int64_t limit);
    // Counted up to `cap` (every client, exactly, when nothing was typed).
    SearchCount countMatches(const std::string& typed, int64_t cap);
    // The first page and the count together, as a keystroke asks for them.
    SearchCount findFirst(const std::string& typed, int64_t limit, int64_t cap, std::vector<ClientSummary>& rows);
    void setSearchKey(int64_t id, const std::string& searchKey);
    std::optional<int64_t> findByIdNumber(const std::string& idNumber);
    // Every ID and company number the office holds (a bulk load skips them).
    std::vector<std::string> idNumbersInUse();

private:
    std::vector<ClientSummary> summariesOf(const std::vector<std::pair<int64_t, SearchMatch>>& hits);
    std::vector<Client> select(const std::string& tail, const std::string& param, int64_t a, int64_t b);
    Database& db_;
};

} // namespace praklit::data
