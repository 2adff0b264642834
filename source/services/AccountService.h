#pragma once
#include "domain/Payment.h"
#include "domain/TaxDocument.h"
#include "domain/Address.h"
#include "domain/Contact.h"
#include "domain/TransactionAccount.h"
#include "services/OfficeSession.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// Who a document goes to: the client at its primary address, and the
// contacts flagged for this kind of document.
struct Addressee {
    std::string name;
    std::string role;
    std::string address;
};

struct PaymentResult {
    Payment payment;
    TaxDocument invoiceReceipt; // the document the payment issued: invoice_receipt or receipt
    TransactionAccount account;
    // The allocation number (מספר הקצאה) is required above the threshold in
    // force and none was given: the document is issued, the user is warned.
    bool allocationNumberMissing = false;
};

// What a recorded payment issued, in one sentence for the desktop and the
// command line alike: a tax invoice-receipt, or a receipt alone after a tax
// invoice; with the account's balance.
std::string paymentSentence(const PaymentResult& result);
// The warning when a document above the threshold in force has no allocation number.
std::string allocationNumberWarning();

// Transaction accounts (חשבון עסקה) and the tax invoice-receipts (חשבונית מס
// קבלה) that payments against them issue. Numbers come from their own
// series inside the issuing transaction: consecutive, no gaps, no duplicates,
// even when two workstations issue at the same moment.
class AccountService {
public:
    explicit AccountService(OfficeSession& office) : office_(office) {}

    // A draft of the client's unbilled charges (all of them when none are
    // named); the charges are reserved for it.
    TransactionAccount createDraft(int64_t clientId, std::vector<int64_t> chargeIds = {}, const std::string& date = {},
                                   bool detailedTime = true);
    TransactionAccount get(int64_t accountId);
    std::vector<TransactionAccount> forClient(int64_t clientId);
    std::vector<int64_t> charges(int64_t accountId);

    // Fixes the number. Refused when the client has no primary address.
    TransactionAccount issue(int64_t accountId);
    // Makes the account and issues it in one transaction: refused as a whole
    // (no draft left holding the charges) when it cannot be issued.
    TransactionAccount produce(int64_t clientId, std::vector<int64_t> chargeIds = {}, const std::string& date = {},
                               bool detailedTime = true);
    // Releases the charges; an issued account keeps its number, visibly cancelled.
    TransactionAccount cancel(int64_t accountId);

    // A tax invoice (חשבונית מס) for the whole account before it is paid;
    // payments against it then issue receipts (קבלה) from their own series.
    TaxDocument issueTaxInvoice(int64_t accountId, const std::string& date = {},
                                      const std::string& allocationNumber = {}, bool* allocationNumberMissing = nullptr);
    // A payment issues a tax invoice-receipt — or a receipt alone when the
    // account already has its tax invoice.
    PaymentResult pay(int64_t accountId, int64_t amountAgorot, PaymentMethod method, const std::string& date = {},
                      const std::string& chequeNumber = {}, const std::string& bank = {},
                      const std::string& allocationNumber = {});
    std::vector<Payment> payments(int64_t accountId);
    // True when the account has its tax invoice: a payment then issues a receipt alone.
    bool hasTaxInvoice(int64_t accountId);
    std::vector<TaxDocument> invoices(int64_t clientId = 0);
    TaxDocument taxDocument(int64_t taxDocumentId);

    std::vector<Addressee> accountAddressees(int64_t clientId);
    std::vector<Addressee> invoiceAddressees(int64_t clientId);
    int vatRateOn(const std::string& date);
    // The dated tables, editable in the settings: a rate or threshold from a date on.
    std::vector<DatedValue> vatRates();
    void setVatRate(const std::string& validFrom, int basisPoints);
    std::vector<DatedValue> allocationThresholds();
    void setAllocationThreshold(const std::string& validFrom, int64_t agorot);
    std::optional<int64_t> allocationThresholdOn(const std::string& date);

private:
    void requireLetterhead();
    std::vector<Addressee> addressees(int64_t clientId, bool forInvoices);
    TransactionAccount mine(int64_t accountId);
    OfficeSession& office_;
};

} // namespace praklit::services
