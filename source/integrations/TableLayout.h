#pragma once
#include "integrations/FlowItem.h"
#include "integrations/PdfCanvas.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::integrations {

struct TableColumn {
    double width = 0;
    Align align = Align::Start;
};

struct RowStyle {
    TextStyle text;
    std::optional<Colour> background;
    Colour colour;           // of the text
    double ruleAbove = 0;    // line widths; 0 for none
    double ruleBelow = 0;
};

// Columns across the content width in reading order: the first column sits at
// the start edge (the right in Hebrew). Builds one band per row.
class TableLayout {
public:
    static constexpr double padX = 4;
    static constexpr double padY = 2.5;

    TableLayout(const PdfCanvas& canvas, std::vector<TableColumn> columns);

    std::size_t size() const { return columns_.size(); }
    double left(std::size_t column) const { return spanLeft(column, column); }
    double spanLeft(std::size_t first, std::size_t last) const;
    double spanWidth(std::size_t first, std::size_t last) const;

    // One cell per column; empty strings leave the cell empty.
    FlowItem row(const std::vector<std::string>& cells, const RowStyle& style) const;
    // One text across columns first…last, and the given cells elsewhere.
    FlowItem spanRow(std::size_t first, std::size_t last, const std::string& spanText, Align spanAlign,
                     const std::vector<std::string>& cells, const RowStyle& style) const;

private:
    FlowItem finish(std::vector<std::pair<TextBox, double>> boxes, const RowStyle& style) const;

    const PdfCanvas& canvas_;
    std::vector<TableColumn> columns_;
    std::vector<double> offsets_; // from the start edge
};

} // namespace praklit::integrations
