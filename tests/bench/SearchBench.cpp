// Search as you type and opening a client card on a large office.
// The office is generated once per size and kept in build/bench-data (or
// $PRAKLIT_BENCH_DIR), so reruns measure without regenerating.
#include "data/Database.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/DemoGenerator.h"
#include "services/OfficeSession.h"
#include "text/Language.h"

#include "BenchData.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

using namespace praklit;
namespace fs = std::filesystem;

namespace {

using bench::benchDir;

// The office of `clients` generated clients (seed 1) plus one client with 50
// addresses, 50 contacts and 500 cases; its id is returned in `heavyClient`.
services::OfficeSession& office(int64_t clients, int64_t& heavyClient)
{
    static std::map<int64_t, std::pair<std::unique_ptr<services::OfficeSession>, int64_t>> open;
    auto& slot = open[clients];
    if (!slot.first) {
        fs::create_directories(benchDir());
        const auto file = benchDir() / ("office-" + std::to_string(clients) + ".db");
        const bool fresh = !fs::exists(file);
        slot.first = services::OfficeSession::open(ConnectionUrl::sqliteFile(file), "bench", OpenMode::CreateIfMissing);
        services::ClientService service(*slot.first);
        if (fresh) {
            // Clients and their records only, without a year of time.
            services::DemoGenerator(*slot.first).generate(clients, 1, {}, nullptr, false);
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
    }
    heavyClient = slot.second;
    return *slot.first;
}

void searchAsYouType(benchmark::State& state)
{
    int64_t heavy = 0;
    services::ClientService clients(office(state.range(0), heavy));
    // Three-letter prefixes of common names, as a secretary types them.
    const std::vector<std::string> typed{"כהן", "לוי", "מזר", "אבר", "דוד", "שפי", "גול", "ביט"};
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(clients.find(typed[i++ % typed.size()], 0, 50));
}

void searchCount(benchmark::State& state)
{
    int64_t heavy = 0;
    services::ClientService clients(office(state.range(0), heavy));
    for (auto _ : state) benchmark::DoNotOptimize(clients.countMatches("כהן"));
}

void searchPhone(benchmark::State& state)
{
    int64_t heavy = 0;
    services::ClientService clients(office(state.range(0), heavy));
    for (auto _ : state) benchmark::DoNotOptimize(clients.find("050-23", 0, 50));
}

void openClientCard(benchmark::State& state)
{
    int64_t heavy = 0;
    services::ClientService clients(office(state.range(0), heavy));
    size_t rows = 0;
    for (auto _ : state) {
        const auto card = clients.card(heavy);
        rows = card.addresses.size() + card.contacts.size() + card.cases.size();
        benchmark::DoNotOptimize(card);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

} // namespace

BENCHMARK(searchAsYouType)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->ComputeStatistics("median", [](const std::vector<double>& v) {
    auto s = v;
    std::sort(s.begin(), s.end());
    return s[s.size() / 2];
})->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(searchCount)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(searchPhone)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(openClientCard)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::English, "/nonexistent");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
