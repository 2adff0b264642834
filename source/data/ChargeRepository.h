#pragma once
#include "data/Database.h"
#include "domain/Charge.h"
#include "domain/ChargeList.h"
#include "domain/TimeEntry.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

class ChargeRepository {
public:
    explicit ChargeRepository(Database& db) : db_(db) {}
    int64_t insert(const Charge& charge);
    bool update(const Charge& charge); // false on a stale version
    std::optional<Charge> find(int64_t id);
    // When the charge was entered (nullopt: no such charge).
    std::optional<text::Timestamp> createdAt(int64_t id);
    // Newest first; only the page asked for is read (virtual lists).
    std::vector<ChargeRow> list(const ChargeFilter& filter, int64_t offset, int64_t limit);
    ChargeTotals totals(const ChargeFilter& filter);

    int64_t insertTimeEntry(const TimeEntry& entry);

private:
    std::string where(const ChargeFilter& filter, std::vector<std::string>& texts, std::vector<long long>& numbers);
    Database& db_;
};

} // namespace praklit::data
