#include "ui/users/UserForms.h"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/widgets/Utf8.h"

namespace praklit::ui {

wxTextCtrl* addTextField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const char* name, long style,
                         bool leftToRight)
{
    grid->Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CenterVertical());
    auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(260, -1)), style,
                                wxDefaultValidator, name);
    if (leftToRight) text->SetLayoutDirection(wxLayout_LeftToRight);
    grid->Add(text, wxSizerFlags().Expand().CenterVertical());
    return text;
}

wxStaticText* makeFormMessage(wxWindow* parent, int width)
{
    auto* message = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxSize(width, -1), 0, "message");
    message->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    return message;
}

void showFormMessage(wxStaticText* message, const wxString& sentence)
{
    const int width = message->GetMinSize().x > 0 ? message->GetMinSize().x : message->GetSize().x;
    message->SetLabel(sentence);
    message->Wrap(width);
    wxWindow* top = wxGetTopLevelParent(message);
    // A longer sentence takes more lines: the window grows to show all of it.
    top->GetSizer()->SetSizeHints(top);
    top->Layout();
}

std::string trimmedText(const wxTextCtrl* text) { return utf8(wxString(text->GetValue()).Trim(true).Trim(false)); }

} // namespace praklit::ui
