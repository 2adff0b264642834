#pragma once

class wxWindow;

namespace praklit::ui {

// אודות: name, version, what the program is for.
void showAboutBox(wxWindow* parent);

} // namespace praklit::ui
