#pragma once
#include "data/Database.h"

#include <optional>
#include <string>

namespace praklit::data {

// Hourly rates (agorot) of a case, a client and a user, and a client's own
// rounding rule; absent values are nullopt.
class RateRepository {
public:
    explicit RateRepository(Database& db) : db_(db) {}
    std::optional<int64_t> caseRate(int64_t caseId);
    std::optional<int64_t> clientRate(int64_t clientId);
    std::optional<int64_t> userRate(int64_t userId);
    // unit minutes and mode ("up"/"nearest") when the client overrides the office's rule
    std::optional<std::pair<int, std::string>> clientRounding(int64_t clientId);

    void setUserRate(int64_t userId, std::optional<int64_t> agorot);
    // By table: "users", "entities" or "cases".
    std::optional<int64_t> rate(const std::string& table, int64_t id);
    void setRate(const std::string& table, int64_t id, std::optional<int64_t> agorot);
    void setClientRounding(int64_t clientId, std::optional<std::pair<int, std::string>> rule);

private:
    Database& db_;
};

} // namespace praklit::data
