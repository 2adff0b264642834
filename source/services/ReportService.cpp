#include "services/ReportService.h"

#include "domain/Error.h"
#include "domain/TransactionAccount.h"
#include "services/SettingsService.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <soci/soci.h>

namespace praklit::services {

using text::format;
using text::formatMoney;
using text::tr;

namespace {

std::string hours(long long seconds)
{
    char out[32];
    std::snprintf(out, sizeof out, "%.2f", static_cast<double>(seconds) / 3600.0);
    return out;
}

void checkDate(const std::string& date, const char* field)
{
    if (date.empty()) return;
    try {
        if (date.size() == 10 && !boost::gregorian::from_simple_string(date).is_special()) return;
    } catch (const std::exception&) {
    }
    invalid(format(tr("\"{1}\" is not a date: write it as yyyy-mm-dd."), date), field);
}

std::string period(const std::string& from, const std::string& to)
{
    if (from.empty() && to.empty()) return tr("All dates");
    return format(tr("From {1} to {2}"), from.empty() ? std::string("…") : text::displayDate(from),
                  to.empty() ? std::string("…") : text::displayDate(to));
}

// Open ends as the widest dates, so one statement serves every period.
std::string lower(const std::string& d) { return d.empty() ? "0001-01-01" : d; }
std::string upper(const std::string& d) { return d.empty() ? "9999-12-31" : d; }

} // namespace

const std::vector<std::string>& ReportService::names()
{
    static const std::vector<std::string> all{"unbilled-by-client", "unbilled-by-lawyer", "time-by-user",
                                              "accounts",           "invoices",           "client-balance"};
    return all;
}

ReportPrintout ReportService::run(const std::string& name, const std::string& from, const std::string& to)
{
    checkDate(from, "from");
    checkDate(to, "to");
    if (!from.empty() && !to.empty() && to < from) invalid(tr("The period ends before it begins."), "to");
    ReportPrintout r;
    if (name == "unbilled-by-client") r = unbilled(false, from, to);
    else if (name == "unbilled-by-lawyer") r = unbilled(true, from, to);
    else if (name == "time-by-user") r = timeByUser(from, to);
    else if (name == "accounts") r = accounts(from, to);
    else if (name == "invoices") r = invoices(from, to);
    else if (name == "client-balance") r = balances();
    else invalid(format(tr("There is no report \"{1}\"."), name), "report");
    r.letterhead = SettingsService(office_).letterhead();
    return r;
}

ReportPrintout ReportService::unbilled(bool byLawyer, const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = byLawyer ? tr("Unbilled charges by lawyer") : tr("Unbilled charges by client");
    r.subtitle = period(from, to);
    r.headings = {byLawyer ? tr("Lawyer") : tr("Client"), tr("Charges"), tr("Billed hours"), tr("Amount")};
    r.numeric = {false, true, true, true};
    const std::string group = byLawyer ? "coalesce(u.display_name, u.login, '')"
                                       : "case when e.kind = 'organisation' then e.org_name else e.last_name || ' ' || e.first_name end";
    const std::string sql = "select " + group + ", count(*), coalesce(sum(c.billed_seconds), 0), coalesce(sum(c.amount_agorot), 0) "
                            "from charges c join entities e on e.id = c.entity_id left join users u on u.id = c.user_id "
                            "where c.state = 'unbilled' and c.billable and c.charged_on >= :f and c.charged_on <= :t "
                            "group by " + group + " order by 4 desc";
    std::string name, f = lower(from), t = upper(to);
    long long count = 0, seconds = 0, amount = 0, totalCount = 0, totalSeconds = 0, totalAmount = 0;
    office_.db().snapshot([&] {
        soci::statement st = (office_.db().sql().prepare << sql, soci::into(name), soci::into(count), soci::into(seconds),
                              soci::into(amount), soci::use(f), soci::use(t));
        st.execute();
        while (st.fetch()) {
            r.rows.push_back({name, std::to_string(count), hours(seconds), formatMoney(amount)});
            totalCount += count;
            totalSeconds += seconds;
            totalAmount += amount;
        }
    });
    r.totals = {tr("Total"), std::to_string(totalCount), hours(totalSeconds), formatMoney(totalAmount)};
    return r;
}

ReportPrintout ReportService::timeByUser(const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = tr("Time by user");
    r.subtitle = period(from, to);
    r.headings = {tr("User"), tr("Billable hours"), tr("Non-billable hours"), tr("Total hours")};
    r.numeric = {false, true, true, true};
    // Israel-time days: compare on the UTC instants of the period's ends.
    std::string f = lower(from) + " 00:00:00+02", t = upper(to) + " 23:59:59+03";
    std::string name;
    long long billable = 0, other = 0, tb = 0, to2 = 0;
    office_.db().snapshot([&] {
        soci::statement st =
            (office_.db().sql().prepare
                 << "select coalesce(u.display_name, u.login), "
                    "coalesce(sum(case when t.billable then t.seconds else 0 end), 0), "
                    "coalesce(sum(case when t.billable then 0 else t.seconds end), 0) "
                    "from time_entries t join users u on u.id = t.user_id "
                    "where t.started_at >= :f and t.started_at <= :t group by coalesce(u.display_name, u.login) order by 1",
             soci::into(name), soci::into(billable), soci::into(other), soci::use(f), soci::use(t));
        st.execute();
        while (st.fetch()) {
            r.rows.push_back({name, hours(billable), hours(other), hours(billable + other)});
            tb += billable;
            to2 += other;
        }
    });
    r.totals = {tr("Total"), hours(tb), hours(to2), hours(tb + to2)};
    return r;
}

ReportPrintout ReportService::accounts(const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = tr("Transaction accounts");
    r.subtitle = period(from, to);
    r.headings = {tr("Number"), tr("Date"), tr("Client"), tr("State"), tr("Total"), tr("Paid"), tr("Balance")};
    r.numeric = {true, false, false, false, true, true, true};
    std::string number, date, client, state, f = lower(from), t = upper(to);
    soci::indicator numberInd;
    long long total = 0, paid = 0, sumTotal = 0, sumPaid = 0;
    office_.db().snapshot([&] {
        soci::statement st =
            (office_.db().sql().prepare
                 << "select a.number, a.account_date, case when e.kind = 'organisation' then e.org_name else "
                    "e.last_name || ' ' || e.first_name end, a.state, a.total_agorot, a.paid_agorot "
                    "from transaction_accounts a join entities e on e.id = a.entity_id "
                    "where a.account_date >= :f and a.account_date <= :t order by a.account_date, a.id",
             soci::into(number, numberInd), soci::into(date), soci::into(client), soci::into(state), soci::into(total),
             soci::into(paid), soci::use(f), soci::use(t));
        st.execute();
        while (st.fetch()) {
            const auto s = parseAccountState(state).value_or(AccountState::Draft);
            const std::string stateText = s == AccountState::Draft    ? tr("draft")
                                          : s == AccountState::Issued ? tr("issued")
                                          : s == AccountState::Paid   ? tr("paid")
                                                                      : tr("cancelled");
            r.rows.push_back({numberInd == soci::i_ok ? number : std::string(), text::displayDate(date.substr(0, 10)), client,
                              stateText, formatMoney(total), formatMoney(paid), formatMoney(total - paid)});
            if (s != AccountState::Cancelled && s != AccountState::Draft) {
                sumTotal += total;
                sumPaid += paid;
            }
        }
    });
    r.totals = {tr("Total (issued and paid)"), "", "", "", formatMoney(sumTotal), formatMoney(sumPaid), formatMoney(sumTotal - sumPaid)};
    return r;
}

ReportPrintout ReportService::invoices(const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = tr("Tax invoice-receipts");
    r.subtitle = period(from, to);
    r.headings = {tr("Number"), tr("Date"), tr("Client"), tr("Before VAT"), tr("VAT"), tr("Total")};
    r.numeric = {true, false, false, true, true, true};
    std::string date, client, f = lower(from), t = upper(to);
    long long number = 0, before = 0, vat = 0, total = 0, sb = 0, sv = 0, st2 = 0;
    office_.db().snapshot([&] {
        soci::statement st = (office_.db().sql().prepare
                                  << "select number, issued_on, client_name, amount_before_vat_agorot, vat_agorot, total_agorot "
                                     "from tax_documents where issued_on >= :f and issued_on <= :t order by number",
                              soci::into(number), soci::into(date), soci::into(client), soci::into(before), soci::into(vat),
                              soci::into(total), soci::use(f), soci::use(t));
        st.execute();
        while (st.fetch()) {
            r.rows.push_back({std::to_string(number), text::displayDate(date.substr(0, 10)), client, formatMoney(before),
                              formatMoney(vat), formatMoney(total)});
            sb += before;
            sv += vat;
            st2 += total;
        }
    });
    r.totals = {tr("Total"), "", "", formatMoney(sb), formatMoney(sv), formatMoney(st2)};
    return r;
}

ReportPrintout ReportService::balances()
{
    ReportPrintout r;
    r.title = tr("Client balances");
    r.subtitle = tr("Issued transaction accounts not yet paid");
    r.headings = {tr("Client"), tr("Accounts"), tr("Total"), tr("Paid"), tr("Balance")};
    r.numeric = {false, true, true, true, true};
    std::string client;
    long long count = 0, total = 0, paid = 0, sc = 0, stt = 0, sp = 0;
    office_.db().snapshot([&] {
        soci::statement st =
            (office_.db().sql().prepare
                 << "select case when e.kind = 'organisation' then e.org_name else e.last_name || ' ' || e.first_name end, "
                    "count(*), sum(a.total_agorot), sum(a.paid_agorot) from transaction_accounts a "
                    "join entities e on e.id = a.entity_id where a.state = 'issued' "
                    "group by e.id, e.kind, e.org_name, e.last_name, e.first_name order by sum(a.total_agorot - a.paid_agorot) desc",
             soci::into(client), soci::into(count), soci::into(total), soci::into(paid));
        st.execute();
        while (st.fetch()) {
            r.rows.push_back({client, std::to_string(count), formatMoney(total), formatMoney(paid), formatMoney(total - paid)});
            sc += count;
            stt += total;
            sp += paid;
        }
    });
    r.totals = {tr("Total"), std::to_string(sc), formatMoney(stt), formatMoney(sp), formatMoney(stt - sp)};
    return r;
}

} // namespace praklit::services
