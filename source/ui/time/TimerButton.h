#pragma once
#include <wx/button.h>

#include <cstdint>
#include <optional>

#include "domain/Timer.h"

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// [מונה זמן] at the top of a case card (caseId set) or a client card (caseId
// 0): from a case card it starts the counter on that case, or resumes the one
// already there; from a client card it first asks which of the client's open
// cases, or the client's general file. Then the counters list shows it, with
// its description, pause and stop.
std::optional<Timer> startTimerFor(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId);

// The button itself, for a card to put in its top row.
class TimerButton : public wxButton {
public:
    TimerButton(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId);

private:
    services::OfficeSession& office_;
    int64_t clientId_;
    int64_t caseId_;
};

// The case card's automatic condition (Personal settings – time counter):
// call when a case card opens. Starts a counter when the user chose so.
void caseCardOpened(wxWindow* card, services::OfficeSession& office, int64_t caseId);

} // namespace praklit::ui
