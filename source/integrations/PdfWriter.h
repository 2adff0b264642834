#pragma once
// The office's documents as PDF (pango and cairo): A4, right to left in
// Hebrew, the letterhead on the first page, "עמוד N מתוך M" on every page.
// Each writes the whole file or nothing: a failure leaves no partial file and
// throws praklit::Error (ErrorKind::Database when the file cannot be written,
// ErrorKind::InvalidInput when the path names a folder or nothing).
#include "domain/Printout.h"

#include <filesystem>

namespace praklit::integrations {

void writeAccountPdf(const AccountPrintout& account, const std::filesystem::path& out);
void writeInvoicePdf(const InvoicePrintout& invoice, const std::filesystem::path& out);
void writeReportPdf(const ReportPrintout& report, const std::filesystem::path& out);

} // namespace praklit::integrations
