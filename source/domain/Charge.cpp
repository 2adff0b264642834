#include "domain/Charge.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

#include <boost/date_time/gregorian/gregorian.hpp>

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
    try {
        if (c.chargedOn.size() != 10 || boost::gregorian::from_simple_string(c.chargedOn).is_special())
            invalid(tr("The charge date must be a date (yyyy-mm-dd)."), "charged_on");
    } catch (const std::exception&) {
        invalid(tr("The charge date must be a date (yyyy-mm-dd)."), "charged_on");
    }
    if (c.kind == ChargeKind::Time) {
        if (c.seconds <= 0) invalid(tr("A time charge needs the time worked."), "minutes");
        if (c.rateAgorot < 0) invalid(tr("The hourly rate cannot be negative."), "rate");
    } else {
        if (c.description.empty()) invalid(tr("Describe the charge."), "description");
        if (c.amountAgorot <= 0) invalid(tr("The amount must be more than zero."), "amount");
    }
    return c;
}

} // namespace praklit
