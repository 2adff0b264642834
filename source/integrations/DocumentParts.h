#pragma once
// Bands shared by the office's documents: the title with its dates, the
// addressees, the totals box, a paragraph.
#include "domain/Printout.h"
#include "integrations/FlowItem.h"
#include "integrations/PdfCanvas.h"
#include "integrations/TableLayout.h"

#include <string>
#include <vector>

namespace praklit::integrations {

inline constexpr Colour accent{0.09, 0.20, 0.38};   // the office's navy: name, rules, headings
inline constexpr Colour alert{0.75, 0.08, 0.08};    // "מבוטל"
inline constexpr Colour headingFill{0.88, 0.91, 0.96};
inline constexpr Colour groupFill{0.95, 0.95, 0.95};
// The amount column at the end edge; the totals box lines its amounts up with it.
inline constexpr double amountColumnWidth = 88;

// The title at the start edge with the Gregorian and Hebrew dates (or a
// report's subtitle) under it; `mark`, when given, boxed large at the end
// edge: "מקור" / "העתק" on an invoice, "מבוטל" on a cancelled account.
FlowItem titleBand(const PdfCanvas& canvas, const std::string& title, const std::vector<std::string>& underTitle,
                   const std::string& mark, Colour markColour);

// "לכבוד" and the addressees side by side (up to three a row), the client first.
FlowItem addresseesBand(const PdfCanvas& canvas, const std::vector<PrintedAddressee>& addressees);

struct TotalsRow {
    std::string label;
    int64_t agorot = 0;
    bool emphasised = false; // the total, the balance
};
// A framed box at the end edge, its amounts under the table's amount column.
FlowItem totalsBox(const PdfCanvas& canvas, const std::vector<TotalsRow>& rows);

FlowItem paragraphBand(const PdfCanvas& canvas, const std::string& text, TextStyle style, Colour colour = {});


// 1700 basis points → "17", 1750 → "17.5".
std::string percentText(int basisPoints);

// The VAT row's label: "מע"מ 17%".
std::string vatLabel(int basisPoints);

} // namespace praklit::integrations
