#pragma once
#include <wx/dialog.h>

#include <functional>
#include <string>

class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

// שינוי סיסמה: the current password (when the user has one) and the new one
// twice; also an administrator's reset of another user's password. After an administrator's reset it comes before anything else: the
// program does not open until the password is changed.
class ChangePasswordDialog : public wxDialog {
public:
    // Changes the password; returns the refusal's sentence and its field, or an empty sentence.
    using ChangeFn = std::function<std::pair<wxString, std::string>(const std::string& current, const std::string& next)>;

    // Own: the signed-in user's change; MustChange: the same after a reset,
    // before anything else; Reset: an administrator's new password for `whose`.
    enum class Purpose { Own, MustChange, Reset };
    ChangePasswordDialog(wxWindow* parent, Purpose purpose, bool hasPassword, ChangeFn change, const wxString& whose = {});

    bool submit(); // [Change] as a person presses it; true when changed
    wxString message() const;

private:
    void showMessage(const wxString& sentence, const std::string& field = {});

    ChangeFn change_;
    wxTextCtrl* current_ = nullptr;
    wxTextCtrl* next_ = nullptr;
    wxTextCtrl* again_ = nullptr;
    wxStaticText* message_ = nullptr;
};

} // namespace praklit::ui
