#include "integrations/ReportPdf.h"

#include "integrations/DocumentParts.h"
#include "integrations/LetterheadBand.h"
#include "integrations/PageChrome.h"
#include "integrations/PageFlow.h"
#include "integrations/PdfCanvas.h"
#include "integrations/TableLayout.h"
#include "text/Translate.h"

#include <algorithm>
#include <numeric>

namespace praklit::integrations {

using text::tr;

namespace {

constexpr TextStyle cellStyle{8.5};
constexpr TextStyle headingStyle{8.5, true};
constexpr std::size_t sampledRows = 400; // enough to size the columns of a long report

bool numericColumn(const ReportPrintout& report, std::size_t c) { return report.numeric(c); }

// Each column as wide as its widest cell (sampled), numbers never wrapped;
// what is left, or missing, is shared among the text columns.
std::vector<TableColumn> reportColumns(const PdfCanvas& canvas, const ReportPrintout& report)
{
    const std::size_t n = report.headings.size();
    const double pad = 2 * TableLayout::padX + 1;
    std::vector<double> natural(n, 24);
    auto measure = [&](const std::vector<std::string>& cells, const TextStyle& style) {
        for (std::size_t c = 0; c < n && c < cells.size(); ++c)
            if (!cells[c].empty()) natural[c] = std::max(natural[c], canvas.text(cells[c], style, -1).inkWidth() + pad);
    };
    measure(report.headings, headingStyle);
    for (std::size_t r = 0; r < report.rows.size() && r < sampledRows; ++r) measure(report.texts(report.rows[r]), cellStyle);
    measure(report.texts(report.totals), headingStyle);
    // Numbers get air on both sides rather than touching their neighbours.
    for (std::size_t c = 0; c < n; ++c)
        if (numericColumn(report, c)) natural[c] = std::max(natural[c] + 12, 48.0);

    const double available = canvas.contentWidth();
    std::vector<double> widths = natural;
    double numbers = 0, texts = 0;
    for (std::size_t c = 0; c < n; ++c) (numericColumn(report, c) ? numbers : texts) += natural[c];
    if (numbers + texts <= available) {
        // Spare room goes to the text columns (or to all when there are none).
        const double spare = available - numbers - texts;
        const double base = texts > 0 ? texts : numbers;
        for (std::size_t c = 0; c < n; ++c)
            if (texts == 0 || !numericColumn(report, c)) widths[c] += spare * natural[c] / base;
    } else if (numbers < available * 0.7 && texts > 0) {
        // Text columns wrap in what the numbers leave them.
        const double room = available - numbers;
        for (std::size_t c = 0; c < n; ++c)
            if (!numericColumn(report, c)) widths[c] = room * natural[c] / texts;
    } else {
        const double scale = available / (numbers + texts);
        for (auto& w : widths) w *= scale;
    }
    std::vector<TableColumn> columns;
    for (std::size_t c = 0; c < n; ++c) columns.push_back({widths[c], numericColumn(report, c) ? Align::Right : Align::Start});
    return columns;
}

} // namespace

void drawReport(const ReportPrintout& report, PdfCanvas& canvas)
{
    PageFlow flow(PdfCanvas::topMargin, PageChrome::nextPageTop(), PdfCanvas::bottomLimit);
    flow.add(letterheadBand(canvas, report.letterhead));
    flow.add(titleBand(canvas, report.title, {report.subtitle}, {}, {}), {.gapBefore = 12});

    if (!report.headings.empty()) {
        const TableLayout table(canvas, reportColumns(canvas, report));
        const RowStyle headStyle{headingStyle, headingFill, accent, 0, 0.8};
        const RowStyle rowStyle{cellStyle, std::nullopt, {}, 0, 0.3};
        const RowStyle totalsStyle{headingStyle, groupFill, {}, 1, 0.8};
        const auto heading = flow.add(table.row(report.headings, headStyle), {.keepWithNext = true, .gapBefore = 16});
        const auto underHeading = flow.repeatSet({heading});
        for (std::size_t r = 0; r < report.rows.size(); ++r) {
            // The totals row never opens a page alone: the last row goes with it.
            const bool last = r + 1 == report.rows.size();
            flow.add(table.row(report.texts(report.rows[r]), rowStyle),
                     {.keepWithNext = last && !report.totals.empty(), .repeats = underHeading});
        }
        if (report.rows.empty())
            flow.add(paragraphBand(canvas, tr("Nothing to report for this period."), {9}, Colour::grey(0.3)),
                     {.gapBefore = 8});
        if (!report.totals.empty()) flow.add(table.row(report.texts(report.totals), totalsStyle), {.repeats = underHeading});
    }

    flow.paginate();
    const PageChrome chrome(canvas, report.title, report.letterhead.officeName);
    flow.render(canvas, chrome);
}

} // namespace praklit::integrations
