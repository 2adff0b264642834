#include "domain/Money.h"

namespace praklit {

std::optional<int64_t> parseAgorot(std::string_view text)
{
    bool negative = false, seenDigit = false, inFraction = false;
    int fractionDigits = 0;
    __int128 value = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (inFraction && ++fractionDigits > 2) return std::nullopt;
            value = value * 10 + (c - '0');
            seenDigit = true;
            if (value > static_cast<__int128>(INT64_MAX)) return std::nullopt;
        } else if (c == '.' && !inFraction) {
            inFraction = true;
        } else if (c == ',' && !inFraction) {
            // thousands separator
        } else if (c == '-' && !seenDigit && !negative) {
            negative = true;
        } else if (c == ' ' || c == '\t') {
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            // the shekel sign and bidi marks are UTF-8 sequences; skip their bytes
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit) return std::nullopt;
    for (; fractionDigits < 2; ++fractionDigits) value *= 10;
    return static_cast<int64_t>(negative ? -value : value);
}

int64_t mulDivRound(int64_t amount, int64_t numerator, int64_t denominator)
{
    const __int128 product = static_cast<__int128>(amount) * numerator;
    const __int128 half = denominator / 2;
    const __int128 q = product >= 0 ? (product + half) / denominator : (product - half) / denominator;
    return static_cast<int64_t>(q);
}

} // namespace praklit
