#include "integrations/PageChrome.h"

#include "integrations/DocumentParts.h"
#include "integrations/PdfCanvas.h"
#include "text/Translate.h"

#include <cairo.h>
#include <cmath>

namespace praklit::integrations {

namespace {
constexpr double runningHeadingHeight = 16;
constexpr double footerRule = PdfCanvas::pageHeight - 42;
} // namespace

PageChrome::PageChrome(PdfCanvas& canvas, std::string documentTitle, std::string officeName, std::string watermark)
    : canvas_(canvas), documentTitle_(std::move(documentTitle)), officeName_(std::move(officeName))
{
    if (!watermark.empty()) watermark_ = canvas_.text(watermark, {110, true}, -1);
}

double PageChrome::nextPageTop() { return PdfCanvas::topMargin + runningHeadingHeight + 8; }

void PageChrome::drawBackground() const
{
    if (!watermark_) return;
    cairo_t* cr = canvas_.cr();
    cairo_save(cr);
    cairo_translate(cr, PdfCanvas::pageWidth / 2, PdfCanvas::pageHeight / 2);
    cairo_rotate(cr, -std::atan2(PdfCanvas::pageHeight, PdfCanvas::pageWidth));
    cairo_set_source_rgba(cr, alert.r, alert.g, alert.b, 0.14);
    watermark_->draw(cr, -watermark_->width() / 2, -watermark_->height() / 2);
    cairo_restore(cr);
}

void PageChrome::draw(int page, int count) const
{
    cairo_t* cr = canvas_.cr();
    const double left = canvas_.contentLeft(), right = canvas_.contentRight();
    const double half = canvas_.contentWidth() / 2;

    if (page > 1) {
        const double top = PdfCanvas::topMargin;
        TextBox title = canvas_.text(documentTitle_, {8.5, true}, half - 6, Align::Start);
        TextBox office = canvas_.text(officeName_, {8.5}, half - 6, Align::End);
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        title.draw(cr, canvas_.atStart(half - 6), top);
        office.draw(cr, canvas_.atEnd(half - 6), top);
        cairo_set_source_rgb(cr, accent.r, accent.g, accent.b);
        cairo_set_line_width(cr, 0.6);
        cairo_move_to(cr, left, top + runningHeadingHeight);
        cairo_line_to(cr, right, top + runningHeadingHeight);
        cairo_stroke(cr);
    }

    cairo_set_source_rgb(cr, accent.r, accent.g, accent.b);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, left, footerRule);
    cairo_line_to(cr, right, footerRule);
    cairo_stroke(cr);
    TextBox number = canvas_.text(text::format(text::tr("Page {1} of {2}"), page, count), {8.5}, canvas_.contentWidth(),
                                  Align::Center);
    cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
    number.draw(cr, left, footerRule + 6);
}

} // namespace praklit::integrations
