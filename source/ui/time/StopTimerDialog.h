#pragma once
#include "domain/Timer.h"
#include "services/TimerService.h"

#include <wx/dialog.h>

#include <optional>

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// Stopping a counter (forms/stop_timer.xrc): the description and whether the
// time is billable; a counter running past the user's threshold also asks
// when the work really ended (default now). OK asks TimerService::stop; a
// refused time keeps the dialog open with the service's sentence.
class StopTimerDialog : public wxDialog {
public:
    StopTimerDialog(wxWindow* parent, services::OfficeSession& office, const Timer& timer, const wxString& place,
                    bool askEnd);

    // Reads the counter afresh and asks; the result when it was stopped.
    static std::optional<services::StopResult> ask(wxWindow* parent, services::OfficeSession& office, int64_t timerId,
                                                   const wxString& place);

    const std::optional<services::StopResult>& result() const { return result_; }
    bool asksEnd() const { return askEnd_; }
    // The end time as picked, in Israel time ("yyyy-mm-dd HH:MM:SS").
    wxString pickedEnd() const;
    void setPickedEnd(int year, int month, int day, int hour, int minute);
    void showMessage(const wxString& sentence, const std::string& field = {});

private:
    void onOk(wxCommandEvent& event);
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    services::OfficeSession& office_;
    Timer timer_;
    bool askEnd_;
    std::optional<services::StopResult> result_;
};

} // namespace praklit::ui
