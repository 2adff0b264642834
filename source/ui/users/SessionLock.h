#pragma once
#include "domain/IdleWatch.h"
#include "services/OfficeSession.h"

#include <wx/event.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>
#include <optional>

class wxWindow;

namespace praklit::ui {

// Locks the program after the office's idle minutes (System settings →
// Security) or when asked (ID_LOCK): every window is hidden — open cards and
// what was typed in them stay as they were — and the signed-in user's
// password opens them again. A user without a password, on an embedded
// office that does not require one, has nothing to unlock with and is not
// locked.
class SessionLock : public wxEvtHandler {
public:
    using OfficeFn = std::function<services::OfficeSession&()>;
    explicit SessionLock(OfficeFn office);
    ~SessionLock() override;

    // Reads the office's idle minutes again (another office, new settings).
    void reload();
    // The once-a-second check; tests call it with made-up times.
    void tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle);
    // Locks now and asks for the password; true once unlocked (or when there
    // is nothing to lock with), false when the person quit instead.
    bool lockNow();

    // Whether the program is locked now: the time counters wait to ask about
    // idle time until the person is back in.
    static bool active();

private:
    OfficeFn office_;
    wxTimer timer_;
    IdleWatch idle_;
    int minutes_ = 15;
};

} // namespace praklit::ui
