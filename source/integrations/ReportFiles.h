#pragma once
// A report as files for a spreadsheet an accountant can add up: CSV (UTF-8
// with a byte-order mark, so Excel reads the Hebrew) through libcsv, XLSX
// through libxlsxwriter. Amounts, hours and counts are numbers, dates are
// dates; only text columns are text.
#include "domain/Printout.h"

#include <filesystem>

namespace praklit::integrations {

// CSV cells: amounts "118000.00", hours "1.50", counts "12", dates
// "2026-11-26" — plain, in their own columns, without currency or grouping.
void writeReportCsv(const ReportPrintout& report, const std::filesystem::path& out);
// XLSX: numbers with a shekel or decimal number format, dates as dates
// (dd/mm/yyyy), the sheet right to left; the totals row in bold.
void writeReportXlsx(const ReportPrintout& report, const std::filesystem::path& out);

} // namespace praklit::integrations
