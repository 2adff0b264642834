#pragma once
#include "services/OfficeSession.h"
#include "ui/office/StartOptions.h"

#include <wx/app.h>
#include <wx/weakref.h>

#include <memory>

class wxCmdLineParser;

namespace praklit::ui {

class MainFrame;
class OfficeConnector;
class PasswordStore;
class UserSettings;

// The GUI's composition root. start() is everything OnInit does after the
// command line is read, so tests start the program exactly as it starts.
class PraklitApp : public wxApp {
public:
    PraklitApp();
    ~PraklitApp() override;

    // Sets the language, opens the office (asking for another when it will
    // not open) and shows the main window. False when the person cancelled.
    bool start(const StartOptions& options);
    MainFrame* mainFrame() const { return frame_.get(); }

    // Poedit's way: direction from the language's ICU data, not from the
    // C library's locale, which may lack he_IL.
    wxLayoutDirection GetLayoutDirection() const override;

    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    void setUpOnce();
    void useLanguage(const StartOptions& options);
    std::unique_ptr<services::OfficeSession> openOffice(const StartOptions& options);
    std::unique_ptr<services::OfficeSession> chooseAnotherOffice(const ConnectionUrl& failed, const wxString& why);

    StartOptions options_;
    bool rightToLeft_ = true;
    std::unique_ptr<UserSettings> settings_;
    std::unique_ptr<PasswordStore> passwords_;
    std::unique_ptr<OfficeConnector> connector_;
    wxWeakRef<MainFrame> frame_;
};

} // namespace praklit::ui
