#pragma once
// SMS messages (הודעות SMS) and their templates (נוסחים קבועים): how a text
// is counted as the network counts it, the states a message goes through,
// and the placeholders a template may hold.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace praklit {

// GSM 03.38's 7-bit alphabet, or UCS-2 as soon as one character is not in it
// (any Hebrew letter).
enum class SmsEncoding { Gsm7, Ucs2 };
std::string_view toString(SmsEncoding encoding); // "gsm7", "ucs2"
std::optional<SmsEncoding> parseSmsEncoding(std::string_view text);

// What a text costs. GSM-7: 160 septets in one message, 153 per part of a
// longer one; the extension characters ^{}[]~|\€ take two septets (escape +
// character). UCS-2: 70 code units, 67 per part; a character outside the
// BMP (an emoji) is a surrogate pair, two units. A long message is never
// split inside a pair or an escape.
struct SmsCount {
    int64_t characters = 0; // code points, as a person counts them
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int64_t units = 0;      // septets (GSM-7) or UTF-16 code units (UCS-2)
    int64_t segments = 0;   // 0 for an empty text
    int64_t perSegment = 160; // the capacity of each part at this length
    int64_t remaining = 160;  // units left in the last part
};
SmsCount countSms(std::string_view utf8);

// An SMS text must not be empty (after trimming) nor longer than this many
// parts; refused with one sentence (field "text").
inline constexpr int64_t kMaxSmsSegments = 10;
void checkSmsText(std::string_view utf8);

enum class SmsState { Scheduled, Sending, Sent, Delivered, Failed, Cancelled };
std::string_view toString(SmsState state); // "scheduled" …
std::optional<SmsState> parseSmsState(std::string_view text);
std::string stateName(SmsState state); // in the user's language

// A template's type: where it is offered. None: everywhere.
enum class TemplateType { None, General, ClientCollection, DebtorCollection, DirectDebit };
std::string_view toString(TemplateType type); // "none", "general", "client-collection", …
std::optional<TemplateType> parseTemplateType(std::string_view text);
std::string typeName(TemplateType type); // כללי, גבייה מלקוחות …

struct SmsTemplate {
    int64_t id = 0;
    std::string name; // unique in the office
    TemplateType type = TemplateType::None;
    std::string text;
    int version = 0;
};

// The placeholders a template may hold, written {client_name} and so on.
inline constexpr std::string_view kSmsPlaceholders[] = {
    "client_name", "first_name",  "case_number", "court_case_number", "next_hearing",
    "lawyer_name", "office_name", "office_phone", "balance",
};
// Placeholders in `text` that are not one of kSmsPlaceholders, in order of
// first appearance. A '{' with no closing '}' is not a placeholder.
std::vector<std::string> unknownPlaceholders(std::string_view text);
// Refuses a template whose name is empty, whose text is not a valid SMS
// text, or that names an unknown placeholder — one sentence naming it.
SmsTemplate validated(SmsTemplate t);

// A template with the values for one recipient put in. A placeholder whose
// value is missing or empty is left as written and named in `missing`, so
// the sender sees it before anything is sent.
struct FilledText {
    std::string text;
    std::vector<std::string> missing;
};
FilledText fillPlaceholders(std::string_view text, const std::map<std::string, std::string>& values);
// The placeholder's name for people ("client name"), for "missing" sentences.
std::string placeholderName(std::string_view placeholder);

// One message to one recipient. Its id is its idempotency key: it is the id
// the gateway is given, and asked about.
struct SmsMessage {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t caseId = 0;    // 0 when not tied to a case
    int64_t contactId = 0; // 0 when the client's own number or one typed by hand
    int64_t phoneId = 0;   // 0 when typed by hand
    std::string recipientName;
    std::string e164;
    std::string text;
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int64_t segments = 0;
    SmsState state = SmsState::Scheduled;
    std::string dueAt;     // database timestamp text (UTC)
    std::string createdAt;
    std::string sentAt;      // empty until the gateway accepted it
    std::string deliveredAt; // empty until a delivery report said so
    int64_t senderUserId = 0;
    std::string senderName; // read with the message
    std::string caseNumber; // read with the message, empty when none
    int attempts = 0;
    int resends = 0; // times a person sent it again after it failed
    std::string nextAttemptAt; // the earliest the next attempt may go
    std::string unknownSince;  // set while the outcome of a send is not known
    std::string reasonCode;    // the gateway's, as it gave it
    std::string reason;        // one sentence in the user's language
    std::string gateway;       // which gateway took it ("kannel", "provider")
    int version = 0;
};

// A number an SMS can reach: parsed (parsePhoneNumber) and a mobile number
// by libphonenumber's metadata. An Israeli 05X number of the right length
// that the metadata does not know yet is accepted only when `confirmed`
// (the metadata lags new ranges); anything else is refused with one sentence
// (field "to"). Returns the number in E.164.
std::string smsNumber(std::string_view typed, bool confirmed = false);
// Whether a stored E.164 number is a mobile one by the metadata.
bool isMobileNumber(std::string_view e164);

} // namespace praklit
