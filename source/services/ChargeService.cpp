#include "services/ChargeService.h"

#include "data/CaseRepository.h"
#include "data/ChargeRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "domain/Rounding.h"
#include "services/Audit.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::tr;

int64_t requireWorkable(data::Database& db, int64_t clientId, int64_t caseId)
{
    if (caseId) {
        const auto k = data::CaseRepository(db).find(caseId);
        if (!k) notFound(format(tr("There is no case number {1}."), caseId));
        if (k->status != CaseStatus::Open)
            invalid(format(tr("Case {1} is closed: reopen it before charging or counting time on it."),
                           text::ltr(k->internalNumber)),
                    "case");
        clientId = k->clientId;
    }
    const auto client = data::ClientRepository(db).find(clientId);
    if (!client) notFound(format(tr("There is no client number {1}."), clientId));
    if (!client->active)
        invalid(format(tr("{1} is an inactive client: make the client active before charging or counting time."),
                       client->displayName()),
                "client");
    return clientId;
}

namespace {

// One's own time and charges need AddCharges; another user's, EditOthersTime.
void requireOwnOrOthers(const OfficeSession& office, int64_t ownerId)
{
    office.require(ownerId == office.user().id ? Permission::AddCharges : Permission::EditOthersTime);
}

// The office's charges need SeeCharges; a user who records time sees their own.
void requireSight(const OfficeSession& office, int64_t userFilter)
{
    if (userFilter == office.user().id && office.can(Permission::AddCharges)) return;
    office.require(Permission::SeeCharges);
}

} // namespace

namespace {
Changes chargeChanges(const Charge& before, const Charge& after)
{
    Changes ch;
    ch.change("charged_on", before.chargedOn, after.chargedOn)
        .change("description", before.description, after.description)
        .change("seconds", before.seconds, after.seconds)
        .change("billed_seconds", before.billedSeconds, after.billedSeconds)
        .change("rate_agorot", before.rateAgorot, after.rateAgorot)
        .change("amount_agorot", before.amountAgorot, after.amountAgorot)
        .change("vat_exempt", before.vatExempt, after.vatExempt)
        .change("billable", before.billable, after.billable);
    return ch;
}
} // namespace

void ChargeService::price(Charge& c)
{
    if (c.kind != ChargeKind::Time) {
        c.seconds = c.billedSeconds = c.rateAgorot = 0;
        return;
    }
    SettingsService settings(office_);
    c.billedSeconds = settings.roundingFor(c.clientId).billedSeconds(c.seconds);
    if (c.rateAgorot == 0) c.rateAgorot = settings.rateFor(c.caseId, c.clientId, c.userId);
    c.amountAgorot = c.billable ? timeAmountAgorot(c.billedSeconds, c.rateAgorot) : 0;
}

Charge ChargeService::chargeTimeEntry(const TimeEntry& entry)
{
    requireOwnOrOthers(office_, entry.userId);
    Charge c;
    c.clientId = entry.clientId;
    c.caseId = entry.caseId;
    c.userId = entry.userId;
    c.kind = ChargeKind::Time;
    c.chargedOn = text::israelDate(entry.endedAt);
    c.description = entry.description;
    c.seconds = entry.seconds;
    c.billable = entry.billable;
    c.timeEntryId = entry.id;
    auto& db = office_.db();
    db.transaction([&] {
        price(c);
        c.version = 1;
        c.id = data::ChargeRepository(db).insert(c);
        audit(db, office_.user().id, "charges", c.id, "insert",
              chargeChanges(Charge{}, c).set("time_entry_id", std::to_string(entry.id)));
    });
    return c;
}

Charge ChargeService::add(Charge c)
{
    requireOwnOrOthers(office_, c.userId ? c.userId : office_.user().id);
    if (c.chargedOn.empty()) c.chargedOn = text::israelDate(text::now());
    if (c.userId == 0) c.userId = office_.user().id;
    c.state = ChargeState::Unbilled;
    c = validated(std::move(c));
    auto& db = office_.db();
    db.transaction([&] {
        c.clientId = requireWorkable(db, c.clientId, c.caseId);
        price(c);
        c.version = 1;
        c.id = data::ChargeRepository(db).insert(c);
        audit(db, office_.user().id, "charges", c.id, "insert",
              chargeChanges(Charge{}, c).set("kind", std::string(toString(c.kind))));
    });
    return c;
}

Charge ChargeService::edit(Charge c, const std::string& reason)
{
    requireOwnOrOthers(office_, get(c.id).userId);
    c = validated(std::move(c));
    const auto why = cleanText(reason, tr("Reason"), kMaxLineLength, "reason");
    auto& db = office_.db();
    db.transaction([&] {
        data::ChargeRepository repo(db);
        const auto before = repo.find(c.id);
        if (!before) notFound(format(tr("There is no charge number {1}."), c.id));
        if (before->state != ChargeState::Unbilled)
            invalid(tr("This charge is in a transaction account or billed: it can no longer be edited."));
        // What a charge is and whose it is do not change by editing.
        c.kind = before->kind;
        c.clientId = before->clientId;
        c.caseId = before->caseId;
        c.userId = before->userId;
        c.state = before->state;
        c.timeEntryId = before->timeEntryId;
        if (c.kind == ChargeKind::Time && c.rateAgorot == 0) c.rateAgorot = before->rateAgorot;
        if (c.kind == ChargeKind::Time && c.amountAgorot != before->amountAgorot && c.seconds == before->seconds &&
            c.rateAgorot == before->rateAgorot)
            invalid(tr("A time charge's amount follows from its minutes and rate: change those instead."), "amount");
        price(c);
        const auto changes = chargeChanges(*before, c);
        if (changes.empty()) { // nothing to save: no version, no row
            c = *before;
            return;
        }
        const auto created = repo.createdAt(c.id);
        if (why.empty() && created && text::now() - *created > kEditWithoutReason)
            invalid(tr("This charge was entered more than a day ago: give the reason for changing it."), "reason");
        if (!repo.update(c)) throwStaleVersion(db, "charges", c.id);
        audit(db, office_.user().id, "charges", c.id, "update", changes, why);
        c = *repo.find(c.id);
    });
    return c;
}

Charge ChargeService::get(int64_t chargeId)
{
    std::optional<Charge> c;
    office_.db().guarded([&] { c = data::ChargeRepository(office_.db()).find(chargeId); });
    if (!c) notFound(format(tr("There is no charge number {1}."), chargeId));
    requireSight(office_, c->userId);
    return *c;
}

std::vector<ChargeRow> ChargeService::list(const ChargeFilter& filter, int64_t offset, int64_t limit)
{
    requireSight(office_, filter.userId);
    checkPeriod(filter.from, filter.to);
    std::vector<ChargeRow> out;
    office_.db().guarded([&] { out = data::ChargeRepository(office_.db()).list(filter, offset, limit); });
    return out;
}

ChargeTotals ChargeService::totals(const ChargeFilter& filter)
{
    requireSight(office_, filter.userId);
    checkPeriod(filter.from, filter.to);
    ChargeTotals t;
    office_.db().guarded([&] { t = data::ChargeRepository(office_.db()).totals(filter); });
    return t;
}

} // namespace praklit::services
