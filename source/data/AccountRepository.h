#pragma once
#include "data/Database.h"
#include "domain/TransactionAccount.h"

#include <optional>
#include <vector>

namespace praklit::data {

class AccountRepository {
public:
    explicit AccountRepository(Database& db) : db_(db) {}
    int64_t insert(const TransactionAccount& account, int64_t createdBy);
    // Saves number, state, totals and payments; false on a stale version.
    bool update(const TransactionAccount& account);
    std::optional<TransactionAccount> find(int64_t id);
    std::vector<TransactionAccount> forClient(int64_t clientId);

    // Reserves unbilled charges of the client for a draft: the number of
    // charges taken (fewer than asked when some were taken meanwhile).
    int64_t reserveCharges(int64_t accountId, int64_t clientId, const std::vector<int64_t>& chargeIds);
    void releaseCharges(int64_t accountId);
    void markChargesBilled(int64_t accountId);
    std::vector<AccountLineAmount> lineAmounts(int64_t accountId);
    std::vector<int64_t> chargeIds(int64_t accountId);
    // An issued account's seal (DocumentSeal): kept beside it, "" when none.
    void setContentHash(int64_t accountId, const std::string& hash);
    std::string contentHash(int64_t accountId);
    // Every account that has a number (issued, paid or cancelled), oldest first.
    std::vector<int64_t> issuedIds();

    std::vector<DatedValue> vatRates();
    std::vector<DatedValue> allocationThresholds();
    void setVatRate(const std::string& validFrom, int64_t basisPoints);
    void setAllocationThreshold(const std::string& validFrom, int64_t agorot);

private:
    std::vector<TransactionAccount> select(const std::string& where, int64_t key);
    std::vector<DatedValue> dated(const std::string& table, const std::string& column);
    void setDated(const std::string& table, const std::string& column, const std::string& validFrom, int64_t value);
    Database& db_;
};

} // namespace praklit::data
