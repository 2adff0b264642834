#include "ui/time/TimerPlaces.h"

#include "services/CaseService.h"
#include "services/ClientService.h"
#include "text/Bidi.h"
#include "ui/widgets/Utf8.h"

#include <wx/intl.h>

namespace praklit::ui {

void TimerPlaces::useOffice(services::OfficeSession& office)
{
    office_ = &office;
    cases_.clear();
    clients_.clear();
}

wxString TimerPlaces::caseLabel(const Timer& timer)
{
    // TRANSLATORS: a client's file for work on no particular case (תיק כללי).
    if (timer.caseId == 0) return _("General file");
    auto it = cases_.find(timer.caseId);
    if (it == cases_.end()) {
        wxString label;
        try {
            const auto c = services::CaseService(*office_).get(timer.caseId);
            // TRANSLATORS: %s is the office's case number, e.g. 2024/113.
            label = wxString::Format(_("Case %s"), wx(text::ltr(c.internalNumber)));
        } catch (const std::exception&) {
            label = wxString::Format(_("Case %s"), wx(text::ltr(std::to_string(timer.caseId))));
        }
        it = cases_.emplace(timer.caseId, label).first;
    }
    return it->second;
}

wxString TimerPlaces::clientName(const Timer& timer)
{
    auto it = clients_.find(timer.clientId);
    if (it == clients_.end()) {
        wxString name;
        try {
            name = wx(services::ClientService(*office_).get(timer.clientId).displayName());
        } catch (const std::exception&) {
        }
        it = clients_.emplace(timer.clientId, name).first;
    }
    return it->second;
}

wxString TimerPlaces::describe(const Timer& timer)
{
    const wxString client = clientName(timer);
    return client.empty() ? caseLabel(timer) : caseLabel(timer) + wxString::FromUTF8(" · ") + client;
}

} // namespace praklit::ui
