#include "integrations/DocumentParts.h"

#include "integrations/TableLayout.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::integrations {

using text::tr;

FlowItem titleBand(const PdfCanvas& canvas, const std::string& title, const std::vector<std::string>& underTitle,
                   const std::string& mark, Colour markColour)
{
    FlowItem item;
    double markWidth = 0, markHeight = 0;
    if (!mark.empty()) {
        TextBox box = canvas.text(mark, {20, true}, -1);
        const double padX = 14, padY = 4;
        markWidth = box.width() + 2 * padX;
        markHeight = box.height() + 2 * padY;
        const double x = canvas.atEnd(markWidth);
        item.frame(x, 1, markWidth, markHeight, 2, markColour);
        item.text(std::move(box), x + padX, 1 + padY, markColour);
        markHeight += 2;
    }
    const double width = canvas.contentWidth() - (markWidth > 0 ? markWidth + 16 : 0);
    const double x = canvas.atStart(width);
    TextBox heading = canvas.text(title, {16, true}, width, Align::Start);
    double y = heading.height();
    item.text(std::move(heading), x, 0, accent);
    y += 2;
    for (const auto& line : underTitle) {
        if (line.empty()) continue;
        TextBox box = canvas.text(line, {9.5}, width, Align::Start);
        const double h = box.height();
        item.text(std::move(box), x, y, Colour::grey(0.15));
        y += h;
    }
    item.setHeight(std::max(y, markHeight));
    return item;
}

FlowItem addresseesBand(const PdfCanvas& canvas, const std::vector<PrintedAddressee>& addressees)
{
    FlowItem item;
    TextBox heading = canvas.text(tr("Addressed to"), {9, true}, canvas.contentWidth(), Align::Start);
    double top = heading.height() + 2;
    item.text(std::move(heading), canvas.contentLeft(), 0, accent);

    const std::size_t perRow = std::min<std::size_t>(3, std::max<std::size_t>(1, addressees.size()));
    const double gutter = 14;
    const double width = (canvas.contentWidth() - gutter * static_cast<double>(perRow - 1)) / static_cast<double>(perRow);
    for (std::size_t first = 0; first < addressees.size(); first += perRow) {
        double rowHeight = 0;
        for (std::size_t k = first; k < std::min(addressees.size(), first + perRow); ++k) {
            const auto& a = addressees[k];
            const double x = canvas.atStart(width, static_cast<double>(k - first) * (width + gutter));
            double y = top;
            auto line = [&](const std::string& s, TextStyle style, Colour colour) {
                if (s.empty()) return;
                TextBox box = canvas.text(s, style, width, Align::Start);
                const double h = box.height();
                item.text(std::move(box), x, y, colour);
                y += h;
            };
            line(a.name, {10.5, true}, {});
            line(a.role, {9}, Colour::grey(0.35));
            line(a.address, {9.5}, {});
            rowHeight = std::max(rowHeight, y - top);
        }
        top += rowHeight + 8;
    }
    item.setHeight(top - 8);
    return item;
}

FlowItem totalsBox(const PdfCanvas& canvas, const std::vector<TotalsRow>& rows)
{
    constexpr double boxWidth = 250, amountWidth = amountColumnWidth, padX = TableLayout::padX, padY = 3.5;
    FlowItem item;
    const double x = canvas.atEnd(boxWidth);
    const double labelWidth = boxWidth - amountWidth - 3 * padX;
    // Within the box the label sits at the start, the amount at the end,
    // exactly under the table's amount column.
    const double labelX = canvas.rightToLeft() ? x + boxWidth - 2 * padX - labelWidth : x + 2 * padX;
    const double amountX = canvas.rightToLeft() ? x + padX : x + boxWidth - amountWidth + padX;
    double y = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const TextStyle style{row.emphasised ? 10.5 : 9.5, row.emphasised};
        TextBox label = canvas.text(row.label, style, labelWidth, Align::Start);
        TextBox amount = canvas.text(text::formatMoney(row.agorot), style, amountWidth - 2 * padX, Align::Right);
        const double h = std::max(label.height(), amount.height()) + 2 * padY;
        if (row.emphasised) item.fill(x, y, boxWidth, h, Colour{0.90, 0.93, 0.97});
        if (i > 0) item.rule(x, y, x + boxWidth, y, 0.4, Colour::grey(0.6));
        item.text(std::move(label), labelX, y + padY);
        item.text(std::move(amount), amountX, y + padY);
        y += h;
    }
    item.frame(x, 0, boxWidth, y, 0.9, accent);
    item.setHeight(y + 1);
    return item;
}

FlowItem paragraphBand(const PdfCanvas& canvas, const std::string& text, TextStyle style, Colour colour)
{
    FlowItem item;
    TextBox box = canvas.text(text, style, canvas.contentWidth(), Align::Start);
    item.setHeight(box.height());
    item.text(std::move(box), canvas.contentLeft(), 0, colour);
    return item;
}

std::string percentText(int basisPoints)
{
    std::string s = std::to_string(basisPoints / 100);
    int fraction = basisPoints % 100;
    if (fraction != 0) {
        s += '.';
        s += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) s += static_cast<char>('0' + fraction % 10);
    }
    return s;
}

std::string vatLabel(int basisPoints)
{
    return text::format(tr("VAT {1}%"), percentText(basisPoints));
}

} // namespace praklit::integrations
