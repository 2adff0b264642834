#pragma once
// A port: what the services print through — a transaction account, a tax
// document, a report, to PDF, CSV or XLSX. The services do not know how; an
// integration implements it (integrations::makePrinter) and the composition
// roots (the desktop program, praklit-cli, the tests) install it at start.
// Ports are the only part of services/ an integration may include.
#include "domain/Printout.h"

#include <filesystem>
#include <memory>

namespace praklit::services {

enum class ReportFormat { Pdf, Csv, Xlsx };

class Printer {
public:
    virtual ~Printer() = default;
    // Each writes the whole file or nothing, and throws praklit::Error with one sentence.
    virtual void account(const AccountPrintout& account, const std::filesystem::path& out) = 0;
    virtual void invoice(const InvoicePrintout& invoice, const std::filesystem::path& out) = 0;
    virtual void report(const ReportPrintout& report, ReportFormat format, const std::filesystem::path& out) = 0;

    static void install(std::unique_ptr<Printer> printer);
    // The installed printer; Error(Internal) when the program installed none.
    static Printer& installed();
};

} // namespace praklit::services
