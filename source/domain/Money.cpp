#include "domain/Money.h"

#include "domain/Error.h"
#include "text/Amount.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Translate.h"

namespace praklit {

using text::format;
using text::tr;

namespace {

[[noreturn]] void beyondTotal()
{
    invalid(format(tr("The total is more than Praklit can hold: check the amounts (each at most {1})."),
                   text::ltr(text::formatMoney(kMaxAmountAgorot))),
            "amount");
}

// Whole sentences per field, so each language can make its words agree.
std::string tooSmall(MoneyField field)
{
    switch (field) {
    case MoneyField::Amount: return tr("The amount must be more than zero.");
    case MoneyField::HourlyRate: return tr("The hourly rate cannot be negative.");
    case MoneyField::Payment: return tr("The payment must be more than zero.");
    case MoneyField::Threshold: return tr("The threshold must be more than zero.");
    }
    return tr("The amount must be more than zero.");
}

std::string tooLarge(MoneyField field)
{
    const std::string most = text::ltr(text::formatMoney(maxAgorot(field)));
    switch (field) {
    case MoneyField::Amount: return format(tr("The amount cannot be more than {1}."), most);
    case MoneyField::HourlyRate: return format(tr("The hourly rate cannot be more than {1}."), most);
    case MoneyField::Payment: return format(tr("The payment cannot be more than {1}."), most);
    case MoneyField::Threshold: return format(tr("The threshold cannot be more than {1}."), most);
    }
    return format(tr("The amount cannot be more than {1}."), most);
}

} // namespace

int64_t maxAgorot(MoneyField field) { return field == MoneyField::HourlyRate ? kMaxRateAgorot : kMaxAmountAgorot; }

const char* fieldId(MoneyField field) { return field == MoneyField::HourlyRate ? "rate" : "amount"; }

void checkAgorot(MoneyField field, int64_t agorot)
{
    const bool zeroAllowed = field == MoneyField::HourlyRate;
    if (agorot < 0 || (agorot == 0 && !zeroAllowed)) invalid(tooSmall(field), fieldId(field));
    if (agorot > maxAgorot(field)) invalid(tooLarge(field), fieldId(field));
}

int64_t agorotFromText(std::string_view typed, MoneyField field)
{
    const auto parsed = text::parseDecimal(typed, 2, true);
    const std::string shown = text::ltr(std::string(typed));
    switch (parsed.problem) {
    case text::NumberProblem::None: break;
    case text::NumberProblem::Ambiguous:
        invalid(format(tr("\"{1}\" is not clear: a comma only separates thousands (1,234.50); write a decimal with a point, "
                          "like 1.5."),
                       shown),
                fieldId(field));
    case text::NumberProblem::TooManyDecimals:
        invalid(format(tr("\"{1}\" has more than two digits after the point: agorot are the smallest unit."), shown),
                fieldId(field));
    case text::NumberProblem::TooLarge: invalid(tooLarge(field), fieldId(field));
    case text::NumberProblem::NotANumber:
    case text::NumberProblem::SignNotAllowed:
        invalid(format(tr("\"{1}\" is not an amount: write it like 1,234.50, 1234.5 or ₪1,234."), shown), fieldId(field));
    }
    checkAgorot(field, parsed.units);
    return parsed.units;
}

int64_t secondsFromMinutesText(std::string_view typed)
{
    const auto parsed = text::parseDecimal(typed, 2, true);
    if (parsed.problem == text::NumberProblem::TooLarge || (parsed.ok() && parsed.units > kMaxMinutes * 100))
        invalid(format(tr("The minutes cannot be more than {1} (about 69 days)."), text::formatCount(kMaxMinutes)), "minutes");
    if (!parsed.ok())
        invalid(format(tr("\"{1}\" is not a number of minutes: write it like 90 or 12.5."), text::ltr(std::string(typed))),
                "minutes");
    if (parsed.units <= 0) invalid(tr("The minutes must be more than zero."), "minutes");
    return mulDivRound(parsed.units, 60, 100);
}

int basisPointsFromText(std::string_view typed)
{
    std::string number(typed);
    while (!number.empty() && (number.back() == ' ' || number.back() == '%')) number.pop_back();
    const auto parsed = text::parseDecimal(number, 2, true);
    if (parsed.problem == text::NumberProblem::NotANumber || parsed.problem == text::NumberProblem::Ambiguous ||
        parsed.problem == text::NumberProblem::TooManyDecimals)
        invalid(format(tr("\"{1}\" is not a percentage: write it like 18 or 17.5."), text::ltr(std::string(typed))), "rate");
    if (!parsed.ok() || parsed.units < 0 || parsed.units > kMaxVatBasisPoints)
        invalid(tr("The VAT rate must be between 0% and 100%."), "rate");
    return static_cast<int>(parsed.units);
}

int64_t addAgorot(int64_t a, int64_t b)
{
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) beyondTotal();
    return a + b;
}

int64_t subtractAgorot(int64_t a, int64_t b)
{
    if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)) beyondTotal();
    return a - b;
}

int64_t mulDivRound(int64_t amount, int64_t numerator, int64_t denominator)
{
    const __int128 product = static_cast<__int128>(amount) * numerator;
    const __int128 half = denominator / 2;
    const __int128 q = product >= 0 ? (product + half) / denominator : (product - half) / denominator;
    if (q > INT64_MAX || q < INT64_MIN) beyondTotal();
    return static_cast<int64_t>(q);
}

} // namespace praklit
