#include "ui/users/ChangePasswordDialog.h"

#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

ChangePasswordDialog::ChangePasswordDialog(wxWindow* parent, Purpose purpose, bool hasPassword, ChangeFn change,
                                           const wxString& whose)
    : wxDialog(parent, wxID_ANY, purpose == Purpose::Reset ? _("Reset password") : _("Change password"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
               purpose == Purpose::Reset ? "reset_password" : "change_password"),
      change_(std::move(change))
{
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    const bool mustChange = purpose == Purpose::MustChange;
    if (purpose != Purpose::Own) {
        auto* why = new wxStaticText(
            this, wxID_ANY,
            mustChange ? _("Your password was reset by an administrator: choose a new one before you go on.")
                       // TRANSLATORS: %s is the user's display name.
                       : wxString::Format(_("A new password for %s, who must choose one of their own at the next "
                                            "sign-in."),
                                          whose));
        why->Wrap(FromDIP(400));
        column->Add(why, wxSizerFlags().Border(wxALL, gap * 2));
    }
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    if (hasPassword && purpose != Purpose::Reset) current_ = addTextField(this, grid, _("&Current password:"), "current_password", wxTE_PASSWORD, true);
    next_ = addTextField(this, grid, _("&New password:"), "password", wxTE_PASSWORD, true);
    again_ = addTextField(this, grid, _("New password &again:"), "password_again", wxTE_PASSWORD, true);
    column->Add(grid, wxSizerFlags().Expand().Border(wxALL, gap * 2));
    message_ = makeFormMessage(this, FromDIP(400));
    column->Add(message_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));

    auto* cancel = addFormButtons(this, column, mustChange ? _("&Quit Praklit") : _("Cancel"), _("C&hange"), "change",
                                  [this] { submit(); });
    SetEscapeId(cancel->GetId());
    SetSizerAndFit(column);
    CentreOnParent();
    wxTextCtrl* first = current_ ? current_ : next_;
    Bind(wxEVT_INIT_DIALOG, [this, first](wxInitDialogEvent& event) {
        event.Skip();
        CallAfter([first] { first->SetFocus(); });
    });
}

wxString ChangePasswordDialog::message() const { return message_->GetLabel(); }

void ChangePasswordDialog::showMessage(const wxString& sentence, const std::string& field)
{
    showFormMessage(message_, sentence);
    if (wxWindow* control = field.empty() ? nullptr : FindWindowByName(wx(field), this)) control->SetFocus();
}

bool ChangePasswordDialog::submit()
{
    std::string current = current_ ? utf8(current_->GetValue()) : std::string();
    std::string next = utf8(next_->GetValue());
    if (next != utf8(again_->GetValue())) {
        again_->ChangeValue(wxString());
        showMessage(_("The two passwords differ: type the same password twice."), "password_again");
        return false;
    }
    std::pair<wxString, std::string> problem;
    {
        wxBusyCursor busy;
        problem = change_(current, next);
    }
    std::fill(current.begin(), current.end(), '\0');
    std::fill(next.begin(), next.end(), '\0');
    if (!problem.first.empty()) {
        showMessage(problem.first, problem.second);
        return false;
    }
    for (wxTextCtrl* text : {current_, next_, again_})
        if (text) text->ChangeValue(wxString());
    closeForm(this, wxID_OK);
    return true;
}

} // namespace praklit::ui
