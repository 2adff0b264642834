#include "data/CaseRepository.h"

#include "domain/CourtCaseNumber.h"
#include "text/Timestamp.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {
// The court number's parts, kept beside the normalised text so the court
// gateway's matching and any search by year read columns, not text.
struct NumberParts {
    std::string serial;
    int month = 0, year = 0;
};
NumberParts partsOf(const std::string& courtNumber)
{
    const auto n = CourtCaseNumber::parse(courtNumber);
    if (!n) return {};
    return {n->serial(), n->month(), n->year()};
}
} // namespace

int64_t CaseRepository::insert(const Case& c)
{
    long long id = 0;
    const long long client = c.clientId, lawyer = c.lawyerUserId;
    soci::indicator lawyerInd = c.lawyerUserId ? soci::i_ok : soci::i_null;
    soci::indicator openedInd = c.openedOn.empty() ? soci::i_null : soci::i_ok;
    soci::indicator closedInd = c.closedOn.empty() ? soci::i_null : soci::i_ok;
    const std::string status(toString(c.status));
    const std::string now = text::toDatabaseText(text::now());
    const auto parts = partsOf(c.courtNumber);
    db_.sql() << "insert into cases (entity_id, internal_number, subject, court, proceeding_type, court_number, "
                 "lawyer_user_id, opened_on, closed_on, status, created_at, updated_at, version, court_serial, court_month, "
                 "court_year) values (:e, :n, :s, :c, :p, :cn, :l, :o, :x, :st, :ca, :ua, 1, :cs, :cm, :cy) returning id",
        soci::use(client), soci::use(c.internalNumber), soci::use(c.subject), soci::use(c.court),
        soci::use(c.proceedingType), soci::use(c.courtNumber), soci::use(lawyer, lawyerInd),
        soci::use(c.openedOn, openedInd), soci::use(c.closedOn, closedInd), soci::use(status), soci::use(now),
        soci::use(now), soci::use(parts.serial), soci::use(parts.month), soci::use(parts.year), soci::into(id);
    return id;
}

std::vector<Case> CaseRepository::select(const std::string& where, int64_t key)
{
    std::vector<Case> out;
    Case c;
    long long id = 0, client = 0, lawyer = 0, k = key;
    soci::indicator lawyerInd, openedInd, closedInd;
    std::string opened, closed, status;
    soci::statement st =
        (db_.sql().prepare << "select id, entity_id, internal_number, subject, court, proceeding_type, court_number, "
                              "lawyer_user_id, opened_on, closed_on, status, version from cases " + where + " order by id",
         soci::into(id), soci::into(client), soci::into(c.internalNumber), soci::into(c.subject), soci::into(c.court),
         soci::into(c.proceedingType), soci::into(c.courtNumber), soci::into(lawyer, lawyerInd),
         soci::into(opened, openedInd), soci::into(closed, closedInd), soci::into(status), soci::into(c.version),
         soci::use(k));
    st.execute();
    while (st.fetch()) {
        c.id = id;
        c.clientId = client;
        c.lawyerUserId = lawyerInd == soci::i_ok ? lawyer : 0;
        c.openedOn = openedInd == soci::i_ok ? opened.substr(0, 10) : std::string();
        c.closedOn = closedInd == soci::i_ok ? closed.substr(0, 10) : std::string();
        c.status = parseCaseStatus(status).value_or(CaseStatus::Open);
        out.push_back(c);
    }
    return out;
}

std::vector<Case> CaseRepository::withNumber(const std::string& number, int limit)
{
    std::vector<long long> ids(static_cast<size_t>(limit));
    db_.sql() << "select id from cases where internal_number = :n or court_number = :n order by id limit " << limit,
        soci::use(number, "n"), soci::into(ids);
    std::vector<Case> out;
    for (const auto id : ids)
        if (auto c = find(id)) out.push_back(std::move(*c));
    return out;
}

std::optional<Case> CaseRepository::find(int64_t id)
{
    auto rows = select("where id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<Case> CaseRepository::forClient(int64_t clientId) { return select("where entity_id = :k", clientId); }

bool CaseRepository::update(const Case& c)
{
    const long long id = c.id, lawyer = c.lawyerUserId;
    soci::indicator lawyerInd = c.lawyerUserId ? soci::i_ok : soci::i_null;
    soci::indicator openedInd = c.openedOn.empty() ? soci::i_null : soci::i_ok;
    soci::indicator closedInd = c.closedOn.empty() ? soci::i_null : soci::i_ok;
    const std::string status(toString(c.status));
    const std::string now = text::toDatabaseText(text::now());
    const auto parts = partsOf(c.courtNumber);
    soci::statement st =
        (db_.sql().prepare << "update cases set internal_number = :n, subject = :s, court = :c, proceeding_type = :p, "
                              "court_number = :cn, lawyer_user_id = :l, opened_on = :o, closed_on = :x, status = :st, "
                              "updated_at = :ua, version = version + 1, court_serial = :cs, court_month = :cm, "
                              "court_year = :cy where id = :id and version = :v",
         soci::use(c.internalNumber), soci::use(c.subject), soci::use(c.court), soci::use(c.proceedingType),
         soci::use(c.courtNumber), soci::use(lawyer, lawyerInd), soci::use(c.openedOn, openedInd),
         soci::use(c.closedOn, closedInd), soci::use(status), soci::use(now), soci::use(parts.serial), soci::use(parts.month),
         soci::use(parts.year), soci::use(id), soci::use(c.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

int64_t CaseRepository::count()
{
    long long n = 0;
    db_.sql() << "select count(*) from cases", soci::into(n);
    return n;
}

} // namespace praklit::data
