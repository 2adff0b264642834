#include "ui/time/TimerNotices.h"

#include <map>
#include <vector>

namespace praklit::ui {

namespace {
std::map<int, TimerNotices::Listener>& listeners()
{
    static std::map<int, TimerNotices::Listener> all;
    return all;
}
int g_next = 1;
} // namespace

int TimerNotices::subscribe(Listener listener)
{
    listeners().emplace(g_next, std::move(listener));
    return g_next++;
}

void TimerNotices::unsubscribe(int ticket) { listeners().erase(ticket); }

void TimerNotices::changed()
{
    // A listener may close its window, and so unsubscribe, while we go round.
    std::vector<int> tickets;
    for (const auto& [ticket, listener] : listeners()) tickets.push_back(ticket);
    for (int ticket : tickets) {
        const auto it = listeners().find(ticket);
        if (it == listeners().end()) continue;
        const Listener listener = it->second;
        listener();
    }
}

} // namespace praklit::ui
