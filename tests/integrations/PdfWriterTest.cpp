#include "PdfReader.h"
#include "domain/Error.h"
#include "integrations/PdfWriter.h"
#include "PdfSamples.h"
#include "text/Bidi.h"
#include "text/Language.h"

#include <cairo.h>
#include <fstream>
#include <unistd.h>
#include <gtest/gtest.h>

using namespace praklit;
using namespace praklit::test;
using integrations::writeAccountPdf;
using integrations::writeInvoicePdf;
using integrations::writeReportPdf;

namespace {

std::filesystem::path output(const std::string& name) { return screenshotDir() / (name + ".pdf"); }

std::filesystem::path scratchDir()
{
    auto dir = std::filesystem::temp_directory_path() / ("praklit-pdf-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST(PdfWriter, AccountReadsInLogicalOrderOverTwoPages)
{
    const auto pdf = output("account");
    writeAccountPdf(sampleAccount(3, 12), pdf);
    savePageImages(pdf, "account");

    EXPECT_EQ(pdfPageCount(pdf), 2);
    for (const bool layout : {false, true}) {
        SCOPED_TRACE(layout ? "pdftotext -layout" : "pdftotext");
        const std::string text = pdfText(pdf, layout);
        // Hebrew in logical order, never mirrored.
        EXPECT_TRUE(readsInOrder(text, "משה כהן")) << text;
        EXPECT_EQ(text.find("ןהכ השמ"), std::string::npos);
        EXPECT_TRUE(readsInOrder(text, "חשבון עסקה מס' 17"));
        EXPECT_TRUE(readsInOrder(text, "משרד עורכי דין כהן ושות'"));
        // English inside Hebrew keeps its own order.
        EXPECT_TRUE(readsInOrder(text, "Microsoft Israel"));
        EXPECT_EQ(text.find("learsI tfosorciM"), std::string::npos);
        EXPECT_TRUE(readsInOrder(text, "שיחת Zoom עם"));
        // Amounts, a court case number, dates as written.
        EXPECT_NE(text.find("1,234.50"), std::string::npos);
        EXPECT_NE(text.find("12345-01-24"), std::string::npos);
        EXPECT_NE(text.find("39115-01-21"), std::string::npos);
        EXPECT_NE(text.find("2904/14"), std::string::npos);
        EXPECT_NE(text.find("13/04/2025"), std::string::npos);
        EXPECT_TRUE(readsInOrder(text, "ט״ו בניסן תשפ״ה"));
        EXPECT_TRUE(readsInOrder(text, "עוסק מורשה 516179157"));
        // Page numbers on every page.
        EXPECT_TRUE(readsInOrder(text, "עמוד 1 מתוך 2"));
        EXPECT_TRUE(readsInOrder(text, "עמוד 2 מתוך 2"));
        // The totals box.
        EXPECT_TRUE(readsInOrder(text, "סכום לפני מע\"מ"));
        EXPECT_TRUE(readsInOrder(text, "מע\"מ 18%"));
        EXPECT_TRUE(readsInOrder(text, "יתרה לתשלום"));
        EXPECT_TRUE(readsInOrder(text, "אינו חשבונית מס"));
    }
    // The column headings open the second page too.
    EXPECT_TRUE(readsInOrder(pdfText(pdf, false, 2, 2), "תיאור"));
}

TEST(PdfWriter, AccountTotalsAreTheModelsAmounts)
{
    auto account = sampleAccount(1, 3);
    account.groups[0].lines = {{"01/03/2025", "ייעוץ", "", "", 100000, false}};
    account.groups[0].subtotalAgorot = 100000;
    account.totals = {100000, 1750, 17500, 117500, 17500};
    const auto pdf = output("account-totals");
    writeAccountPdf(account, pdf);
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("1,000.00"), std::string::npos);
    EXPECT_TRUE(readsInOrder(text, "מע\"מ 17.5%")) << text;
    EXPECT_NE(text.find("175.00"), std::string::npos);
    EXPECT_NE(text.find("1,175.00"), std::string::npos);
    EXPECT_NE(text.find("1,000.00"), std::string::npos); // the balance, 1,175.00 − 175.00
    EXPECT_TRUE(readsInOrder(text, "עמוד 1 מתוך 1"));
}

TEST(PdfWriter, CancelledAccountSaysSoAndCarriesTheLogo)
{
    const auto logo = scratchDir() / "logo.png";
    {
        cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 120, 80);
        cairo_t* cr = cairo_create(s);
        cairo_set_source_rgb(cr, 0.09, 0.2, 0.38);
        cairo_arc(cr, 60, 40, 36, 0, 6.2832);
        cairo_fill(cr);
        cairo_destroy(cr);
        ASSERT_EQ(cairo_surface_write_to_png(s, logo.c_str()), CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy(s);
    }
    auto account = sampleAccount(1, 4);
    account.letterhead.logoPath = logo.string();
    account.cancelled = true;
    const auto pdf = output("account-cancelled");
    writeAccountPdf(account, pdf);
    savePageImages(pdf, "account-cancelled");
    EXPECT_EQ(pdfImageCount(pdf), 1);
    EXPECT_NE(pdfText(pdf).find("מבוטל"), std::string::npos);
}

TEST(PdfWriter, AMissingOrUnreadableLogoIsLeftOut)
{
    auto account = sampleAccount(1, 2);
    account.letterhead.logoPath = (scratchDir() / "no-such-logo.png").string();
    const auto pdf = scratchDir() / "no-logo.pdf";
    writeAccountPdf(account, pdf);
    EXPECT_EQ(pdfImageCount(pdf), 0);

    const auto svg = scratchDir() / "logo.svg";
    std::ofstream(svg) << "<svg xmlns='http://www.w3.org/2000/svg'/>";
    account.letterhead.logoPath = svg.string();
    writeAccountPdf(account, pdf);
    EXPECT_EQ(pdfImageCount(pdf), 0);
    EXPECT_TRUE(readsInOrder(pdfText(pdf), "משה כהן"));
}

TEST(PdfWriter, InvoiceCarriesWhatTheLawAsks)
{
    const auto pdf = output("invoice");
    writeInvoicePdf(sampleInvoice(), pdf);
    savePageImages(pdf, "invoice");
    for (const bool layout : {false, true}) {
        SCOPED_TRACE(layout ? "pdftotext -layout" : "pdftotext");
        const std::string text = pdfText(pdf, layout);
        EXPECT_TRUE(readsInOrder(text, "חשבונית מס קבלה מס' 1024")) << text;
        EXPECT_TRUE(readsInOrder(text, "מקור"));
        EXPECT_TRUE(readsInOrder(text, "משרד עורכי דין כהן ושות'"));
        EXPECT_TRUE(readsInOrder(text, "עוסק מורשה 516179157"));
        EXPECT_TRUE(readsInOrder(text, "Microsoft Israel"));
        EXPECT_NE(text.find("202504130001234"), std::string::npos);
        EXPECT_TRUE(readsInOrder(text, "מספר הקצאה"));
        EXPECT_TRUE(readsInOrder(text, "אמצעי תשלום"));
        EXPECT_TRUE(readsInOrder(text, "שיק 000123 בנק לאומי"));
        EXPECT_TRUE(readsInOrder(text, "סכום לפני מע\"מ"));
        EXPECT_NE(text.find("26,234.50"), std::string::npos); // before VAT
        EXPECT_NE(text.find("4,500.00"), std::string::npos);  // VAT on the taxable line only
        EXPECT_NE(text.find("30,734.50"), std::string::npos); // total
        EXPECT_NE(text.find("12345-01-24"), std::string::npos);
        EXPECT_TRUE(readsInOrder(text, "עמוד 1 מתוך 1"));
    }

    auto copy = sampleInvoice();
    copy.copyMark = "העתק";
    copy.allocationNumber.clear();
    const auto copyPdf = output("invoice-copy");
    writeInvoicePdf(copy, copyPdf);
    const std::string text = pdfText(copyPdf);
    EXPECT_NE(text.find("העתק"), std::string::npos);
    EXPECT_EQ(text.find("מקור"), std::string::npos);
    EXPECT_EQ(text.find("מספר הקצאה"), std::string::npos);
}

TEST(PdfWriter, ReportRepeatsItsHeadingsAndEndsWithTotals)
{
    const auto pdf = output("report");
    const auto report = sampleReport(120);
    writeReportPdf(report, pdf);
    savePageImages(pdf, "report");
    const int pages = pdfPageCount(pdf);
    ASSERT_GE(pages, 3);
    for (int p = 1; p <= pages; ++p) {
        SCOPED_TRACE(p);
        const std::string text = pdfText(pdf, false, p, p);
        EXPECT_TRUE(readsInOrder(text, "ת\"ז / ח\"פ"));
        EXPECT_TRUE(readsInOrder(text, "עמוד " + std::to_string(p) + " מתוך " + std::to_string(pages)));
    }
    const std::string last = pdfText(pdf, true, pages, pages);
    EXPECT_NE(last.find(text::withoutBidiControls(report.text(4, report.totals[4])).substr(0, 10)), std::string::npos) << last;
    EXPECT_TRUE(readsInOrder(pdfText(pdf, false, 1, 1), "חיובים שטרם חויבו לפי לקוח"));
    EXPECT_TRUE(readsInOrder(pdfText(pdf), "Goldberg & Co. LLP"));
}

TEST(PdfWriter, EmptyReportSaysSo)
{
    auto report = sampleReport(0);
    report.totals.clear();
    const auto pdf = scratchDir() / "empty-report.pdf";
    writeReportPdf(report, pdf);
    EXPECT_TRUE(readsInOrder(pdfText(pdf), "אין נתונים לדוח בתקופה זו."));
}

TEST(PdfWriter, AnUnwritablePathIsOneClearSentenceAndNoFile)
{
    const auto account = sampleAccount(1, 2);
    const auto missing = scratchDir() / "no-such-folder" / "account.pdf";
    try {
        writeAccountPdf(account, missing);
        FAIL() << "wrote into a missing folder";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    }
    EXPECT_FALSE(std::filesystem::exists(missing.parent_path()));

    try {
        writeAccountPdf(account, scratchDir());
        FAIL() << "wrote over a folder";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    }

    const auto underAFile = scratchDir() / "logo-file";
    std::ofstream(underAFile) << "x";
    EXPECT_THROW(writeAccountPdf(account, underAFile / "account.pdf"), Error);
    EXPECT_THROW(writeAccountPdf(account, ""), Error);
}

TEST(PdfWriter, ReplacesAnOlderFileWholeAndLeavesNoTemporaryFile)
{
    const auto dir = scratchDir() / "replace";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto pdf = dir / "חשבון 17.pdf";
    std::ofstream(pdf) << "an older copy";
    writeInvoicePdf(sampleInvoice(), pdf);
    EXPECT_EQ(slurp(pdf).substr(0, 5), "%PDF-");
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, 1);
}

TEST(PdfWriter, EnglishDocumentsRunLeftToRight)
{
    text::setUpLanguage(text::Language::English, PRAKLIT_TEST_LOCALE_DIR);
    const auto pdf = output("invoice-english");
    auto invoice = sampleInvoice();
    invoice.title = "Tax invoice-receipt no. 1024";
    invoice.copyMark = "Original";
    writeInvoicePdf(invoice, pdf);
    text::setUpLanguage(text::Language::Hebrew, PRAKLIT_TEST_LOCALE_DIR);
    savePageImages(pdf, "invoice-english");
    const std::string text = pdfText(pdf);
    EXPECT_TRUE(readsInOrder(text, "Tax invoice-receipt no. 1024")) << text;
    EXPECT_TRUE(readsInOrder(text, "Page 1 of 1"));
    EXPECT_TRUE(readsInOrder(text, "Allocation number: 202504130001234"));
    // On a page it takes for left to right, pdftotext turns each Hebrew word
    // around but keeps the runs of a Hebrew phrase in visual order, and puts a
    // closing apostrophe first: words, not whole mixed phrases, are checked.
    EXPECT_TRUE(readsInOrder(text, "משרד עורכי דין כהן ושות"));
    EXPECT_TRUE(readsInOrder(text, "Payment method:"));
    EXPECT_TRUE(readsInOrder(text, "בנק לאומי"));
}
