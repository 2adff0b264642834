#include "data/AuditRepository.h"

#include "text/Sha256.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

namespace praklit::data {

namespace {
const char* kAuditColumns = "a.id, a.at, a.user_id, u.login, a.table_name, a.row_id, a.action, a.changes, a.reason, "
                       "a.prev_hash, a.hash";

struct RowReader {
    long long id = 0, user = 0, row = 0;
    soci::indicator userInd = soci::i_ok, loginInd = soci::i_ok, rowInd = soci::i_ok;
    std::string at, login;
    AuditEntry e;
    void bind(soci::statement& st)
    {
        st.exchange(soci::into(id));
        st.exchange(soci::into(at));
        st.exchange(soci::into(user, userInd));
        st.exchange(soci::into(login, loginInd));
        st.exchange(soci::into(e.table));
        st.exchange(soci::into(row, rowInd));
        st.exchange(soci::into(e.action));
        st.exchange(soci::into(e.changes));
        st.exchange(soci::into(e.reason));
        st.exchange(soci::into(e.prevHash));
        st.exchange(soci::into(e.hash));
    }
    AuditEntry entry() const
    {
        AuditEntry out = e;
        out.id = id;
        out.at = text::parseTimestamp(at).value_or(text::Timestamp{});
        out.userId = userInd == soci::i_ok ? user : 0;
        out.userLogin = loginInd == soci::i_ok ? login : std::string();
        out.rowId = rowInd == soci::i_ok ? row : 0;
        return out;
    }
};
} // namespace

std::string AuditRepository::hashOf(const AuditEntry& e)
{
    text::Sha256 sha;
    auto field = [&](const std::string& v) { sha.field(v); };
    field(e.prevHash);
    field(std::to_string(e.id));
    field(text::toDatabaseText(e.at));
    field(e.userId ? std::to_string(e.userId) : std::string());
    field(e.table);
    field(e.rowId ? std::to_string(e.rowId) : std::string());
    field(e.action);
    field(e.changes);
    field(e.reason);
    return sha.hex();
}

void AuditRepository::insert(AuditEntry e)
{
    auto& sql = db_.sql();
    long long lastId = 0;
    std::string prev;
    if (db_.backend() == Backend::PostgreSQL) {
        sql << "select last_id, hash from audit_head where id = 1 for update", soci::into(lastId), soci::into(prev);
        long long id = 0;
        sql << "select nextval(pg_get_serial_sequence('audit_log', 'id'))", soci::into(id);
        e.id = id;
    } else {
        // SQLite writers are one at a time already (IMMEDIATE transactions).
        sql << "select last_id, hash from audit_head where id = 1", soci::into(lastId), soci::into(prev);
        long long id = 0;
        sql << "select coalesce(max(id), 0) + 1 from audit_log", soci::into(id);
        e.id = id;
    }
    e.prevHash = prev;
    // The stored time is what the hash covers: microseconds, as the database keeps them.
    e.at = text::parseTimestamp(text::toDatabaseText(e.at)).value_or(e.at);
    e.hash = hashOf(e);
    const std::string at = text::toDatabaseText(e.at);
    const long long id = e.id, user = e.userId, row = e.rowId;
    soci::indicator userInd = e.userId ? soci::i_ok : soci::i_null;
    soci::indicator rowInd = e.rowId ? soci::i_ok : soci::i_null;
    sql << "insert into audit_log (id, at, user_id, table_name, row_id, action, changes, reason, prev_hash, hash) "
           "values (:id, :at, :u, :t, :r, :a, :c, :why, :p, :h)",
        soci::use(id), soci::use(at), soci::use(user, userInd), soci::use(e.table), soci::use(row, rowInd),
        soci::use(e.action), soci::use(e.changes), soci::use(e.reason), soci::use(e.prevHash), soci::use(e.hash);
    sql << "update audit_head set last_id = :id, hash = :h where id = 1", soci::use(id), soci::use(e.hash);
}

std::optional<AuditEntry> AuditRepository::lastFor(const std::string& table, int64_t rowId)
{
    RowReader r;
    long long key = rowId;
    std::string t = table;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kAuditColumns +
                                                   " from audit_log a left join users u on u.id = a.user_id "
                                                   "where a.table_name = :t and a.row_id = :r and a.action not in ('read', 'export', 'sign-in', 'sign-in-refused') "
                                                   "order by a.id desc limit 1",
                          soci::use(t), soci::use(key));
    r.bind(st);
    st.define_and_bind();
    st.execute();
    if (!st.fetch()) return std::nullopt;
    return r.entry();
}

