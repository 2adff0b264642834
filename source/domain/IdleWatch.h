#pragma once
#include "text/Timestamp.h"

#include <chrono>
#include <optional>

namespace praklit {

// Notices that the person was away: idle (no keyboard or mouse, where the
// platform tells) or the computer asleep (the once-a-second tick saw the wall
// clock jump). Told each tick; answers, once the person is back, since when
// they were away. No wx and no clock of its own, so tests drive it.
class IdleWatch {
public:
    // `userIdle`: time since the last input, when the platform reports it.
    std::optional<text::Timestamp> tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle,
                                        std::chrono::minutes threshold);
    void reset();

private:
    std::optional<text::Timestamp> lastTick_;
    std::optional<text::Timestamp> idleSince_;
};

} // namespace praklit
