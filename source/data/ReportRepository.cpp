#include "data/ReportRepository.h"

#include "data/ClientNameColumns.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {

// Open ends as the widest dates, so one statement serves every period.
std::string lower(const std::string& d) { return d.empty() ? "0001-01-01" : d; }
std::string upper(const std::string& d) { return d.empty() ? "9999-12-31" : d; }

} // namespace

std::vector<UnbilledGroup> ReportRepository::unbilled(bool byLawyer, const std::string& from, const std::string& to)
{
    const std::string f = lower(from), t = upper(to);
    // Totals per id first, from the covering partial index in that id's
    // order (no table rows, no sort of millions); names only for the groups.
    const std::string key = byLawyer ? "user_id" : "entity_id";
    // SQLite's planner would rather range over the dates and visit a million
    // table rows than scan the covering index; it is named for it.
    const std::string index = db_.backend() == Backend::SQLite
                                  ? std::string(" indexed by ") + (byLawyer ? "charges_unbilled_user" : "charges_unbilled_entity")
                                  : std::string();
    const std::string totals = "(select " + key + " as owner, count(*) as n, coalesce(sum(billed_seconds), 0) as s, "
                               "coalesce(sum(amount_agorot), 0) as a from charges" + index +
                               " where state = 'unbilled' and billable "
                               "and charged_on >= :f and charged_on <= :t group by " + key + ") g ";
    const std::string sql =
        byLawyer ? "select coalesce(u.id, 0), coalesce(u.login, ''), coalesce(u.display_name, ''), g.n, g.s, g.a from " + totals +
                       "left join users u on u.id = g.owner order by g.a desc, u.login"
                 : std::string("select ") + kClientNameColumns + ", g.n, g.s, g.a from " + totals +
                       "join entities e on e.id = g.owner order by g.a desc, e.id";
    std::vector<UnbilledGroup> out;
    ClientNameColumns client;
    long long userId = 0, count = 0, seconds = 0, amount = 0;
    std::string login, display;
    soci::statement st = (db_.sql().prepare << sql);
    if (byLawyer) {
        st.exchange(soci::into(userId));
        st.exchange(soci::into(login));
        st.exchange(soci::into(display));
    } else {
        client.bind(st);
    }
    st.exchange(soci::into(count));
    st.exchange(soci::into(seconds));
    st.exchange(soci::into(amount));
    st.exchange(soci::use(f, "f"));
    st.exchange(soci::use(t, "t"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        UnbilledGroup g;
        if (byLawyer) {
            g.lawyer.id = userId;
            g.lawyer.login = login;
            g.lawyer.displayName = display;
        } else {
            g.client = client.get();
        }
        g.charges = count;
        g.billedSeconds = seconds;
        g.amountAgorot = amount;
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<UnbilledGroup> ReportRepository::unbilledByClient(const std::string& from, const std::string& to)
{
    return unbilled(false, from, to);
}

std::vector<UnbilledGroup> ReportRepository::unbilledByLawyer(const std::string& from, const std::string& to)
{
    return unbilled(true, from, to);
}

std::vector<UserTime> ReportRepository::timeByUser(const text::Period& period)
{
    const std::string f = text::toDatabaseText(period.from), t = text::toDatabaseText(period.until);
    std::vector<UserTime> out;
    long long id = 0, billable = 0, other = 0;
    std::string login, display;
    // Totals per user from the covering index in user order, then the five names.
    soci::statement st =
        (db_.sql().prepare << "select u.id, u.login, u.display_name, g.b, g.o from (select user_id, "
                              "coalesce(sum(case when billable then seconds else 0 end), 0) as b, "
                              "coalesce(sum(case when billable then 0 else seconds end), 0) as o "
                              "from time_entries where started_at >= :f and started_at < :t group by user_id) g "
                              "join users u on u.id = g.user_id order by u.login",
         soci::into(id), soci::into(login), soci::into(display), soci::into(billable), soci::into(other), soci::use(f),
         soci::use(t));
    st.execute();
    while (st.fetch()) {
        UserTime row;
        row.user.id = id;
        row.user.login = login;
        row.user.displayName = display;
        row.billableSeconds = billable;
        row.otherSeconds = other;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<AccountReportRow> ReportRepository::accounts(const std::string& from, const std::string& to)
{
    const std::string f = lower(from), t = upper(to);
    std::vector<AccountReportRow> out;
    ClientNameColumns client;
    std::string number, date, state;
    soci::indicator numberInd = soci::i_null;
    long long total = 0, paid = 0;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kClientNameColumns +
                                                   ", a.number, a.account_date, a.state, a.total_agorot, a.paid_agorot "
                                                   "from transaction_accounts a join entities e on e.id = a.entity_id "
                                                   "where a.account_date >= :f and a.account_date <= :t "
                                                   "order by a.account_date, a.id");
    client.bind(st);
    st.exchange(soci::into(number, numberInd));
    st.exchange(soci::into(date));
    st.exchange(soci::into(state));
    st.exchange(soci::into(total));
    st.exchange(soci::into(paid));
    st.exchange(soci::use(f, "f"));
    st.exchange(soci::use(t, "t"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        AccountReportRow row;
        row.client = client.get();
        row.number = numberInd == soci::i_ok ? number : std::string();
        row.date = date.substr(0, 10);
        row.state = parseAccountState(state).value_or(AccountState::Draft);
        row.totalAgorot = total;
        row.paidAgorot = paid;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<TaxDocumentReportRow> ReportRepository::taxDocuments(const std::string& from, const std::string& to)
{
    const std::string f = lower(from), t = upper(to);
    std::vector<TaxDocumentReportRow> out;
    TaxDocumentReportRow row;
    long long number = 0, before = 0, vat = 0, total = 0;
    std::string date;
    soci::statement st = (db_.sql().prepare << "select number, kind, issued_on, client_name, amount_before_vat_agorot, "
                                               "vat_agorot, total_agorot from tax_documents "
                                               "where issued_on >= :f and issued_on <= :t order by issued_on, kind, number",
                          soci::into(number), soci::into(row.kind), soci::into(date), soci::into(row.clientName),
                          soci::into(before), soci::into(vat), soci::into(total), soci::use(f), soci::use(t));
    st.execute();
    while (st.fetch()) {
        row.number = number;
        row.date = date.substr(0, 10);
        row.beforeVatAgorot = before;
        row.vatAgorot = vat;
        row.totalAgorot = total;
        out.push_back(row);
    }
    return out;
}

std::vector<ClientBalance> ReportRepository::balances()
{
    std::vector<ClientBalance> out;
    ClientNameColumns client;
    long long count = 0, total = 0, paid = 0;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kClientNameColumns +
                                                   ", count(*), sum(a.total_agorot), sum(a.paid_agorot) "
                                                   "from transaction_accounts a join entities e on e.id = a.entity_id "
                                                   "where a.state = 'issued' group by e.id, e.kind, e.first_name, "
                                                   "e.last_name, e.org_name order by sum(a.total_agorot - a.paid_agorot) desc, 1");
    client.bind(st);
    st.exchange(soci::into(count));
    st.exchange(soci::into(total));
    st.exchange(soci::into(paid));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        ClientBalance row;
        row.client = client.get();
        row.accounts = count;
        row.totalAgorot = total;
        row.paidAgorot = paid;
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace praklit::data
