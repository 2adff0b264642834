#include "ui/time/TimerButton.h"

#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/TimerService.h"
#include "text/Bidi.h"
#include "ui/time/TimerNotices.h"
#include "ui/time/TimersDialog.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/app.h>
#include <wx/choicdlg.h>

namespace praklit::ui {

namespace {

// The client's open cases and the general file; 0 for the general file,
// nullopt when the person cancelled.
std::optional<int64_t> chooseCase(wxWindow* parent, services::OfficeSession& office, int64_t clientId)
{
    std::vector<Case> open;
    if (!attempt(parent, [&] {
            for (auto& c : services::CaseService(office).forClient(clientId))
                if (c.status == CaseStatus::Open) open.push_back(std::move(c));
        }))
        return std::nullopt;
    wxArrayString labels;
    labels.Add(_("General file (no particular case)"));
    for (const auto& c : open) {
        wxString label = wx(text::ltr(c.internalNumber));
        if (!c.subject.empty()) label += wxString::FromUTF8(" — ") + wx(c.subject);
        labels.Add(label);
    }
    wxSingleChoiceDialog dialog(parent, _("Which file is the time for?"), _("Time counter"), labels);
    dialog.SetName("choose_case");
    dialog.SetSelection(open.size() == 1 ? 1 : 0);
    // GTK's stock labels follow the system's language, not the office's.
    labelStockButtons(&dialog, _("OK"));
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    const int chosen = dialog.GetSelection();
    return chosen <= 0 ? 0 : open[chosen - 1].id;
}

} // namespace

std::optional<Timer> startTimerFor(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
{
    if (caseId == 0) {
        const auto chosen = chooseCase(parent, office, clientId);
        if (!chosen) return std::nullopt;
        caseId = *chosen;
    }
    std::optional<Timer> timer;
    if (!attempt(parent, [&] { timer = services::TimerService(office).start(clientId, caseId); })) return std::nullopt;
    TimerNotices::changed();
    TimersDialog::showFor(wxTheApp->GetTopWindow() ? wxTheApp->GetTopWindow() : wxGetTopLevelParent(parent), office, timer->id);
    return timer;
}

TimerButton::TimerButton(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
    : wxButton(parent, wxID_ANY, _("Ti&me counter"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
               "timer_button"),
      office_(office), clientId_(clientId), caseId_(caseId)
{
    SetToolTip(caseId ? _("Start counting time on this case, or go on with its counter")
                      : _("Start counting time on one of this client's cases or on the general file"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startTimerFor(this, office_, clientId_, caseId_); });
}

void caseCardOpened(wxWindow* card, services::OfficeSession& office, int64_t caseId)
{
    std::optional<Timer> started;
    // A condition that cannot be read must not keep the card from opening.
    try {
        started = services::TimerService(office).caseCardOpened(caseId);
    } catch (const std::exception& e) {
        showProblem(card, wx(e.what()));
    }
    if (started) TimerNotices::changed();
}

} // namespace praklit::ui
