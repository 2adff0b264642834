#pragma once
#include "data/Database.h"
#include "domain/RateOwner.h"

#include <optional>
#include <string>
#include <string_view>

namespace praklit::data {

std::string_view tableOf(RateOwner owner); // "users", "entities", "cases": the audit row's table

// Hourly rates (agorot) of a case, a client and a user, and a client's own
// rounding rule; absent values are nullopt.
class RateRepository {
public:
    explicit RateRepository(Database& db) : db_(db) {}
    std::optional<int64_t> rate(RateOwner owner, int64_t id);
    // False when there is no such case, client or user.
    bool setRate(RateOwner owner, int64_t id, std::optional<int64_t> agorot);
    // unit minutes and mode ("up"/"nearest") when the client overrides the office's rule
    std::optional<std::pair<int, std::string>> clientRounding(int64_t clientId);
    void setClientRounding(int64_t clientId, std::optional<std::pair<int, std::string>> rule);

private:
    Database& db_;
};

} // namespace praklit::data
