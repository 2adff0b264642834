#pragma once
#include "data/ConnectionUrl.h"
#include "text/Language.h"
#include "ui/DatabaseChoice.h"

#include <wx/dialog.h>

#include <functional>
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
    };
    // Opens and keeps what was chosen; returns the sentence why not, or "".
    using ApplyFn = std::function<wxString(const Values& values, const data::ConnectionUrl& url)>;

    SystemSettingsDialog(wxWindow* parent, Values values, data::ConnectionUrl current, bool canRememberPasswords,
                         ApplyFn apply);
    ~SystemSettingsDialog() override;

    const Values& values() const { return values_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    void showMessage(const wxString& sentence);

private:
    void onOk(wxCommandEvent& event);
    void onTestConnection(wxCommandEvent& event);
    void onBrowse(wxCommandEvent& event);
    void enableForBackend();
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    Values values_;
    data::ConnectionUrl current_;
    ApplyFn apply_;
    std::thread tester_; // one connection test at a time, joined before the dialog goes
};

} // namespace praklit::ui
