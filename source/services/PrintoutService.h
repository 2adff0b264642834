#pragma once
#include "domain/Printout.h"
#include "services/OfficeSession.h"

namespace praklit::services {

// Fills what the PDF writer draws: a transaction account with its lines
// grouped per case, a tax invoice-receipt, with the office's letterhead.
class PrintoutService {
public:
    explicit PrintoutService(OfficeSession& office) : office_(office) {}
    AccountPrintout account(int64_t accountId);
    // `original`: the first print says מקור; every later one העתק.
    InvoicePrintout invoiceReceipt(int64_t taxDocumentId, bool original);

private:
    OfficeSession& office_;
};

} // namespace praklit::services
