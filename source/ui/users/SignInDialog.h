#pragma once
#include <wx/dialog.h>

#include <functional>
#include <string>

class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

// כניסה למשרד: a login and a password, at start (a server office, or an
// embedded one that requires passwords) and to unlock the windows after idle
// minutes. Moves what was typed to the caller's sign-in and shows its
// sentence (a wrong password, a locked or inactive user); the person tries
// again without restarting. The password is never kept: the field is
// emptied after each try.
class SignInDialog : public wxDialog {
public:
    enum class Purpose { SignIn, Unlock };
    // Signs in; returns the refusal's sentence, or an empty one when signed in.
    using TryFn = std::function<wxString(const std::string& login, const std::string& password)>;

    SignInDialog(wxWindow* parent, Purpose purpose, const wxString& office, const std::string& login, TryFn trySignIn);

    // [Sign in] (or [Unlock]) as a person presses it; true when signed in.
    bool submit();
    void showMessage(const wxString& sentence);
    wxString message() const;
    std::string login() const;

private:
    Purpose purpose_;
    TryFn try_;
    wxTextCtrl* login_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxStaticText* message_ = nullptr;
};

} // namespace praklit::ui
