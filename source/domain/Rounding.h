#pragma once
// The office's rule for billing time: exact minutes are always kept; the
// billed quantity is rounded to a unit (none, 1, 5, 6 — 0.1 h, the default —
// 10 or 15 minutes), up or to the nearest.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class RoundingMode { Up, Nearest };

struct Rounding {
    int unitMinutes = 6; // 0 = no rounding
    RoundingMode mode = RoundingMode::Up;

    // Billed seconds for `seconds` worked. A started unit counts whole when
    // rounding up; half a unit or more counts whole when rounding to the nearest.
    int64_t billedSeconds(int64_t seconds) const;
};

bool validRoundingUnit(int minutes);
std::string_view toString(RoundingMode mode);
std::optional<RoundingMode> parseRoundingMode(std::string_view text);

// The charge's amount: billed hours × hourly rate, in agorot, rounded once.
int64_t timeAmountAgorot(int64_t billedSeconds, int64_t hourlyRateAgorot);

// Which hourly rate applies: the case's over the client's over the user's.
// 0 when none is set.
int64_t effectiveRate(std::optional<int64_t> caseRate, std::optional<int64_t> clientRate,
                      std::optional<int64_t> userRate);

} // namespace praklit
