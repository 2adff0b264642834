#include "domain/IdleWatch.h"

namespace praklit {

void IdleWatch::reset()
{
    lastTick_.reset();
    idleSince_.reset();
}

std::optional<text::Timestamp> IdleWatch::tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle,
                                               std::chrono::minutes threshold)
{
    const auto previous = lastTick_;
    lastTick_ = now;
    // Asleep (or the program stopped): the tick comes once a second, so a jump
    // past the threshold is time nobody worked. Away since the last tick, or
    // since idle began if that came first.
    if (previous && now - *previous > threshold) {
        const auto since = idleSince_ ? std::min(*idleSince_, *previous) : *previous;
        idleSince_.reset();
        return since;
    }
    if (!userIdle) return std::nullopt;
    if (*userIdle >= threshold) {
        const text::Timestamp since = now - *userIdle;
        if (!idleSince_ || since < *idleSince_) idleSince_ = since;
        return std::nullopt;
    }
    if (idleSince_) { // back at the keyboard
        const auto since = *idleSince_;
        idleSince_.reset();
        return since;
    }
    return std::nullopt;
}

} // namespace praklit
