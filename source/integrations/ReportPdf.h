#pragma once
#include "domain/Printout.h"

namespace praklit::integrations {

class PdfCanvas;

// A report: title and period, then the table, its column headings repeated on
// every page, numbers lined up, the totals row last.
void drawReport(const ReportPrintout& report, PdfCanvas& canvas);

} // namespace praklit::integrations
