#include "services/SmsService.h"

#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/CourtRepository.h"
#include "data/ContactRepository.h"
#include "data/Database.h"
#include "data/PhoneRepository.h"
#include "data/SettingsRepository.h"
#include "data/SmsRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <algorithm>
#include <functional>
#include <set>

namespace praklit::services {

using text::format;
using text::ltr;
using text::tr;

namespace {

// One send is one dialog's recipients, not a mailing list.
constexpr size_t kMaxRecipients = 100;
// A scheduled time this far in the past was meant as "now".
constexpr auto kPastTolerance = std::chrono::minutes(1);

std::string moduleKey(Module m) { return "module." + std::string(toString(m)); }

// A recipient resolved: who, which number, and the values its text is filled with.
struct Resolved {
    int64_t phoneId = 0;
    int64_t contactId = 0;
    std::string name;
    std::string firstName;
    std::string e164;
};

std::string shownNumber(const std::string& e164) { return ltr(displayPhoneNumber(e164)); }

[[noreturn]] void noSms(const std::string& e164)
{
    invalid(format(tr("The number {1} is marked not to get SMS."), shownNumber(e164)), "to");
}

std::string courtCaseText(const Case& c)
{
    if (c.courtNumber.empty()) return {};
    return c.proceedingType.empty() ? c.courtNumber : c.proceedingType + " " + c.courtNumber;
}

} // namespace

bool offeredAt(TemplateType type, SmsPlace place)
{
    switch (type) {
    case TemplateType::None: return true;
    case TemplateType::General: return place == SmsPlace::ClientCard || place == SmsPlace::CaseCard;
    case TemplateType::ClientCollection:
        return place == SmsPlace::ClientCard || place == SmsPlace::CaseCard || place == SmsPlace::Collection;
    case TemplateType::DebtorCollection: return place == SmsPlace::CaseCard || place == SmsPlace::DebtorCollection;
    case TemplateType::DirectDebit: return place == SmsPlace::ClientCard || place == SmsPlace::DirectDebit;
    }
    return true;
}

bool SmsService::moduleOn(Module module)
{
    std::optional<std::string> value;
    office_.db().guarded([&] { value = data::SettingsRepository(office_.db()).office(moduleKey(module)); });
    return value && *value == "1";
}

void SmsService::setModule(Module module, bool on)
{
    office_.require(Permission::ManageUsers);
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const bool before = settings.office(moduleKey(module)).value_or("0") == "1";
        if (before == on) return;
        settings.setOffice(moduleKey(module), on ? "1" : "0");
        audit(db, office_.user().id, "office_settings", 0, "update", Changes().change(moduleKey(module), before, on));
    });
}

void SmsService::requireModule()
{
    if (!moduleOn(Module::Sms)) moduleOff(Module::Sms);
}

std::vector<SmsRecipient> SmsService::recipients(int64_t clientId)
{
    requireModule();
    office_.require(Permission::SendSms);
    std::vector<SmsRecipient> out;
    auto& db = office_.db();
    db.guarded([&] {
        const auto client = data::ClientRepository(db).find(clientId);
        if (!client) notFound(format(tr("There is no client number {1}."), clientId));
        bool preselected = false;
        for (const auto& p : data::PhoneRepository(db).forEntity(clientId)) {
            if (p.noSms) continue;
            SmsRecipient r{p.id, 0, client->displayName(), p.e164, p.type, isMobileNumber(p.e164), false};
            if (r.mobile && !preselected) r.preselected = preselected = true;
            out.push_back(r);
        }
        data::PhoneRepository phones(db);
        for (const auto& c : data::ContactRepository(db).forClient(clientId)) {
            if (c.noSms) continue;
            for (const auto& p : phones.forContact(c.id))
                if (!p.noSms) out.push_back({p.id, c.id, c.displayName(), p.e164, p.type, isMobileNumber(p.e164), false});
        }
    });
    // Mobiles first; within each, the client's own numbers before its contacts'.
    std::stable_sort(out.begin(), out.end(), [](const SmsRecipient& a, const SmsRecipient& b) {
        if (a.mobile != b.mobile) return a.mobile;
        return (a.contactId == 0) && (b.contactId != 0);
    });
    return out;
}

