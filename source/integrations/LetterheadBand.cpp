#include "integrations/LetterheadBand.h"

#include "integrations/DocumentParts.h"
#include "integrations/PdfCanvas.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <algorithm>
#include <cairo.h>
#include <filesystem>
#include <fstream>

namespace praklit::integrations {

namespace {

constexpr double logoBox = 58;

cairo_status_t readStream(void* closure, unsigned char* data, unsigned int length)
{
    auto* in = static_cast<std::ifstream*>(closure);
    in->read(reinterpret_cast<char*>(data), length);
    return in->gcount() == static_cast<std::streamsize>(length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

// Through a stream rather than a file name, so a Hebrew path works on Windows too.
std::shared_ptr<cairo_surface_t> loadPng(const std::string& path)
{
    if (path.empty()) return {};
    std::ifstream in(std::filesystem::path(reinterpret_cast<const char8_t*>(path.c_str())), std::ios::binary);
    if (!in) return {};
    cairo_surface_t* png = cairo_image_surface_create_from_png_stream(&readStream, &in);
    if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(png) <= 0 ||
        cairo_image_surface_get_height(png) <= 0) {
        cairo_surface_destroy(png); // an SVG or a damaged file: no logo rather than no document
        return {};
    }
    return std::shared_ptr<cairo_surface_t>(png, &cairo_surface_destroy);
}

} // namespace

FlowItem letterheadBand(const PdfCanvas& canvas, const Letterhead& letterhead)
{
    FlowItem item;
    double logoWidth = 0, logoHeight = 0;
    if (auto png = loadPng(letterhead.logoPath)) {
        const double w = cairo_image_surface_get_width(png.get());
        const double h = cairo_image_surface_get_height(png.get());
        const double scale = std::min(logoBox / w, logoBox / h);
        logoWidth = w * scale;
        logoHeight = h * scale;
        item.image(std::move(png), canvas.atStart(logoWidth), 0, logoWidth, logoHeight);
    }
    const double inset = logoWidth > 0 ? logoWidth + 12 : 0;
    const double width = canvas.contentWidth() - inset;
    const double x = canvas.atStart(width, inset);

    double y = 0;
    auto line = [&](const std::string& s, TextStyle style, Colour colour) {
        if (s.empty()) return;
        TextBox box = canvas.text(s, style, width, Align::Start);
        const double h = box.height();
        item.text(std::move(box), x, y, colour);
        y += h;
    };
    line(letterhead.officeName, {17, true}, accent);
    y += 2;
    line(letterhead.address, {9}, Colour::grey(0.2));
    line(letterhead.phones, {9}, Colour::grey(0.2));
    if (!letterhead.vatNumber.empty())
        line(text::format(text::tr("Licensed dealer no. {1}"), text::ltr(letterhead.vatNumber)), {9}, Colour::grey(0.2));

    const double height = std::max(y, logoHeight) + 8;
    item.rule(canvas.contentLeft(), height, canvas.contentRight(), height, 1.2, accent);
    item.setHeight(height + 2);
    return item;
}

} // namespace praklit::integrations
