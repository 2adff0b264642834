#pragma once
#include "domain/Document.h"
#include "services/OfficeSession.h"

#include <filesystem>
#include <vector>

namespace praklit::services {

// Documents (מסמכים) of a case: copied into the office's document store (a
// folder beside the SQLite file, or the shared folder set in System
// settings), with name, size, SHA-256, who and when in the database.
class DocumentService {
public:
    explicit DocumentService(OfficeSession& office) : office_(office) {}

    Document add(int64_t caseId, const std::filesystem::path& source, const std::string& name = {});
    // Into the client's general file (transaction accounts, invoices, letters).
    Document addForClient(int64_t clientId, const std::filesystem::path& source, const std::string& name = {});
    std::vector<Document> forClient(int64_t clientId, bool includeDeleted = false);
    std::vector<Document> forCase(int64_t caseId, bool includeDeleted = false);
    Document rename(int64_t documentId, const std::string& name);
    void remove(int64_t documentId); // to the recycle state; the file stays
    void restore(int64_t documentId); // back from the recycle state
    // The stored file to hand to the system's application. Opening fires the
    // "opening a document" time counter condition.
    std::filesystem::path open(int64_t documentId);
    std::filesystem::path pathOf(const Document& document);

    // For documents that arrive by download: the case's (or client's)
    // folder in the store, made with the office's file modes, to write into;
    // then place() gives a file written there its stored name (from the
    // document's addedAt and sha256) and returns that name.
    std::filesystem::path folderFor(int64_t clientId, int64_t caseId);
    std::string place(const Document& document, const std::filesystem::path& written, const std::string& extension);
    // The same into `store`, the office's documents folder the caller has read already.
    std::string place(const Document& document, const std::filesystem::path& written, const std::string& extension,
                      const std::filesystem::path& store);

private:
    Document store(Document document, const std::filesystem::path& source);
    Document find(int64_t documentId);
    OfficeSession& office_;
};

} // namespace praklit::services
