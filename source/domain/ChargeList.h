#pragma once
// A list of charges as the charges tab, the accounts dialog and the CLI ask
// for it: what to pick, a row as shown, and the totals of all that match.
#include "domain/Charge.h"

#include <cstdint>
#include <optional>
#include <string>

namespace praklit {

struct ChargeFilter {
    int64_t clientId = 0;  // 0: any
    int64_t caseId = 0;    // 0: any
    int64_t userId = 0;    // 0: any
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

} // namespace praklit