std::map<std::string, std::string> SmsService::placeholderValues(int64_t clientId, int64_t caseId)
{
    std::map<std::string, std::string> values;
    auto& db = office_.db();
    db.guarded([&] {
        const auto client = data::ClientRepository(db).find(clientId);
        if (!client) notFound(format(tr("There is no client number {1}."), clientId));
        values["client_name"] = client->displayName();
        values["first_name"] = client->firstName;
        int64_t lawyer = 0;
        if (caseId) {
            const auto c = data::CaseRepository(db).find(caseId);
            if (!c || c->clientId != clientId)
                notFound(format(tr("Client number {1} has no case number {2}."), clientId, caseId));
            values["case_number"] = c->internalNumber;
            values["court_case_number"] = courtCaseText(*c);
            lawyer = c->lawyerUserId;
        }
        // Without a case (or a case with no lawyer yet) the message is the sender's.
        if (!lawyer) lawyer = office_.user().id;
        if (const auto u = data::UserRepository(db).find(lawyer)) values["lawyer_name"] = u->shownName();
        const int64_t balance = data::SmsRepository(db).openBalance(clientId);
        values["balance"] = text::formatMoney(balance);
        // The case's next hearing from Net HaMishpat, else the client's nearest over its open cases.
        if (const auto next = data::CourtRepository(db).nextHearing(clientId, caseId, text::israelDate(text::now())))
            values["next_hearing"] = hearingInWords(next->values);
    });
    const auto letterhead = SettingsService(office_).letterhead();
    values["office_name"] = letterhead.officeName;
    values["office_phone"] = letterhead.phones;
    // Without a hearing to come {next_hearing} has no value: it is shown as
    // missing, never sent empty.
    return values;
}

FilledText SmsService::fill(const std::string& body, int64_t clientId, int64_t caseId, int64_t contactId)
{
    requireModule();
    auto values = placeholderValues(clientId, caseId);
    if (contactId) {
        std::optional<Contact> contact;
        office_.db().guarded([&] { contact = data::ContactRepository(office_.db()).find(contactId); });
        if (contact && contact->clientId == clientId) values["first_name"] = contact->firstName;
    }
    return fillPlaceholders(body, values);
}

