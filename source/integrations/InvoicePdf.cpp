#include "integrations/InvoicePdf.h"

#include "integrations/DocumentParts.h"
#include "integrations/LetterheadBand.h"
#include "integrations/LineTable.h"
#include "integrations/PageChrome.h"
#include "integrations/PageFlow.h"
#include "integrations/PdfCanvas.h"
#include "text/Bidi.h"
#include "text/Translate.h"

namespace praklit::integrations {

using text::format;
using text::ltr;
using text::tr;

void drawInvoice(const InvoicePrintout& invoice, PdfCanvas& canvas)
{
    PageFlow flow(PdfCanvas::topMargin, PageChrome::nextPageTop(), PdfCanvas::bottomLimit);
    flow.add(letterheadBand(canvas, invoice.letterhead));
    flow.add(titleBand(canvas, invoice.title, {format(tr("Date: {1}"), canvas.isolate(invoice.dateGregorian)), invoice.dateHebrew},
                       invoice.copyMark, accent),
             {.gapBefore = 12});

    PrintedAddressee client{invoice.clientName, {}, invoice.clientAddress};
    if (!invoice.clientIdNumber.empty()) client.role = format(tr("ID / company no. {1}"), ltr(invoice.clientIdNumber));
    flow.add(addresseesBand(canvas, {client}), {.gapBefore = 14});

    std::vector<const PrintedLine*> all;
    for (const auto& line : invoice.lines) all.push_back(&line);
    const LineTable table(canvas, all);
    const auto heading = flow.add(table.headings(), {.keepWithNext = true, .gapBefore = 16});
    const auto underHeading = flow.repeatSet({heading});
    for (const auto& line : invoice.lines) flow.add(table.line(line), {.repeats = underHeading});

    const auto& t = invoice.totals;
    flow.add(totalsBox(canvas, {{tr("Amount before VAT"), t.subtotalAgorot},
                                {vatLabel(t.vatBasisPoints), t.vatAgorot},
                                {tr("Total"), t.totalAgorot, true}}),
             {.gapBefore = 14});

    FlowItem details;
    double y = 0;
    auto line = [&](const std::string& s, TextStyle style) {
        if (s.empty()) return;
        TextBox box = canvas.text(s, style, canvas.contentWidth(), Align::Start);
        const double h = box.height();
        details.text(std::move(box), canvas.contentLeft(), y);
        y += h + 1;
    };
    if (!invoice.paymentMethod.empty()) line(format(tr("Payment method: {1}"), canvas.isolate(invoice.paymentMethod)), {9.5});
    if (!invoice.allocationNumber.empty())
        line(format(tr("Allocation number: {1}"), ltr(invoice.allocationNumber)), {9.5, true});
    line(invoice.accountReference, {9.5});
    details.setHeight(y);
    if (y > 0) flow.add(std::move(details), {.gapBefore = 14});

    flow.paginate();
    const std::string running = invoice.copyMark.empty() ? invoice.title : canvas.isolate(invoice.title) + " · " + canvas.isolate(invoice.copyMark);
    const PageChrome chrome(canvas, running, invoice.letterhead.officeName);
    flow.render(canvas, chrome);
}

} // namespace praklit::integrations
