#pragma once
#include "data/Database.h"
#include "domain/Charge.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

struct ChargeFilter {
    int64_t clientId = 0; // 0: any
    int64_t caseId = 0;   // 0: any
    int64_t userId = 0;   // 0: any
    int64_t accountId = 0; // 0: any
    std::optional<ChargeState> state;
    std::optional<ChargeKind> kind;
    std::string from; // yyyy-mm-dd, inclusive; empty: open
    std::string to;
};

struct ChargeRow {
    Charge charge;
    std::string userLogin;
    std::string caseNumber;
};

struct ChargeTotals {
    int64_t count = 0;
    int64_t seconds = 0;
    int64_t billedSeconds = 0;
    int64_t amountAgorot = 0;
};

struct TimeEntry {
    int64_t id = 0;
    int64_t userId = 0;
    int64_t clientId = 0;
    int64_t caseId = 0;
    text::Timestamp startedAt{};
    text::Timestamp endedAt{};
    int64_t seconds = 0;
    std::string description;
    bool billable = true;
};

class ChargeRepository {
public:
    explicit ChargeRepository(Database& db) : db_(db) {}
    int64_t insert(const Charge& charge);
    bool update(const Charge& charge); // false on a stale version
    std::optional<Charge> find(int64_t id);
    // Newest first; only the page asked for is read (virtual lists).
    std::vector<ChargeRow> list(const ChargeFilter& filter, int64_t offset, int64_t limit);
    ChargeTotals totals(const ChargeFilter& filter);

    int64_t insertTimeEntry(const TimeEntry& entry);

private:
    std::string where(const ChargeFilter& filter, std::vector<std::string>& texts, std::vector<long long>& numbers);
    Database& db_;
};

} // namespace praklit::data
