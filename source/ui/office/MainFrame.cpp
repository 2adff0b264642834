#include "ui/office/MainFrame.h"

#include "domain/Error.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Language.h"
#include "ui/billing/DatedTablesDialog.h"
#include "ui/billing/LetterheadDialog.h"
#include "ui/billing/ReportsFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ClientSearchFrame.h"
#include "ui/office/AboutBox.h"
#include "ui/office/AuditLogFrame.h"
#include "ui/office/BackupDialog.h"
#include "ui/office/ScheduledBackup.h"
#include "ui/office/SmsDispatch.h"
#include "ui/court/CourtWording.h"
#include "ui/court/SyncReportsFrame.h"
#include "ui/office/Artwork.h"
#include "ui/office/HomePanel.h"
#include "ui/office/Shortcuts.h"
#include "ui/office/MainMenu.h"
#include "ui/office/OfficeConnector.h"
#include "ui/office/UserSettings.h"
#include "ui/time/TimerBar.h"
#include "ui/time/TimersDialog.h"
#include "ui/users/SessionLock.h"
#include "ui/users/SignInFlow.h"
#include "ui/users/UsersDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/bmpbuttn.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/statline.h>
#include <wx/statusbr.h>

namespace praklit::ui {

MainFrame::MainFrame(std::unique_ptr<services::OfficeSession> office, OfficeConnector& connector, UserSettings& settings)
    : wxFrame(nullptr, wxID_ANY, _("Praklit"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "praklit_main"),
      office_(std::move(office)), connector_(connector), settings_(settings), typing_(this)
{
    SetIcons(appIcons());
    SetMenuBar(makeMainMenuBar());
    CreateStatusBar(2);

    auto* body = new wxPanel(this);
    body_ = body;
    // A sizer's first item sits at the start edge: the right one in Hebrew.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    hamburger_ = new wxBitmapButton(body, wxID_ANY, hamburgerIcon(), wxDefaultPosition, wxDefaultSize, wxBU_AUTODRAW,
                                    wxDefaultValidator, "hamburger");
    hamburger_->SetToolTip(_("Menu"));
    top->Add(hamburger_, wxSizerFlags().Border(wxALL, FromDIP(6)));
    // The running time counter, then the quick search at the end edge (UI.md).
    timerBar_ = new TimerBar(body, *office_);
    top->Add(timerBar_, wxSizerFlags().CenterVertical().Border(wxALL, FromDIP(4)));
    top->AddStretchSpacer();
    quick_ = new wxSearchCtrl(body, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)), wxTE_PROCESS_ENTER,
                              wxDefaultValidator, "quick_search");
    quick_->ShowCancelButton(true);
    quick_->SetDescriptiveText(_("Search a client or a case (Ctrl+K)"));
    top->Add(quick_, wxSizerFlags().CenterVertical().Border(wxALL, FromDIP(6)));

    column_ = new wxBoxSizer(wxVERTICAL);
    column_->Add(top, wxSizerFlags().Expand());
    column_->Add(new wxStaticLine(body), wxSizerFlags().Expand());
    // The background SMS dispatch's one line, when messages are not going out.
    smsBar_ = new MessageBar(body);
    smsBar_->SetName("sms_bar");
    column_->Add(smsBar_, wxSizerFlags().Expand());
    body->SetSizer(column_);
    makeHome();

    // The same pause as the search screen's before a search goes out.
    quick_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typing_.StartOnce(150); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { home_->quickSearch(quick_->GetValue()); });
    quick_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { quick_->Clear(); });
    quick_->Bind(wxEVT_KEY_DOWN, &MainFrame::onQuickKey, this);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        quick_->SetFocus();
        quick_->SelectAll();
    }, ID_QUICK_SEARCH);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showShortcuts(this); }, ID_SHORTCUTS);
    Bind(wxEVT_MENU, &MainFrame::onSystemSettings, this, ID_SYSTEM_SETTINGS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showClientSearch(); }, ID_CLIENTS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ReportsFrame::show(this, *office_); }, ID_REPORTS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { LetterheadDialog(this, *office_).ShowModal(); }, ID_LETTERHEAD);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { DatedTablesDialog(this, *office_).ShowModal(); }, ID_DATED_TABLES);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        auto dialog = makeSystemSettingsDialog();
        dialog->selectPage("sms_templates_page");
        dialog->ShowModal();
    }, ID_SMS_TEMPLATES);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { startCourtDownload(this, *office_, services::SyncScope::All, 0); },
         ID_COURT_DOWNLOAD_ALL);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SyncReportsFrame::show(this, *office_); }, ID_COURT_REPORTS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        auto dialog = makeSystemSettingsDialog();
        dialog->selectPage("court_page");
        dialog->ShowModal();
    }, ID_COURT_SETTINGS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (auto dialog = makeUsersDialog()) dialog->ShowModal();
        showOffice(); // the signed-in user's own name or group may have changed
    }, ID_USERS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        changeOwnPassword(this, *office_);
    }, ID_CHANGE_PASSWORD);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { lock_->lockNow(); }, ID_LOCK);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { AuditLogFrame::show(this, *office_); }, ID_AUDIT_LOG);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        BackupDialog backups(this, *office_);
        backups.ShowModal();
        if (!backups.restored()) return;
        closeOfficeWindows(); // they show the office as it was before the restore
        TimersDialog::closeCurrent();
        timerBar_->useOffice(*office_);
        makeHome();
        showOffice();
        smsDispatch_->restart();
    }, ID_BACKUP);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAboutBox(this); }, wxID_ABOUT);
    hamburger_->Bind(wxEVT_BUTTON, &MainFrame::onHamburger, this);
    // Back from the command line (`praklit-cli demo generate`) or another
    // window: the numbers may have changed.
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && home_) {
            home_->showOffice();
            followModules();
        }
        event.Skip();
    });

    lock_ = std::make_unique<SessionLock>([this]() -> services::OfficeSession& { return *office_; });
    scheduledBackup_ = std::make_unique<ScheduledBackup>([this] { return office_.get(); },
                                                         [this](const wxString& problem) { SetStatusText(problem, 0); });
    smsDispatch_ = std::make_unique<SmsDispatch>(this, [this] { return office_.get(); }, smsSecret_,
                                                 [this](const wxString& line) {
                                                     if (line.empty()) smsBar_->clear();
                                                     else smsBar_->showProblem(line);
                                                     body_->Layout();
                                                 });
    showOffice();
    SetSize(FromDIP(wxSize(900, 600)));
    SetMinSize(FromDIP(wxSize(560, 400)));
    Centre();
}

