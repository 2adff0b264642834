#pragma once
// Money (כסף) is integer agorot; never a double. Every amount has a bound a
// law office's ledger never needs to pass, and every sum is checked: a value
// that does not fit is refused with a sentence, never wrapped.
#include <cstdint>
#include <string>
#include <string_view>

namespace praklit {

// What an amount is, for its bounds and the sentences that name it.
enum class MoneyField {
    Amount,     // a charge's amount before VAT: more than zero, at most ₪1,000,000,000
    HourlyRate, // zero (no charge) or more, at most ₪100,000 an hour
    Payment,    // a payment, VAT included: more than zero, at most ₪1,000,000,000
    Threshold,  // an allocation-number threshold: more than zero, at most ₪1,000,000,000
};

constexpr int64_t kMaxAmountAgorot = 100'000'000'000; // ₪1,000,000,000.00
constexpr int64_t kMaxRateAgorot = 10'000'000;        // ₪100,000.00 an hour
// Minutes of one time charge: 100,000 minutes is about 69 days of work.
constexpr int64_t kMaxMinutes = 100'000;
// A VAT rate in basis points: 0% to 100%.
constexpr int kMaxVatBasisPoints = 10'000;

int64_t maxAgorot(MoneyField field);
// The field's identifier for forms ("amount", "rate").
const char* fieldId(MoneyField field);

// Refuses a value outside the field's bounds with one sentence naming them.
void checkAgorot(MoneyField field, int64_t agorot);

// Reads money as typed (text::parseDecimal: "1,234.50", "1234.5", "₪1,234")
// and checks its bounds. Throws Error(InvalidInput) with one sentence that
// says what is wrong and shows the accepted forms.
int64_t agorotFromText(std::string_view typed, MoneyField field);

// Minutes as typed, whole or with up to two decimals ("90", "12.5"), to
// seconds: more than zero, at most kMaxMinutes. Throws Error(InvalidInput).
int64_t secondsFromMinutesText(std::string_view typed);

// A percentage as typed ("18", "17.5") to basis points, 0% to 100%.
int basisPointsFromText(std::string_view typed);

// Checked arithmetic on money: throws Error(InvalidInput) rather than wrap.
int64_t addAgorot(int64_t a, int64_t b);
int64_t subtractAgorot(int64_t a, int64_t b);

// amount × numerator / denominator, rounded half away from zero to whole
// agorot, in 128-bit arithmetic; a result beyond 64 bits is refused.
int64_t mulDivRound(int64_t amount, int64_t numerator, int64_t denominator);

} // namespace praklit
