#include "data/ClientRepository.h"

#include "data/ClientNameColumns.h"
#include "data/ClientSearch.h"
#include "data/SearchWords.h"
#include "domain/Limits.h"

#include <algorithm>

#include <soci/soci.h>

namespace praklit::data {

namespace {
constexpr const char* kColumns =
    "select id, kind, first_name, last_name, org_name, id_number, email, note, "
    "case when active then 1 else 0 end, created_at, updated_at, version from entities ";

} // namespace

int64_t ClientRepository::insert(const Client& c, const std::string& searchKey, const std::string& sortKey)
{
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
    SearchWords(db_).write(id, searchKey, c.displayName(), sortKey);
    return id;
}

bool ClientRepository::update(const Client& c, const std::string& searchKey, const std::string& sortKey)
{
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
    if (st.get_affected_rows() != 1) return false;
    SearchWords(db_).write(c.id, searchKey, c.displayName(), sortKey);
    return true;
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

std::vector<ClientSummary> ClientRepository::find(const std::string& typed, int64_t offset, int64_t limit)
{
    std::vector<ClientSummary> out;
    SummaryRow r;
    const auto words = text::searchWords(typed);
    if (words.empty()) {
        if (!text::searchKey(typed).empty()) return out; // only marks: nothing to look for
        long long lim = limit, off = offset;
        soci::statement st = (db_.sql().prepare << std::string(kSummaryColumns) + "from entities e where e.id in (select id "
                                                   "from entities order by sort_key, id limit :limit offset :offset) "
                                                   "order by e.sort_key, e.id");
        r.bind(st);
        st.exchange(soci::use(lim, "limit"));
        st.exchange(soci::use(off, "offset"));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) out.push_back(r.get());
        return out;
    }

    return summariesOf(ClientSearch(db_, text::searchKey(typed), words).page(offset, limit));
}

std::vector<ClientSummary> ClientRepository::summariesOf(const std::vector<std::pair<int64_t, SearchMatch>>& hits)
{
    std::vector<ClientSummary> out;
    if (hits.empty()) return out;
    SummaryRow r;
    std::string ids;
    for (const auto& [id, match] : hits) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    soci::statement st = (db_.sql().prepare << std::string(kSummaryColumns) + "from entities e where e.id in (" + ids + ")");
    r.bind(st);
    st.define_and_bind();
    st.execute();
    std::vector<ClientSummary> rows;
    while (st.fetch()) rows.push_back(r.get());
    for (const auto& [id, match] : hits) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const ClientSummary& c) { return c.id == id; });
        if (it == rows.end()) continue;
        out.push_back(*it);
        out.back().match = match;
    }
    return out;
}

SearchCount ClientRepository::findFirst(const std::string& typed, int64_t limit, int64_t cap, std::vector<ClientSummary>& rows)
{
    const auto words = text::searchWords(typed);
    if (words.empty()) {
        rows = find(typed, 0, limit);
        return countMatches(typed, cap);
    }
    // One search for both: the kinds of match are planned once.
    ClientSearch search(db_, text::searchKey(typed), words);
    rows = summariesOf(search.page(0, limit));
    return search.count(cap);
}

SearchCount ClientRepository::countMatches(const std::string& typed, int64_t cap)
{
    const auto words = text::searchWords(typed);
    if (words.empty()) {
        if (!text::searchKey(typed).empty()) return {};
        return {count(), false};
    }
    return ClientSearch(db_, text::searchKey(typed), words).count(cap);
}

void ClientRepository::setSearchKey(int64_t id, const std::string& searchKey)
{
    const long long key = id;
    db_.sql() << "update entities set search_key = :k where id = :id", soci::use(searchKey), soci::use(key);
    std::string sortKey;
    db_.sql() << "select sort_key from entities where id = :id", soci::use(key), soci::into(sortKey);
    if (const auto client = find(id)) SearchWords(db_).write(id, searchKey, client->displayName(), sortKey);
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
