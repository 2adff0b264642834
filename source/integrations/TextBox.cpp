#include "integrations/TextBox.h"

#include <pango/pangocairo.h>

namespace praklit::integrations {

TextBox::TextBox(PangoLayout* layout, double boxWidth) : layout_(layout), width_(boxWidth)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout_, nullptr, &logical);
    height_ = static_cast<double>(logical.height) / PANGO_SCALE;
    inkWidth_ = static_cast<double>(logical.width) / PANGO_SCALE;
    baseline_ = static_cast<double>(pango_layout_get_baseline(layout_)) / PANGO_SCALE;
    if (width_ < 0) width_ = inkWidth_;
}

TextBox::~TextBox()
{
    if (layout_) g_object_unref(layout_);
}

TextBox::TextBox(TextBox&& other) noexcept
    : layout_(std::exchange(other.layout_, nullptr)), width_(other.width_), height_(other.height_),
      inkWidth_(other.inkWidth_), baseline_(other.baseline_)
{
}

TextBox& TextBox::operator=(TextBox&& other) noexcept
{
    if (this != &other) {
        if (layout_) g_object_unref(layout_);
        layout_ = std::exchange(other.layout_, nullptr);
        width_ = other.width_;
        height_ = other.height_;
        inkWidth_ = other.inkWidth_;
        baseline_ = other.baseline_;
    }
    return *this;
}

void TextBox::draw(cairo_t* cr, double x, double y) const
{
    if (!layout_) return;
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_);
}

} // namespace praklit::integrations
