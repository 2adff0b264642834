#pragma once
// The seal of an issued document: a SHA-256 over what was issued, kept with
// the document and in the audit row of its issuing (so it enters the chain).
#include "domain/TaxDocument.h"
#include "domain/TransactionAccount.h"

#include <cstdint>
#include <optional>
#include <string>

namespace praklit::data {
class Database;
}

namespace praklit::services {

// What an issued transaction account says: its number, client, dates, every
// charge in it with its amount, and its totals. What a payment changes later
// (paid, state) is left out, so paying or cancelling keeps the seal.
std::string accountSeal(data::Database& db, const TransactionAccount& account);
// What an issued tax document says, all of it: it never changes.
std::string taxDocumentSeal(const TaxDocument& document);

// One sentence when an issued document no longer matches its seal (its own
// column or the one its issuing audit row carries), nothing when it does or
// when it was issued before documents were sealed.
std::optional<std::string> accountSealProblem(data::Database& db, int64_t accountId);
std::optional<std::string> taxDocumentSealProblem(data::Database& db, int64_t documentId);
// The same, thrown (ErrorKind::InvalidInput): before a document is rendered again.
void requireAccountSealed(data::Database& db, int64_t accountId);
void requireTaxDocumentSealed(data::Database& db, int64_t documentId);

} // namespace praklit::services
