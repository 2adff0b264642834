#pragma once
// The office's reports as rows of values: grouped by ids, never by names
// (two clients of the same name are two rows), names put together by the
// domain's one definition, money in agorot, time in seconds.
#include "data/Database.h"
#include "domain/Client.h"
#include "domain/TransactionAccount.h"
#include "domain/User.h"
#include "text/Timestamp.h"

#include <string>
#include <vector>

namespace praklit::data {

struct UnbilledGroup {
    Client client;          // by client: id, kind and names
    User lawyer;            // by lawyer: id, login, display name (id 0: nobody)
    int64_t charges = 0;
    int64_t billedSeconds = 0;
    int64_t amountAgorot = 0;
};

struct UserTime {
    User user;
    int64_t billableSeconds = 0;
    int64_t otherSeconds = 0;
};

struct AccountReportRow {
    std::string number; // empty for a draft
    std::string date;   // yyyy-mm-dd
    Client client;
    AccountState state = AccountState::Draft;
    int64_t totalAgorot = 0;
    int64_t paidAgorot = 0;
};

struct TaxDocumentReportRow {
    int64_t number = 0;
    std::string kind; // invoice_receipt | invoice | receipt
    std::string date;
    std::string clientName; // as printed on the document
    int64_t beforeVatAgorot = 0;
    int64_t vatAgorot = 0;
    int64_t totalAgorot = 0;
};

struct ClientBalance {
    Client client;
    int64_t accounts = 0;
    int64_t totalAgorot = 0;
    int64_t paidAgorot = 0;
};

class ReportRepository {
public:
    explicit ReportRepository(Database& db) : db_(db) {}

    // Billable unbilled charges dated in [from, to] (yyyy-mm-dd, inclusive),
    // largest amount first.
    std::vector<UnbilledGroup> unbilledByClient(const std::string& from, const std::string& to);
    std::vector<UnbilledGroup> unbilledByLawyer(const std::string& from, const std::string& to);
    // Time entries that started in the period's instants, by user.
    std::vector<UserTime> timeByUser(const text::Period& period);
    std::vector<AccountReportRow> accounts(const std::string& from, const std::string& to);
    std::vector<TaxDocumentReportRow> taxDocuments(const std::string& from, const std::string& to);
    // Issued accounts not yet paid, by client, the largest balance first.
    std::vector<ClientBalance> balances();

private:
    std::vector<UnbilledGroup> unbilled(bool byLawyer, const std::string& from, const std::string& to);
    Database& db_;
};

} // namespace praklit::data
