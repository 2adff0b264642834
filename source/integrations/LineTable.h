#pragma once
#include "domain/Printout.h"
#include "integrations/FlowItem.h"
#include "integrations/TableLayout.h"

#include <string>
#include <vector>

namespace praklit::integrations {

class PdfCanvas;

// The lines of an account or an invoice: date | description | quantity |
// rate | amount from the start edge, amounts lined up as numbers. Quantity
// and rate are left out when no line has either (an invoice for a fee).
class LineTable {
public:
    LineTable(const PdfCanvas& canvas, const std::vector<const PrintedLine*>& lines);

    FlowItem headings() const;
    FlowItem line(const PrintedLine& line) const;
    FlowItem groupTitle(const std::string& title) const;
    FlowItem subtotal(const std::string& label, int64_t agorot) const;

private:
    std::vector<std::string> cells(const std::string& date, const std::string& description, const std::string& quantity,
                                   const std::string& rate, const std::string& amount) const;

    const PdfCanvas& canvas_;
    bool quantityAndRate_;
    TableLayout table_;
};

} // namespace praklit::integrations
