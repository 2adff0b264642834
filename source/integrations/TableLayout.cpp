#include "integrations/TableLayout.h"

#include <algorithm>

namespace praklit::integrations {

TableLayout::TableLayout(const PdfCanvas& canvas, std::vector<TableColumn> columns)
    : canvas_(canvas), columns_(std::move(columns))
{
    double offset = 0;
    for (const auto& c : columns_) {
        offsets_.push_back(offset);
        offset += c.width;
    }
}

double TableLayout::spanWidth(std::size_t first, std::size_t last) const
{
    return offsets_[last] + columns_[last].width - offsets_[first];
}

double TableLayout::spanLeft(std::size_t first, std::size_t last) const
{
    const double width = spanWidth(first, last);
    return canvas_.rightToLeft() ? canvas_.contentRight() - offsets_[first] - width
                                 : canvas_.contentLeft() + offsets_[first];
}

FlowItem TableLayout::row(const std::vector<std::string>& cells, const RowStyle& style) const
{
    std::vector<std::pair<TextBox, double>> boxes;
    for (std::size_t c = 0; c < columns_.size() && c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        boxes.emplace_back(canvas_.text(cells[c], style.text, columns_[c].width - 2 * padX, columns_[c].align),
                           left(c) + padX);
    }
    return finish(std::move(boxes), style);
}

FlowItem TableLayout::spanRow(std::size_t first, std::size_t last, const std::string& spanText, Align spanAlign,
                              const std::vector<std::string>& cells, const RowStyle& style) const
{
    std::vector<std::pair<TextBox, double>> boxes;
    boxes.emplace_back(canvas_.text(spanText, style.text, spanWidth(first, last) - 2 * padX, spanAlign),
                       spanLeft(first, last) + padX);
    for (std::size_t c = 0; c < columns_.size() && c < cells.size(); ++c) {
        if ((c >= first && c <= last) || cells[c].empty()) continue;
        boxes.emplace_back(canvas_.text(cells[c], style.text, columns_[c].width - 2 * padX, columns_[c].align),
                           left(c) + padX);
    }
    return finish(std::move(boxes), style);
}

FlowItem TableLayout::finish(std::vector<std::pair<TextBox, double>> boxes, const RowStyle& style) const
{
    double height = 0;
    for (const auto& [box, x] : boxes) height = std::max(height, box.height());
    height += 2 * padY;
    FlowItem item;
    const double x0 = canvas_.contentLeft();
    const double x1 = canvas_.contentRight();
    if (style.background) item.fill(x0, 0, x1 - x0, height, *style.background);
    for (auto& [box, x] : boxes) item.text(std::move(box), x, padY, style.colour);
    if (style.ruleAbove > 0) item.rule(x0, 0, x1, 0, style.ruleAbove);
    if (style.ruleBelow > 0) item.rule(x0, height, x1, height, style.ruleBelow, Colour::grey(0.6));
    item.setHeight(height);
    return item;
}

} // namespace praklit::integrations
