#pragma once
#include "domain/Document.h"
#include "domain/Printout.h"
#include "services/OfficeSession.h"

#include <filesystem>
#include <string>

namespace praklit::services {

// Fills what the PDF writer draws: a transaction account with its lines
// grouped per case, a tax invoice-receipt, with the office's letterhead.
class PrintoutService {
public:
    explicit PrintoutService(OfficeSession& office) : office_(office) {}
    AccountPrintout account(int64_t accountId);
    // `original`: the first print says מקור; every later one העתק.
    InvoicePrintout invoiceReceipt(int64_t taxDocumentId, bool original);

    // Rendered through the installed Printer and kept in the client's file
    // (מסמכים): the stored document. Nothing is left behind when rendering fails.
    Document storeAccount(int64_t accountId);
    Document storeInvoice(int64_t taxDocumentId, bool original);
    // Rendered to a file the user chose (replaced only when it is a regular file).
    void writeAccount(int64_t accountId, const std::filesystem::path& out);
    void writeInvoice(int64_t taxDocumentId, bool original, const std::filesystem::path& out);

private:
    // The access log's row for a document that left the program.
    void exported(const std::string& table, int64_t rowId, const std::string& where);
    OfficeSession& office_;
};

} // namespace praklit::services
