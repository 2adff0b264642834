#pragma once
// The pieces the sign-in, first-run, password and user dialogs share: a
// labelled field in a two-column grid and the sentence a service answered.
#include <wx/string.h>

#include <functional>
#include <string>

class wxButton;
class wxDialog;
class wxFlexGridSizer;
class wxSizer;
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

// The row of [cancel] [ok] under a form, ok the default: ok runs `submit`,
// cancel closes the dialog as cancelled. Not the stock ids: GTK would label
// them in the system's language. Returns the cancel button.
wxButton* addFormButtons(wxDialog* dialog, wxSizer* column, const wxString& cancelLabel, const wxString& okLabel,
                         const char* okName, std::function<void()> submit);
// Closes a form that was answered, shown modally or not.
void closeForm(wxDialog* dialog, int code);

// What a field holds, spaces at its ends trimmed (never for passwords).
std::string trimmedText(const wxTextCtrl* text);

} // namespace praklit::ui
