#include "ui/users/FirstRunDialog.h"

#include "ui/office/Artwork.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

FirstRunDialog::FirstRunDialog(wxWindow* parent, const wxString& office, const std::string& login, ApplyFn apply)
    : wxDialog(parent, wxID_ANY, _("A new office"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
               "first_run"),
      apply_(std::move(apply))
{
    SetIcons(appIcons());
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: %s is the office's database, e.g. "/home/dana/office.db (SQLite)".
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wxString::Format(_("Welcome to Praklit. The office %s has no administrator yet: name "
                                                      "the office and its first administrator, who adds the other "
                                                      "users and gives them their permissions."),
                                                    office));
    intro->Wrap(FromDIP(440));
    column->Add(intro, wxSizerFlags().Border(wxALL, gap * 2));

    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    officeName_ = addTextField(this, grid, _("Office &name:"), "office_name");
    login_ = addTextField(this, grid, _("Administrator's &user name:"), "login", 0, true);
    login_->ChangeValue(wx(login));
    displayName_ = addTextField(this, grid, _("&Display name:"), "display_name");
    password_ = addTextField(this, grid, _("&Password:"), "password", wxTE_PASSWORD, true);
    again_ = addTextField(this, grid, _("Password &again:"), "password_again", wxTE_PASSWORD, true);
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));
    auto* note = new wxStaticText(this, wxID_ANY,
                                  _("The password is asked when the office is on the shared server, or when it "
                                    "requires passwords (System settings → Security)."));
    note->Wrap(FromDIP(440));
    column->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap * 2));
    message_ = makeFormMessage(this, FromDIP(440));
    column->Add(message_, wxSizerFlags().Expand().Border(wxALL, gap * 2));

    auto* cancel = addFormButtons(this, column, _("Cancel"), _("&Start"), "start", [this] { submit(); });
    SetEscapeId(cancel->GetId());
    SetSizerAndFit(column);
    CentreOnParent();
    Bind(wxEVT_INIT_DIALOG, [this](wxInitDialogEvent& event) {
        event.Skip();
        CallAfter([this] { officeName_->SetFocus(); });
    });
}

wxString FirstRunDialog::message() const { return message_->GetLabel(); }

void FirstRunDialog::showMessage(const wxString& sentence, const std::string& field)
{
    showFormMessage(message_, sentence);
    if (field.empty()) return;
    if (wxWindow* control = FindWindowByName(wx(field), this)) control->SetFocus();
}

bool FirstRunDialog::submit()
{
    Values values;
    values.officeName = trimmedText(officeName_);
    values.login = trimmedText(login_);
    values.displayName = trimmedText(displayName_);
    values.password = utf8(password_->GetValue());
    if (values.password != utf8(again_->GetValue())) {
        again_->ChangeValue(wxString());
        showMessage(_("The two passwords differ: type the same password twice."), "password_again");
        return false;
    }
    std::pair<wxString, std::string> problem;
    {
        wxBusyCursor busy;
        problem = apply_(values);
    }
    std::fill(values.password.begin(), values.password.end(), '\0');
    if (!problem.first.empty()) {
        showMessage(problem.first, problem.second);
        return false;
    }
    password_->ChangeValue(wxString());
    again_->ChangeValue(wxString());
    closeForm(this, wxID_OK);
    return true;
}

} // namespace praklit::ui