MainFrame::~MainFrame() = default;

wxWindow* MainFrame::hamburgerButton() const { return hamburger_; }

void MainFrame::allowMenuItems(wxMenu* popup)
{
    const std::pair<int, Permission> guarded[] = {
        {ID_USERS, Permission::ManageUsers},   {ID_LETTERHEAD, Permission::ManageUsers},
        {ID_AUDIT_LOG, Permission::SeeAudit},  {ID_BACKUP, Permission::Backups},
        {ID_COURT_DOWNLOAD_ALL, Permission::DownloadCourt}, {ID_COURT_REPORTS, Permission::DownloadCourt},
    };
    for (const auto& [id, permission] : guarded) {
        wxMenuItem* item = popup ? popup->FindItem(id) : GetMenuBar()->FindItem(id);
        if (item) item->Enable(office_->can(permission));
    }
}

void MainFrame::showOffice()
{
    const std::string display = text::ltr(office_->url().display());
    SetTitle(_("Praklit") + wxString::FromUTF8(" — ") + wx(display));
    SetStatusText(wxString::Format(_("User: %s"), wx(text::ltr(office_->user().shownName()))), 0);
    SetStatusText(wxString::Format(_("Database: %s"), wx(display)), 1);
    home_->showOffice();
    followModules();
}

void MainFrame::followModules()
{
    MenuModules modules;
    try {
        services::SmsService sms(*office_);
        modules.sms = sms.moduleOn(Module::Sms);
        modules.court = sms.moduleOn(Module::Court);
    } catch (const std::exception&) {
        // The office unreachable for a moment: the menus stay as they were.
        modules = modules_;
    }
    if (!(modules == modules_) || !GetMenuBar()) {
        if (modules.court != modules_.court && home_) home_->readCourt(); // its lists come or go at once
        modules_ = modules;
        wxMenuBar* old = GetMenuBar();
        SetMenuBar(makeMainMenuBar(modules_));
        delete old;
    }
    allowMenuItems(nullptr);
}

bool MainFrame::quickSearching() const { return typing_.IsRunning() || home_->reading(); }

void MainFrame::makeHome()
{
    // The panel reads with a session of its own on the office's database:
    // another office is another panel.
    if (home_) {
        column_->Detach(home_);
        home_->Destroy();
    }
    home_ = new HomePanel(body_, *office_);
    column_->Add(home_, wxSizerFlags(1).Expand());
    body_->Layout();
}

void MainFrame::onQuickKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
        // Typed and not yet searched: the search comes first.
        if (typing_.IsRunning()) {
            typing_.Stop();
            home_->quickSearch(quick_->GetValue());
        }
        home_->openWhenRead();
        return;
    }
    if (key == WXK_DOWN || key == WXK_NUMPAD_DOWN) {
        home_->items()->SetFocus();
        return;
    }
    if (key == WXK_ESCAPE && !quick_->IsEmpty()) {
        quick_->Clear();
        return;
    }
    event.Skip();
}

