#pragma once
// Money (כסף) is integer agorot; never a double.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

// Parses "1234.5", "1,234.50", "₪ 1,234.50", "-17.5" into agorot; nullopt
// when it is not an amount or has more than two decimals.
std::optional<int64_t> parseAgorot(std::string_view text);

// amount × numerator / denominator, rounded half away from zero to whole agorot,
// in 128-bit arithmetic so large amounts do not overflow.
int64_t mulDivRound(int64_t amount, int64_t numerator, int64_t denominator);

} // namespace praklit
