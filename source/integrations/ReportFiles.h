#pragma once
// A report as files for a spreadsheet: CSV (UTF-8 with a byte-order mark, so
// Excel reads the Hebrew) through libcsv, XLSX through libxlsxwriter.
#include "domain/Printout.h"

#include <filesystem>

namespace praklit::integrations {

void writeReportCsv(const ReportPrintout& report, const std::filesystem::path& out);
void writeReportXlsx(const ReportPrintout& report, const std::filesystem::path& out);

} // namespace praklit::integrations
