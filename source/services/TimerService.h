#pragma once
#include "domain/ChargeList.h"
#include "domain/TimeEntry.h"
#include "domain/Charge.h"
#include "domain/Timer.h"
#include "services/OfficeSession.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// What stopping a counter made: the time entry, and its charge when billable.
struct StopResult {
    TimeEntry entry;
    std::optional<Charge> charge;
};

enum class IdleChoice {
    Keep,    // the idle time counts
    Discard, // the idle time is taken off the counter
    Split,   // the time before it becomes an entry; a new counter runs from now
};

// The signed-in user's time counters. Every change is written at once, so a
// crash or a power cut loses nothing: elapsed time is computed from stored
// UTC instants, never kept only in memory.
class TimerService {
public:
    explicit TimerService(OfficeSession& office) : office_(office) {}

    // Starts a counter on a case (caseId) or on the client's general file
    // (caseId 0). If this user already has one there, it is resumed instead.
    // Other running counters are paused unless the user keeps them running.
    Timer start(int64_t clientId, int64_t caseId, const std::string& description = {},
                TimerStart by = TimerStart::Manual);
    Timer pause(int64_t timerId);
    Timer resume(int64_t timerId);
    Timer describe(int64_t timerId, const std::string& description);
    // Ends the counter: a time entry and, when billable, a charge rounded by the
    // client's (or the office's) rule at the case's/client's/user's rate.
    // `endAt` is the real end time for a counter left running (not after now,
    // not before its last start).
    StopResult stop(int64_t timerId, std::optional<text::Timestamp> endAt = {}, std::optional<std::string> description = {},
                    bool billable = true);
    void discard(int64_t timerId);
    void resolveIdle(int64_t timerId, text::Timestamp idleSince, IdleChoice choice);

    std::vector<Timer> list(); // running first
    Timer get(int64_t timerId);
    // Running longer than the user's threshold: stopping should ask for the end time.
    bool longRunning(const Timer& timer, text::Timestamp now);

    // The automatic conditions (Personal settings – time counter): the counter
    // started, or nullopt when the user's settings leave it alone.
    std::optional<Timer> caseCardOpened(int64_t caseId);
    std::optional<Timer> documentOpened(int64_t caseId);

private:
    std::optional<Timer> automatic(int64_t caseId, TimerStart by);
    Timer mine(int64_t timerId);
    void pauseOthers(int64_t exceptId, text::Timestamp now);
    void save(Timer& timer, const char* what);
    OfficeSession& office_;
};

} // namespace praklit::services
