#pragma once
// How the Net HaMishpat module reads on screen, and the one way a download
// starts from a window: the card's code asked, then the window following it.
#include "services/CourtService.h"

#include <wx/string.h>

#include <cstdint>
#include <optional>

class wxButton;
class wxWindow;

namespace praklit::ui {

// The module is on (System settings → Modules); an office that cannot be
// read now shows it off, and the next window asks again.
bool courtModuleOn(services::OfficeSession& office);
// The module is on and the user may download: the download buttons and menu items.
bool canDownloadCourt(services::OfficeSession& office);

// [הורד מסמכי נט המשפט] for the client's cases (Client) or one case (Case);
// nullptr while the module is off or the user may not download.
wxButton* downloadCourtButton(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope, int64_t id);
// Asks the card's code and opens the window following the download (or
// raises the one already running). A user with no card linked is told where
// to link one.
void startCourtDownload(wxWindow* window, services::OfficeSession& office, services::SyncScope scope, int64_t id);

// Links the signed-in user's card (LinkCardDialog); the card linked, or
// nothing when the person cancelled.
std::optional<services::LinkedCard> linkSmartCard(wxWindow* parent, services::OfficeSession& office);
// Asks the code and signs a test challenge with the linked card, and says
// how it went: the card and its code checked before a download.
void checkSmartCard(wxWindow* parent, services::OfficeSession& office);

// A hearing's day and hours: "13/04/2027 09:30–10:00", left to right.
wxString hearingTimeText(const HearingEvent& h);
// Its status, "(changed)" after it when the court changed it since it came.
wxString hearingStatusText(const Hearing& h);
// Whether it is held by video (היוועדות חזותית): "Video" or "".
wxString hearingVideoText(const HearingEvent& h);

} // namespace praklit::ui
