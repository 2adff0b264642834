#pragma once
// A transaction account (חשבון עסקה): a payment demand — not a tax
// document — consolidating a client's charges. Draft (editable, its charges
// reserved) → issued (number fixed) → paid, or cancelled (charges released,
// the number stays used).
#include "text/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace praklit {

enum class AccountState { Draft, Issued, Paid, Cancelled };
std::string_view toString(AccountState state);
std::optional<AccountState> parseAccountState(std::string_view text);
// As people read them, in the interface's language.
std::string stateName(AccountState state);

struct TransactionAccount {
    int64_t id = 0;
    int64_t clientId = 0;
    std::string number;      // empty while a draft
    std::string accountDate; // yyyy-mm-dd: the VAT rate in force that day applies
    AccountState state = AccountState::Draft;
    bool detailedTime = true;
    int vatBasisPoints = 0;  // 1800 = 18%
    int64_t subtotalAgorot = 0;
    int64_t vatableAgorot = 0; // the part VAT applies to (exempt expenses left out)
    int64_t vatAgorot = 0;
    int64_t totalAgorot = 0;
    int64_t paidAgorot = 0;
    int version = 0;

    int64_t balanceAgorot() const { return totalAgorot - paidAgorot; }
};

// A dated rate: the row whose valid_from is the latest on or before `date`.
struct DatedValue {
    std::string validFrom; // yyyy-mm-dd
    int64_t value = 0;
};
std::optional<int64_t> valueOn(const std::vector<DatedValue>& table, const std::string& date);

// Totals computed once, on the document: VAT on the sum of the VAT-able
// amounts, rounded to the agora once.
struct AccountLineAmount {
    int64_t amountAgorot = 0;
    bool vatExempt = false;
};
void computeTotals(TransactionAccount& account, const std::vector<AccountLineAmount>& lines);

// How much of a payment (VAT included) is VAT, in the account's proportion.
int64_t vatPartOf(const TransactionAccount& account, int64_t paymentAgorot);

enum class PaymentMethod { Transfer, Cheque, Card, Cash };
std::string_view toString(PaymentMethod method);
std::optional<PaymentMethod> parsePaymentMethod(std::string_view text);
std::string paymentMethodName(PaymentMethod method);
// A tax document's kind ("invoice_receipt", "invoice", "receipt") as people read it.
std::string taxDocumentKindName(std::string_view kind);

} // namespace praklit
