#include "ui/time/TimerBar.h"

#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "text/Bidi.h"
#include "ui/time/IdleDialog.h"
#include "ui/time/StopTimerDialog.h"
#include "ui/time/TimerNotices.h"
#include "ui/time/TimersDialog.h"
#include "ui/time/UserIdle.h"
#include "ui/users/SessionLock.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {
constexpr int kReloadEverySeconds = 10; // counters changed elsewhere (another window, the CLI)
const wxString kClockSign = wxString::FromUTF8("\u23F1 "); // ⏱
} // namespace

TimerBar::TimerBar(wxWindow* parent, services::OfficeSession& office)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "timer_bar"), office_(&office),
      places_(office), ticker_(this)
{
    clock_ = new wxStaticText(this, wxID_ANY, kClockSign + "000:00:00", wxDefaultPosition, wxDefaultSize, 0, "timer_clock");
    clock_->SetFont(clock_->GetFont().Bold());
    clock_->SetMinSize(clock_->GetBestSize());
    place_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "timer_place");
    pause_ = new wxButton(this, wxID_ANY, _("&Pause"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT, wxDefaultValidator,
                          "timer_pause");
    stop_ = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u25A0"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                         wxDefaultValidator, "timer_stop");
    stop_->SetToolTip(_("Stop the counter and record the time"));
    list_ = new wxButton(this, wxID_ANY, _("Time &counters"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                         wxDefaultValidator, "timer_list");
    list_->SetToolTip(_("All your time counters, running and paused"));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(6);
    row->Add(clock_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    row->Add(place_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    row->Add(pause_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(2)));
    row->Add(stop_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(2)));
    row->Add(list_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    SetSizer(row);

    pause_->Bind(wxEVT_BUTTON, &TimerBar::onPause, this);
    stop_->Bind(wxEVT_BUTTON, &TimerBar::onStop, this);
    list_->Bind(wxEVT_BUTTON, &TimerBar::onList, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(text::now(), userIdleTime()); });
    ticket_ = TimerNotices::subscribe([this] { reload(); });

    reload();
    ticker_.Start(1000);
}

TimerBar::~TimerBar()
{
    ticker_.Stop();
    TimerNotices::unsubscribe(ticket_);
}

void TimerBar::useOffice(services::OfficeSession& office)
{
    office_ = &office;
    places_.useOffice(office);
    idle_.reset();
    reload();
}

void TimerBar::reload()
{
    sinceReload_ = 0;
    try {
        timers_ = services::TimerService(*office_).list();
        idleMinutes_ = services::SettingsService(*office_).timerSettings().idleMinutes;
    } catch (const std::exception&) {
        timers_.clear(); // the office is unreachable: the status bar and the next poll tell
    }
    showTimers(text::now());
}

std::optional<Timer> TimerBar::shown() const
{
    if (timers_.empty()) return std::nullopt;
    return timers_.front(); // the service lists running ones first
}

wxString TimerBar::clockText() const { return clock_->GetLabel(); }
wxString TimerBar::placeText() const { return place_->GetLabel(); }

void TimerBar::showTimers(text::Timestamp now)
{
    const auto timer = shown();
    const bool any = timer.has_value();
    bool relayout = clock_->IsShown() != any;
    clock_->Show(any);
    place_->Show(any);
    pause_->Show(any);
    stop_->Show(any);
    if (any) {
        clock_->SetLabel(kClockSign + wx(text::ltr(formatElapsed(timer->elapsed(now)))));
        wxString place = places_.caseLabel(*timer);
        if (!timer->running()) place += " " + _("(paused)");
        if (place != place_->GetLabel()) {
            place_->SetLabel(place);
            relayout = true;
        }
        place_->SetToolTip(places_.describe(*timer) +
                           (timer->description.empty() ? wxString() : "\n" + wx(timer->description)));
        const wxString pauseLabel = timer->running() ? _("&Pause") : _("&Resume");
        if (pause_->GetLabel() != pauseLabel) {
            pause_->SetLabel(pauseLabel);
            relayout = true;
        }
    }
    const wxString listLabel =
        timers_.size() > 1 ? wxString::Format(_("Time counters (%d)"), static_cast<int>(timers_.size())) : _("Time &counters");
    if (list_->GetLabel() != listLabel) {
        list_->SetLabel(listLabel);
        relayout = true;
    }
    if (relayout) {
        Layout();
        InvalidateBestSize();
        if (GetParent()) GetParent()->Layout();
    }
}

void TimerBar::tick(text::Timestamp now, std::optional<std::chrono::seconds> userIdle)
{
    if (++sinceReload_ >= kReloadEverySeconds) reload();
    showTimers(now);
    // Locked, nobody is there to answer: once unlocked the watch sees the
    // time since its last tick as time away, from when idleness began.
    if (SessionLock::active()) return;
    const auto away = idle_.tick(now, userIdle, std::chrono::minutes(idleMinutes_));
    if (away && !askingIdle_) askAboutIdle(*away);
}

void TimerBar::askAboutIdle(text::Timestamp since)
{
    reload();
    std::vector<Timer> affected;
    for (const auto& t : timers_)
        if (t.running() && *t.runningSince < text::now()) affected.push_back(t);
    if (affected.empty()) return;
    std::vector<wxString> places;
    for (const auto& t : affected) places.push_back(places_.describe(t));

    askingIdle_ = true;
    const auto choice = IdleDialog::ask(wxGetTopLevelParent(this), since, text::now(), places);
    for (const auto& t : affected)
        attempt(this, [&] { services::TimerService(*office_).resolveIdle(t.id, since, choice); });
    askingIdle_ = false;
    TimerNotices::changed();
}

void TimerBar::onPause(wxCommandEvent&)
{
    const auto timer = shown();
    if (!timer) return;
    attempt(this, [&] {
        services::TimerService timers(*office_);
        if (timer->running()) timers.pause(timer->id);
        else timers.resume(timer->id);
    });
    TimerNotices::changed();
}

void TimerBar::onStop(wxCommandEvent&)
{
    const auto timer = shown();
    if (!timer) return;
    StopTimerDialog::ask(wxGetTopLevelParent(this), *office_, timer->id, places_.describe(*timer));
    TimerNotices::changed();
}

void TimerBar::onList(wxCommandEvent&)
{
    const auto timer = shown();
    TimersDialog::showFor(wxGetTopLevelParent(this), *office_, timer ? timer->id : 0);
}

} // namespace praklit::ui
