#pragma once
#include "services/TimerService.h"
#include "text/Timestamp.h"

#include <wx/dialog.h>

#include <vector>

namespace praklit::ui {

// Back after being away (idle or asleep) with a counter running: keep the
// time, discard the idle part, or split it (the time before becomes an
// entry and a new counter runs from now). Esc keeps it: nothing is lost.
class IdleDialog : public wxDialog {
public:
    IdleDialog(wxWindow* parent, text::Timestamp since, text::Timestamp back, const std::vector<wxString>& places);

    services::IdleChoice choice() const { return choice_; }
    static services::IdleChoice ask(wxWindow* parent, text::Timestamp since, text::Timestamp back,
                                    const std::vector<wxString>& places);

private:
    void choose(services::IdleChoice choice);
    services::IdleChoice choice_ = services::IdleChoice::Keep;
};

} // namespace praklit::ui
