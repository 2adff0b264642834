#pragma once
#include "services/OfficeSession.h"

#include <wx/event.h>
#include <wx/timer.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace praklit::ui {

// The office's scheduled backup: asked shortly after start and every hour whether one
// is due (BackupService::backupIfDue), on a thread of its own with its own
// session, so the window never waits for the copy. Only a user who may make
// backups starts one; a failure is told through `report` on the UI thread.
class ScheduledBackup : public wxEvtHandler {
public:
    ScheduledBackup(std::function<services::OfficeSession*()> office, std::function<void(const wxString&)> report);
    ~ScheduledBackup() override;
    void checkNow();
    bool busy() const { return running_; }

private:
    std::function<services::OfficeSession*()> office_;
    std::function<void(const wxString&)> report_;
    wxTimer timer_;
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::shared_ptr<bool> alive_;
};

} // namespace praklit::ui
