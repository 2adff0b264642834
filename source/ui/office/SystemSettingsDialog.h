#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/Rounding.h"
#include "domain/Timer.h"
#include "services/CourtService.h"
#include "services/SmsService.h"
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

class CourtSettingsPage;
class ModulesPage;
class SmsSettingsPage;

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
        // The page "Modules": the office's optional modules. Absent when no
        // office is open; read-only for a user who may not manage users.
        struct Modules {
            bool sms = false;
            bool court = false;
            bool editable = false;
        };
        std::optional<Modules> modules;
        // The page "SMS", while the module is on: how messages leave the
        // office. The gateway's secret is not among the office's settings:
        // typed here, it goes to this computer's password store, or is kept
        // until Praklit closes where there is none.
        struct Sms {
            services::SmsSettings settings;
            std::string secret;         // as typed; empty keeps the one there is
            bool secretKnown = false;   // this computer has one for the office
            bool secretLasts = false;   // kept in a password store, not only for the session
            bool editable = false;
        };
        std::optional<Sms> sms;
        // The page "Net HaMishpat", while the module is on: the office's
        // gateway (read-only for a user who may not manage users) and the
        // signed-in user's card, which `link` and `check` act on at once.
        struct Court {
            services::CourtSettings settings;
            std::optional<services::LinkedCard> card;
            bool editable = false;
            // Null for a user who may not download: the card's buttons are off.
            std::function<std::optional<services::LinkedCard>(wxWindow* parent)> link{};
            std::function<void(wxWindow* parent)> check{};
        };
        std::optional<Court> court;
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

    // The page "SMS templates", while the module is on: its list changes at
    // once through the service (each template its own save), not at [OK].
    void addTemplatesPage(services::OfficeSession& office);
    // Brings a page to the front by its window name ("sms_templates_page", "court_page").
    void selectPage(const char* name);

private:
    void onOk(wxCommandEvent& event);
    void onTestConnection(wxCommandEvent& event);
    void onBrowse(wxCommandEvent& event);
    void onBrowseDocuments(wxCommandEvent& event);
    void enableForBackend();
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    Values values_;
    ModulesPage* modulesPage_ = nullptr;
    SmsSettingsPage* smsPage_ = nullptr;
    CourtSettingsPage* courtPage_ = nullptr;
    ConnectionUrl current_;
    ApplyFn apply_;
    std::thread tester_; // one connection test at a time, joined before the dialog goes
};

} // namespace praklit::ui
