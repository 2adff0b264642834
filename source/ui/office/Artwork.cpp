#include "ui/office/Artwork.h"

#include "text/EmbeddedFile.h"

#include <cstring>

namespace praklit {
const std::vector<text::EmbeddedFile>& embeddedArtwork(); // generated from assets/*.svg
}

namespace praklit::ui {

namespace {

const char* svg(const char* name)
{
    for (const auto& file : embeddedArtwork())
        if (std::strcmp(file.name, name) == 0) return file.text;
    return nullptr;
}

wxBitmapBundle fromSvg(const char* name, int size)
{
    const char* text = svg(name);
    return text ? wxBitmapBundle::FromSVG(text, wxSize(size, size)) : wxBitmapBundle();
}

} // namespace

wxBitmapBundle appIcon(int size) { return fromSvg("assets/praklit.svg", size); }

wxIconBundle appIcons()
{
    wxIconBundle icons;
    const auto bundle = appIcon(256);
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        wxIcon icon;
        icon.CopyFromBitmap(bundle.GetBitmap(wxSize(size, size)));
        if (icon.IsOk()) icons.AddIcon(icon);
    }
    return icons;
}

wxBitmapBundle hamburgerIcon() { return fromSvg("assets/hamburger.svg", 24); }

} // namespace praklit::ui
