#include "ui/court/CourtWording.h"

#include "domain/Module.h"
#include "domain/Permission.h"
#include "text/Bidi.h"
#include "ui/court/CardPinDialog.h"
#include "ui/court/CourtSyncFrame.h"
#include "ui/court/LinkCardDialog.h"
#include "ui/widgets/Alerts.h"
#include "ui/widgets/ModuleShown.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/toplevel.h>

namespace praklit::ui {

bool courtModuleOn(services::OfficeSession& office) { return moduleShown(office, Module::Court); }

bool canDownloadCourt(services::OfficeSession& office)
{
    // A convenience: the service is the guard.
    return office.can(Permission::DownloadCourt) && courtModuleOn(office);
}

wxButton* downloadCourtButton(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope, int64_t id)
{
    if (!canDownloadCourt(office)) return nullptr;
    auto* button = new wxButton(parent, wxID_ANY, _("Download Net HaMishpat &documents"), wxDefaultPosition, wxDefaultSize,
                                0, wxDefaultValidator, "court_download");
    button->Bind(wxEVT_BUTTON, [button, &office, scope, id](wxCommandEvent&) { startCourtDownload(button, office, scope, id); });
    return button;
}

void startCourtDownload(wxWindow* window, services::OfficeSession& office, services::SyncScope scope, int64_t id)
{
    wxWindow* top = wxGetTopLevelParent(window);
    if (auto* running = CourtSyncFrame::running()) {
        // The card signs one download at a time.
        running->Raise();
        showProblem(top, _("A Net HaMishpat download is already running: wait for it to finish, or stop it."));
        return;
    }
    std::optional<services::LinkedCard> card;
    try {
        card = services::CourtService(office).linkedCard();
    } catch (const std::exception& e) {
        showProblem(top, wx(e.what()));
        return;
    }
    if (!card) {
        showProblem(top, _("No smart card is linked to your user yet: link it in System settings → Net HaMishpat → "
                           "Link smart card."));
        return;
    }
    auto pin = askCardPin(top, *card, _("Type the card's code to download decisions, documents and hearings from "
                                        "Net HaMishpat."));
    if (!pin) return;
    // The main window is the parent: the download outlives the card it was started from.
    wxWindow* parent = wxTheApp->GetTopWindow() ? wxTheApp->GetTopWindow() : top;
    CourtSyncFrame::start(parent, office, scope, id, std::move(*pin));
}

std::optional<services::LinkedCard> linkSmartCard(wxWindow* parent, services::OfficeSession& office)
{
    LinkCardDialog dialog(parent, office);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.linked();
}

void checkSmartCard(wxWindow* parent, services::OfficeSession& office)
{
    std::optional<services::LinkedCard> card;
    try {
        card = services::CourtService(office).linkedCard();
    } catch (const std::exception& e) {
        showProblem(parent, wx(e.what()));
        return;
    }
    if (!card) return;
    auto pin = askCardPin(parent, *card, _("Type the card's code: the card signs a test challenge, and nothing is sent."));
    if (!pin) return;
    try {
        const auto certificate = services::CourtService(office).checkCard(std::move(*pin));
        showInformation(parent, wxString::Format(_("The card and its code work: the card of %s signed a test challenge."),
                                                 wx(text::isolate(certificate.holder))));
    } catch (const std::exception& e) {
        showProblem(parent, wx(e.what()));
    }
}

wxString hearingTimeText(const HearingEvent& h)
{
    std::string hours = h.startTime;
    if (!h.endTime.empty()) hours += "–" + h.endTime;
    return wx(text::ltr(utf8(displayDate(h.date)) + (hours.empty() ? "" : " " + hours)));
}

wxString hearingStatusText(const Hearing& h)
{
    const wxString status = wx(statusName(h.values.status));
    // TRANSLATORS: after a hearing's status: the court changed it since it was first downloaded
    return h.changed ? status + " " + _("(changed)") : status;
}

wxString hearingVideoText(const HearingEvent& h)
{
    // TRANSLATORS: a hearing held by video (היוועדות חזותית)
    return h.video ? _("Video") : wxString();
}

} // namespace praklit::ui
