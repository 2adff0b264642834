#include "domain/Timer.h"

#include <cstdio>

namespace praklit {

std::string_view toString(TimerStart start)
{
    switch (start) {
    case TimerStart::Manual: return "manual";
    case TimerStart::CaseCard: return "case_card";
    case TimerStart::Document: return "document";
    }
    return "manual";
}

std::chrono::microseconds Timer::elapsed(text::Timestamp now) const
{
    auto total = accumulated;
    if (runningSince && now > *runningSince) total += now - *runningSince;
    return total;
}

std::string formatElapsed(std::chrono::microseconds elapsed)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    char out[32];
    std::snprintf(out, sizeof out, "%02lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    return out;
}

} // namespace praklit
