#pragma once
// A document (מסמך) in a case's file: the bytes live in the office's
// document store; the database keeps name, size, SHA-256, who and when.
#include "domain/Court.h"
#include "text/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace praklit {

struct Document {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t caseId = 0;     // 0: the client's general file (transaction accounts, invoices)
    std::string name;       // as the user sees it, e.g. "כתב תביעה.pdf"
    std::string storedName; // the file's name inside the store
    int64_t sizeBytes = 0;
    std::string sha256;
    int64_t addedBy = 0;
    text::Timestamp addedAt{};
    std::optional<text::Timestamp> deletedAt; // in the recycle state
    int version = 0;
    // Downloaded from Net HaMishpat: the court's id and how the court filed it.
    std::string courtDocumentId; // empty: added by a person
    CourtFolder courtFolder = CourtFolder::Decisions;
    std::string courtSignedOn; // yyyy-mm-dd
    std::string courtTitle;
    std::string courtJudge;
    bool unread = false; // a court document the case's lawyer has not opened yet
};

// A file name a person may give: no path separators or control characters.
std::string validatedDocumentName(std::string name);

// A court document's file name in the store, without its extension, from
// the court's id alone ("court-" and its letters and digits): a download cut
// off and run again writes the same file, never a second one.
std::string courtFileStem(const std::string& courtDocumentId);

} // namespace praklit
