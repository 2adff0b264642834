#include "domain/Rounding.h"

#include "domain/Money.h"

namespace praklit {

bool validRoundingUnit(int m) { return m == 0 || m == 1 || m == 5 || m == 6 || m == 10 || m == 15; }

int64_t Rounding::billedSeconds(int64_t seconds) const
{
    if (seconds <= 0) return 0;
    if (unitMinutes <= 0) return seconds;
    const int64_t unit = static_cast<int64_t>(unitMinutes) * 60;
    const int64_t units = mode == RoundingMode::Up ? (seconds + unit - 1) / unit : (seconds + unit / 2) / unit;
    return units * unit;
}

std::string_view toString(RoundingMode mode) { return mode == RoundingMode::Up ? "up" : "nearest"; }

std::optional<RoundingMode> parseRoundingMode(std::string_view text)
{
    if (text == "up") return RoundingMode::Up;
    if (text == "nearest") return RoundingMode::Nearest;
    return std::nullopt;
}

int64_t timeAmountAgorot(int64_t billedSeconds, int64_t hourlyRateAgorot)
{
    return mulDivRound(hourlyRateAgorot, billedSeconds, 3600);
}

int64_t effectiveRate(std::optional<int64_t> caseRate, std::optional<int64_t> clientRate,
                      std::optional<int64_t> userRate)
{
    if (caseRate) return *caseRate;
    if (clientRate) return *clientRate;
    return userRate.value_or(0);
}

} // namespace praklit
