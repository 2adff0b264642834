#pragma once
#include "domain/Timer.h"

#include <wx/string.h>

#include <cstdint>
#include <map>

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// Where a counter runs, in words: "Case 2024/113" or "General file", and the
// client's name. Cases and clients are read once and kept: a counter's place
// never changes, and the bar asks every second.
class TimerPlaces {
public:
    explicit TimerPlaces(services::OfficeSession& office) : office_(&office) {}

    void useOffice(services::OfficeSession& office);
    wxString caseLabel(const Timer& timer);   // case number (isolated) or the general file
    wxString clientName(const Timer& timer);
    wxString describe(const Timer& timer);    // "Case 2024/113 · כהן משה"

private:
    services::OfficeSession* office_;
    std::map<int64_t, wxString> cases_;
    std::map<int64_t, wxString> clients_;
};

} // namespace praklit::ui
