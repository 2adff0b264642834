#pragma once
// What Net HaMishpat (נט המשפט) passes to a law office: documents in four
// folders and hearings, each with the court's own id.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

// The folders the courts pass to software houses.
enum class CourtFolder {
    Decisions,         // החלטות
    Pleadings,         // כתבי טענות
    Protocols,         // פרוטוקולים
    RequestsAndOrders, // בקשות והוראות
};
std::string_view toString(CourtFolder folder); // "decisions", "pleadings", "protocols", "requests" — stored and on the wire
std::optional<CourtFolder> parseCourtFolder(std::string_view text);
std::string folderName(CourtFolder folder); // in the user's language

// סטטוס דיון
enum class HearingStatus { Scheduled, Moved, Cancelled, Held };
std::string_view toString(HearingStatus status); // "scheduled", "moved", "cancelled", "held"
std::optional<HearingStatus> parseHearingStatus(std::string_view text);
std::string statusName(HearingStatus status);

// A document as the court describes it (its bytes come separately).
struct CourtDocumentEvent {
    std::string id; // the court's id: the same document is never stored twice
    CourtFolder folder = CourtFolder::Decisions;
    std::string title;
    std::string signedOn; // yyyy-mm-dd
    std::string judge;    // who signed it; may be empty (a pleading)
    std::string sha256;   // lowercase hex of the PDF's bytes
    int64_t size = 0;     // bytes
};

// A hearing (דיון) as the court describes it, the latest version.
struct HearingEvent {
    std::string id; // the court's id: a moved hearing keeps it
    std::string date;      // yyyy-mm-dd
    std::string startTime; // HH:MM, Israel time
    std::string endTime;   // HH:MM, may be empty
    std::string court;
    std::string hall;      // אולם
    std::string judge;     // בפני
    std::string type;      // סוג דיון, as the court words it
    HearingStatus status = HearingStatus::Scheduled;
    bool video = false;    // היוועדות חזותית
};

// A hearing as the office keeps it: the court's latest values, and whether
// the court changed it since it was first downloaded.
struct Hearing {
    int64_t id = 0;
    int64_t caseId = 0;
    HearingEvent values; // values.id: the court's id, empty for one typed by a person
    bool changed = false;
    int version = 0;
};

// What a hearing was before one of the court's changes.
struct HearingChange {
    std::string changedAt; // the database's timestamp text
    HearingEvent before;
};

// A hearing as a message to a client says it ({next_hearing}): "13/04/2027
// at 09:30, the Haifa Magistrates' Court, hall 15", "by video" when it is.
std::string hearingInWords(const HearingEvent& h);

// The same hearing in other words: what a sync compares before it records a change.
inline bool sameValues(const HearingEvent& a, const HearingEvent& b)
{
    return a.date == b.date && a.startTime == b.startTime && a.endTime == b.endTime && a.court == b.court &&
           a.hall == b.hall && a.judge == b.judge && a.type == b.type && a.status == b.status && a.video == b.video;
}

} // namespace praklit
