#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/Rounding.h"
#include "domain/Timer.h"
#include "text/Language.h"
#include "ui/office/DatabaseChoice.h"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <string>
#include <thread>

class wxButton;
class wxStaticText;

namespace praklit::ui {

// הגדרות מערכת (forms/system_settings.xrc). Only moves data between its
// controls and Values, and shows what the services answer: testing a
// connection and opening the chosen office are the caller's (ApplyFn).
class SystemSettingsDialog : public wxDialog {
public:
    struct Values {
        DatabaseChoice database;
        text::Language language = text::Language::Hebrew;
        // The open office's settings: the pages "Personal settings – time
        // counter" and "Office". Absent when no office is open (choosing one).
        std::optional<TimerSettings> timer;
        Rounding rounding;
        std::string documentsFolder;        // as set; empty: the default
        std::string defaultDocumentsFolder; // shown when none is set
        // The page "Security": the office's sign-in rules. Absent when no
        // office is open; read-only for a user who may not manage users.
        struct Security {
            bool requirePassword = false;
            int lockMinutes = 15;
            bool server = false;   // a server office always requires passwords
            bool editable = false;
        };
        std::optional<Security> security;
    };
    // Why what was chosen was not kept: the sentence, and the field it is
    // about (a service's Error::field()) so the right page shows it.
    struct Problem {
        Problem() = default;
        Problem(const wxString& s) : sentence(s) {} // NOLINT: a plain sentence is a problem
        Problem(const wxString& s, std::string f) : sentence(s), field(std::move(f)) {}
        wxString sentence;
        std::string field;
    };
    // Opens and keeps what was chosen; returns the problem, or an empty one.
    using ApplyFn = std::function<Problem(const Values& values, const ConnectionUrl& url)>;

    SystemSettingsDialog(wxWindow* parent, Values values, ConnectionUrl current, bool canRememberPasswords,
                         ApplyFn apply);
    ~SystemSettingsDialog() override;

    const Values& values() const { return values_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    void showMessage(const wxString& sentence, const std::string& field = {});

private:
    void onOk(wxCommandEvent& event);
    void onTestConnection(wxCommandEvent& event);
    void onBrowse(wxCommandEvent& event);
    void onBrowseDocuments(wxCommandEvent& event);
    void enableForBackend();
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    Values values_;
    ConnectionUrl current_;
    ApplyFn apply_;
    std::thread tester_; // one connection test at a time, joined before the dialog goes
};

} // namespace praklit::ui
