#pragma once
#include "domain/IdleWatch.h"
#include "domain/Timer.h"
#include "ui/time/TimerPlaces.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <chrono>
#include <optional>
#include <vector>

class wxButton;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// The running counter in the main window's top bar: "⏱ 00:42:10 Case
// 2024/113", Pause/Resume, Stop (■), and the list of all the user's counters
// (מוני זמן). Elapsed time is computed each second from the stored instants,
// never counted here, so what it shows is what the database holds. The same
// tick notices the person was away and asks what to do with that time.
class TimerBar : public wxPanel {
public:
    TimerBar(wxWindow* parent, services::OfficeSession& office);
    ~TimerBar() override;

    void useOffice(services::OfficeSession& office);
    void reload(); // reads the user's counters again

    // The counter shown: the first running one, else the first paused one.
    std::optional<Timer> shown() const;
    const std::vector<Timer>& timers() const { return timers_; }
    wxString clockText() const;
    wxString placeText() const;

    // The once-a-second work, public so tests can give their own clock and idle time.
    void tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle);

    wxButton* pauseButton() const { return pause_; }
    wxButton* stopButton() const { return stop_; }
    wxButton* listButton() const { return list_; }

private:
    void showTimers(text::Timestamp now);
    void onPause(wxCommandEvent& event);
    void onStop(wxCommandEvent& event);
    void onList(wxCommandEvent& event);
    void askAboutIdle(text::Timestamp since);

    services::OfficeSession* office_;
    TimerPlaces places_;
    std::vector<Timer> timers_;
    int idleMinutes_ = 15;
    wxStaticText* clock_ = nullptr;
    wxStaticText* place_ = nullptr;
    wxButton* pause_ = nullptr;
    wxButton* stop_ = nullptr;
    wxButton* list_ = nullptr;
    wxTimer ticker_;
    int sinceReload_ = 0;
    IdleWatch idle_;
    bool askingIdle_ = false;
    int ticket_ = 0;
};

} // namespace praklit::ui
