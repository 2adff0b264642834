#pragma once
#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>

namespace praklit::ui {

// Icons drawn from SVG compiled into the program (assets/*.svg), so the
// installed app needs no asset folder and stays sharp at any DPI.
wxBitmapBundle appIcon(int size);
wxIconBundle appIcons(); // 16 … 256 px, for frames and the task bar
wxBitmapBundle hamburgerIcon();

} // namespace praklit::ui
