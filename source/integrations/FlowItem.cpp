#include "integrations/FlowItem.h"

#include <cairo.h>

namespace praklit::integrations {

namespace {
template <class... F> struct Visitor : F... { using F::operator()...; };
template <class... F> Visitor(F...) -> Visitor<F...>;

void source(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }
} // namespace

void FlowItem::text(TextBox box, double x, double y, Colour colour)
{
    ops_.emplace_back(Text{std::move(box), x, y, colour});
}

void FlowItem::fill(double x, double y, double width, double height, Colour colour)
{
    ops_.emplace_back(Rect{x, y, width, height, 0, colour, true});
}

void FlowItem::frame(double x, double y, double width, double height, double lineWidth, Colour colour)
{
    ops_.emplace_back(Rect{x, y, width, height, lineWidth, colour, false});
}

void FlowItem::rule(double x0, double y0, double x1, double y1, double lineWidth, Colour colour)
{
    ops_.emplace_back(Line{x0, y0, x1, y1, lineWidth, colour});
}

void FlowItem::image(std::shared_ptr<cairo_surface_t> png, double x, double y, double width, double height)
{
    ops_.emplace_back(Image{std::move(png), x, y, width, height});
}

void FlowItem::draw(cairo_t* cr, double top) const
{
    for (const auto& op : ops_) {
        std::visit(Visitor{
                       [&](const Text& t) {
                           source(cr, t.colour);
                           t.box.draw(cr, t.x, top + t.y);
                       },
                       [&](const Rect& r) {
                           source(cr, r.colour);
                           cairo_rectangle(cr, r.x, top + r.y, r.w, r.h);
                           if (r.filled) {
                               cairo_fill(cr);
                           } else {
                               cairo_set_line_width(cr, r.lineWidth);
                               cairo_stroke(cr);
                           }
                       },
                       [&](const Line& l) {
                           source(cr, l.colour);
                           cairo_set_line_width(cr, l.lineWidth);
                           cairo_move_to(cr, l.x0, top + l.y0);
                           cairo_line_to(cr, l.x1, top + l.y1);
                           cairo_stroke(cr);
                       },
                       [&](const Image& i) {
                           const double w = cairo_image_surface_get_width(i.png.get());
                           const double h = cairo_image_surface_get_height(i.png.get());
                           cairo_save(cr);
                           cairo_translate(cr, i.x, top + i.y);
                           cairo_scale(cr, i.w / w, i.h / h);
                           cairo_set_source_surface(cr, i.png.get(), 0, 0);
                           cairo_paint(cr);
                           cairo_restore(cr);
                       },
                   },
                   op);
    }
}

} // namespace praklit::integrations
