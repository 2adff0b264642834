#pragma once
// How the SMS module reads on screen: a text's cost, a message's time and
// state, and whether the module's buttons, tabs and lists are shown at all.
#include "domain/Sms.h"
#include "text/Timestamp.h"

#include <wx/string.h>

#include <optional>
#include <string>
#include <vector>

namespace praklit::services {
class OfficeSession;
}

namespace praklit::ui {

// The module is on (System settings → Modules). A module that is off shows
// nothing anywhere; an office that cannot be read now shows it off too.
bool smsModuleOn(services::OfficeSession& office);
// The module is on and the user may send: the [Send SMS] buttons.
bool canSendSms(services::OfficeSession& office);

// The live counter under a message's text, from the text each recipient
// gets (placeholders filled): what one message costs (the dearest
// recipient's) and what all of them cost together: "62 characters · UCS-2
// (Hebrew) · 1 part (8 left) · in all: 2 parts to 2 recipients". With no
// recipient, what `typed` alone costs.
wxString smsCounterText(const std::vector<std::string>& filledTexts, const std::string& typed);
// What one text costs as written: "62 characters · UCS-2 (Hebrew) · 1 part (8 left)".
wxString smsCostText(const std::string& text);

// dd/mm/yyyy HH:MM in Israel time, isolated as left to right.
wxString israelTimeText(text::Timestamp t);
// The same with the day in the Hebrew calendar after it, on a Hebrew screen.
wxString israelTimeWithHebrewDate(text::Timestamp t);
// A stored (UTC) instant as israelTimeText, "" when none.
wxString israelTimeText(const std::string& databaseText);
// The time a message's line shows: when it went, else when it is to go.
wxString smsTimeText(const SmsMessage& m);
// Its state; a failed one with the gateway's reason.
wxString smsStateText(const SmsMessage& m);
// Its recipient: the name and the number.
wxString smsRecipientText(const std::string& name, const std::string& e164);
// The first line of its text, "…" when there is more.
wxString smsFirstLine(const std::string& text);

// The sentence shown before scheduling when `at` is outside the office's
// sending hours and the message would wait until `goesOut`; "" when it goes
// at `at`.
wxString sendingHoursNote(text::Timestamp at, text::Timestamp goesOut);

} // namespace praklit::ui