void MainFrame::onHamburger(wxCommandEvent&)
{
    std::unique_ptr<wxMenu> menu(makeMainPopupMenu(modules_));
    allowMenuItems(menu.get());
    wxWindow* parent = hamburger_->GetParent();
    // Clicked: at the pointer GTK opens the menu towards the reading direction.
    if (hamburger_->GetScreenRect().Contains(wxGetMousePosition())) {
        parent->PopupMenu(menu.get());
        return;
    }
    // From the keyboard: below the button. An explicit point is the menu's
    // left corner in either direction, so right to left must allow for the
    // menu's width, which GTK tells only once it is shown: estimate it.
    wxPoint at = hamburger_->GetPosition() + wxPoint(0, hamburger_->GetSize().y);
    if (GetLayoutDirection() == wxLayout_RightToLeft) {
        int widest = 0;
        for (const wxMenuItem* item : menu->GetMenuItems())
            widest = std::max(widest, GetTextExtent(item->GetItemLabelText()).x);
        at.x += widest + FromDIP(90); // GTK's item padding and submenu arrow
    }
    parent->PopupMenu(menu.get(), at);
}

std::unique_ptr<SystemSettingsDialog> MainFrame::makeSystemSettingsDialog()
{
    SystemSettingsDialog::Values values;
    values.database = connector_.choiceFor(office_->url());
    values.language = settings_.language().value_or(text::Language::Hebrew);
    try {
        services::SettingsService officeSettings(*office_);
        values.timer = officeSettings.timerSettings();
        values.rounding = officeSettings.officeRounding();
        if (const auto folder = officeSettings.configuredDocumentsFolder()) values.documentsFolder = folder->string();
        else values.defaultDocumentsFolder = text::ltr(officeSettings.documentsFolder().string());
    } catch (const std::exception&) {
        // A server office without a documents folder yet: the field stays empty.
    }
    try {
        services::SettingsService officeSettings(*office_);
        SystemSettingsDialog::Values::Security security;
        security.server = office_->url().backend() == Backend::PostgreSQL;
        security.requirePassword = officeSettings.requiresPassword();
        security.lockMinutes = officeSettings.lockMinutes();
        security.editable = office_->can(Permission::ManageUsers);
        values.security = security;
    } catch (const std::exception&) {
        // The office unreachable for a moment: the page is not offered.
    }
    try {
        services::SmsService sms(*office_);
        SystemSettingsDialog::Values::Modules modules;
        modules.sms = sms.moduleOn(Module::Sms);
        modules.court = sms.moduleOn(Module::Court);
        modules.editable = office_->can(Permission::ManageUsers);
        values.modules = modules;
        if (modules.sms) {
            SystemSettingsDialog::Values::Sms page;
            page.settings = sms.settings();
            page.secretKnown = smsSecret_.get(office_->url()).has_value();
            page.secretLasts = smsSecret_.lasts();
            page.editable = office_->can(Permission::ManageUsers);
            values.sms = page;
        }
        if (modules.court) {
            services::CourtService court(*office_);
            SystemSettingsDialog::Values::Court page;
            page.settings = court.settings();
            page.card = court.linkedCard();
            page.editable = office_->can(Permission::ManageUsers);
            if (office_->can(Permission::DownloadCourt)) {
                page.link = [this](wxWindow* parent) { return linkSmartCard(parent, *office_); };
                page.check = [this](wxWindow* parent) { checkSmartCard(parent, *office_); };
            }
            values.court = page;
        }
    } catch (const std::exception&) {
        // The office unreachable for a moment: the modules' pages are not offered.
    }
    auto dialog = std::make_unique<SystemSettingsDialog>(
        this, values, office_->url(), connector_.canRememberPasswords(),
        [this](const SystemSettingsDialog::Values& chosen, const ConnectionUrl& url) {
            return applySettings(chosen, url);
        });
    if (values.sms) dialog->addTemplatesPage(*office_);
    return dialog;
}

