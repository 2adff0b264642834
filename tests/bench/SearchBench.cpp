// Search as you type and opening a client card on a large office, on SQLite
// and on PostgreSQL, each search beside its plain reference on the same
// office: the raw query a programmer would write first (SQLite: FTS5 MATCH
// ordered by the collation key; PostgreSQL: LIKE ordered by it), the first
// 50 rows and the count, read into integers.
//
// Each keystroke is timed alone: the counters p50_ms and p95_ms are over the
// keystrokes of a run (the inputs below, round and round), so the ratio of
// ours to the reference's reads the same on a busy machine as on a quiet one.
// The office (N generated clients without time, plus one client with 50
// addresses, 50 contacts and 500 cases) is generated once per size and
// backend and kept (BenchData.h).
//   build/bin/bench_search --benchmark_filter='postgresql/.*/1000000'
#include "data/Database.h"
#include "domain/Limits.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/DemoGenerator.h"
#include "services/OfficeSession.h"
#include "text/Language.h"
#include "text/SearchKey.h"

#include "BenchData.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <map>
#include <memory>
#include <soci/soci.h>

using namespace praklit;

namespace {

// The index the reference query reads, beside the office's own: the
// trigram index over the whole search key that a first version would have
// (SQLite FTS5, PostgreSQL pg_trgm). Built once per office and kept.
void addReferenceIndex(services::OfficeSession& session)
{
    auto& sql = session.db().sql();
    if (session.db().backend() == Backend::SQLite) {
        long long n = 0;
        sql << "select count(*) from sqlite_master where name = 'reference_search'", soci::into(n);
        if (n > 0) return;
        session.db().executeScript("create virtual table reference_search using fts5(search_key, content = 'entities', "
                                   "content_rowid = 'id', tokenize = 'trigram'); "
                                   "insert into reference_search (reference_search) values ('rebuild')");
    } else {
        session.db().executeScript("set maintenance_work_mem = '512MB'; create index if not exists reference_search "
                                   "on entities using gin (search_key public.gin_trgm_ops)");
    }
}

// The office of `clients` generated clients (seed 1) plus one client with 50
// addresses, 50 contacts and 500 cases; its id is returned in `heavyClient`.
services::OfficeSession& office(Backend backend, int64_t clients, int64_t& heavyClient)
{
    static std::map<std::pair<int, int64_t>, std::pair<std::unique_ptr<services::OfficeSession>, int64_t>> open;
    auto& slot = open[{static_cast<int>(backend), clients}];
    if (!slot.first) {
        slot.first = services::OfficeSession::open(bench::benchOffice(backend, "office-" + std::to_string(clients)), "bench",
                                                   OpenMode::CreateIfMissing);
        services::ClientService service(*slot.first);
        // Clients and their records only, without a year of time (`demo generate --no-time`).
        if (service.count() == 0) services::DemoGenerator(*slot.first).generate(clients, 1, {}, nullptr, false);
        if (service.find("תאגיד הבדיקה הגדול", 0, 1).empty()) {
            Client heavy;
            heavy.kind = EntityKind::Organisation;
            heavy.orgName = "תאגיד הבדיקה הגדול בע\"מ";
            heavy = service.add(heavy);
            for (int i = 0; i < 50; ++i) {
                Address a;
                a.ownerId = heavy.id;
                a.street = "הרצל";
                a.house = std::to_string(i + 1);
                a.city = "תל אביב-יפו";
                service.addAddress(a);
                Contact c;
                c.clientId = heavy.id;
                c.lastName = "איש קשר " + std::to_string(i + 1);
                service.addContact(c, "רפרנט");
            }
            services::CaseService cases(*slot.first);
            for (int i = 0; i < 500; ++i) {
                Case k;
                k.clientId = heavy.id;
                k.subject = "תיק בדיקה " + std::to_string(i + 1);
                k.courtNumber = std::to_string(10000 + i) + "-01-24";
                cases.add(k);
            }
        }
        const auto found = service.find("תאגיד הבדיקה הגדול", 0, 1);
        slot.second = found.empty() ? 0 : found.front().id;
        addReferenceIndex(*slot.first);
    }
    heavyClient = slot.second;
    return *slot.first;
}

// What a secretary types: three-letter beginnings of common names, a name
// and the first letter of the next, and the beginning of a mobile number.
const std::vector<std::string> kTyped{"כהן", "לוי", "מזר", "אבר", "דוד", "שפי", "גול", "ביט", "כהן מ", "לוי ד", "050-23"};

// What the forgiving search is for: another spelling, another script, marks
// left out, the middle of a word or a number, and two words in reverse order.
const std::vector<std::string> kForgiving{"דויד", "cohen", "levi", "שלמית", "בעמ", "yitzhak", "אביט", "2345678", "משה כהן",
                                          "רות ל"};

// Times each call of `keystroke(input)` alone and reports the median and the
// 95th percentile of a run, in milliseconds.
template <typename Keystroke>
void timeKeystrokes(benchmark::State& state, Keystroke keystroke, const std::vector<std::string>& typed = kTyped)
{
    std::vector<double> ms;
    size_t i = 0;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        keystroke(typed[i++ % typed.size()]);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

// The search screen's work for a keystroke: the first page and the count.
void searchAsYouType(benchmark::State& state, Backend backend)
{
    int64_t heavy = 0;
    services::ClientService clients(office(backend, state.range(0), heavy));
    timeKeystrokes(state, [&](const std::string& typed) {
        benchmark::DoNotOptimize(clients.find(typed, 0, 50));
        benchmark::DoNotOptimize(clients.countMatches(typed));
    });
}

// Forgiving and inside-word inputs: every kind of match is read for them.
void searchForgiving(benchmark::State& state, Backend backend)
{
    int64_t heavy = 0;
    services::ClientService clients(office(backend, state.range(0), heavy));
    timeKeystrokes(
        state,
        [&](const std::string& typed) {
            benchmark::DoNotOptimize(clients.find(typed, 0, 50));
            benchmark::DoNotOptimize(clients.countMatches(typed));
        },
        kForgiving);
}

// The reference: the first query anyone would write, on the same office.
void searchReference(benchmark::State& state, Backend backend)
{
    int64_t heavy = 0;
    auto& session = office(backend, state.range(0), heavy);
    auto& sql = session.db().sql();
    timeKeystrokes(state, [&](const std::string& typed) {
        std::string page, count;
        std::vector<std::string> values;
        const auto words = text::searchWords(typed);
        if (backend == Backend::SQLite) {
            // The trigram index takes words of three letters and more; a shorter one is a LIKE.
            std::string match, shorter;
            for (const auto& w : words) {
                if (characterCount(w) >= 3) {
                    match += (match.empty() ? "\"" : " AND \"") + w + "\"";
                } else {
                    shorter += " and e.search_key like :w" + std::to_string(values.size() + 1);
                    values.push_back("%" + w + "%");
                }
            }
            values.insert(values.begin(), match);
            const std::string from = " from reference_search f join entities e on e.id = f.rowid where reference_search match :w0";
            page = "select e.id" + from + shorter + " order by e.sort_key limit 50";
            count = "select count(*)" + from + shorter;
        } else {
            std::string where;
            for (const auto& w : words) {
                where += std::string(where.empty() ? " where" : " and") + " search_key like :w" + std::to_string(values.size());
                values.push_back("%" + w + "%");
            }
            page = "select id from entities" + where + " order by sort_key, id limit 50";
            count = "select count(*) from entities" + where;
        }
        long long id = 0, n = 0;
        soci::statement st = (sql.prepare << page, soci::into(id));
        for (size_t k = 0; k < values.size(); ++k) st.exchange(soci::use(values[k], "w" + std::to_string(k)));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) benchmark::DoNotOptimize(id);
        soci::statement counted = (sql.prepare << count, soci::into(n));
        for (size_t k = 0; k < values.size(); ++k) counted.exchange(soci::use(values[k], "w" + std::to_string(k)));
        counted.define_and_bind();
        counted.execute(true);
        benchmark::DoNotOptimize(n);
    });
}

void openClientCard(benchmark::State& state, Backend backend)
{
    int64_t heavy = 0;
    services::ClientService clients(office(backend, state.range(0), heavy));
    size_t rows = 0;
    for (auto _ : state) {
        const auto card = clients.card(heavy);
        rows = card.addresses.size() + card.contacts.size() + card.cases.size();
        benchmark::DoNotOptimize(card);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void registerAll(Backend backend, const std::string& tag)
{
    auto add = [](const std::string& name, auto fn) {
        return benchmark::RegisterBenchmark(name.c_str(), fn)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
    };
    add(tag + "/searchAsYouType", [=](benchmark::State& s) { searchAsYouType(s, backend); })->Iterations(220);
    add(tag + "/searchAsYouType/reference", [=](benchmark::State& s) { searchReference(s, backend); })->Iterations(44);
    add(tag + "/searchForgiving", [=](benchmark::State& s) { searchForgiving(s, backend); })->Iterations(200);
    add(tag + "/openClientCard", [=](benchmark::State& s) { openClientCard(s, backend); });
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
