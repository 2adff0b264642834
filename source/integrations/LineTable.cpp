#include "integrations/LineTable.h"

#include "integrations/DocumentParts.h"
#include "integrations/PdfCanvas.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::integrations {

using text::tr;

namespace {

const RowStyle headingStyle{{9, true}, headingFill, accent, 0, 0.8};
const RowStyle groupStyle{{9.5, true}, groupFill, {}, 0, 0};
const RowStyle lineStyle{{9}, std::nullopt, {}, 0, 0.3};
const RowStyle subtotalStyle{{9, true}, std::nullopt, {}, 0, 0.8};

bool anyQuantityOrRate(const std::vector<const PrintedLine*>& lines)
{
    return std::any_of(lines.begin(), lines.end(),
                       [](const PrintedLine* l) { return !l->quantity.empty() || !l->rate.empty(); });
}

std::vector<TableColumn> columns(const PdfCanvas& canvas, bool quantityAndRate)
{
    const double date = 60, quantity = quantityAndRate ? 56 : 0, rate = quantityAndRate ? 78 : 0;
    const double description = canvas.contentWidth() - date - quantity - rate - amountColumnWidth;
    std::vector<TableColumn> c{{date, Align::Start}, {description, Align::Start}};
    if (quantityAndRate) {
        c.push_back({quantity, Align::Right});
        c.push_back({rate, Align::Right});
    }
    c.push_back({amountColumnWidth, Align::Right});
    return c;
}

} // namespace

LineTable::LineTable(const PdfCanvas& canvas, const std::vector<const PrintedLine*>& lines)
    : canvas_(canvas), quantityAndRate_(anyQuantityOrRate(lines)), table_(canvas, columns(canvas, quantityAndRate_))
{
}

std::vector<std::string> LineTable::cells(const std::string& date, const std::string& description,
                                          const std::string& quantity, const std::string& rate,
                                          const std::string& amount) const
{
    if (quantityAndRate_) return {date, description, quantity, rate, amount};
    return {date, description, amount};
}

FlowItem LineTable::headings() const
{
    return table_.row(cells(tr("Date"), tr("Description"), tr("Quantity"), tr("Rate"), tr("Amount")), headingStyle);
}

FlowItem LineTable::line(const PrintedLine& line) const
{
    std::string description = line.description;
    if (line.vatExempt) description = canvas_.isolate(description) + " (" + tr("VAT exempt") + ")";
    return table_.row(cells(line.date, description, line.quantity, line.rate, text::formatMoney(line.amountAgorot)),
                      lineStyle);
}

FlowItem LineTable::groupTitle(const std::string& title) const
{
    return table_.spanRow(0, table_.size() - 1, title, Align::Start, {}, groupStyle);
}

FlowItem LineTable::subtotal(const std::string& label, int64_t agorot) const
{
    std::vector<std::string> amounts(table_.size());
    amounts.back() = text::formatMoney(agorot);
    return table_.spanRow(0, table_.size() - 2, label, Align::End, amounts, subtotalStyle);
}

} // namespace praklit::integrations
