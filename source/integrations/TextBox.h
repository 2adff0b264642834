#pragma once
#include <utility>

typedef struct _PangoLayout PangoLayout;
typedef struct _cairo cairo_t;

namespace praklit::integrations {

// One laid-out paragraph (a PangoLayout): measured once, drawn where the page
// flow puts it. Its box is `width` wide; alignment happens inside the box.
class TextBox {
public:
    TextBox() = default;
    TextBox(PangoLayout* layout, double boxWidth); // takes the reference
    ~TextBox();
    TextBox(TextBox&& other) noexcept;
    TextBox& operator=(TextBox&& other) noexcept;
    TextBox(const TextBox&) = delete;
    TextBox& operator=(const TextBox&) = delete;

    double width() const { return width_; }   // the box
    double height() const { return height_; } // all lines
    double inkWidth() const { return inkWidth_; } // the widest line's logical width
    double baseline() const { return baseline_; } // of the first line, from the top

    // Draws with the box's top-left corner at (x, y), in the current source colour.
    void draw(cairo_t* cr, double x, double y) const;

private:
    PangoLayout* layout_ = nullptr;
    double width_ = 0;
    double height_ = 0;
    double inkWidth_ = 0;
    double baseline_ = 0;
};

} // namespace praklit::integrations
