#include "ui/users/SignInDialog.h"

#include "ui/office/Artwork.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

SignInDialog::SignInDialog(wxWindow* parent, Purpose purpose, const wxString& office, const std::string& login,
                           TryFn trySignIn)
    : wxDialog(parent, wxID_ANY, purpose == Purpose::SignIn ? _("Sign in to the office") : _("Praklit is locked"),
               wxDefaultPosition, wxDefaultSize, purpose == Purpose::SignIn ? long(wxDEFAULT_DIALOG_STYLE) : long(wxCAPTION),
               purpose == Purpose::SignIn ? "sign_in" : "unlock"),
      purpose_(purpose), try_(std::move(trySignIn))
{
    SetIcons(appIcons());
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    const wxString intro = purpose == Purpose::SignIn
                               // TRANSLATORS: %s is the office, e.g. "db.office:5432/praklit (PostgreSQL)".
                               ? wxString::Format(_("Sign in to the office %s."), office)
                               : _("The windows were locked after idle minutes. Your password opens them again, as "
                                   "you left them.");
    auto* introText = new wxStaticText(this, wxID_ANY, intro);
    introText->Wrap(FromDIP(380));
    column->Add(introText, wxSizerFlags().Border(wxALL, gap * 2));

    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    login_ = addTextField(this, grid, _("&User name:"), "login", 0, true);
    login_->ChangeValue(wx(login));
    password_ = addTextField(this, grid, _("&Password:"), "password", wxTE_PASSWORD | wxTE_PROCESS_ENTER, true);
    if (purpose == Purpose::Unlock) login_->Disable();
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));
    message_ = makeFormMessage(this, FromDIP(380));
    column->Add(message_, wxSizerFlags().Expand().Border(wxALL, gap * 2));

    auto* cancel = addFormButtons(this, column, purpose == Purpose::SignIn ? _("Cancel") : _("&Quit Praklit"),
                                  purpose == Purpose::SignIn ? _("&Sign in") : _("&Unlock"), "sign_in_button",
                                  [this] { submit(); });
    password_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    // Locked, Esc does not open anything; signing in, it gives up.
    SetEscapeId(purpose == Purpose::SignIn ? cancel->GetId() : wxID_NONE);
    if (purpose == Purpose::Unlock)
        Bind(wxEVT_CLOSE_WINDOW, [](wxCloseEvent& event) {
            if (event.CanVeto()) event.Veto();
        });

    SetSizerAndFit(column);
    CentreOnParent();
    wxTextCtrl* first = login.empty() && purpose == Purpose::SignIn ? login_ : password_;
    Bind(wxEVT_INIT_DIALOG, [this, first](wxInitDialogEvent& event) {
        event.Skip();
        CallAfter([first] { first->SetFocus(); });
    });
}

std::string SignInDialog::login() const { return utf8(wxString(login_->GetValue()).Trim(true).Trim(false)); }

wxString SignInDialog::message() const { return message_->GetLabel(); }

void SignInDialog::showMessage(const wxString& sentence) { showFormMessage(message_, sentence); }

bool SignInDialog::submit()
{
    wxString problem;
    {
        wxBusyCursor busy; // the password's check takes a moment, by design
        std::string password = utf8(password_->GetValue());
        password_->ChangeValue(wxString());
        problem = try_(login(), password);
        std::fill(password.begin(), password.end(), '\0');
    }
    if (!problem.empty()) {
        showMessage(problem);
        password_->SetFocus();
        return false;
    }
    showMessage(wxString());
    closeForm(this, wxID_OK);
    return true;
}

} // namespace praklit::ui
