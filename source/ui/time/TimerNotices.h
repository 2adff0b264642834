#pragma once
#include <functional>

namespace praklit::ui {

// Tells every window that shows time counters (the main window's bar, the
// counters list) that one was started, paused or stopped in this program,
// so they read the counters again at once instead of at their next poll.
class TimerNotices {
public:
    using Listener = std::function<void()>;

    // Returns a ticket for unsubscribe(); the listener runs on the UI thread.
    static int subscribe(Listener listener);
    static void unsubscribe(int ticket);
    static void changed();
};

} // namespace praklit::ui
