#include "services/TimerService.h"

#include "data/CaseRepository.h"
#include "data/ChargeRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/TimerRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "text/Translate.h"

namespace praklit::services {

using namespace std::chrono;
using text::format;
using text::tr;

namespace {
std::string cleanDescription(const std::string& d)
{
    return cleanText(d, tr("Description"), kMaxLineLength * 3, "description", true);
}
} // namespace

Timer TimerService::mine(int64_t timerId)
{
    office_.require(Permission::AddCharges);
    const auto t = data::TimerRepository(office_.db()).find(timerId);
    if (!t || t->userId != office_.user().id) notFound(format(tr("You have no time counter number {1}."), timerId));
    return *t;
}

Timer TimerService::get(int64_t timerId)
{
    Timer t;
    office_.db().guarded([&] { t = mine(timerId); });
    return t;
}

void TimerService::save(Timer& t, const char* what)
{
    if (!data::TimerRepository(office_.db()).update(t)) throwStaleVersion(office_.db(), "timers", t.id);
    ++t.version;
    audit(office_.db(), office_.user().id, "timers", t.id, "update",
          Changes().set("action", what).set("elapsed_us", std::to_string(t.elapsed(text::now()).count())));
}

void TimerService::pauseOthers(int64_t exceptId, text::Timestamp now)
{
    if (SettingsService(office_).timerSettings().keepOthersRunning) return;
    for (auto& other : data::TimerRepository(office_.db()).forUser(office_.user().id)) {
        if (other.id == exceptId || !other.running()) continue;
        other.accumulated += now - *other.runningSince;
        other.runningSince.reset();
        save(other, "pause");
    }
}

Timer TimerService::start(int64_t clientId, int64_t caseId, const std::string& description, TimerStart by)
{
    office_.require(Permission::AddCharges);
    const auto text = cleanDescription(description);
    auto& db = office_.db();
    Timer t;
    db.transaction([&] {
        clientId = requireWorkable(db, clientId, caseId);
        const auto now = text::now();
        data::TimerRepository repo(db);
        for (const auto& existing : repo.forUser(office_.user().id))
            if (existing.clientId == clientId && existing.caseId == caseId) {
                t = existing;
                break;
            }
        if (t.id) { // this user already counts time here: go on with that counter
            if (!t.running()) {
                t.runningSince = now;
                if (!text.empty()) t.description = text;
                save(t, "resume");
            }
        } else {
            t.userId = office_.user().id;
            t.clientId = clientId;
            t.caseId = caseId;
            t.description = text;
            t.startedBy = by;
            t.startedAt = now;
            t.runningSince = now;
            t.version = 1;
            t.id = repo.insert(t);
            audit(db, office_.user().id, "timers", t.id, "insert",
                  Changes()
                      .set("entity_id", std::to_string(clientId))
                      .set("case_id", caseId ? std::to_string(caseId) : "")
                      .set("started_by", std::string(toString(by))));
        }
        pauseOthers(t.id, now);
    });
    return t;
}

Timer TimerService::pause(int64_t timerId)
{
    Timer t;
    office_.db().transaction([&] {
        t = mine(timerId);
        if (!t.running()) return;
        const auto now = text::now();
        t.accumulated += now - *t.runningSince;
        t.runningSince.reset();
        save(t, "pause");
    });
    return t;
}

Timer TimerService::resume(int64_t timerId)
{
    Timer t;
    office_.db().transaction([&] {
        t = mine(timerId);
        if (t.running()) return;
        const auto now = text::now();
        t.runningSince = now;
        save(t, "resume");
        pauseOthers(t.id, now);
    });
    return t;
}

Timer TimerService::describe(int64_t timerId, const std::string& description)
{
    const auto text = cleanDescription(description);
    Timer t;
    office_.db().transaction([&] {
        t = mine(timerId);
        if (t.description == text) return; // nothing to save: no version, no row
        t.description = text;
        save(t, "describe");
    });
    return t;
}

StopResult TimerService::stop(int64_t timerId, std::optional<text::Timestamp> endAt, std::optional<std::string> description,
                              bool billable)
{
    StopResult result;
    auto& db = office_.db();
    db.transaction([&] {
        Timer t = mine(timerId);
        const auto now = text::now();
        auto end = endAt.value_or(now);
        if (end > now) invalid(tr("The end time cannot be in the future."), "end");
        if (t.running() && end < *t.runningSince)
            invalid(tr("The end time cannot be before the counter last started."), "end");
        if (!t.running()) end = std::max(t.startedAt, std::min(end, now));
        const auto elapsed = t.running() ? t.accumulated + (end - *t.runningSince) : t.accumulated;
        if (description) t.description = cleanDescription(*description);

        TimeEntry entry;
        entry.userId = t.userId;
        entry.clientId = t.clientId;
        entry.caseId = t.caseId;
        entry.startedAt = t.startedAt;
        entry.endedAt = end;
        entry.seconds = duration_cast<seconds>(elapsed).count();
        entry.description = t.description;
        entry.billable = billable;
        entry.id = data::ChargeRepository(db).insertTimeEntry(entry);
        audit(db, office_.user().id, "time_entries", entry.id, "insert",
              Changes()
                  .set("timer_id", std::to_string(t.id))
                  .set("seconds", std::to_string(entry.seconds))
                  .set("billable", billable ? "true" : "false"));
        data::TimerRepository(db).remove(t.id);
        audit(db, office_.user().id, "timers", t.id, "delete", Changes().set("action", "stop"));
        result.entry = entry;
        if (billable && entry.seconds > 0) result.charge = ChargeService(office_).chargeTimeEntry(entry);
    });
    return result;
}

void TimerService::discard(int64_t timerId)
{
    office_.db().transaction([&] {
        const auto t = mine(timerId);
        data::TimerRepository(office_.db()).remove(t.id);
        audit(office_.db(), office_.user().id, "timers", t.id, "delete",
              Changes().set("action", "discard").set("elapsed_us", std::to_string(t.elapsed(text::now()).count())));
    });
}

void TimerService::resolveIdle(int64_t timerId, text::Timestamp idleSince, IdleChoice choice)
{
    if (choice == IdleChoice::Keep) return;
    auto& db = office_.db();
    db.transaction([&] {
        Timer t = mine(timerId);
        if (!t.running()) return;
        const auto now = text::now();
        const auto since = std::clamp(idleSince, *t.runningSince, now);
        if (choice == IdleChoice::Split) {
            const int64_t clientId = t.clientId, caseId = t.caseId;
            const std::string description = t.description;
            stop(t.id, since, std::nullopt, true);
            start(clientId, caseId, description, t.startedBy);
            return;
        }
        // Discard: count up to the moment the user went idle, and again from now.
        t.accumulated += since - *t.runningSince;
        t.runningSince = now;
        save(t, "discard idle");
    });
}

std::vector<Timer> TimerService::list()
{
    office_.require(Permission::AddCharges);
    std::vector<Timer> out;
    office_.db().guarded([&] { out = data::TimerRepository(office_.db()).forUser(office_.user().id); });
    return out;
}

bool TimerService::longRunning(const Timer& timer, text::Timestamp now)
{
    return timer.running() && now - *timer.runningSince > hours(SettingsService(office_).timerSettings().longRunningHours);
}

std::optional<Timer> TimerService::automatic(int64_t caseId, TimerStart by)
{
    if (!office_.can(Permission::AddCharges)) return std::nullopt; // a card opened by someone who records no time
    const auto settings = SettingsService(office_).timerSettings();
    const bool wanted = by == TimerStart::CaseCard ? settings.startOnCaseCard : settings.startOnDocument;
    if (!wanted) return std::nullopt;
    for (const auto& t : list())
        if (t.caseId == caseId && t.running()) return std::nullopt; // already counting here
    // Looking into a closed case or an inactive client's file is not work to count.
    bool workable = false;
    office_.db().guarded([&] {
        const auto c = data::CaseRepository(office_.db()).find(caseId);
        const auto client = c ? data::ClientRepository(office_.db()).find(c->clientId) : std::nullopt;
        workable = c && c->status == CaseStatus::Open && client && client->active;
    });
    if (!workable) return std::nullopt;
    return start(0, caseId, {}, by);
}

std::optional<Timer> TimerService::caseCardOpened(int64_t caseId) { return automatic(caseId, TimerStart::CaseCard); }
std::optional<Timer> TimerService::documentOpened(int64_t caseId) { return automatic(caseId, TimerStart::Document); }

} // namespace praklit::services
