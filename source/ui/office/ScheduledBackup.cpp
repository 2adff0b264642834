#include "ui/office/ScheduledBackup.h"

#include "services/BackupService.h"
#include "ui/widgets/Utf8.h"

namespace praklit::ui {

ScheduledBackup::ScheduledBackup(std::function<services::OfficeSession*()> office, std::function<void(const wxString&)> report)
    : office_(std::move(office)), report_(std::move(report)), timer_(this), alive_(std::make_shared<bool>(true))
{
    // The first look a little after start, when the office's windows have
    // read what they show; then every hour.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        checkNow();
        if (timer_.IsOneShot()) timer_.Start(60 * 60 * 1000);
    });
    timer_.StartOnce(2 * 60 * 1000);
}

ScheduledBackup::~ScheduledBackup()
{
    *alive_ = false;
    timer_.Stop();
    if (worker_.joinable()) worker_.join();
}

void ScheduledBackup::checkNow()
{
    if (running_) return;
    services::OfficeSession* office = office_();
    if (!office || !office->can(Permission::Backups)) return;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    const ConnectionUrl url = office->url();
    const std::string login = office->user().login;
    std::weak_ptr<bool> alive = alive_;
    worker_ = std::thread([this, url, login, alive] {
        wxString problem;
        try {
            auto session = services::OfficeSession::open(url, login);
            services::BackupService(*session).backupIfDue();
        } catch (const std::exception& e) {
            problem = wx(e.what());
        }
        // The destructor waits for this thread, so `this` is still there.
        CallAfter([this, alive, problem] {
            if (auto a = alive.lock(); !a || !*a) return;
            running_ = false;
            if (!problem.empty() && report_) report_(problem);
        });
    });
}

} // namespace praklit::ui
