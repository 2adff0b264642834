#pragma once
#include "integrations/TextBox.h"

#include <string>
#include <string_view>

typedef struct _PangoContext PangoContext;
typedef struct _cairo_surface cairo_surface_t;

namespace praklit::integrations {

class OutputFile;

struct TextStyle {
    double size = 9;  // points
    bool bold = false;
};

// Start and End follow the document's direction (Start is the right edge in
// Hebrew); Right is for numbers, whose units line up whatever the direction.
enum class Align { Start, End, Center, Right };

// An A4 PDF surface and the pango contexts that lay text out on it. In a
// Hebrew document every paragraph is set right to left when it holds any
// Hebrew, left to right when it holds none (an English company name, a case
// number, a date), so neither "Cohen & Co." nor "Zoom עם הלקוח" has its ends
// swapped; pango's first-strong guess would set the latter left to right. In
// an English document the first strong character decides.
class PdfCanvas {
public:
    static constexpr double pageWidth = 595.2756;  // A4 in points
    static constexpr double pageHeight = 841.8898;
    static constexpr double sideMargin = 42.5;      // 15 mm
    static constexpr double topMargin = 36;
    static constexpr double bottomLimit = pageHeight - 54; // the footer lies below

    PdfCanvas(OutputFile& file, bool rightToLeft, const std::string& title);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    bool rightToLeft() const { return rightToLeft_; }
    cairo_t* cr() const { return cr_; }

    // Whether a paragraph of this text is set right to left.
    bool isRightToLeft(std::string_view utf8) const;

    // Text the office typed (a description, a payment method) set inside one
    // of our sentences, isolated (RLI/LRI/FSI … PDI) in the direction its own
    // paragraph would have: so "Court fee — אגרת" stays right to left inside
    // a Hebrew sentence, "Cohen & Co." left to right, and neither moves the
    // words around it. Fragments that are always left to right (numbers,
    // paths) use text::ltr().
    std::string isolate(std::string_view utf8) const;

    // `width` < 0: one unwrapped line as wide as the text.
    TextBox text(std::string_view utf8, const TextStyle& style, double width, Align align = Align::Start) const;

    double contentLeft() const { return sideMargin; }
    double contentRight() const { return pageWidth - sideMargin; }
    double contentWidth() const { return pageWidth - 2 * sideMargin; }
    // The left x of a box of `width` set against the start (or end) edge, `inset` from it.
    double atStart(double width, double inset = 0) const;
    double atEnd(double width, double inset = 0) const;

    void nextPage();
    // Flushes the document; throws praklit::Error when the surface failed.
    void finish();

private:
    bool rightToLeft_;
    OutputFile& file_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* rtl_ = nullptr;
    PangoContext* ltr_ = nullptr;
};

} // namespace praklit::integrations
