#pragma once
#include "data/Database.h"
#include "domain/Payment.h"
#include "domain/TaxDocument.h"
#include "domain/TransactionAccount.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

class TaxDocumentRepository {
public:
    explicit TaxDocumentRepository(Database& db) : db_(db) {}
    int64_t insert(const TaxDocument& document, int64_t createdBy);
    std::vector<TaxDocument> list(int64_t clientId); // 0: all, newest first
    std::vector<TaxDocument> forAccount(int64_t accountId);
    std::optional<TaxDocument> find(int64_t documentId);
    // The date of the series' latest document: the next may not be earlier.
    std::optional<std::string> lastIssuedOn(const std::string& kind);
    // An issued document's seal (DocumentSeal): kept beside it, "" when none.
    void setContentHash(int64_t documentId, const std::string& hash);
    std::string contentHash(int64_t documentId);
    std::vector<int64_t> allIds(); // oldest first
    int64_t insertPayment(const Payment& payment, int64_t createdBy);
    std::vector<Payment> payments(int64_t accountId);

private:
    std::vector<TaxDocument> select(const char* where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
