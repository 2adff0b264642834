#include "data/ClientRepository.h"

#include "data/ClientNameColumns.h"
#include "data/NativeHandles.h"
#include "data/SqliteNative.h"
#include "domain/Limits.h"

#include <algorithm>

#include <soci/soci.h>

namespace praklit::data {

namespace {
constexpr const char* kColumns =
    "select id, kind, first_name, last_name, org_name, id_number, email, note, "
    "case when active then 1 else 0 end, created_at, updated_at, version from entities ";

// LIKE metacharacters in a user's text match themselves.
std::string likeContains(const std::string& s)
{
    std::string out = "%";
    for (char c : s) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "%";
}
} // namespace

int64_t ClientRepository::insert(const Client& c, const std::string& searchKey, const std::string& sortKey)
{
    db_.entitiesChanged();
    long long id = 0;
    const std::string kind(toString(c.kind));
    const std::string created = text::toDatabaseText(c.createdAt);
    const std::string updated = text::toDatabaseText(c.updatedAt);
    const int active = c.active ? 1 : 0;
    soci::indicator idInd = c.idNumber.empty() ? soci::i_null : soci::i_ok;
    db_.sql() << "insert into entities (kind, first_name, last_name, org_name, id_number, email, note, active, "
                             "search_key, sort_key, created_at, updated_at, version) values (:kind, :first, :last, :org, "
                             ":idn, :email, :note, :active, :skey, :sort, :created, :updated, 1) returning id",
        soci::use(kind), soci::use(c.firstName), soci::use(c.lastName), soci::use(c.orgName), soci::use(c.idNumber, idInd),
        soci::use(c.email), soci::use(c.note), soci::use(active), soci::use(searchKey), soci::use(sortKey),
        soci::use(created), soci::use(updated), soci::into(id);
    return id;
}

bool ClientRepository::update(const Client& c, const std::string& searchKey, const std::string& sortKey)
{
    db_.entitiesChanged();
    const std::string kind(toString(c.kind));
    const std::string updated = text::toDatabaseText(c.updatedAt);
    const int active = c.active ? 1 : 0;
    const long long id = c.id;
    soci::indicator idInd = c.idNumber.empty() ? soci::i_null : soci::i_ok;
    soci::statement st =
        (db_.sql().prepare << "update entities set kind = :kind, first_name = :first, last_name = :last, "
                                          "org_name = :org, id_number = :idn, email = :email, note = :note, active = :active"
                                  ", search_key = :skey, sort_key = :sort, updated_at = :updated, version = version + 1 "
                                  "where id = :id and version = :version",
         soci::use(kind), soci::use(c.firstName), soci::use(c.lastName), soci::use(c.orgName),
         soci::use(c.idNumber, idInd), soci::use(c.email), soci::use(c.note), soci::use(active), soci::use(searchKey),
         soci::use(sortKey), soci::use(updated), soci::use(id), soci::use(c.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::vector<Client> ClientRepository::select(const std::string& tail, const std::string& param, int64_t a, int64_t b)
{
    std::vector<Client> out;
    Client c;
    long long id = 0, pa = a, pb = b;
    std::string kind, idNumber, created, updated;
    soci::indicator idInd;
    int active = 1;
    const bool hasParam = tail.find(":p") != std::string::npos;
    soci::statement st = (db_.sql().prepare << std::string(kColumns) + tail);
    st.exchange(soci::into(id));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(c.firstName));
    st.exchange(soci::into(c.lastName));
    st.exchange(soci::into(c.orgName));
    st.exchange(soci::into(idNumber, idInd));
    st.exchange(soci::into(c.email));
    st.exchange(soci::into(c.note));
    st.exchange(soci::into(active));
    st.exchange(soci::into(created));
    st.exchange(soci::into(updated));
    st.exchange(soci::into(c.version));
    if (hasParam) st.exchange(soci::use(param, "p"));
    if (tail.find(":a") != std::string::npos) st.exchange(soci::use(pa, "a"));
    if (tail.find(":b") != std::string::npos) st.exchange(soci::use(pb, "b"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        c.id = id;
        c.kind = parseEntityKind(kind).value_or(EntityKind::Person);
        c.idNumber = idInd == soci::i_ok ? idNumber : std::string();
        c.active = active != 0;
        c.createdAt = text::parseTimestamp(created).value_or(text::Timestamp{});
        c.updatedAt = text::parseTimestamp(updated).value_or(text::Timestamp{});
        out.push_back(c);
    }
    return out;
}

std::optional<Client> ClientRepository::find(int64_t id)
{
    auto rows = select("where id = :a", {}, id, 0);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<Client> ClientRepository::list(int64_t offset, int64_t limit)
{
    return select("order by sort_key, id limit :b offset :a", {}, offset, limit);
}

int64_t ClientRepository::count()
{
    long long n = 0;
    db_.sql() << "select count(*) from entities", soci::into(n);
    return n;
}

std::string ClientRepository::matchClause(const std::vector<std::string>& words, std::vector<std::string>& values)
{
    values.clear();
    std::string fts; // SQLite: words of 3+ characters go to the trigram index in one MATCH
    std::vector<std::string> likes;
    for (const auto& w : words) {
        if (db_.backend() == Backend::SQLite && characterCount(w) >= 3) {
            std::string phrase = "\"";
            for (char c : w) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
            fts += (fts.empty() ? "" : " AND ") + phrase + "\"";
        } else {
            likes.push_back(likeContains(w)); // pg_trgm serves LIKE '%…%' from its GIN index
        }
    }
    std::string from = " from entities e";
    std::vector<std::string> conditions;
    if (!fts.empty()) {
        // Walk the index's matches and take each one's collation key from the
        // covering (id, sort_key) index, never the wide table row.
        from = " from entity_search f cross join entities e indexed by entities_id_sort on e.id = f.rowid";
        values.push_back(fts);
        conditions.push_back("entity_search match :w0");
    }
    for (auto& like : likes) {
        conditions.push_back("e.search_key like :w" + std::to_string(values.size()) + " escape '\\'");
        values.push_back(std::move(like));
    }
    std::string sql = from;
    for (const auto& c : conditions) sql += (c == conditions.front() ? " where " : " and ") + c;
    return sql;
}

namespace {

constexpr const char* kSummaryColumns =
    "select e.id, e.kind, e.first_name, e.last_name, e.org_name, e.id_number, " // kClientNameColumns first
    "case when e.active then 1 else 0 end, "
    "(select a.city from addresses a where a.entity_id = e.id and a.is_primary), "
    "(select p.number_e164 from phones p where p.entity_id = e.id order by p.id limit 1) ";

// One row of the search screen, read from kSummaryColumns.
struct SummaryRow {
    ClientNameColumns name;
    std::string idNumber, city, phone;
    soci::indicator idInd{}, cityInd{}, phoneInd{};
    int active = 1;

    void bind(soci::statement& st)
    {
        name.bind(st);
        st.exchange(soci::into(idNumber, idInd));
        st.exchange(soci::into(active));
        st.exchange(soci::into(city, cityInd));
        st.exchange(soci::into(phone, phoneInd));
    }
    ClientSummary get() const
    {
        ClientSummary row;
        const Client c = name.get();
        row.id = c.id;
        row.kind = c.kind;
        row.displayName = c.displayName();
        row.idNumber = idInd == soci::i_ok ? idNumber : std::string();
        row.active = active != 0;
        row.city = cityInd == soci::i_ok ? city : std::string();
        row.phoneE164 = phoneInd == soci::i_ok ? phone : std::string();
        return row;
    }
};

} // namespace

std::vector<ClientSummary> ClientRepository::find(const std::vector<std::string>& words, int64_t offset, int64_t limit)
{
    std::vector<std::string> values;
    const std::string match = matchClause(words, values);
    std::vector<ClientSummary> out;
    SummaryRow r;

    // SQLite, trigram words only: order the index's matches by the session's
    // in-memory collation ranks instead of one B-tree lookup per match, then
    // read the wide columns of the page's rows alone.
    if (db_.backend() == Backend::SQLite && values.size() == 1 && match.find("entity_search match") != std::string::npos) {
        const auto ids = sqliteIds(sqliteHandle(db_.sql()), "select rowid from entity_search where entity_search match ?1",
                                   &values.front(), db_.url());
        const auto& ranks = db_.clientRanks();
        std::vector<std::pair<uint32_t, int64_t>> ranked;
        ranked.reserve(ids.size());
        for (const auto id : ids)
            ranked.emplace_back(static_cast<size_t>(id) < ranks.size() ? ranks[static_cast<size_t>(id)] : UINT32_MAX, id);
        const auto end = static_cast<size_t>(std::min<int64_t>(offset + limit, static_cast<int64_t>(ranked.size())));
        if (offset < 0 || static_cast<size_t>(offset) >= end) return out;
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(end), ranked.end());
        std::string page = "[";
        for (size_t i = static_cast<size_t>(offset); i < end; ++i)
            page += (i > static_cast<size_t>(offset) ? "," : "") + std::to_string(ranked[i].second);
        page += "]";
        soci::statement st = (db_.sql().prepare << std::string(kSummaryColumns) +
                                                       "from entities e where e.id in (select value from json_each(:page)) "
                                                       "order by e.sort_key, e.id");
        r.bind(st);
        st.exchange(soci::use(page, "page"));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) out.push_back(r.get());
        return out;
    }

    // Pick the page by id and collation key alone, then read the wide
    // columns for that page only.
    long long lim = limit, off = offset;
    soci::statement st = (db_.sql().prepare << std::string(kSummaryColumns) + "from entities e where e.id in (select e.id" +
                                                   match + " order by e.sort_key, e.id limit :limit offset :offset) "
                                                           "order by e.sort_key, e.id");
    r.bind(st);
    for (size_t i = 0; i < values.size(); ++i) st.exchange(soci::use(values[i], "w" + std::to_string(i)));
    st.exchange(soci::use(lim, "limit"));
    st.exchange(soci::use(off, "offset"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.push_back(r.get());
    return out;
}

int64_t ClientRepository::countMatches(const std::vector<std::string>& words)
{
    std::vector<std::string> values;
    std::string from = matchClause(words, values);
    // Only index words: the FTS table counts its own matches without a join.
    if (values.size() == 1 && from.find("entity_search match") != std::string::npos)
        from = " from entity_search where entity_search match :w0";
    const std::string sql = "select count(*)" + from;
    long long n = 0;
    soci::statement st = (db_.sql().prepare << sql);
    st.exchange(soci::into(n));
    for (size_t i = 0; i < values.size(); ++i) st.exchange(soci::use(values[i], "w" + std::to_string(i)));
    st.define_and_bind();
    st.execute(true);
    return n;
}

void ClientRepository::setSearchKey(int64_t id, const std::string& searchKey)
{
    const long long key = id;
    db_.sql() << "update entities set search_key = :k where id = :id", soci::use(searchKey), soci::use(key);
}

std::vector<std::string> ClientRepository::idNumbersInUse()
{
    std::vector<std::string> out;
    std::string idNumber;
    soci::statement st = (db_.sql().prepare << "select id_number from entities where id_number is not null", soci::into(idNumber));
    st.execute();
    while (st.fetch()) out.push_back(idNumber);
    return out;
}

std::optional<int64_t> ClientRepository::findByIdNumber(const std::string& idNumber)
{
    long long id = 0;
    soci::indicator ind = soci::i_null;
    db_.sql() << "select id from entities where id_number = :n", soci::use(idNumber), soci::into(id, ind);
    if (!db_.sql().got_data() || ind != soci::i_ok) return std::nullopt;
    return id;
}

} // namespace praklit::data
