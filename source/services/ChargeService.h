#pragma once
#include "domain/ChargeList.h"
#include "domain/TimeEntry.h"
#include "domain/Charge.h"
#include "services/OfficeSession.h"

#include <chrono>
#include <string>
#include <vector>

namespace praklit::services {

// Charges (חיובים): time entries become charges; fixed fees, expenses and time
// entered after the fact are added by hand. Unbilled charges may be edited,
// every edit audited with the old values; charges in a transaction account or
// billed may not.
class ChargeService {
public:
    explicit ChargeService(OfficeSession& office) : office_(office) {}

    // A time entry's charge: billed time by the client's (or office's)
    // rounding, at the case's, else client's, else user's hourly rate.
    Charge chargeTimeEntry(const TimeEntry& entry);

    // By hand. For time, `seconds` is the time worked and the rate, when 0,
    // comes from the rates; fixed fees and expenses carry their amount.
    Charge add(Charge charge);
    // An edit that changes nothing changes nothing (no version, no audit
    // row). A charge entered more than kEditWithoutReason ago is changed only
    // with a reason, which its audit row keeps.
    Charge edit(Charge charge, const std::string& reason = {});
    Charge get(int64_t chargeId);

    std::vector<ChargeRow> list(const ChargeFilter& filter, int64_t offset, int64_t limit);
    ChargeTotals totals(const ChargeFilter& filter);

private:
    void price(Charge& charge);
    OfficeSession& office_;
};

// Charges and counters go on an open case of an active client (or on an
// active client's general file, caseId 0). Returns the client's id; throws
// NotFound or InvalidInput with one sentence.
// How long after it was entered a charge may be changed without saying why.
inline constexpr std::chrono::hours kEditWithoutReason{24};

int64_t requireWorkable(data::Database& db, int64_t clientId, int64_t caseId);

} // namespace praklit::services
