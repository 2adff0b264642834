#include "domain/TransactionAccount.h"

#include "domain/Money.h"
#include "text/Translate.h"

namespace praklit {

std::string_view toString(AccountState state)
{
    switch (state) {
    case AccountState::Draft: return "draft";
    case AccountState::Issued: return "issued";
    case AccountState::Paid: return "paid";
    case AccountState::Cancelled: return "cancelled";
    }
    return "draft";
}

std::optional<AccountState> parseAccountState(std::string_view text)
{
    if (text == "draft") return AccountState::Draft;
    if (text == "issued") return AccountState::Issued;
    if (text == "paid") return AccountState::Paid;
    if (text == "cancelled") return AccountState::Cancelled;
    return std::nullopt;
}

std::string stateName(AccountState state)
{
    switch (state) {
    // TRANSLATORS: a transaction account's state
    case AccountState::Draft: return text::tr("Draft");
    // TRANSLATORS: a transaction account's state
    case AccountState::Issued: return text::tr("Issued");
    // TRANSLATORS: a transaction account's state
    case AccountState::Paid: return text::tr("Paid");
    // TRANSLATORS: a transaction account's state
    case AccountState::Cancelled: return text::tr("Cancelled");
    }
    return {};
}

std::string paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return text::tr("Bank transfer");
    case PaymentMethod::Cheque: return text::tr("Cheque");
    case PaymentMethod::Card: return text::tr("Credit card");
    case PaymentMethod::Cash: return text::tr("Cash");
    }
    return {};
}

std::string taxDocumentKindName(std::string_view kind)
{
    if (kind == "invoice") return text::tr("Tax invoice");
    if (kind == "receipt") return text::tr("Receipt");
    return text::tr("Tax invoice-receipt");
}

std::optional<int64_t> valueOn(const std::vector<DatedValue>& table, const std::string& date)
{
    std::optional<int64_t> found;
    std::string best;
    for (const auto& row : table)
        if (row.validFrom <= date && row.validFrom >= best) {
            best = row.validFrom;
            found = row.value;
        }
    return found;
}

void computeTotals(TransactionAccount& a, const std::vector<AccountLineAmount>& lines)
{
    a.subtotalAgorot = 0;
    a.vatableAgorot = 0;
    for (const auto& line : lines) {
        a.subtotalAgorot = addAgorot(a.subtotalAgorot, line.amountAgorot);
        if (!line.vatExempt) a.vatableAgorot = addAgorot(a.vatableAgorot, line.amountAgorot);
    }
    a.vatAgorot = mulDivRound(a.vatableAgorot, a.vatBasisPoints, 10000);
    a.totalAgorot = addAgorot(a.subtotalAgorot, a.vatAgorot);
}

int64_t vatPartOf(const TransactionAccount& a, int64_t paymentAgorot)
{
    if (a.totalAgorot <= 0) return 0;
    return mulDivRound(paymentAgorot, a.vatAgorot, a.totalAgorot);
}

std::string_view toString(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Transfer: return "transfer";
    case PaymentMethod::Cheque: return "cheque";
    case PaymentMethod::Card: return "card";
    case PaymentMethod::Cash: return "cash";
    }
    return "transfer";
}

std::optional<PaymentMethod> parsePaymentMethod(std::string_view text)
{
    if (text == "transfer") return PaymentMethod::Transfer;
    if (text == "cheque") return PaymentMethod::Cheque;
    if (text == "card") return PaymentMethod::Card;
    if (text == "cash") return PaymentMethod::Cash;
    return std::nullopt;
}

} // namespace praklit
