#pragma once
// גיבוי ושחזור: where and how often the office is backed up, how many
// backups are kept, the backups there with their manifests, and a restore.
#include "services/BackupService.h"

#include <wx/dialog.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

class wxButton;
class wxDataViewListCtrl;
class wxGauge;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;
class wxTimer;

namespace praklit::ui {

class MessageBar;

// Tools → Backup and restore. A backup or a restore runs on a thread of its
// own with its own session on the office (the office stays in use) while a
// waiting line says so; what BackupService answers is shown here.
class BackupDialog : public wxDialog {
public:
    BackupDialog(wxWindow* parent, services::OfficeSession& office);
    ~BackupDialog() override;

    bool saveSettings();     // true when stored
    void backUpNow();        // starts; busy() until it is done
    void restoreSelected();  // asks, then starts; busy() until it is done
    bool busy() const { return working_; }
    // The office was replaced by a backup: the windows on it must read it again.
    bool restored() const { return restored_; }
    // How the restore is confirmed (a message box; tests answer themselves).
    void setConfirm(std::function<bool(const wxString& manifest)> confirm) { confirm_ = std::move(confirm); }

    wxDataViewListCtrl* backupList() const { return list_; }
    const std::vector<services::BackupManifest>& backups() const { return backups_; }
    MessageBar& messages() { return *bar_; }

private:
    void showBackups();
    void showSelected();
    void run(const wxString& waiting, std::function<wxString(services::OfficeSession&)> work);
    void finished(const wxString& said, bool failed);

    services::OfficeSession& office_;
    MessageBar* bar_ = nullptr;
    wxTextCtrl* folder_ = nullptr;
    wxSpinCtrl* interval_ = nullptr;
    wxSpinCtrl* generations_ = nullptr;
    wxDataViewListCtrl* list_ = nullptr;
    wxTextCtrl* details_ = nullptr;
    wxStaticText* waiting_ = nullptr;
    wxGauge* gauge_ = nullptr;
    std::unique_ptr<wxTimer> pulse_;
    std::vector<wxButton*> buttons_; // disabled while working
    wxButton* restore_ = nullptr;
    std::vector<services::BackupManifest> backups_;
    std::function<bool(const wxString&)> confirm_;
    std::thread worker_;
    std::atomic<bool> working_{false};
    std::atomic<bool> restored_{false}; // set by the worker
    std::shared_ptr<bool> alive_;
};

// The words a manifest is shown in, for the dialog and its confirmation.
wxString manifestText(const services::BackupManifest& m);

} // namespace praklit::ui
