#include "services/CaseService.h"

#include "data/CaseRepository.h"
#include "data/CourtRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/NumberSeriesRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "services/ClientSearchKey.h"
#include "services/ClientService.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::tr;

namespace {
Changes caseChanges(const Case& before, const Case& after)
{
    Changes ch;
    ch.change("internal_number", before.internalNumber, after.internalNumber)
        .change("subject", before.subject, after.subject)
        .change("court", before.court, after.court)
        .change("proceeding_type", before.proceedingType, after.proceedingType)
        .change("court_number", before.courtNumber, after.courtNumber)
        .change("lawyer_user_id", before.lawyerUserId, after.lawyerUserId)
        .change("opened_on", before.openedOn, after.openedOn)
        .change("closed_on", before.closedOn, after.closedOn)
        .change("status", std::string(toString(before.status)), std::string(toString(after.status)));
    return ch;
}
} // namespace

void CaseService::check(const Case& c)
{
    auto& db = office_.db();
    if (!data::ClientRepository(db).find(c.clientId)) notFound(format(tr("There is no client number {1}."), c.clientId));
    if (c.lawyerUserId && !data::UserRepository(db).find(c.lawyerUserId))
        invalid(format(tr("There is no user number {1}."), c.lawyerUserId), "lawyer");
}

Case CaseService::add(Case c)
{
    office_.require(Permission::EditClients);
    c = validated(std::move(c));
    auto& db = office_.db();
    db.transaction([&] {
        check(c);
        if (c.internalNumber.empty()) c.internalNumber = data::NumberSeriesRepository(db).take("case");
        c.version = 1;
        c.id = data::CaseRepository(db).insert(c);
        audit(db, office_.user().id, "cases", c.id, "insert",
              caseChanges(Case{}, c).change("entity_id", "", std::to_string(c.clientId)));
        refreshClientSearchKey(db, c.clientId);
    });
    return c;
}

Case CaseService::update(Case c)
{
    office_.require(Permission::EditClients);
    // A case closed without a date was closed today.
    if (c.status == CaseStatus::Closed && c.closedOn.empty()) c.closedOn = text::israelToday();
    c = validated(std::move(c));
    if (c.internalNumber.empty()) invalid(tr("The case needs an internal number."), "internal_number");
    auto& db = office_.db();
    db.transaction([&] {
        data::CaseRepository repo(db);
        const auto before = repo.find(c.id);
        if (!before) notFound(format(tr("There is no case number {1}."), c.id));
        c.clientId = before->clientId;
        check(c);
        const auto changes = caseChanges(*before, c);
        if (changes.empty()) { // nothing to save: no version, no row
            c = *before;
            return;
        }
        if (!repo.update(c)) throwStaleVersion(db, "cases", c.id);
        audit(db, office_.user().id, "cases", c.id, "update", changes);
        refreshClientSearchKey(db, c.clientId);
        c = *repo.find(c.id);
    });
    return c;
}

Case CaseService::get(int64_t caseId)
{
    office_.require(Permission::SeeClients);
    std::optional<Case> c;
    office_.db().guarded([&] { c = data::CaseRepository(office_.db()).find(caseId); });
    if (!c) notFound(format(tr("There is no case number {1}."), caseId));
    return *c;
}

Case CaseService::open(int64_t caseId)
{
    office_.require(Permission::SeeClients);
    std::optional<Case> c;
    auto& db = office_.db();
    db.transaction([&] {
        c = data::CaseRepository(db).find(caseId);
        if (!c) notFound(format(tr("There is no case number {1}."), caseId));
        audit(db, office_.user().id, "cases", caseId, "read", Changes());
    });
    return *c;
}

std::vector<Case> CaseService::forClient(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    std::vector<Case> out;
    office_.db().guarded([&] { out = data::CaseRepository(office_.db()).forClient(clientId); });
    return out;
}

std::vector<User> CaseService::users()
{
    std::vector<User> out;
    office_.db().guarded([&] { out = data::UserRepository(office_.db()).all(); });
    return out;
}

std::vector<std::string> CaseService::courts()
{
    std::vector<std::string> out;
    office_.db().guarded([&] { out = data::CourtRepository(office_.db()).courtNames(text::israelDate(text::now())); });
    return out;
}

User CaseService::userByLogin(const std::string& login)
{
    const auto name = validatedLogin(login);
    std::optional<User> u;
    office_.db().guarded([&] { u = data::UserRepository(office_.db()).findByLogin(name); });
    if (!u) invalid(format(tr("There is no user \"{1}\" in this office."), login), "lawyer");
    return *u;
}

std::pair<std::string, int64_t> CaseService::series()
{
    std::pair<std::string, int64_t> out;
    office_.db().guarded([&] { out = data::NumberSeriesRepository(office_.db()).get("case"); });
    return out;
}

void CaseService::setSeries(const std::string& prefix, int64_t next)
{
    office_.require(Permission::ManageUsers);
    const auto cleaned = cleanText(prefix, tr("Prefix"), 20, "prefix");
    if (next < 1) invalid(tr("The next case number must be 1 or more."), "next");
    auto& db = office_.db();
    db.transaction([&] {
        data::NumberSeriesRepository repo(db);
        const auto before = repo.get("case");
        repo.set("case", cleaned, next);
        audit(db, office_.user().id, "number_series", 0, "update",
              Changes().change("prefix", before.first, cleaned).change("next_value", before.second, next));
    });
}

} // namespace praklit::services