std::vector<SmsPreview> SmsService::preview(const SmsRequest& request)
{
    requireModule();
    office_.require(Permission::SendSms);
    if (request.to.empty()) invalid(tr("Choose at least one recipient for the message."), "to");
    if (request.to.size() > kMaxRecipients)
        invalid(format(tr("A message can go to at most {1} recipients at once."), static_cast<int64_t>(kMaxRecipients)),
                "to");
    if (const auto unknown = unknownPlaceholders(request.text); !unknown.empty())
        invalid(format(tr("The text names {1}, which is not a placeholder Praklit knows."), "{" + unknown.front() + "}"),
                "text");

    std::vector<Resolved> resolved;
    auto& db = office_.db();
    db.guarded([&] {
        const auto client = data::ClientRepository(db).find(request.clientId);
        if (!client) notFound(format(tr("There is no client number {1}."), request.clientId));
        data::PhoneRepository phones(db);
        data::ContactRepository contacts(db);
        const auto own = phones.forEntity(request.clientId);
        const auto clientContacts = contacts.forClient(request.clientId);
        auto contactOf = [&](int64_t id) -> const Contact* {
            for (const auto& c : clientContacts)
                if (c.id == id) return &c;
            return nullptr;
        };
        for (const auto& to : request.to) {
            Resolved r;
            if (to.phoneId) {
                const auto p = phones.find(to.phoneId);
                const Contact* c = p && p->contactId ? contactOf(p->contactId) : nullptr;
                if (!p || (p->entityId != request.clientId && !c))
                    notFound(format(tr("Client number {1} has no phone number {2}."), request.clientId, to.phoneId));
                if (p->noSms || (c && c->noSms)) noSms(p->e164);
                r.e164 = smsNumber(p->e164);
                r.phoneId = p->id;
                r.contactId = c ? c->id : 0;
                r.name = c ? c->displayName() : client->displayName();
                r.firstName = c ? c->firstName : client->firstName;
            } else if (to.contactId) {
                const Contact* c = contactOf(to.contactId);
                if (!c) notFound(format(tr("Client number {1} has no contact number {2}."), request.clientId, to.contactId));
                if (c->noSms)
                    invalid(format(tr("{1} is marked not to get SMS."), text::isolate(c->displayName())), "to");
                for (const auto& p : phones.forContact(c->id))
                    if (!p.noSms && isMobileNumber(p.e164)) {
                        r.e164 = p.e164;
                        r.phoneId = p.id;
                        break;
                    }
                if (r.e164.empty())
                    invalid(format(tr("{1} has no mobile number to send an SMS to."), text::isolate(c->displayName())),
                            "to");
                r.contactId = c->id;
                r.name = c->displayName();
                r.firstName = c->firstName;
            } else {
                r.e164 = smsNumber(to.typed, to.confirmed);
                // A number the client asked not to get SMS on stays so when typed by hand.
                for (const auto& p : own)
                    if (p.e164 == r.e164 && p.noSms) noSms(r.e164);
                for (const auto& c : clientContacts)
                    for (const auto& p : phones.forContact(c.id))
                        if (p.e164 == r.e164 && (p.noSms || c.noSms)) noSms(r.e164);
                r.name = client->displayName();
                r.firstName = client->firstName;
            }
            // Each number once, however it was chosen.
            if (std::none_of(resolved.begin(), resolved.end(), [&](const Resolved& x) { return x.e164 == r.e164; }))
                resolved.push_back(std::move(r));
        }
    });

    // The values are the client's and the case's, read once; only the first
    // name is the recipient's own.
    auto values = placeholderValues(request.clientId, request.caseId);
    std::vector<SmsPreview> out;
    for (const auto& r : resolved) {
        values["first_name"] = r.firstName;
        auto filled = fillPlaceholders(request.text, values);
        SmsPreview p;
        p.phoneId = r.phoneId;
        p.contactId = r.contactId;
        p.name = r.name;
        p.e164 = r.e164;
        p.missing = std::move(filled.missing);
        p.text = std::move(filled.text);
        p.count = countSms(p.text);
        out.push_back(std::move(p));
    }
    return out;
}

text::Timestamp SmsService::goesOutAt(text::Timestamp at)
{
    return settings().hours.nextOpening(at).value_or(at);
}

std::vector<SmsMessage> SmsService::send(const SmsRequest& request)
{
    const auto now = text::now();
    if (request.at && *request.at < now - kPastTolerance)
        invalid(tr("The time to send at has passed: choose a time from now on."), "at");
    const std::string due = text::toDatabaseText(request.at && *request.at > now ? *request.at : now);
    const std::string created = text::toDatabaseText(now);

    std::vector<SmsMessage> out;
    auto& db = office_.db();
    // The recipients are resolved inside the transaction that saves the
    // messages: a number marked "no SMS" a moment ago is refused.
    db.transaction([&] {
        const auto previews = preview(request);
        for (const auto& p : previews) {
            if (!p.missing.empty())
                invalid(format(tr("The message to {1} has no value for {2}: write it in the text or choose another "
                                  "template."),
                               text::isolate(p.name), placeholderName(p.missing.front())),
                        "text");
            checkSmsText(p.text);
        }
        if (request.caseId) {
            const auto c = data::CaseRepository(db).find(request.caseId);
            if (!c || c->clientId != request.clientId)
                notFound(format(tr("Client number {1} has no case number {2}."), request.clientId, request.caseId));
        }
        data::SmsRepository repo(db);
        for (const auto& p : previews) {
            SmsMessage m;
            m.clientId = request.clientId;
            m.caseId = request.caseId;
            m.phoneId = p.phoneId;
            m.contactId = p.contactId;
            m.recipientName = p.name;
            m.e164 = p.e164;
            m.text = p.text;
            m.encoding = p.count.encoding;
            m.segments = p.count.segments;
            m.state = SmsState::Scheduled;
            m.dueAt = due;
            m.createdAt = created;
            m.senderUserId = office_.user().id;
            m.id = repo.insert(m);
            audit(db, office_.user().id, "sms_messages", m.id, "insert",
                  Changes()
                      .set("entity_id", std::to_string(m.clientId))
                      .set("case_id", m.caseId ? std::to_string(m.caseId) : "")
                      .set("number", m.e164)
                      .set("text", m.text)
                      .set("due_at", m.dueAt));
            out.push_back(*repo.find(m.id));
        }
    });
    return out;
}

