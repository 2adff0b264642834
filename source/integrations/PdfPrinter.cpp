#include "integrations/PdfPrinter.h"

#include "integrations/PdfWriter.h"
#include "integrations/ReportFiles.h"

namespace praklit::integrations {

namespace {

class FilePrinter final : public services::Printer {
public:
    void account(const AccountPrintout& account, const std::filesystem::path& out) override { writeAccountPdf(account, out); }
    void invoice(const InvoicePrintout& invoice, const std::filesystem::path& out) override { writeInvoicePdf(invoice, out); }
    void report(const ReportPrintout& report, services::ReportFormat format, const std::filesystem::path& out) override
    {
        switch (format) {
        case services::ReportFormat::Pdf: writeReportPdf(report, out); break;
        case services::ReportFormat::Csv: writeReportCsv(report, out); break;
        case services::ReportFormat::Xlsx: writeReportXlsx(report, out); break;
        }
    }
};

} // namespace

std::unique_ptr<services::Printer> makePrinter() { return std::make_unique<FilePrinter>(); }

} // namespace praklit::integrations
