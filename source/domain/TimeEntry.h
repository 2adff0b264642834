#pragma once
// A time entry (רישום זמן): a stopped counter's real time, on a case or a
// client's general file; billable time becomes a charge.
#include "text/Timestamp.h"

#include <cstdint>
#include <string>

namespace praklit {

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

} // namespace praklit