SmsMessage SmsService::message(int64_t id)
{
    requireModule();
    office_.require(Permission::SeeClients);
    std::optional<SmsMessage> m;
    office_.db().guarded([&] { m = data::SmsRepository(office_.db()).find(id); });
    if (!m) notFound(format(tr("There is no SMS message number {1}."), id));
    return *m;
}

std::vector<SmsMessage> SmsService::list(int64_t clientId, int64_t caseId, std::optional<SmsState> state,
                                         int64_t beforeId, int64_t limit)
{
    requireModule();
    office_.require(Permission::SeeClients);
    std::vector<SmsMessage> out;
    office_.db().guarded([&] {
        out = data::SmsRepository(office_.db()).list({clientId, caseId, state, beforeId, std::clamp<int64_t>(limit, 1, 1000)});
    });
    return out;
}

std::vector<SmsMessage> SmsService::scheduledToday(int64_t limit)
{
    if (!moduleOn(Module::Sms) || !office_.can(Permission::SeeClients)) return {};
    const auto today = text::israelToday();
    const auto period = text::israelPeriod(today, today);
    std::vector<SmsMessage> out;
    office_.db().guarded([&] {
        out = data::SmsRepository(office_.db())
                  .scheduledBetween(text::toDatabaseText(period.from), text::toDatabaseText(period.until), limit);
    });
    return out;
}

SmsMessage SmsService::edit(int64_t id, int version, const std::string& body, std::optional<text::Timestamp> at)
{
    requireModule();
    office_.require(Permission::SendSms);
    checkSmsText(body);
    if (const auto unknown = unknownPlaceholders(body); !unknown.empty())
        invalid(format(tr("The text names {1}, which is not a placeholder Praklit knows."), "{" + unknown.front() + "}"),
                "text");
    const auto now = text::now();
    if (at && *at < now - kPastTolerance) invalid(tr("The time to send at has passed: choose a time from now on."), "at");
    SmsMessage m;
    auto& db = office_.db();
    db.transaction([&] {
        data::SmsRepository repo(db);
        const auto before = repo.find(id);
        if (!before) notFound(format(tr("There is no SMS message number {1}."), id));
        if (before->state != SmsState::Scheduled)
            throw Error(ErrorKind::Conflict,
                        format(tr("The message is already {1}: only a scheduled message can be changed."),
                               stateName(before->state)));
        m = *before;
        const auto filled = fillPlaceholders(body, {});
        m.text = body;
        if (!filled.missing.empty())
            invalid(format(tr("The message to {1} has no value for {2}: write it in the text or choose another "
                              "template."),
                           text::isolate(m.recipientName), placeholderName(filled.missing.front())),
                    "text");
        const auto count = countSms(m.text);
        m.encoding = count.encoding;
        m.segments = count.segments;
        if (at) m.dueAt = text::toDatabaseText(*at > now ? *at : now);
        m.version = version;
        if (!repo.reschedule(m)) throwStaleVersion(db, "sms_messages", id);
        audit(db, office_.user().id, "sms_messages", id, "update",
              Changes().change("text", before->text, m.text).change("due_at", before->dueAt, m.dueAt));
        m = *repo.find(id);
    });
    return m;
}

