#include "services/DocumentSeal.h"

#include "data/AccountRepository.h"
#include "data/AuditRepository.h"
#include "data/ChargeRepository.h"
#include "data/Database.h"
#include "data/TaxDocumentRepository.h"
#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

// A document's fields, in order, into one digest.
class Sealer {
public:
    Sealer& operator()(const std::string& v)
    {
        sha_.field(v);
        return *this;
    }
    Sealer& operator()(int64_t v) { return (*this)(std::to_string(v)); }
    std::string hex() { return sha_.hex(); }

private:
    text::Sha256 sha_;
};

// The seal to compare with: the chain's (the issuing audit row) when there
// is one, else the document's own column; "" for a document never sealed.
std::optional<std::string> problem(const std::string& stored, const std::optional<std::string>& chained,
                                   const std::string& computed, const std::string& what)
{
    const std::string expected = chained ? *chained : stored;
    if (expected.empty()) return std::nullopt;
    if (computed != expected || stored != expected)
        return format(tr("{1} no longer matches what was issued: it was changed outside the program."), what);
    return std::nullopt;
}

} // namespace

std::string accountSeal(data::Database& db, const TransactionAccount& a)
{
    Sealer seal;
    seal("transaction_account")(a.number)(a.clientId)(a.accountDate)(a.detailedTime ? 1 : 0)(a.vatBasisPoints);
    seal(a.subtotalAgorot)(a.vatableAgorot)(a.vatAgorot)(a.totalAgorot);
    ChargeFilter filter;
    filter.accountId = a.id;
    auto rows = data::ChargeRepository(db).list(filter, 0, 10'000'000);
    std::sort(rows.begin(), rows.end(), [](const ChargeRow& x, const ChargeRow& y) { return x.charge.id < y.charge.id; });
    seal(static_cast<int64_t>(rows.size()));
    for (const auto& row : rows) {
        const auto& c = row.charge;
        seal(c.id)(c.caseId)(std::string(toString(c.kind)))(c.chargedOn)(c.description)(c.billedSeconds)(c.rateAgorot);
        seal(c.amountAgorot)(c.vatExempt ? 1 : 0)(c.billable ? 1 : 0);
    }
    return seal.hex();
}

std::string taxDocumentSeal(const TaxDocument& d)
{
    Sealer seal;
    seal("tax_document")(d.kind)(d.number)(d.clientId)(d.accountId)(d.issuedOn)(d.clientName)(d.clientAddress);
    seal(d.amountBeforeVatAgorot)(d.vatAgorot)(d.totalAgorot)(d.allocationNumber);
    return seal.hex();
}

std::optional<std::string> accountSealProblem(data::Database& db, int64_t accountId)
{
    data::AccountRepository repo(db);
    const auto a = repo.find(accountId);
    if (!a || a->number.empty()) return std::nullopt;
    return problem(repo.contentHash(accountId), data::AuditRepository(db).sealFor("transaction_accounts", accountId),
                   accountSeal(db, *a), format(tr("Transaction account no. {1}"), text::ltr(a->number)));
}

std::optional<std::string> taxDocumentSealProblem(data::Database& db, int64_t documentId)
{
    data::TaxDocumentRepository repo(db);
    const auto d = repo.find(documentId);
    if (!d) return std::nullopt;
    const std::string what = format(d->kind == "invoice"   ? tr("Tax invoice no. {1}")
                                    : d->kind == "receipt" ? tr("Receipt no. {1}")
                                                           : tr("Tax invoice-receipt no. {1}"),
                                    d->number);
    return problem(repo.contentHash(documentId), data::AuditRepository(db).sealFor("tax_documents", documentId),
                   taxDocumentSeal(*d), what);
}

void requireAccountSealed(data::Database& db, int64_t accountId)
{
    if (const auto p = accountSealProblem(db, accountId)) invalid(*p);
}

void requireTaxDocumentSealed(data::Database& db, int64_t documentId)
{
    if (const auto p = taxDocumentSealProblem(db, documentId)) invalid(*p);
}

} // namespace praklit::services
