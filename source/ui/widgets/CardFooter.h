#pragma once
// The [Close] [Save] row at the foot of a card (client card, case card).
class wxButton;
class wxSizer;
class wxWindow;

namespace praklit::ui {

// Made in reading order, which is the Tab order; not the stock ids, whose
// labels GTK shows in the system's language. Returns the row to add.
wxSizer* cardFooter(wxWindow* body, wxButton*& close, wxButton*& save);

} // namespace praklit::ui