namespace {

// A person's move of a message from `from` to another state, in one
// transaction with its audit row: refused with `refusal` (naming the state
// it is in) when it is no longer in `from`, as a stale version when someone
// moved it in between.
SmsMessage moveMessage(data::Database& db, int64_t userId, int64_t id, SmsState from, const char* refusal,
                       const std::function<bool(data::SmsRepository&)>& move)
{
    SmsMessage m;
    db.transaction([&] {
        data::SmsRepository repo(db);
        const auto before = repo.find(id);
        if (!before) notFound(format(tr("There is no SMS message number {1}."), id));
        if (before->state != from) throw Error(ErrorKind::Conflict, format(tr(refusal), stateName(before->state)));
        if (!move(repo)) throwStaleVersion(db, "sms_messages", id);
        m = *repo.find(id);
        audit(db, userId, "sms_messages", id, "state",
              Changes()
                  .change("state", std::string(toString(before->state)), std::string(toString(m.state)))
                  .change("reason", before->reason, m.reason));
    });
    return m;
}

} // namespace

SmsMessage SmsService::cancel(int64_t id, int version)
{
    requireModule();
    office_.require(Permission::SendSms);
    return moveMessage(office_.db(), office_.user().id, id, SmsState::Scheduled,
                       text::N_("The message is already {1}: only a scheduled message can be cancelled."),
                       [&](data::SmsRepository& repo) { return repo.cancel(id, version); });
}

SmsMessage SmsService::resend(int64_t id, int version)
{
    requireModule();
    office_.require(Permission::SendSms);
    const auto now = text::toDatabaseText(text::now());
    return moveMessage(office_.db(), office_.user().id, id, SmsState::Failed,
                       text::N_("The message is {1}: only a failed message can be sent again."),
                       [&](data::SmsRepository& repo) { return repo.resend(id, version, now); });
}

std::vector<SmsTemplate> SmsService::templates()
{
    requireModule();
    std::vector<SmsTemplate> out;
    office_.db().guarded([&] { out = data::SmsRepository(office_.db()).templates(); });
    return out;
}

std::vector<SmsTemplate> SmsService::templatesFor(SmsPlace place)
{
    auto all = templates();
    std::erase_if(all, [&](const SmsTemplate& t) { return !offeredAt(t.type, place); });
    return all;
}

SmsTemplate SmsService::templateNamed(const std::string& name)
{
    requireModule();
    std::optional<SmsTemplate> t;
    office_.db().guarded([&] { t = data::SmsRepository(office_.db()).templateNamed(name); });
    if (!t) notFound(format(tr("There is no SMS template named {1}."), text::isolate(name)));
    return *t;
}

SmsTemplate SmsService::saveTemplate(SmsTemplate t)
{
    requireModule();
    office_.require(Permission::ManageTemplates);
    t = validated(std::move(t));
    auto& db = office_.db();
    db.transaction([&] {
        data::SmsRepository repo(db);
        if (const auto other = repo.templateNamed(t.name); other && other->id != t.id)
            throw Error(ErrorKind::Conflict, format(tr("There is already a template named {1}."), text::isolate(t.name)),
                        "name");
        if (!t.id) {
            t.id = repo.insertTemplate(t);
            audit(db, office_.user().id, "sms_templates", t.id, "insert",
                  Changes().set("name", t.name).set("type", std::string(toString(t.type))).set("text", t.text));
        } else {
            const auto before = repo.findTemplate(t.id);
            if (!before) notFound(format(tr("There is no SMS template number {1}."), t.id));
            if (!repo.updateTemplate(t)) throwStaleVersion(db, "sms_templates", t.id);
            audit(db, office_.user().id, "sms_templates", t.id, "update",
                  Changes()
                      .change("name", before->name, t.name)
                      .change("type", std::string(toString(before->type)), std::string(toString(t.type)))
                      .change("text", before->text, t.text));
        }
        t = *repo.findTemplate(t.id);
    });
    return t;
}

