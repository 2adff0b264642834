#pragma once
// Printouts as the services would fill them, for the PDF tests and benchmark:
// Hebrew names, an English company, amounts, court case numbers.
#include "domain/Printout.h"

#include <string>

namespace praklit::test {

Letterhead sampleLetterhead(const std::string& logoPath = {});
AccountPrintout sampleAccount(int cases, int linesPerCase);
InvoicePrintout sampleInvoice();
ReportPrintout sampleReport(int rows);

} // namespace praklit::test
