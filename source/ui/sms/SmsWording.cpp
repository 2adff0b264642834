#include "ui/sms/SmsWording.h"

#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Language.h"
#include "ui/widgets/ModuleShown.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/intl.h>

#include <algorithm>

namespace praklit::ui {

namespace {

const wxString kSmsDot = wxString::FromUTF8(" · ");

wxString smsCount(int64_t n) { return wx(text::formatCount(n)); }

bool hasHebrew(const std::string& utf8Text)
{
    for (wxUniChar c : wx(utf8Text))
        if (c.GetValue() >= 0x0590 && c.GetValue() <= 0x05FF) return true;
    return false;
}

} // namespace

bool smsModuleOn(services::OfficeSession& office) { return moduleShown(office, Module::Sms); }

bool canSendSms(services::OfficeSession& office)
{
    // A convenience: the service is the guard.
    return office.can(Permission::SendSms) && smsModuleOn(office);
}

wxString smsCostText(const std::string& text)
{
    const SmsCount c = countSms(text);
    wxString shown =
        wxString::Format(wxPLURAL("%s character", "%s characters", pluralCount(c.characters)), smsCount(c.characters));
    if (c.encoding == SmsEncoding::Gsm7)
        // TRANSLATORS: %s is "GSM-7", the SMS alphabet of Latin letters
        shown += kSmsDot + wxString::Format(_("%s (Latin letters)"), isolated("GSM-7"));
    else if (hasHebrew(text))
        // TRANSLATORS: %s is "UCS-2", the SMS encoding any Hebrew letter forces
        shown += kSmsDot + wxString::Format(_("%s (Hebrew)"), isolated("UCS-2"));
    else
        // TRANSLATORS: %s is "UCS-2", the SMS encoding a symbol or an emoji forces
        shown += kSmsDot + wxString::Format(_("%s (special characters)"), isolated("UCS-2"));
    if (c.segments > 0) {
        shown += kSmsDot + wxString::Format(wxPLURAL("%s part", "%s parts", pluralCount(c.segments)), smsCount(c.segments));
        // TRANSLATORS: characters still free in the last part of an SMS
        shown += " " + wxString::Format(_("(%s left)"), smsCount(c.remaining));
    }
    return shown;
}

wxString smsCounterText(const std::vector<std::string>& filledTexts, const std::string& typed)
{
    // What one message costs is the dearest recipient's: a longer name may
    // take a message into another part.
    SmsCount longest = countSms(typed);
    std::string longestText = typed;
    int64_t parts = 0;
    for (const auto& t : filledTexts) {
        const SmsCount c = countSms(t);
        parts += c.segments;
        if (&t == &filledTexts.front() || c.segments > longest.segments ||
            (c.segments == longest.segments && c.units > longest.units)) {
            longest = c;
            longestText = t;
        }
    }
    wxString shown = smsCostText(longestText);
    if (filledTexts.empty())
        shown += kSmsDot + _("no recipient chosen");
    else
        // TRANSLATORS: the cost of a send: "in all: 4 parts to 2 recipients"
        shown +=
            kSmsDot +
            wxString::Format(
                _("in all: %1$s to %2$s"),
                wxString::Format(wxPLURAL("%s part", "%s parts", pluralCount(parts)), smsCount(parts)),
                wxString::Format(wxPLURAL("%s recipient", "%s recipients", pluralCount(int64_t(filledTexts.size()))),
                                 smsCount(int64_t(filledTexts.size()))));
    return shown;
}

wxString israelTimeText(text::Timestamp t) { return isolated(text::toIsraelDisplay(t)); }

wxString israelTimeWithHebrewDate(text::Timestamp t)
{
    // The Hebrew calendar is Hebrew text: an English screen leaves it out, as DateField does.
    if (text::currentLanguage() != text::Language::Hebrew) return israelTimeText(t);
    return israelTimeText(t) + " (" + wx(text::hebrewCalendarDate(text::israelDate(t))) + ")";
}

wxString israelTimeText(const std::string& databaseText)
{
    const auto t = text::parseTimestamp(databaseText);
    return t ? israelTimeText(*t) : wxString();
}

wxString smsTimeText(const SmsMessage& m) { return israelTimeText(m.sentAt.empty() ? m.dueAt : m.sentAt); }

wxString smsStateText(const SmsMessage& m)
{
    const wxString state = wx(stateName(m.state));
    if (m.state != SmsState::Failed || m.reason.empty()) return state;
    return state + ": " + wx(m.reason);
}

wxString smsRecipientText(const std::string& name, const std::string& e164)
{
    const wxString number = phoneForDisplay(e164);
    if (name.empty()) return number;
    return wx(text::isolate(name)) + kSmsDot + number;
}

wxString smsFirstLine(const std::string& body)
{
    const auto end = body.find('\n');
    if (end == std::string::npos) return wx(body);
    return wx(body.substr(0, end)) + wxString::FromUTF8("…");
}

wxString sendingHoursNote(text::Timestamp at, text::Timestamp goesOut)
{
    // The office's hours are in minutes: a few seconds' wait is no wait.
    if (goesOut - at < std::chrono::minutes(1)) return wxString();
    // TRANSLATORS: %s is a date and time (dd/mm/yyyy HH:MM), in Hebrew with the Hebrew date after it
    return wxString::Format(_("Outside the office's sending hours: the message will go out on %s."),
                            israelTimeWithHebrewDate(goesOut));
}

} // namespace praklit::ui
