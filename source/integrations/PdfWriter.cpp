#include "integrations/PdfWriter.h"

#include "integrations/AccountPdf.h"
#include "integrations/InvoicePdf.h"
#include "integrations/PdfCanvas.h"
#include "integrations/OutputFile.h"
#include "integrations/ReportPdf.h"
#include "text/Language.h"

namespace praklit::integrations {

namespace {
template <typename Draw>
void writePdf(const std::filesystem::path& out, const std::string& title, Draw draw)
{
    OutputFile file(out);
    {
        // The direction is the interface language's: Hebrew documents are
        // right to left whatever mix of languages their data holds.
        PdfCanvas canvas(file, text::isRightToLeft(text::currentLanguage()), title);
        draw(canvas);
        canvas.finish();
    }
    file.commit();
}
} // namespace

void writeAccountPdf(const AccountPrintout& account, const std::filesystem::path& out)
{
    writePdf(out, account.title, [&](PdfCanvas& canvas) { drawAccount(account, canvas); });
}

void writeInvoicePdf(const InvoicePrintout& invoice, const std::filesystem::path& out)
{
    writePdf(out, invoice.title, [&](PdfCanvas& canvas) { drawInvoice(invoice, canvas); });
}

void writeReportPdf(const ReportPrintout& report, const std::filesystem::path& out)
{
    writePdf(out, report.title, [&](PdfCanvas& canvas) { drawReport(report, canvas); });
}

} // namespace praklit::integrations
