#pragma once
#include "integrations/TextBox.h"

#include <memory>
#include <variant>
#include <vector>

typedef struct _cairo_surface cairo_surface_t;

namespace praklit::integrations {

struct Colour {
    double r = 0, g = 0, b = 0;
    static Colour grey(double level) { return {level, level, level}; }
};

// A band of the page — a letterhead, a table row, a totals box — as text
// boxes, rules, fills and images at positions relative to the band's top.
// The page flow decides which page and height it lands on; the band does not know.
class FlowItem {
public:
    FlowItem() = default;
    FlowItem(FlowItem&&) = default;
    FlowItem& operator=(FlowItem&&) = default;

    void text(TextBox box, double x, double y, Colour colour = {});
    void fill(double x, double y, double width, double height, Colour colour);
    void frame(double x, double y, double width, double height, double lineWidth, Colour colour = {});
    void rule(double x0, double y0, double x1, double y1, double lineWidth, Colour colour = {});
    // Shares the image surface; scaled into the given box.
    void image(std::shared_ptr<cairo_surface_t> png, double x, double y, double width, double height);

    void setHeight(double height) { height_ = height; }
    double height() const { return height_; }

    void draw(cairo_t* cr, double top) const;

private:
    struct Text { TextBox box; double x, y; Colour colour; };
    struct Rect { double x, y, w, h, lineWidth; Colour colour; bool filled; };
    struct Line { double x0, y0, x1, y1, lineWidth; Colour colour; };
    struct Image { std::shared_ptr<cairo_surface_t> png; double x, y, w, h; };
    std::vector<std::variant<Text, Rect, Line, Image>> ops_;
    double height_ = 0;
};

} // namespace praklit::integrations
