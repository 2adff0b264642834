#include "domain/Printout.h"

#include "text/Format.h"

namespace praklit {

bool isNumeric(ReportColumn column) { return column != ReportColumn::Text && column != ReportColumn::Date; }

std::string ReportPrintout::text(std::size_t column, const ReportCell& cell) const
{
    if (cell.blank) return {};
    switch (column < columns.size() ? columns[column] : ReportColumn::Text) {
    case ReportColumn::Text: return cell.text;
    case ReportColumn::Count: return text::formatCount(cell.number);
    case ReportColumn::Money: return text::formatMoney(cell.number);
    case ReportColumn::Hours: return text::formatHours(cell.number);
    case ReportColumn::Date: return text::displayDate(cell.text);
    }
    return cell.text;
}

std::vector<std::string> ReportPrintout::texts(const std::vector<ReportCell>& row) const
{
    std::vector<std::string> out;
    out.reserve(row.size());
    for (std::size_t c = 0; c < row.size(); ++c) out.push_back(text(c, row[c]));
    return out;
}

} // namespace praklit
