#pragma once
#include "services/OfficeSession.h"
#include "ui/office/GatewaySecret.h"
#include "ui/office/MainMenu.h"
#include "ui/office/SystemSettingsDialog.h"

#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>

class wxBitmapButton;
class wxMenu;
class wxPanel;
class wxSearchCtrl;
class wxSizer;

namespace praklit::ui {

class ClientSearchFrame;
class HomePanel;
class MessageBar;
class SmsDispatch;
class ScheduledBackup;
class SessionLock;
class UsersDialog;
class TimerBar;
class OfficeConnector;
class UserSettings;

// The main window: the ≡ button at the start edge, the home panel, and the
// status bar naming the user and the database. Owns the open office and
// swaps it when System settings choose another.
class MainFrame : public wxFrame {
public:
    MainFrame(std::unique_ptr<services::OfficeSession> office, OfficeConnector& connector, UserSettings& settings);
    ~MainFrame() override;

    services::OfficeSession& office() { return *office_; }
    wxWindow* hamburgerButton() const;
    TimerBar* timerBar() const { return timerBar_; }
    wxSearchCtrl* quickSearchBox() const { return quick_; }
    HomePanel* home() const { return home_; }
    // Typed in the quick search and not answered yet: for tests.
    bool quickSearching() const;

    // Not shown: the caller shows it modally (the menu) or not (tests).
    std::unique_ptr<SystemSettingsDialog> makeSystemSettingsDialog();
    // תיקים ולקוחות → לקוחות.
    ClientSearchFrame* showClientSearch();
    // כלים ותחזוקה → משתמשים, not shown (as makeSystemSettingsDialog).
    std::unique_ptr<UsersDialog> makeUsersDialog();
    SessionLock& sessionLock() { return *lock_; }
    // Sends the office's due SMS from this workstation, in the background.
    SmsDispatch& smsDispatch() { return *smsDispatch_; }
    // Its line when messages are not going out ("" when hidden).
    MessageBar* smsBar() const { return smsBar_; }
    GatewaySecret& smsSecret() { return smsSecret_; }
    // The menus follow the office's modules (switched here, by another
    // workstation or from the command line); also when the window comes back.
    void followModules();

private:
    void showOffice();
    void makeHome();
    void onQuickKey(wxKeyEvent& event);
    void closeOfficeWindows();
    void onClose(wxCloseEvent& event);
    SystemSettingsDialog::Problem applySettings(const SystemSettingsDialog::Values& values, const ConnectionUrl& url);
    void onSystemSettings(wxCommandEvent& event);
    void onHamburger(wxCommandEvent& event);
    // Greys out what the signed-in user may not do: the services refuse it anyway.
    void allowMenuItems(wxMenu* popup);
    // The menus show the modules that are on: read when the office opens
    // and after System settings, where they are switched.

    std::unique_ptr<services::OfficeSession> office_;
    OfficeConnector& connector_;
    UserSettings& settings_;
    wxBitmapButton* hamburger_ = nullptr;
    HomePanel* home_ = nullptr;
    wxPanel* body_ = nullptr;
    wxSizer* column_ = nullptr;
    TimerBar* timerBar_ = nullptr;
    wxSearchCtrl* quick_ = nullptr;
    wxTimer typing_;
    std::unique_ptr<SessionLock> lock_;
    std::unique_ptr<ScheduledBackup> scheduledBackup_; // before the office goes: it waits for its copy
    MenuModules modules_;
    MessageBar* smsBar_ = nullptr;
    GatewaySecret smsSecret_;
    std::unique_ptr<SmsDispatch> smsDispatch_; // after the secret it reads; waits for its pass when it goes
};

} // namespace praklit::ui
