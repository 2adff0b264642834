#pragma once
// A time counter (מונה זמן) on a case or on a client's general file. It lives
// in the database, not only in memory: elapsed time is what was accumulated
// in finished runs plus, while running, the time since it last started.
#include "text/Timestamp.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace praklit {

enum class TimerStart { Manual, CaseCard, Document };
std::string_view toString(TimerStart start);

struct Timer {
    int64_t id = 0;
    int64_t userId = 0;
    int64_t clientId = 0;
    int64_t caseId = 0; // 0: the client's general file
    std::string description;
    TimerStart startedBy = TimerStart::Manual;
    text::Timestamp startedAt{};                   // first start
    std::chrono::microseconds accumulated{0};      // finished runs
    std::optional<text::Timestamp> runningSince;   // set while running
    int version = 0;

    bool running() const { return runningSince.has_value(); }
    // Real elapsed time (UTC instants: a daylight-saving change adds or loses nothing).
    std::chrono::microseconds elapsed(text::Timestamp now) const;
};

// "hh:mm:ss", hours growing past 24 when they must.
std::string formatElapsed(std::chrono::microseconds elapsed);

// Per-user conditions that start a counter by themselves, and how they behave.
struct TimerSettings {
    bool startOnCaseCard = false;     // on entering a case card
    bool startOnDocument = false;     // on opening a document
    bool keepOthersRunning = false;   // false: a new counter pauses the running one (the default)
    int longRunningHours = 10;        // past this a counter is flagged and stopping asks for the end time
    int idleMinutes = 15;             // idle or asleep longer than this asks what to do with the time
};

} // namespace praklit
