#include "domain/Charge.h"

#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "domain/Money.h"
#include "text/Format.h"
#include "text/Translate.h"


namespace praklit {

using text::tr;

std::string_view toString(ChargeKind kind)
{
    switch (kind) {
    case ChargeKind::Time: return "time";
    case ChargeKind::Fixed: return "fixed";
    case ChargeKind::Expense: return "expense";
    }
    return "time";
}

std::optional<ChargeKind> parseChargeKind(std::string_view text)
{
    if (text == "time") return ChargeKind::Time;
    if (text == "fixed") return ChargeKind::Fixed;
    if (text == "expense") return ChargeKind::Expense;
    return std::nullopt;
}

std::string kindName(ChargeKind kind)
{
    switch (kind) {
    // TRANSLATORS: a charge's kind
    case ChargeKind::Time: return text::tr("Time");
    // TRANSLATORS: a charge's kind
    case ChargeKind::Fixed: return text::tr("Fixed fee");
    // TRANSLATORS: a charge's kind
    case ChargeKind::Expense: return text::tr("Expense");
    }
    return {};
}

std::string stateName(ChargeState state)
{
    switch (state) {
    // TRANSLATORS: a charge's state
    case ChargeState::Unbilled: return text::tr("Unbilled");
    // TRANSLATORS: a charge's state
    case ChargeState::InAccount: return text::tr("In a transaction account");
    // TRANSLATORS: a charge's state
    case ChargeState::Billed: return text::tr("Billed");
    }
    return {};
}

std::string_view toString(ChargeState state)
{
    switch (state) {
    case ChargeState::Unbilled: return "unbilled";
    case ChargeState::InAccount: return "in_account";
    case ChargeState::Billed: return "billed";
    }
    return "unbilled";
}

std::optional<ChargeState> parseChargeState(std::string_view text)
{
    if (text == "unbilled") return ChargeState::Unbilled;
    if (text == "in_account") return ChargeState::InAccount;
    if (text == "billed") return ChargeState::Billed;
    return std::nullopt;
}

Charge validated(Charge c)
{
    c.description = cleanText(c.description, tr("Description"), kMaxLineLength * 3, "description", true);
    c.chargedOn = checkedDate(c.chargedOn, "charged_on");
    if (c.kind == ChargeKind::Time) {
        if (c.seconds <= 0) invalid(tr("A time charge needs the time worked."), "minutes");
        if (c.seconds > kMaxMinutes * 60)
            invalid(text::format(tr("The time worked cannot be more than {1} minutes."), text::formatCount(kMaxMinutes)),
                    "minutes");
        checkAgorot(MoneyField::HourlyRate, c.rateAgorot);
    } else {
        if (c.description.empty()) invalid(tr("Describe the charge."), "description");
        checkAgorot(MoneyField::Amount, c.amountAgorot);
    }
    // VAT applies to fees and time; only an expense passed on at cost may be without it.
    if (c.vatExempt && c.kind != ChargeKind::Expense) invalid(tr("Only an expense can be without VAT."), "vat_exempt");
    return c;
}

} // namespace praklit