void SmsService::deleteTemplate(int64_t id)
{
    requireModule();
    office_.require(Permission::ManageTemplates);
    auto& db = office_.db();
    db.transaction([&] {
        data::SmsRepository repo(db);
        const auto before = repo.findTemplate(id);
        if (!before) notFound(format(tr("There is no SMS template number {1}."), id));
        repo.removeTemplate(id);
        audit(db, office_.user().id, "sms_templates", id, "delete",
              Changes().change("name", before->name, "").change("text", before->text, ""));
    });
}

SmsSettings SmsService::settings()
{
    SmsSettings s;
    office_.db().guarded([&] {
        data::SettingsRepository repo(office_.db());
        s.gateway.kind = parseSmsGatewayKind(repo.office("sms.gateway").value_or("kannel")).value_or(SmsGatewayKind::Kannel);
        s.gateway.url = repo.office("sms.url").value_or("");
        s.gateway.username = repo.office("sms.username").value_or("");
        s.gateway.sender = repo.office("sms.sender").value_or("");
        s.gateway.reportUrl = repo.office("sms.report_url").value_or("");
        s.gateway.listenAddress = repo.office("sms.listen").value_or("");
        s.gateway.timeoutMs = repo.officeInt("sms.timeout_ms", s.gateway.timeoutMs);
        if (const auto hours = repo.office("sms.hours"))
            s.hours = parseSendingHours(*hours).value_or(SendingHours{});
        s.maxAttempts = repo.officeInt("sms.max_attempts", s.maxAttempts);
        s.unknownGraceMinutes = repo.officeInt("sms.unknown_grace_minutes", s.unknownGraceMinutes);
    });
    return s;
}

void SmsService::saveSettings(const SmsSettings& s)
{
    office_.require(Permission::ManageUsers);
    const auto hours = validated(s.hours);
    if (s.maxAttempts < 1 || s.maxAttempts > 20)
        invalid(tr("The number of attempts must be between 1 and 20."), "max_attempts");
    if (s.unknownGraceMinutes < 1 || s.unknownGraceMinutes > 24 * 60)
        invalid(tr("The wait for a delivery report must be between 1 minute and a day."), "unknown_grace_minutes");
    if (s.gateway.timeoutMs < 500 || s.gateway.timeoutMs > 120000)
        invalid(tr("The gateway's timeout must be between half a second and two minutes."), "timeout");
    const auto& sender = s.gateway.sender;
    const bool latin = !sender.empty() && sender.size() <= 11 &&
                       std::all_of(sender.begin(), sender.end(), [](char c) {
                           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                       });
    if (!sender.empty() && !latin) {
        try {
            (void)parsePhoneNumber(sender);
        } catch (const Error&) {
            invalid(tr("The sender must be up to 11 Latin letters or digits, or a phone number."), "sender");
        }
    }
    const std::map<std::string, std::string> values{
        {"sms.gateway", std::string(toString(s.gateway.kind))},
        {"sms.url", s.gateway.url},
        {"sms.username", s.gateway.username},
        {"sms.sender", s.gateway.sender},
        {"sms.report_url", s.gateway.reportUrl},
        {"sms.listen", s.gateway.listenAddress},
        {"sms.timeout_ms", std::to_string(s.gateway.timeoutMs)},
        {"sms.hours", toString(hours)},
        {"sms.max_attempts", std::to_string(s.maxAttempts)},
        {"sms.unknown_grace_minutes", std::to_string(s.unknownGraceMinutes)},
    };
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository repo(db);
        Changes changes;
        for (const auto& [key, value] : values) {
            const auto before = repo.office(key).value_or("");
            if (before == value) continue;
            repo.setOffice(key, value);
            changes.change(key, before, value);
        }
        if (!changes.empty()) audit(db, office_.user().id, "office_settings", 0, "update", changes);
    });
}

} // namespace praklit::services
