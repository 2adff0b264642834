#include "integrations/AccountPdf.h"

#include "integrations/DocumentParts.h"
#include "integrations/LetterheadBand.h"
#include "integrations/LineTable.h"
#include "integrations/PageChrome.h"
#include "integrations/PageFlow.h"
#include "integrations/PdfCanvas.h"
#include "text/Translate.h"

namespace praklit::integrations {

using text::format;
using text::tr;

void drawAccount(const AccountPrintout& account, PdfCanvas& canvas)
{
    PageFlow flow(PdfCanvas::topMargin, PageChrome::nextPageTop(), PdfCanvas::bottomLimit);
    flow.add(letterheadBand(canvas, account.letterhead));
    flow.add(titleBand(canvas, account.title,
                       {format(tr("Date: {1}"), canvas.isolate(account.dateGregorian)), account.dateHebrew},
                       account.cancelled ? tr("Cancelled") : std::string(), alert),
             {.gapBefore = 12});
    if (!account.addressees.empty()) flow.add(addresseesBand(canvas, account.addressees), {.gapBefore = 14});

    std::vector<const PrintedLine*> all;
    for (const auto& group : account.groups)
        for (const auto& line : group.lines) all.push_back(&line);
    const LineTable table(canvas, all);
    const auto heading = flow.add(table.headings(), {.keepWithNext = true, .gapBefore = 16});
    const auto underHeading = flow.repeatSet({heading});
    for (const auto& group : account.groups) {
        const auto continued = flow.addDetached(table.groupTitle(canvas.isolate(group.title) + " " + tr("(continued)")));
        const auto inGroup = flow.repeatSet({heading, continued});
        flow.add(table.groupTitle(group.title), {.keepWithNext = true, .repeats = underHeading, .gapBefore = 4});
        for (const auto& line : group.lines) flow.add(table.line(line), {.repeats = inGroup});
        flow.add(table.subtotal(tr("Case subtotal"), group.subtotalAgorot), {.repeats = inGroup});
    }

    const auto& t = account.totals;
    flow.add(totalsBox(canvas, {{tr("Amount before VAT"), t.subtotalAgorot},
                                {vatLabel(t.vatBasisPoints), t.vatAgorot},
                                {tr("Total"), t.totalAgorot, true},
                                {tr("Paid"), t.paidAgorot},
                                {tr("Balance due"), t.totalAgorot - t.paidAgorot, true}}),
             {.gapBefore = 14});
    if (!account.note.empty()) flow.add(paragraphBand(canvas, account.note, {9}, Colour::grey(0.25)), {.gapBefore = 14});

    flow.paginate();
    const PageChrome chrome(canvas, account.title, account.letterhead.officeName,
                            account.cancelled ? tr("Cancelled") : std::string());
    flow.render(canvas, chrome);
}

} // namespace praklit::integrations
