#include "integrations/PdfCanvas.h"

#include "domain/Error.h"
#include "integrations/OutputFile.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <cairo-pdf.h>
#include <map>
#include <pango/pangocairo.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace praklit::integrations {

namespace {

// Noto renders Hebrew with its proper shapes; DejaVu is the fallback on
// machines without Noto. Pango picks per character, so Latin letters come
// from Noto Sans when the Hebrew face has none.
constexpr const char* fontFamilies = "Noto Sans Hebrew, Noto Sans, DejaVu Sans";

bool isStrongRightToLeft(UChar32 c)
{
    const auto d = u_charDirection(c);
    return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

// In a right-to-left document: any Hebrew at all makes the paragraph right to left.
bool holdsRightToLeft(std::string_view s)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const int32_t length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0x0590 && isStrongRightToLeft(c)) return true; // below: Latin, digits, punctuation
    }
    return false;
}

// In a left-to-right document: the first strong character decides.
bool startsRightToLeft(std::string_view s)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const int32_t length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (isStrongRightToLeft(c)) return true;
        if (u_charDirection(c) == U_LEFT_TO_RIGHT) return false;
    }
    return false;
}

PangoContext* makeContext(cairo_t* cr, PangoDirection direction, const char* language)
{
    PangoContext* context = pango_cairo_create_context(cr);
    // Points, not screen pixels: a 9-point font is 9 units of the PDF page.
    pango_cairo_context_set_resolution(context, 72);
    // Unrounded glyph positions and unhinted metrics: rounding to whole points
    // leaves gaps inside words that text extraction (pdftotext, a reader's
    // search) takes for spaces.
    pango_context_set_round_glyph_positions(context, FALSE);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_base_dir(context, direction);
    pango_context_set_language(context, pango_language_from_string(language));
    return context;
}

PangoFontDescription* fontFor(const TextStyle& style)
{
    // Few styles are used: keep their descriptions for the life of the process.
    static thread_local std::map<std::pair<int, bool>, PangoFontDescription*> fonts;
    const auto key = std::make_pair(static_cast<int>(style.size * 10 + 0.5), style.bold);
    auto& font = fonts[key];
    if (!font) {
        font = pango_font_description_from_string(fontFamilies);
        pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    }
    return font;
}

} // namespace

PdfCanvas::PdfCanvas(OutputFile& file, bool rightToLeft, const std::string& title)
    : rightToLeft_(rightToLeft), file_(file)
{
    surface_ = cairo_pdf_surface_create_for_stream(&OutputFile::write, &file_, pageWidth, pageHeight);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface_);
        file_.fail();
    }
    cr_ = cairo_create(surface_);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, text::withoutBidiControls(title).c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Praklit");
    const char* language = rightToLeft ? "he" : "en";
    rtl_ = makeContext(cr_, PANGO_DIRECTION_RTL, language);
    ltr_ = makeContext(cr_, PANGO_DIRECTION_LTR, language);
}

PdfCanvas::~PdfCanvas()
{
    if (rtl_) g_object_unref(rtl_);
    if (ltr_) g_object_unref(ltr_);
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
}

bool PdfCanvas::isRightToLeft(std::string_view utf8) const
{
    return rightToLeft_ ? holdsRightToLeft(utf8) : startsRightToLeft(utf8);
}

std::string PdfCanvas::isolate(std::string_view utf8) const
{
    // RLI or LRI in a Hebrew document (its paragraph rule); FSI otherwise.
    std::string out = rightToLeft_ ? (holdsRightToLeft(utf8) ? "\u2067" : "\u2066") : "\u2068";
    out.append(utf8);
    out.append("\u2069");
    return out;
}

TextBox PdfCanvas::text(std::string_view utf8, const TextStyle& style, double width, Align align) const
{
    const bool rtl = isRightToLeft(utf8);
    PangoLayout* layout = pango_layout_new(rtl ? rtl_ : ltr_);
    // The paragraph's direction is the context's; pango's own guess (first
    // strong character) would set "Zoom עם הלקוח" left to right.
    pango_layout_set_auto_dir(layout, FALSE);
    pango_layout_set_font_description(layout, fontFor(style));
    if (width > 0) {
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    PangoAlignment alignment = PANGO_ALIGN_LEFT;
    switch (align) {
    case Align::Start: alignment = rightToLeft_ ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT; break;
    case Align::End: alignment = rightToLeft_ ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT; break;
    case Align::Center: alignment = PANGO_ALIGN_CENTER; break;
    case Align::Right: alignment = PANGO_ALIGN_RIGHT; break;
    }
    pango_layout_set_alignment(layout, alignment);
    pango_layout_set_text(layout, utf8.data(), static_cast<int>(utf8.size()));
    return TextBox(layout, width);
}

double PdfCanvas::atStart(double width, double inset) const
{
    return rightToLeft_ ? contentRight() - inset - width : contentLeft() + inset;
}

double PdfCanvas::atEnd(double width, double inset) const
{
    return rightToLeft_ ? contentLeft() + inset : contentRight() - inset - width;
}

void PdfCanvas::nextPage() { cairo_show_page(cr_); }

void PdfCanvas::finish()
{
    cairo_surface_finish(surface_);
    const auto status = cairo_surface_status(surface_);
    if (status == CAIRO_STATUS_SUCCESS) return;
    if (status == CAIRO_STATUS_WRITE_ERROR) file_.fail();
    throw Error(ErrorKind::Internal,
                text::format(text::tr("The PDF could not be drawn: {1}."), std::string(cairo_status_to_string(status))));
}

} // namespace praklit::integrations
