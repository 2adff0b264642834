// The office's reports on a large office, on SQLite and on PostgreSQL, each
// beside its plain reference: the same aggregate as one raw SQL statement
// read into integers, so the ratio shows what the report's own work (names,
// typed cells, checked sums) costs on top of the database's.
//
// The office — N generated clients with a year of time entries and charges,
// and 2,000 issued transaction accounts with payments — is generated once per
// size and backend and kept: build/bench-data/reports-N.db, and the schema
// bench_reports_N on the server named by PRAKLIT_TEST_POSTGRESQL.
//   build/bin/bench_reports --benchmark_filter=/1000000
#include "data/Database.h"
#include "domain/Error.h"
#include "services/AccountService.h"
#include "services/DemoGenerator.h"
#include "services/OfficeSession.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "text/Language.h"
#include "text/Timestamp.h"

#include "BenchData.h"

#include <benchmark/benchmark.h>
#include <map>
#include <memory>
#include <soci/soci.h>

using namespace praklit;

namespace {

services::OfficeSession& office(Backend backend, int64_t clients)
{
    static std::map<std::pair<int, int64_t>, std::unique_ptr<services::OfficeSession>> open;
    auto& slot = open[{static_cast<int>(backend), clients}];
    if (slot) return *slot;
    slot = services::OfficeSession::open(bench::benchOffice(backend, "reports-" + std::to_string(clients)), "bench",
                                         OpenMode::CreateIfMissing);
    long long existing = 0, accounts = 0;
    slot->db().sql() << "select count(*) from entities", soci::into(existing);
    if (existing == 0) services::DemoGenerator(*slot).generate(clients, 1, {}, nullptr, true);
    slot->db().sql() << "select count(*) from transaction_accounts", soci::into(accounts);
    if (accounts == 0) {
        Letterhead l;
        l.officeName = "משרד הבדיקה";
        l.vatNumber = "516179157";
        services::SettingsService(*slot).setLetterhead(l);
        // 2,000 accounts of the first clients with a primary address and unbilled charges, each paid in part.
        std::vector<long long> ids(6000);
        slot->db().sql() << "select e.id from entities e join addresses a on a.entity_id = e.id and a.is_primary "
                            "order by e.id limit 6000",
            soci::into(ids);
        services::AccountService service(*slot);
        int made = 0;
        for (const auto id : ids) {
            if (made == 2000) break;
            try {
                const auto a = service.produce(id);
                service.pay(a.id, std::max<int64_t>(1, a.totalAgorot / 2), PaymentMethod::Transfer);
                ++made;
            } catch (const Error&) {
                // No unbilled charges: the next client.
            }
        }
    }
    return *slot;
}

// The generated year: the 365 days up to today.
std::string from() { return text::israelDate(text::now() - std::chrono::days(365)); }
std::string to() { return text::israelToday(); }

void report(benchmark::State& state, Backend backend, const char* name)
{
    auto& session = office(backend, state.range(0));
    services::ReportService reports(session);
    size_t rows = 0;
    for (auto _ : state) {
        const auto r = reports.run(name, from(), to());
        rows = r.rows.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

// The reference: the report's aggregate as one raw statement, integers only.
void reference(benchmark::State& state, Backend backend, const std::string& sql)
{
    auto& session = office(backend, state.range(0));
    size_t rows = 0;
    for (auto _ : state) {
        long long a = 0, b = 0;
        rows = 0;
        soci::statement st = (session.db().sql().prepare << sql, soci::into(a), soci::into(b));
        st.execute();
        while (st.fetch()) ++rows;
        benchmark::DoNotOptimize(a + b);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

std::string unbilledByClientSql()
{
    return "select c.entity_id, sum(c.amount_agorot) from charges c where c.state = 'unbilled' and c.billable "
           "and c.charged_on >= '" + from() + "' and c.charged_on <= '" + to() + "' group by c.entity_id";
}
std::string timeByUserSql()
{
    const auto p = text::israelPeriod(from(), to());
    return "select t.user_id, sum(t.seconds) from time_entries t where t.started_at >= '" + text::toDatabaseText(p.from) +
           "' and t.started_at < '" + text::toDatabaseText(p.until) + "' group by t.user_id";
}
std::string accountsSql()
{
    return "select a.id, a.total_agorot from transaction_accounts a join entities e on e.id = a.entity_id "
           "where a.account_date >= '" + from() + "' and a.account_date <= '" + to() + "'";
}
constexpr const char* kBalances =
    "select a.entity_id, sum(a.total_agorot - a.paid_agorot) from transaction_accounts a where a.state = 'issued' "
    "group by a.entity_id";

void registerAll(Backend backend, const char* tag)
{
    const std::string b = tag;
    auto add = [](const std::string& name, auto fn) {
        benchmark::RegisterBenchmark(name.c_str(), fn)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);
    };
    add(b + "/unbilledByClient", [=](benchmark::State& s) { report(s, backend, "unbilled-by-client"); });
    add(b + "/unbilledByClient/reference", [=](benchmark::State& s) { reference(s, backend, unbilledByClientSql()); });
    add(b + "/unbilledByLawyer", [=](benchmark::State& s) { report(s, backend, "unbilled-by-lawyer"); });
    add(b + "/timeByUser", [=](benchmark::State& s) { report(s, backend, "time-by-user"); });
    add(b + "/timeByUser/reference", [=](benchmark::State& s) { reference(s, backend, timeByUserSql()); });
    add(b + "/accounts", [=](benchmark::State& s) { report(s, backend, "accounts"); });
    add(b + "/accounts/reference", [=](benchmark::State& s) { reference(s, backend, accountsSql()); });
    add(b + "/invoices", [=](benchmark::State& s) { report(s, backend, "invoices"); });
    add(b + "/clientBalance", [=](benchmark::State& s) { report(s, backend, "client-balance"); });
    add(b + "/clientBalance/reference", [=](benchmark::State& s) { reference(s, backend, kBalances); });
}

} // namespace

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::English, "/nonexistent");
    registerAll(Backend::SQLite, "sqlite");
    if (bench::hasServer()) registerAll(Backend::PostgreSQL, "postgresql");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
