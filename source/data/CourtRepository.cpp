#include "data/CourtRepository.h"

#include "data/ClientNameColumns.h"

#include <soci/soci.h>

namespace praklit::data {

std::optional<LinkedCardRow> CourtRepository::card(int64_t userId)
{
    LinkedCardRow c;
    long long user = userId, slot = 0;
    soci::indicator ind = soci::i_null;
    db_.sql() << "select module_path, slot, certificate_id, fingerprint, holder, not_after, linked_at, version "
                 "from court_cards where user_id = :u",
        soci::into(c.modulePath, ind), soci::into(slot), soci::into(c.certificateId), soci::into(c.fingerprint),
        soci::into(c.holder), soci::into(c.notAfter), soci::into(c.linkedAt), soci::into(c.version), soci::use(user);
    if (!db_.sql().got_data() || ind != soci::i_ok) return std::nullopt;
    c.userId = userId;
    c.slot = slot;
    c.notAfter = c.notAfter.substr(0, 10);
    return c;
}

void CourtRepository::saveCard(const LinkedCardRow& c)
{
    const long long user = c.userId, slot = c.slot;
    db_.sql() << "delete from court_cards where user_id = :u", soci::use(user);
    db_.sql() << "insert into court_cards (user_id, module_path, slot, certificate_id, fingerprint, holder, not_after, "
                 "linked_at, version) values (:u, :m, :s, :c, :f, :h, :n, :l, 1)",
        soci::use(user), soci::use(c.modulePath), soci::use(slot), soci::use(c.certificateId), soci::use(c.fingerprint),
        soci::use(c.holder), soci::use(c.notAfter), soci::use(c.linkedAt);
}

namespace {
std::vector<int64_t> ids(soci::session& sql, const std::string& query, long long key, bool keyed)
{
    std::vector<int64_t> out;
    long long id = 0;
    soci::statement st = (sql.prepare << query, soci::into(id));
    if (keyed) st.exchange(soci::use(key, "k"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}
} // namespace

std::vector<int64_t> CourtRepository::openCaseIds()
{
    return ids(db_.sql(), "select id from cases where status = 'open' order by id", 0, false);
}

std::vector<int64_t> CourtRepository::caseIdsOfClient(int64_t clientId)
{
    return ids(db_.sql(), "select id from cases where entity_id = :k and status = 'open' order by id", clientId, true);
}

std::optional<SyncCaseRow> CourtRepository::syncCase(int64_t caseId)
{
    SyncCaseRow r;
    ClientNameColumns client;
    long long key = caseId, lawyer = 0;
    soci::indicator lawyerInd = soci::i_null;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kClientNameColumns +
                                                   ", c.internal_number, c.court, c.proceeding_type, c.court_number, "
                                                   "c.lawyer_user_id from cases c join entities e on e.id = c.entity_id "
                                                   "where c.id = :k");
    client.bind(st);
    st.exchange(soci::into(r.internalNumber));
    st.exchange(soci::into(r.court));
    st.exchange(soci::into(r.proceedingType));
    st.exchange(soci::into(r.courtNumber));
    st.exchange(soci::into(lawyer, lawyerInd));
    st.exchange(soci::use(key, "k"));
    st.define_and_bind();
    st.execute();
    if (!st.fetch()) return std::nullopt;
    r.caseId = caseId;
    r.clientId = client.id;
    r.clientName = client.get().displayName();
    r.lawyerUserId = lawyerInd == soci::i_ok ? lawyer : 0;
    return r;
}

std::vector<std::string> CourtRepository::courtNames(const std::string& date)
{
    std::vector<std::string> out;
    std::string name;
    // The Supreme Court first, then each kind together, as a lawyer looks for them.
    soci::statement st = (db_.sql().prepare << "select name from courts where valid_from <= :d and (valid_to is null or "
                                                "valid_to >= :d) order by case kind when 'supreme' then 0 when "
                                                "'district' then 1 when 'magistrates' then 2 when 'family' then 3 when "
                                                "'national-labour' then 4 when 'labour' then 5 when 'traffic' then 6 "
                                                "when 'local-affairs' then 7 else 8 end, name",
                          soci::into(name), soci::use(date, "d"));
    st.execute();
    while (st.fetch()) out.push_back(name);
    return out;
}

std::string CourtRepository::cursor(int64_t caseId)
{
    const long long key = caseId;
    std::string c;
    soci::indicator ind = soci::i_null;
    db_.sql() << "select cursor from court_case_cursors where case_id = :k", soci::into(c, ind), soci::use(key);
    return db_.sql().got_data() && ind == soci::i_ok ? c : std::string();
}

void CourtRepository::setCursor(int64_t caseId, const std::string& cursor, const std::string& at)
{
    const long long key = caseId;
    soci::statement st = (db_.sql().prepare << "update court_case_cursors set cursor = :c, synced_at = :a where case_id = :k",
                          soci::use(cursor), soci::use(at), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0)
        db_.sql() << "insert into court_case_cursors (case_id, cursor, synced_at) values (:k, :c, :a)", soci::use(key),
            soci::use(cursor), soci::use(at);
}

std::set<std::string> CourtRepository::courtDocumentIds(int64_t caseId)
{
    std::set<std::string> out;
    long long key = caseId;
    std::string id;
    soci::statement st = (db_.sql().prepare << "select court_document_id from documents where case_id = :k and "
                                                "court_document_id is not null",
                          soci::into(id), soci::use(key));
    st.execute();
    while (st.fetch()) out.insert(id);
    return out;
}

std::set<std::string> CourtRepository::storedCourtDocuments(const std::vector<std::string>& courtDocumentIds)
{
    std::set<std::string> out;
    if (courtDocumentIds.empty()) return out;
    std::string sql = "select court_document_id from documents where court_document_id in (";
    for (size_t i = 0; i < courtDocumentIds.size(); ++i) sql += (i ? ", :d" : ":d") + std::to_string(i);
    sql += ")";
    std::string id;
    soci::statement st = (db_.sql().prepare << sql);
    st.exchange(soci::into(id));
    for (size_t i = 0; i < courtDocumentIds.size(); ++i)
        st.exchange(soci::use(courtDocumentIds[i], "d" + std::to_string(i)));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.insert(id);
    return out;
}

void CourtRepository::markRead(int64_t documentId)
{
    const long long key = documentId;
    const int no = 0;
    db_.sql() << "update documents set unread = :u where id = :k and unread", soci::use(no), soci::use(key);
}

std::vector<Hearing> CourtRepository::hearings(const std::string& where, const std::string& key)
{
    std::vector<Hearing> out;
    Hearing h;
    long long id = 0, kase = 0;
    std::string courtId, date, status;
    soci::indicator courtInd = soci::i_null;
    int video = 0, changed = 0;
    soci::statement st =
        (db_.sql().prepare << "select id, case_id, court_hearing_id, on_date, start_time, end_time, court, hall, judge, "
                              "hearing_type, status, case when video then 1 else 0 end, case when changed then 1 else 0 end, "
                              "version from hearings where " + where + " order by on_date, start_time, id",
         soci::into(id), soci::into(kase), soci::into(courtId, courtInd), soci::into(date), soci::into(h.values.startTime),
         soci::into(h.values.endTime), soci::into(h.values.court), soci::into(h.values.hall), soci::into(h.values.judge),
         soci::into(h.values.type), soci::into(status), soci::into(video), soci::into(changed), soci::into(h.version),
         soci::use(key, "k"));
    st.execute();
    while (st.fetch()) {
        h.id = id;
        h.caseId = kase;
        h.values.id = courtInd == soci::i_ok ? courtId : std::string();
        h.values.date = date.substr(0, 10);
        h.values.status = parseHearingStatus(status).value_or(HearingStatus::Scheduled);
        h.values.video = video != 0;
        h.changed = changed != 0;
        out.push_back(h);
    }
    return out;
}

std::optional<Hearing> CourtRepository::hearingByCourtId(const std::string& courtHearingId)
{
    auto rows = hearings("court_hearing_id = :k", courtHearingId);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

int64_t CourtRepository::insertHearing(const Hearing& h, const std::string& at)
{
    long long id = 0;
    const long long kase = h.caseId;
    const auto& v = h.values;
    soci::indicator courtInd = v.id.empty() ? soci::i_null : soci::i_ok;
    const std::string status(toString(v.status));
    const int video = v.video ? 1 : 0, changed = h.changed ? 1 : 0;
    db_.sql() << "insert into hearings (case_id, court_hearing_id, on_date, start_time, end_time, court, hall, judge, "
                 "hearing_type, status, video, changed, created_at, updated_at, version) values (:c, :i, :d, :s, :e, :co, "
                 ":h, :j, :t, :st, :v, :ch, :a, :u, 1) returning id",
        soci::use(kase), soci::use(v.id, courtInd), soci::use(v.date), soci::use(v.startTime), soci::use(v.endTime),
        soci::use(v.court), soci::use(v.hall), soci::use(v.judge), soci::use(v.type), soci::use(status), soci::use(video),
        soci::use(changed), soci::use(at), soci::use(at), soci::into(id);
    return id;
}

void CourtRepository::changeHearing(const Hearing& before, const HearingEvent& after, bool changed, const std::string& at,
                                    int64_t syncId)
{
    const long long key = before.id, sync = syncId;
    soci::indicator syncInd = syncId ? soci::i_ok : soci::i_null;
    const auto& b = before.values;
    const std::string oldStatus(toString(b.status)), newStatus(toString(after.status));
    const int oldVideo = b.video ? 1 : 0, newVideo = after.video ? 1 : 0, isChanged = changed || before.changed ? 1 : 0;
    db_.sql() << "insert into hearing_history (hearing_id, changed_at, sync_id, on_date, start_time, end_time, court, hall, "
                 "judge, hearing_type, status, video) values (:h, :a, :s, :d, :st, :e, :c, :ha, :j, :t, :x, :v)",
        soci::use(key), soci::use(at), soci::use(sync, syncInd), soci::use(b.date), soci::use(b.startTime),
        soci::use(b.endTime), soci::use(b.court), soci::use(b.hall), soci::use(b.judge), soci::use(b.type),
        soci::use(oldStatus), soci::use(oldVideo);
    db_.sql() << "update hearings set on_date = :d, start_time = :s, end_time = :e, court = :c, hall = :h, judge = :j, "
                 "hearing_type = :t, status = :st, video = :v, changed = :ch, updated_at = :a, version = version + 1 "
                 "where id = :k",
        soci::use(after.date), soci::use(after.startTime), soci::use(after.endTime), soci::use(after.court),
        soci::use(after.hall), soci::use(after.judge), soci::use(after.type), soci::use(newStatus), soci::use(newVideo),
        soci::use(isChanged), soci::use(at), soci::use(key);
}

std::vector<Hearing> CourtRepository::hearingsOfCase(int64_t caseId)
{
    return hearings("case_id = cast(:k as bigint)", std::to_string(caseId));
}

std::optional<Hearing> CourtRepository::nextHearing(int64_t clientId, int64_t caseId, const std::string& fromDate)
{
    long long key = caseId ? caseId : clientId, id = 0;
    soci::indicator found = soci::i_null;
    // Each a range of hearings_case: a case's, or each of the client's cases' (few).
    const std::string sql =
        std::string("select h.id from hearings h ") +
        (caseId ? "where h.case_id = :k " : "join cases c on c.id = h.case_id where c.entity_id = :k and c.status = 'open' ") +
        "and h.on_date >= :d and h.status in ('scheduled', 'moved') order by h.on_date, h.start_time, h.id limit 1";
    db_.sql() << sql, soci::use(key, "k"), soci::use(fromDate, "d"), soci::into(id, found);
    if (found != soci::i_ok) return std::nullopt;
    auto rows = hearings("id = cast(:k as bigint)", std::to_string(id));
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<HearingChange> CourtRepository::history(int64_t hearingId)
{
    std::vector<HearingChange> out;
    HearingChange c;
    long long key = hearingId;
    std::string date, status;
    int video = 0;
    soci::statement st =
        (db_.sql().prepare << "select changed_at, on_date, start_time, end_time, court, hall, judge, hearing_type, status, "
                              "case when video then 1 else 0 end from hearing_history where hearing_id = :k order by id",
         soci::into(c.changedAt), soci::into(date), soci::into(c.before.startTime), soci::into(c.before.endTime),
         soci::into(c.before.court), soci::into(c.before.hall), soci::into(c.before.judge), soci::into(c.before.type),
         soci::into(status), soci::into(video), soci::use(key));
    st.execute();
    while (st.fetch()) {
        c.before.date = date.substr(0, 10);
        c.before.status = parseHearingStatus(status).value_or(HearingStatus::Scheduled);
        c.before.video = video != 0;
        out.push_back(c);
    }
    return out;
}

std::vector<UpcomingHearingRow> CourtRepository::upcoming(const std::string& fromDate, const std::string& toDate,
                                                          int64_t lawyerUserId, int limit)
{
    std::vector<UpcomingHearingRow> out;
    UpcomingHearingRow r;
    ClientNameColumns client;
    long long id = 0, kase = 0, lawyer = lawyerUserId, lawyerId = 0;
    soci::indicator lawyerInd = soci::i_null, courtInd = soci::i_null, nameInd = soci::i_null;
    std::string courtId, date, status, lawyerName;
    int video = 0, changed = 0;
    const std::string sql =
        std::string("select ") + kClientNameColumns +
        ", h.id, h.case_id, h.court_hearing_id, h.on_date, h.start_time, h.end_time, h.court, h.hall, h.judge, "
        "h.hearing_type, h.status, case when h.video then 1 else 0 end, case when h.changed then 1 else 0 end, h.version, "
        "c.internal_number, c.court_number, c.lawyer_user_id, coalesce(nullif(u.display_name, ''), u.login) "
        "from hearings h join cases c on c.id = h.case_id join entities e on e.id = c.entity_id "
        "left join users u on u.id = c.lawyer_user_id "
        "where h.on_date >= :f and h.on_date <= :t" +
        std::string(lawyerUserId ? " and c.lawyer_user_id = :l" : "") +
        " order by h.on_date, h.start_time, h.id limit " + std::to_string(limit);
    soci::statement st = (db_.sql().prepare << sql);
    client.bind(st);
    auto& v = r.hearing.values;
    st.exchange(soci::into(id));
    st.exchange(soci::into(kase));
    st.exchange(soci::into(courtId, courtInd));
    st.exchange(soci::into(date));
    st.exchange(soci::into(v.startTime));
    st.exchange(soci::into(v.endTime));
    st.exchange(soci::into(v.court));
    st.exchange(soci::into(v.hall));
    st.exchange(soci::into(v.judge));
    st.exchange(soci::into(v.type));
    st.exchange(soci::into(status));
    st.exchange(soci::into(video));
    st.exchange(soci::into(changed));
    st.exchange(soci::into(r.hearing.version));
    st.exchange(soci::into(r.internalNumber));
    st.exchange(soci::into(r.courtNumber));
    st.exchange(soci::into(lawyerId, lawyerInd));
    st.exchange(soci::into(lawyerName, nameInd));
    st.exchange(soci::use(fromDate, "f"));
    st.exchange(soci::use(toDate, "t"));
    if (lawyerUserId) st.exchange(soci::use(lawyer, "l"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        r.hearing.id = id;
        r.hearing.caseId = kase;
        v.id = courtInd == soci::i_ok ? courtId : std::string();
        v.date = date.substr(0, 10);
        v.status = parseHearingStatus(status).value_or(HearingStatus::Scheduled);
        v.video = video != 0;
        r.hearing.changed = changed != 0;
        r.clientId = client.id;
        r.clientName = client.get().displayName();
        r.lawyerUserId = lawyerInd == soci::i_ok ? lawyerId : 0;
        r.lawyerName = nameInd == soci::i_ok ? lawyerName : std::string();
        out.push_back(r);
    }
    return out;
}

int64_t CourtRepository::startSync(int64_t userId, const std::string& scope, int64_t scopeId, const std::string& at)
{
    long long id = 0;
    const long long user = userId, key = scopeId;
    soci::indicator keyInd = scopeId ? soci::i_ok : soci::i_null;
    db_.sql() << "insert into court_syncs (user_id, scope, scope_id, started_at, state) values (:u, :s, :k, :a, 'running') "
                 "returning id",
        soci::use(user), soci::use(scope), soci::use(key, keyInd), soci::use(at), soci::into(id);
    return id;
}

void CourtRepository::finishSync(int64_t syncId, const std::string& state, const std::string& message, const std::string& at)
{
    const long long key = syncId;
    db_.sql() << "update court_syncs set state = :s, message = :m, finished_at = :a where id = :k", soci::use(state),
        soci::use(message), soci::use(at), soci::use(key);
}

void CourtRepository::addSyncCase(int64_t syncId, int64_t caseId, const std::string& state, int64_t newDocuments,
                                  int64_t newHearings, int64_t changedHearings, const std::string& message)
{
    const long long sync = syncId, kase = caseId, d = newDocuments, h = newHearings, c = changedHearings;
    db_.sql() << "insert into court_sync_cases (sync_id, case_id, state, new_documents, new_hearings, changed_hearings, "
                 "message) values (:s, :c, :st, :d, :h, :ch, :m)",
        soci::use(sync), soci::use(kase), soci::use(state), soci::use(d), soci::use(h), soci::use(c), soci::use(message);
}

namespace {
const char* kSyncColumns =
    "select s.id, s.user_id, coalesce(nullif(u.display_name, ''), u.login, ''), s.scope, coalesce(s.scope_id, 0), "
    "s.started_at, "
    "coalesce(s.finished_at, s.started_at), case when s.finished_at is null then 0 else 1 end, s.state, s.message, "
    "(select count(*) from court_sync_cases x where x.sync_id = s.id), "
    "(select count(*) from court_sync_cases x where x.sync_id = s.id and x.state = 'failed'), "
    "(select coalesce(sum(x.new_documents), 0) from court_sync_cases x where x.sync_id = s.id), "
    "(select coalesce(sum(x.new_hearings), 0) from court_sync_cases x where x.sync_id = s.id), "
    "(select coalesce(sum(x.changed_hearings), 0) from court_sync_cases x where x.sync_id = s.id) "
    "from court_syncs s left join users u on u.id = s.user_id ";
}

std::vector<SyncRow> CourtRepository::syncs(int limit)
{
    return syncsWhere("order by s.id desc limit " + std::to_string(limit), 0);
}

std::optional<SyncRow> CourtRepository::sync(int64_t syncId)
{
    auto rows = syncsWhere("where s.id = cast(:k as bigint)", syncId);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<SyncRow> CourtRepository::syncsWhere(const std::string& tail, int64_t key)
{
    std::vector<SyncRow> out;
    SyncRow r;
    long long id = 0, user = 0, scopeId = 0, cases = 0, failed = 0, docs = 0, hearings = 0, changed = 0, k = key;
    int finished = 0;
    std::string started, ended;
    soci::statement st = (db_.sql().prepare << std::string(kSyncColumns) + tail);
    st.exchange(soci::into(id));
    st.exchange(soci::into(user));
    st.exchange(soci::into(r.userName));
    st.exchange(soci::into(r.scope));
    st.exchange(soci::into(scopeId));
    st.exchange(soci::into(started));
    st.exchange(soci::into(ended));
    st.exchange(soci::into(finished));
    st.exchange(soci::into(r.state));
    st.exchange(soci::into(r.message));
    st.exchange(soci::into(cases));
    st.exchange(soci::into(failed));
    st.exchange(soci::into(docs));
    st.exchange(soci::into(hearings));
    st.exchange(soci::into(changed));
    if (tail.find(":k") != std::string::npos) st.exchange(soci::use(k, "k"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        r.id = id;
        r.userId = user;
        r.scopeId = scopeId;
        r.startedAt = started;
        r.finishedAt = finished ? ended : std::string();
        r.cases = cases;
        r.failed = failed;
        r.newDocuments = docs;
        r.newHearings = hearings;
        r.changedHearings = changed;
        out.push_back(r);
    }
    return out;
}

std::vector<SyncCaseResultRow> CourtRepository::syncCases(int64_t syncId)
{
    std::vector<SyncCaseResultRow> out;
    SyncCaseResultRow r;
    ClientNameColumns client;
    long long key = syncId, kase = 0, d = 0, h = 0, c = 0;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kClientNameColumns +
                                                   ", x.case_id, c.internal_number, c.proceeding_type, c.court_number, x.state, x.message, "
                                                   "x.new_documents, x.new_hearings, x.changed_hearings "
                                                   "from court_sync_cases x join cases c on c.id = x.case_id "
                                                   "join entities e on e.id = c.entity_id where x.sync_id = :k order by x.id");
    client.bind(st);
    st.exchange(soci::into(kase));
    st.exchange(soci::into(r.internalNumber));
    st.exchange(soci::into(r.proceedingType));
    st.exchange(soci::into(r.courtNumber));
    st.exchange(soci::into(r.state));
    st.exchange(soci::into(r.message));
    st.exchange(soci::into(d));
    st.exchange(soci::into(h));
    st.exchange(soci::into(c));
    st.exchange(soci::use(key, "k"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        r.caseId = kase;
        r.clientName = client.get().displayName();
        r.newDocuments = d;
        r.newHearings = h;
        r.changedHearings = c;
        out.push_back(r);
    }
    return out;
}

std::vector<UnreadRow> CourtRepository::unreadByLawyer()
{
    std::vector<UnreadRow> out;
    UnreadRow r;
    long long lawyer = 0, n = 0;
    // The lawyer as shown: the display name, else the login (User::shownName).
    const std::string lawyerName = "coalesce(nullif(u.display_name, ''), u.login, '')";
    soci::statement st = (db_.sql().prepare << "select coalesce(c.lawyer_user_id, 0), " + lawyerName + ", count(*) "
                                               "from documents d join cases c on c.id = d.case_id "
                                               "left join users u on u.id = c.lawyer_user_id "
                                               "where d.unread and d.deleted_at is null "
                                               "group by coalesce(c.lawyer_user_id, 0), " + lawyerName + " order by 2",
                          soci::into(lawyer), soci::into(r.lawyerName), soci::into(n));
    st.execute();
    while (st.fetch()) {
        r.lawyerUserId = lawyer;
        r.documents = n;
        out.push_back(r);
    }
    return out;
}

} // namespace praklit::data
