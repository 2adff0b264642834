#pragma once
#include "data/Database.h"
#include "domain/TransactionAccount.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

// A tax document as issued — a tax invoice-receipt (חשבונית מס קבלה), a tax
// invoice (חשבונית מס) or a receipt (קבלה) against one: the client's name and
// address are copied in, since the document must not change afterwards.
struct TaxDocument {
    int64_t id = 0;
    std::string kind = "invoice_receipt"; // invoice_receipt | invoice | receipt
    int64_t number = 0;
    int64_t clientId = 0;
    int64_t accountId = 0;
    std::string issuedOn;
    std::string clientName;
    std::string clientAddress;
    int64_t amountBeforeVatAgorot = 0;
    int64_t vatAgorot = 0;
    int64_t totalAgorot = 0;
    std::string allocationNumber;
};

struct Payment {
    int64_t id = 0;
    int64_t accountId = 0;
    std::string paidOn;
    int64_t amountAgorot = 0;
    PaymentMethod method = PaymentMethod::Transfer;
    std::string chequeNumber;
    std::string bank;
    int64_t taxDocumentId = 0;
};

class TaxDocumentRepository {
public:
    explicit TaxDocumentRepository(Database& db) : db_(db) {}
    int64_t insert(const TaxDocument& document, int64_t createdBy);
    std::vector<TaxDocument> list(int64_t clientId); // 0: all, newest first
    std::vector<TaxDocument> forAccount(int64_t accountId);
    std::optional<TaxDocument> find(int64_t documentId);
    // The date of the series' latest document: the next may not be earlier.
    std::optional<std::string> lastIssuedOn(const std::string& kind);
    int64_t insertPayment(const Payment& payment, int64_t createdBy);
    std::vector<Payment> payments(int64_t accountId);

private:
    std::vector<TaxDocument> select(const char* where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