namespace {
// How many of the log's rows before a page's start a period is first looked
// for in: a period that holds `limit` of them is read in id order there.
constexpr long long kPeriodWindow = 10'000;
} // namespace

std::vector<AuditEntry> AuditRepository::list(const AuditFilter& f, int64_t limit)
{
    if (!f.from && !f.until) return select(f, limit, 0, false);
    // The newest rows of a period: walking the log back from the page's start
    // is quick when the period lies there (this month, this year) and slow
    // when it lies far back, where its own range of the time index is short.
    // The rows just before the start are tried first: when `limit` of them
    // are in the period they are the page, since every other row of it is
    // older. Else the period's range gives the page, its ids sorted first.
    long long start = f.beforeId;
    if (!start) {
        soci::indicator ind = soci::i_ok;
        db_.sql() << "select max(id) from audit_log", soci::into(start, ind);
        start = ind == soci::i_ok ? start + 1 : 1;
    }
    if (start <= kPeriodWindow) return select(f, limit, 0, false); // a short log: the walk is short too
    auto page = select(f, limit, start - kPeriodWindow, false);
    if (static_cast<int64_t>(page.size()) == limit) return page;
    return select(f, limit, 0, true);
}

std::vector<AuditEntry> AuditRepository::select(const AuditFilter& f, int64_t limit, int64_t fromId, bool byPeriod)
{
    // Only fixed fragments join the query; every value is bound.
    std::string where = " where 1 = 1";
    const long long user = f.userId, row = f.rowId, before = f.beforeId, lim = limit, lowest = fromId;
    const std::string from = f.from ? text::toDatabaseText(*f.from) : std::string();
    const std::string until = f.until ? text::toDatabaseText(*f.until) : std::string();
    if (f.userId) where += " and a.user_id = :u";
    if (!f.table.empty()) where += " and a.table_name = :t";
    if (f.rowId) where += " and a.row_id = :r";
    if (!f.action.empty()) where += " and a.action = :a";
    if (f.from) where += " and a.at >= :f";
    if (f.until) where += " and a.at < :un";
    if (f.beforeId) where += " and a.id < :b";
    if (fromId) where += " and a.id >= :lo";
    std::string sql = std::string("select ") + kAuditColumns + " from audit_log a left join users u on u.id = a.user_id";
    if (byPeriod)
        // The ids of the period's range, sorted alone (an index holds them
        // beside the time): "a.id + 0" keeps the planner from walking the
        // whole log in id order instead.
        sql += " where a.id in (select a.id from audit_log a" + where + " order by a.id + 0 desc limit :lim)";
    else
        sql += where;
    sql += byPeriod ? " order by a.id desc" : " order by a.id desc limit :lim";
    RowReader r;
    soci::statement st(db_.sql());
    st.alloc();
    st.prepare(sql);
    r.bind(st);
    if (f.userId) st.exchange(soci::use(user));
    if (!f.table.empty()) st.exchange(soci::use(f.table));
    if (f.rowId) st.exchange(soci::use(row));
    if (!f.action.empty()) st.exchange(soci::use(f.action));
    if (f.from) st.exchange(soci::use(from));
    if (f.until) st.exchange(soci::use(until));
    if (f.beforeId) st.exchange(soci::use(before));
    if (fromId) st.exchange(soci::use(lowest));
    st.exchange(soci::use(lim));
    st.define_and_bind();
    st.execute();
    std::vector<AuditEntry> out;
    while (st.fetch()) out.push_back(r.entry());
    return out;
}

