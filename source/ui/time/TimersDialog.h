#pragma once
#include "domain/Timer.h"
#include "ui/time/TimerPlaces.h"

#include <wx/dialog.h>
#include <wx/timer.h>

#include <vector>

class wxButton;
class wxDataViewEvent;
class wxDataViewListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// מוני זמן: all the user's counters, running and paused, with their live
// time, to pause or resume, stop, discard, or describe. Not modal: the work
// goes on while it is open. One at a time; showFor() brings it forward.
class TimersDialog : public wxDialog {
public:
    static TimersDialog* showFor(wxWindow* parent, services::OfficeSession& office, int64_t selectTimerId = 0);
    static TimersDialog* current();
    // Before the office it reads goes away: stops listening and closes.
    static void closeCurrent();
    void close();
    ~TimersDialog() override;

    void reload();
    void select(int64_t timerId);
    int64_t selectedId() const;
    const std::vector<Timer>& timers() const { return timers_; }
    wxDataViewListCtrl* list() const { return list_; }

    // The buttons' work, callable from tests without clicking.
    void pauseOrResume();
    void stopSelected();
    void discardSelected(bool confirm = true); // tests skip the question
    void saveDescription();

private:
    TimersDialog(wxWindow* parent, services::OfficeSession& office);
    void refreshClocks();
    void enableForSelection();
    const Timer* selected() const;

    services::OfficeSession& office_;
    TimerPlaces places_;
    std::vector<Timer> timers_;
    wxDataViewListCtrl* list_ = nullptr;
    wxStaticText* empty_ = nullptr;
    wxTextCtrl* description_ = nullptr;
    wxButton* saveDescription_ = nullptr;
    wxButton* pause_ = nullptr;
    wxButton* stop_ = nullptr;
    wxButton* discard_ = nullptr;
    wxTimer ticker_;
    int ticket_ = 0;
};

} // namespace praklit::ui
