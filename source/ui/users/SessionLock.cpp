#include "ui/users/SessionLock.h"

#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "ui/time/UserIdle.h"
#include "ui/users/SignInDialog.h"
#include "ui/widgets/Utf8.h"

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/toplevel.h>
#include <wx/weakref.h>

#include <vector>

namespace praklit::ui {

namespace {
int g_locked = 0; // the program has one set of windows, and so one lock
} // namespace

bool SessionLock::active() { return g_locked > 0; }

SessionLock::SessionLock(OfficeFn office) : office_(std::move(office)), timer_(this)
{
    reload();
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(text::now(), userIdleTime()); });
    timer_.Start(1000);
}

SessionLock::~SessionLock() { timer_.Stop(); }

void SessionLock::reload()
{
    idle_.reset();
    try {
        minutes_ = services::SettingsService(office_()).lockMinutes();
    } catch (const std::exception&) {
        minutes_ = services::kDefaultLockMinutes; // the office unreachable for a moment: the default holds
    }
}

void SessionLock::tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle)
{
    if (active()) return;
    const auto threshold = std::chrono::minutes(minutes_);
    // Away past the threshold now, or back from a sleep longer than it.
    const bool away = userIdle && *userIdle >= threshold;
    const bool wasAsleep = idle_.tick(now, userIdle, threshold).has_value();
    if (!away && !wasAsleep) return;
    idle_.reset();
    // Out of the timer's handler first: the lock runs a modal loop.
    CallAfter([this] {
        if (!active()) lockNow();
    });
}

bool SessionLock::lockNow()
{
    if (active()) return true;
    auto& office = office_();
    bool required = false;
    try {
        required = services::SettingsService(office).requiresPassword();
    } catch (const std::exception&) {
        required = office.url().backend() == Backend::PostgreSQL;
    }
    if (!office.user().hasPassword && !required) return true;

    ++g_locked;
    // Frames are hidden; a modal dialog (a user or a charge being typed)
    // would end if hidden, so it moves out of sight instead.
    std::vector<wxWeakRef<wxWindow>> hidden;
    std::vector<std::pair<wxWeakRef<wxWindow>, wxPoint>> moved;
    for (wxWindow* window : wxTopLevelWindows) {
        if (!window->IsShown()) continue;
        if (auto* dialog = wxDynamicCast(window, wxDialog); dialog && dialog->IsModal()) {
            moved.emplace_back(dialog, dialog->GetPosition());
            dialog->Move(-20000, -20000);
        } else {
            hidden.emplace_back(window);
        }
    }
    for (auto& window : hidden) window->Hide();

    SignInDialog dialog(nullptr, SignInDialog::Purpose::Unlock, wx(text::ltr(office.url().display())),
                        office.user().login, [&office](const std::string& login, const std::string& password) {
                            try {
                                // Checked as a sign-in is: wrong tries count towards the lockout.
                                services::OfficeSession::signIn(office.url(), login, password);
                            } catch (const std::exception& e) {
                                return wx(e.what());
                            }
                            return wxString();
                        });
    const bool unlocked = dialog.ShowModal() == wxID_OK;
    --g_locked;
    idle_.reset();
    if (!unlocked) {
        // Quit: the windows go without asking, as when the computer is turned
        // off; what was saved is in the office.
        for (auto& [window, at] : moved)
            if (auto* modal = static_cast<wxDialog*>(window.get()); modal && modal->IsModal()) modal->EndModal(wxID_CANCEL);
        for (auto& window : hidden)
            if (window) window->Destroy();
        return false;
    }
    for (auto& [window, at] : moved)
        if (window) window->Move(at);
    for (auto& window : hidden)
        if (window) window->Show();
    return true;
}

} // namespace praklit::ui
