#include "ui/users/UserForms.h"

#include <wx/button.h>
#include <wx/dialog.h>
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

wxButton* addFormButtons(wxDialog* dialog, wxSizer* column, const wxString& cancelLabel, const wxString& okLabel,
                         const char* okName, std::function<void()> submit)
{
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* cancel = new wxButton(dialog, wxID_ANY, cancelLabel, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                "cancel");
    auto* ok = new wxButton(dialog, wxID_ANY, okLabel, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, okName);
    buttons->Add(cancel, wxSizerFlags().Border(wxALL, dialog->FromDIP(4)));
    buttons->Add(ok, wxSizerFlags().Border(wxALL, dialog->FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, dialog->FromDIP(8)));
    ok->SetDefault();
    ok->Bind(wxEVT_BUTTON, [submit = std::move(submit)](wxCommandEvent&) { submit(); });
    cancel->Bind(wxEVT_BUTTON, [dialog](wxCommandEvent&) { closeForm(dialog, wxID_CANCEL); });
    return cancel;
}

void closeForm(wxDialog* dialog, int code)
{
    if (dialog->IsModal()) {
        dialog->EndModal(code);
        return;
    }
    dialog->SetReturnCode(code);
    dialog->Hide();
}

std::string trimmedText(const wxTextCtrl* text) { return trimmedUtf8(text->GetValue()); }

} // namespace praklit::ui
