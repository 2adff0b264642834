#include "domain/Court.h"

#include "text/Format.h"
#include "text/Translate.h"

namespace praklit {

using text::format;
using text::tr;

std::string_view toString(CourtFolder folder)
{
    switch (folder) {
    case CourtFolder::Decisions: return "decisions";
    case CourtFolder::Pleadings: return "pleadings";
    case CourtFolder::Protocols: return "protocols";
    case CourtFolder::RequestsAndOrders: return "requests";
    }
    return "decisions";
}

std::optional<CourtFolder> parseCourtFolder(std::string_view text)
{
    for (auto f : {CourtFolder::Decisions, CourtFolder::Pleadings, CourtFolder::Protocols, CourtFolder::RequestsAndOrders})
        if (toString(f) == text) return f;
    return std::nullopt;
}

std::string folderName(CourtFolder folder)
{
    switch (folder) {
    // TRANSLATORS: a Net HaMishpat folder
    case CourtFolder::Decisions: return tr("Decisions");
    // TRANSLATORS: a Net HaMishpat folder
    case CourtFolder::Pleadings: return tr("Pleadings");
    // TRANSLATORS: a Net HaMishpat folder
    case CourtFolder::Protocols: return tr("Protocols");
    // TRANSLATORS: a Net HaMishpat folder
    case CourtFolder::RequestsAndOrders: return tr("Requests and orders");
    }
    return {};
}

std::string_view toString(HearingStatus status)
{
    switch (status) {
    case HearingStatus::Scheduled: return "scheduled";
    case HearingStatus::Moved: return "moved";
    case HearingStatus::Cancelled: return "cancelled";
    case HearingStatus::Held: return "held";
    }
    return "scheduled";
}

std::optional<HearingStatus> parseHearingStatus(std::string_view text)
{
    for (auto s : {HearingStatus::Scheduled, HearingStatus::Moved, HearingStatus::Cancelled, HearingStatus::Held})
        if (toString(s) == text) return s;
    return std::nullopt;
}

std::string statusName(HearingStatus status)
{
    switch (status) {
    // TRANSLATORS: a hearing's status
    case HearingStatus::Scheduled: return tr("Hearing set");
    // TRANSLATORS: a hearing's status: the court set it another date
    case HearingStatus::Moved: return tr("Hearing moved");
    // TRANSLATORS: a hearing's status
    case HearingStatus::Cancelled: return tr("Hearing cancelled");
    // TRANSLATORS: a hearing's status: it took place
    case HearingStatus::Held: return tr("Hearing held");
    }
    return {};
}

std::string hearingInWords(const HearingEvent& h)
{
    std::string out = text::displayDate(h.date);
    if (!h.startTime.empty()) out = format(tr("{1} at {2}"), out, h.startTime);
    if (!h.court.empty()) out += ", " + h.court;
    if (!h.hall.empty()) out += ", " + h.hall;
    // TRANSLATORS: after a hearing's date and place in a message: it is held by video
    if (h.video) out += " " + tr("(by video)");
    return out;
}

} // namespace praklit
