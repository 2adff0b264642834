#pragma once
class wxWindow;

namespace praklit::ui {

// עזרה → קיצורי מקלדת: every key the program answers to, in one list.
void showShortcuts(wxWindow* parent);

} // namespace praklit::ui
