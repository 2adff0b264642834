#pragma once
#include "domain/Printout.h"
#include "services/OfficeSession.h"
#include "services/ports/Printer.h"

#include <filesystem>

#include <string>
#include <vector>

namespace praklit::services {

// The office's reports (דוחות), each a table ready for the screen, CSV, XLSX
// and PDF: unbilled charges by client and by lawyer, time by user (billable
// and not), transaction accounts and invoices by state and period, and
// client balances. Dates are yyyy-mm-dd, inclusive; empty for open.
class ReportService {
public:
    explicit ReportService(OfficeSession& office) : office_(office) {}

    static const std::vector<std::string>& names();
    ReportPrintout run(const std::string& name, const std::string& from = {}, const std::string& to = {});
    // Through the installed Printer: PDF, CSV or XLSX. The access log keeps
    // who took which report out of the program, and where to.
    void write(const ReportPrintout& report, ReportFormat format, const std::filesystem::path& out);

private:
    ReportPrintout unbilled(bool byLawyer, const std::string& from, const std::string& to);
    ReportPrintout timeByUser(const std::string& from, const std::string& to);
    ReportPrintout accounts(const std::string& from, const std::string& to);
    ReportPrintout invoices(const std::string& from, const std::string& to);
    ReportPrintout balances();
    OfficeSession& office_;
};

} // namespace praklit::services