std::optional<std::string> AuditRepository::sealFor(const std::string& table, int64_t rowId)
{
    const long long row = rowId;
    std::string changes;
    soci::indicator ind = soci::i_ok;
    db_.sql() << "select changes from audit_log where table_name = :t and row_id = :r and changes like '%\"content_hash\"%' "
                 "order by id desc limit 1",
        soci::use(table), soci::use(row), soci::into(changes, ind);
    if (!db_.sql().got_data() || ind != soci::i_ok) return std::nullopt;
    const auto json = nlohmann::json::parse(changes, nullptr, false);
    if (!json.is_object() || !json.contains("content_hash")) return std::nullopt;
    const auto& v = json["content_hash"];
    if (v.is_string()) return v.get<std::string>();
    if (v.is_array() && v.size() == 2 && v[1].is_string()) return v[1].get<std::string>();
    return std::nullopt;
}

int64_t AuditRepository::count()
{
    long long n = 0;
    db_.sql() << "select count(*) from audit_log", soci::into(n);
    return n;
}

std::pair<int64_t, std::string> AuditRepository::head()
{
    long long lastId = 0;
    std::string hash;
    db_.sql() << "select last_id, hash from audit_head where id = 1", soci::into(lastId), soci::into(hash);
    return {lastId, hash};
}

AuditVerdict AuditRepository::verify()
{
    AuditVerdict v;
    std::string running;
    long long lastId = 0;
    // In pages by id: the PostgreSQL client would hold the whole result of
    // one query in memory, gigabytes for a log of millions of rows.
    constexpr long long kPage = 10'000;
    for (long long read = kPage; read == kPage;) {
        RowReader r;
        long long after = lastId;
        soci::statement st = (db_.sql().prepare << std::string("select ") + kAuditColumns +
                                                       " from audit_log a left join users u on u.id = a.user_id "
                                                       "where a.id > :after order by a.id limit :n",
                              soci::use(after), soci::use(kPage));
        r.bind(st);
        st.define_and_bind();
        st.execute();
        read = 0;
        while (st.fetch()) {
            const AuditEntry e = r.entry();
            ++read;
            ++v.rows;
            if (v.ok()) {
                if (e.prevHash != running) {
                    v.problem = AuditVerdict::Problem::LinkBroken;
                    v.firstBadId = e.id;
                } else if (hashOf(e) != e.hash) {
                    v.problem = AuditVerdict::Problem::ContentChanged;
                    v.firstBadId = e.id;
                }
            }
            running = e.hash;
            lastId = e.id;
        }
    }
    v.head = running;
    if (v.ok()) {
        const auto [headId, headHash] = head();
        if (headId != lastId || headHash != running) {
            v.problem = AuditVerdict::Problem::HeadMismatch;
            v.firstBadId = headId;
        }
    }
    return v;
}

void AuditRepository::chainExisting()
{
    std::vector<AuditEntry> rows;
    {
        RowReader r;
        soci::statement st = (db_.sql().prepare << std::string("select ") + kAuditColumns +
                                                       " from audit_log a left join users u on u.id = a.user_id order by a.id");
        r.bind(st);
        st.define_and_bind();
        st.execute();
        while (st.fetch()) rows.push_back(r.entry());
    }
    std::string running;
    long long lastId = 0;
    for (auto& e : rows) {
        e.prevHash = running;
        e.hash = hashOf(e);
        const long long id = e.id;
        db_.sql() << "update audit_log set prev_hash = :p, hash = :h where id = :id", soci::use(e.prevHash),
            soci::use(e.hash), soci::use(id);
        running = e.hash;
        lastId = id;
    }
    db_.sql() << "update audit_head set last_id = :id, hash = :h where id = 1", soci::use(lastId), soci::use(running);
}

} // namespace praklit::data
