#pragma once
// The pieces the sign-in, first-run, password and user dialogs share: a
// labelled field in a two-column grid and the sentence a service answered.
#include <wx/string.h>

#include <string>

class wxFlexGridSizer;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace praklit::ui {

// A label and a text field named `name` (as the services name the field)
// added to `grid`. Logins, e-mails and passwords read left to right.
wxTextCtrl* addTextField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const char* name,
                         long style = 0, bool leftToRight = false);

// The dark red sentence under a form, wrapped to `width`.
wxStaticText* makeFormMessage(wxWindow* parent, int width);
void showFormMessage(wxStaticText* message, const wxString& sentence);

// What a field holds, spaces at its ends trimmed (never for passwords).
std::string trimmedText(const wxTextCtrl* text);

} // namespace praklit::ui
