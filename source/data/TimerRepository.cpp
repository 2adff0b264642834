#include "data/TimerRepository.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {
std::optional<TimerStart> parseStart(const std::string& s)
{
    if (s == "case_card") return TimerStart::CaseCard;
    if (s == "document") return TimerStart::Document;
    return TimerStart::Manual;
}
} // namespace

int64_t TimerRepository::insert(const Timer& t)
{
    long long id = 0;
    const long long user = t.userId, client = t.clientId, kase = t.caseId, acc = t.accumulated.count();
    soci::indicator caseInd = t.caseId ? soci::i_ok : soci::i_null;
    const std::string started = text::toDatabaseText(t.startedAt);
    const std::string running = t.runningSince ? text::toDatabaseText(*t.runningSince) : std::string();
    soci::indicator runningInd = t.runningSince ? soci::i_ok : soci::i_null;
    const std::string by(toString(t.startedBy));
    db_.sql() << "insert into timers (user_id, entity_id, case_id, description, started_by, started_at, accumulated_us, "
                 "running_since, version) values (:u, :e, :c, :d, :b, :s, :a, :r, 1) returning id",
        soci::use(user), soci::use(client), soci::use(kase, caseInd), soci::use(t.description), soci::use(by),
        soci::use(started), soci::use(acc), soci::use(running, runningInd), soci::into(id);
    return id;
}

bool TimerRepository::update(const Timer& t)
{
    const long long id = t.id, acc = t.accumulated.count();
    const std::string running = t.runningSince ? text::toDatabaseText(*t.runningSince) : std::string();
    soci::indicator runningInd = t.runningSince ? soci::i_ok : soci::i_null;
    soci::statement st = (db_.sql().prepare << "update timers set description = :d, accumulated_us = :a, running_since = :r, "
                                               "version = version + 1 where id = :id and version = :v",
                          soci::use(t.description), soci::use(acc), soci::use(running, runningInd), soci::use(id),
                          soci::use(t.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void TimerRepository::remove(int64_t id)
{
    const long long key = id;
    db_.sql() << "delete from timers where id = :id", soci::use(key);
}

std::vector<Timer> TimerRepository::select(const std::string& where, int64_t key)
{
    std::vector<Timer> out;
    Timer t;
    long long id = 0, user = 0, client = 0, kase = 0, acc = 0, k = key;
    soci::indicator caseInd, runningInd;
    std::string by, started, running;
    soci::statement st = (db_.sql().prepare << "select id, user_id, entity_id, case_id, description, started_by, started_at, "
                                               "accumulated_us, running_since, version from timers where " + where +
                                                   " order by case when running_since is null then 1 else 0 end, id desc",
                          soci::into(id), soci::into(user), soci::into(client), soci::into(kase, caseInd),
                          soci::into(t.description), soci::into(by), soci::into(started), soci::into(acc),
                          soci::into(running, runningInd), soci::into(t.version), soci::use(k));
    st.execute();
    while (st.fetch()) {
        t.id = id;
        t.userId = user;
        t.clientId = client;
        t.caseId = caseInd == soci::i_ok ? kase : 0;
        t.startedBy = *parseStart(by);
        t.startedAt = text::parseTimestamp(started).value_or(text::Timestamp{});
        t.accumulated = std::chrono::microseconds(acc);
        t.runningSince = runningInd == soci::i_ok ? text::parseTimestamp(running) : std::nullopt;
        out.push_back(t);
    }
    return out;
}

std::optional<Timer> TimerRepository::find(int64_t id)
{
    auto rows = select("id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<Timer> TimerRepository::forUser(int64_t userId) { return select("user_id = :k", userId); }

} // namespace praklit::data
