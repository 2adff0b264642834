#pragma once
// Numbers as an Israeli office types them: money ("1,234.50", "₪1,234",
// "1,234.50 ₪"), hourly rates, percentages and minutes. One parser for the
// command line and every dialog, exact (decimal, never a double).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit::text {

enum class NumberProblem {
    None,
    NotANumber,      // "abc", "", "1 234", "1.2.3"
    Ambiguous,       // "1,5", "12,34": a comma that is not a thousands separator
    TooManyDecimals, // "1.234" for money
    TooLarge,        // beyond what 64 bits of the smallest unit hold
    SignNotAllowed,  // "-50" where only positive values make sense
};

struct ParsedNumber {
    int64_t units = 0; // the value in 10^-decimals: agorot for money with 2
    NumberProblem problem = NumberProblem::None;
    bool ok() const { return problem == NumberProblem::None; }
};

// Reads digits with at most `decimals` digits after a '.', ',' only between
// groups of three digits before it, an optional shekel sign (₪, ש"ח) before
// or after, spaces and bidi marks around, and a leading '-' when `allowSign`.
ParsedNumber parseDecimal(std::string_view typed, int decimals, bool allowSign = false);

// Money in agorot; nullopt for anything parseDecimal refuses.
std::optional<int64_t> parseAgorot(std::string_view typed, bool allowSign = false);

// Agorot as a field shows them for editing, without grouping or sign of
// currency: "1234.50", "-17.05". parseDecimal reads it back exactly.
std::string plainAmount(int64_t agorot);

} // namespace praklit::text
