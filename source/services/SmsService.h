#pragma once
#include "domain/Module.h"
#include "domain/Phone.h"
#include "domain/SendingHours.h"
#include "domain/Sms.h"
#include "services/OfficeSession.h"
#include "services/ports/SmsGateway.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// A number the send dialog offers: the client's own phones and its
// contacts' phones, mobile numbers first; phones and contacts marked
// "no SMS" are left out.
struct SmsRecipient {
    int64_t phoneId = 0;
    int64_t contactId = 0; // 0 for the client's own number
    std::string name;      // the client's or the contact's display name
    std::string e164;
    PhoneType type = PhoneType::Mobile;
    bool mobile = false;   // by the numbering plan: only mobiles can get SMS
    bool preselected = false; // the client's first mobile number
};

// Whom to send to: a phone of the client or of a contact, a contact (its
// first mobile), or a number typed by hand (`confirmed` when the user has
// confirmed a 05X number the numbering plan does not know yet).
struct SmsTo {
    int64_t phoneId = 0;
    int64_t contactId = 0;
    std::string typed;
    bool confirmed = false;
};

struct SmsRequest {
    int64_t clientId = 0;
    int64_t caseId = 0;
    std::vector<SmsTo> to;
    std::string text; // may hold placeholders, filled for each recipient
    std::optional<text::Timestamp> at; // nullopt: now
};

// What each recipient would get, before anything is sent.
struct SmsPreview {
    int64_t phoneId = 0;   // 0 for a number typed by hand
    int64_t contactId = 0; // 0 for the client's own number
    std::string name;
    std::string e164;
    std::string text;
    std::vector<std::string> missing; // placeholders with no value for this recipient
    SmsCount count;
};

// The office's SMS settings (System settings → SMS), without the secret.
struct SmsSettings {
    SmsGatewayConfig gateway; // secret empty
    SendingHours hours;
    int maxAttempts = 6;
    // How long a message whose outcome is unknown waits for a delivery
    // report from a gateway that cannot be asked, before it is failed for a
    // person to decide (never resent blindly).
    int unknownGraceMinutes = 15;
};

// Where a send dialog was opened: it offers the templates that fit.
enum class SmsPlace { ClientCard, CaseCard, Collection, DebtorCollection, DirectDebit };
bool offeredAt(TemplateType type, SmsPlace place);

// The SMS module: messages saved in the client's SMS tab, now or scheduled,
// from templates; each recipient its own message. Every call needs the module
// on; sending needs SendSms, templates ManageTemplates, the settings
// ManageUsers. Dispatching them is SmsDispatcher's.
class SmsService {
public:
    explicit SmsService(OfficeSession& office) : office_(office) {}

    bool moduleOn(Module module);
    void setModule(Module module, bool on); // ManageUsers

    std::vector<SmsRecipient> recipients(int64_t clientId);
    std::vector<SmsPreview> preview(const SmsRequest& request);
    // One transaction: a message per recipient, each with its audit row.
    // Refused as a whole (one sentence) when a number is not a mobile, is
    // marked "no SMS", the text is empty or too long, or a placeholder has
    // no value for a recipient.
    std::vector<SmsMessage> send(const SmsRequest& request);
    // When a message due at `at` would go out under the office's sending
    // hours: `at` itself, or the next opening.
    text::Timestamp goesOutAt(text::Timestamp at);

    SmsMessage message(int64_t id);
    std::vector<SmsMessage> list(int64_t clientId, int64_t caseId, std::optional<SmsState> state, int64_t beforeId = 0,
                                 int64_t limit = 200);
    // The office's messages scheduled for today (Israel time), for the home screen.
    std::vector<SmsMessage> scheduledToday(int64_t limit = 50);
    // A scheduled message not yet claimed by a dispatcher: new text and/or time.
    SmsMessage edit(int64_t id, int version, const std::string& text, std::optional<text::Timestamp> at);
    SmsMessage cancel(int64_t id, int version);
    // A failed message, again: the same message (its id, its row), a new attempt.
    SmsMessage resend(int64_t id, int version);

    std::vector<SmsTemplate> templates();
    std::vector<SmsTemplate> templatesFor(SmsPlace place);
    SmsTemplate templateNamed(const std::string& name);
    SmsTemplate saveTemplate(SmsTemplate t); // id 0: a new one
    void deleteTemplate(int64_t id);
    // The template's text for one client (and case), placeholders filled.
    FilledText fill(const std::string& text, int64_t clientId, int64_t caseId, int64_t contactId = 0);

    SmsSettings settings();
    void saveSettings(const SmsSettings& settings); // ManageUsers

private:
    void requireModule();
    // What the placeholders stand for in a message to this client about
    // this case ({first_name} the client's).
    std::map<std::string, std::string> placeholderValues(int64_t clientId, int64_t caseId);
    OfficeSession& office_;
};

} // namespace praklit::services