SystemSettingsDialog::Problem MainFrame::applySettings(const SystemSettingsDialog::Values& values,
                                                       const ConnectionUrl& url)
{
    // The time counter and office pages were read from the open office: they
    // are kept there, before any switch to another one.
    if (values.timer) {
        try {
            services::SettingsService officeSettings(*office_);
            officeSettings.saveTimerSettings(*values.timer);
            const auto rounding = officeSettings.officeRounding();
            if (rounding.unitMinutes != values.rounding.unitMinutes || rounding.mode != values.rounding.mode)
                officeSettings.setOfficeRounding(values.rounding);
            const auto folder = officeSettings.configuredDocumentsFolder();
            if (!values.documentsFolder.empty() && (!folder || folder->string() != values.documentsFolder))
                officeSettings.setDocumentsFolder(pathOf(wx(values.documentsFolder)));
        } catch (const Error& e) {
            return {wx(e.what()), e.field()};
        } catch (const std::exception& e) {
            return wx(e.what());
        }
        timerBar_->reload(); // the idle threshold may have changed
    }
    if (values.security && values.security->editable) {
        try {
            services::SettingsService officeSettings(*office_);
            if (!values.security->server && values.security->requirePassword != officeSettings.requiresPassword())
                officeSettings.setRequiresPassword(values.security->requirePassword);
            if (values.security->lockMinutes != officeSettings.lockMinutes())
                officeSettings.setLockMinutes(values.security->lockMinutes);
        } catch (const Error& e) {
            return {wx(e.what()), e.field()};
        } catch (const std::exception& e) {
            return wx(e.what());
        }
        lock_->reload();
    }
    if (values.modules && values.modules->editable) {
        try {
            services::SmsService sms(*office_);
            const std::pair<Module, bool> chosen[] = {{Module::Sms, values.modules->sms}, {Module::Court, values.modules->court}};
            for (const auto& [module, on] : chosen)
                if (sms.moduleOn(module) != on) sms.setModule(module, on);
        } catch (const Error& e) {
            return {wx(e.what()), e.field()};
        } catch (const std::exception& e) {
            return wx(e.what());
        }
    }
    if (values.sms && values.sms->editable) {
        try {
            services::SmsService(*office_).saveSettings(values.sms->settings);
        } catch (const Error& e) {
            return {wx(e.what()), e.field()};
        } catch (const std::exception& e) {
            return wx(e.what());
        }
        // Only once the settings it goes with are kept.
        if (!values.sms->secret.empty()) smsSecret_.set(office_->url(), values.sms->secret);
    }
    if (values.court && values.court->editable) {
        try {
            services::CourtService(*office_).saveSettings(values.court->settings);
        } catch (const Error& e) {
            return {wx(e.what()), e.field()};
        } catch (const std::exception& e) {
            return wx(e.what());
        }
    }
    if (values.modules) {
        followModules();
        smsDispatch_->restart();
    }
    if (url.withPassword() != office_->url().withPassword()) {
        try {
            auto office = connector_.open(url, OpenMode::CreateIfMissing, this);
            if (!office) return _("Not signed in: the office was not opened.");
            closeOfficeWindows(); // they read and write the old office
            TimersDialog::closeCurrent(); // it reads and writes the old office
            office_ = std::move(office); // the old one closes only once the new one is open
            timerBar_->useOffice(*office_);
            makeHome();
            lock_->reload();
            smsDispatch_->restart();
        } catch (const std::exception& e) {
            return wx(e.what());
        }
        connector_.remember(values.database, url);
        showOffice();
    } else if (url.backend() == Backend::PostgreSQL) {
        connector_.remember(values.database, url); // the password's keeping may have changed
    }
    if (settings_.language().value_or(text::Language::Hebrew) != values.language) settings_.setLanguage(values.language);
    return {};
}

ClientSearchFrame* MainFrame::showClientSearch() { return ClientSearchFrame::show(this, *office_); }

std::unique_ptr<UsersDialog> MainFrame::makeUsersDialog() { return std::make_unique<UsersDialog>(this, *office_); }

void MainFrame::onClose(wxCloseEvent& event)
{
    // Client cards go first, each asking about details typed and not saved;
    // the person may keep one open, and then Praklit stays open too.
    const std::vector<wxWindow*> windows(wxTopLevelWindows.begin(), wxTopLevelWindows.end());
    for (wxWindow* window : windows) {
        auto* card = dynamic_cast<ClientCardFrame*>(window);
        if (card && card->GetParent() == this && event.CanVeto() && !card->Close()) {
            event.Veto();
            return;
        }
    }
    event.Skip();
}

void MainFrame::closeOfficeWindows()
{
    // Search screens and cards are this window's children; the modal settings dialog is not closed.
    const std::vector<wxWindow*> windows(wxTopLevelWindows.begin(), wxTopLevelWindows.end());
    for (wxWindow* window : windows)
        if (window->GetParent() == this &&
            (dynamic_cast<ClientSearchFrame*>(window) || dynamic_cast<ClientCardFrame*>(window)))
            window->Destroy(); // a client card takes its case cards with it
}

void MainFrame::onSystemSettings(wxCommandEvent&)
{
    auto dialog = makeSystemSettingsDialog();
    dialog->ShowModal();
}

} // namespace praklit::ui
