#pragma once
#include <wx/dialog.h>

#include <functional>
#include <string>

class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

// The first start of an office: its name and its first administrator
// (login, display name, a password typed twice). Asked of a new office, and
// of a server office nobody administers yet; an embedded office also needs
// the password, for the day it moves to a server or turns passwords on.
class FirstRunDialog : public wxDialog {
public:
    struct Values {
        std::string officeName;
        std::string login;
        std::string displayName;
        std::string password;
    };
    // Creates the office's administrator and signs in; returns the refusal's
    // sentence and the field it names, or an empty sentence.
    using ApplyFn = std::function<std::pair<wxString, std::string>(const Values& values)>;

    FirstRunDialog(wxWindow* parent, const wxString& office, const std::string& login, ApplyFn apply);

    // [Start] as a person presses it; true when the office was set up.
    bool submit();
    wxString message() const;

private:
    void showMessage(const wxString& sentence, const std::string& field = {});

    ApplyFn apply_;
    wxTextCtrl* officeName_ = nullptr;
    wxTextCtrl* login_ = nullptr;
    wxTextCtrl* displayName_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxTextCtrl* again_ = nullptr;
    wxStaticText* message_ = nullptr;
};

} // namespace praklit::ui
