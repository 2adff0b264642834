// Speed of the bulk paths on generated data: demo generation and db copy,
// on SQLite and (when scripts/test's server is given) PostgreSQL.
// Figures go to docs/performance.md; nothing here is a pass/fail test.
#include "data/Database.h"
#include "services/ClientService.h"
#include "services/DemoGenerator.h"
#include "services/OfficeService.h"
#include "support/TestDatabase.h"
#include "text/Language.h"

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace praklit;

namespace {

bool haveServer() { return std::getenv("PRAKLIT_TEST_POSTGRESQL") != nullptr; }

void demoGenerate(benchmark::State& state, Backend backend)
{
    if (backend == Backend::PostgreSQL && !haveServer()) return state.SkipWithError("no PostgreSQL server");
    for (auto _ : state) {
        state.PauseTiming();
        test::TestDatabase db(backend);
        auto office = db.open();
        state.ResumeTiming();
        services::DemoGenerator(*office).generate(state.range(0), 1);
        state.PauseTiming();
        office.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["clients"] = static_cast<double>(state.range(0));
}

void dbCopy(benchmark::State& state, Backend from, Backend to)
{
    if ((from == Backend::PostgreSQL || to == Backend::PostgreSQL) && !haveServer())
        return state.SkipWithError("no PostgreSQL server");
    test::TestDatabase source(from);
    services::DemoGenerator(*source.open()).generate(state.range(0), 1);
    int64_t rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        test::TestDatabase target(to);
        data::Database::open(target.url(), OpenMode::CreateIfMissing).reset();
        state.ResumeTiming();
        rows = 0;
        for (const auto& r : services::OfficeService::copy(source.url(), target.url())) rows += r.sourceRows;
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.counters["rows"] = static_cast<double>(rows);
}

void searchClients(benchmark::State& state, Backend backend)
{
    if (backend == Backend::PostgreSQL && !haveServer()) return state.SkipWithError("no PostgreSQL server");
    test::TestDatabase db(backend);
    auto office = db.open();
    services::DemoGenerator(*office).generate(state.range(0), 1);
    services::ClientService clients(*office);
    for (auto _ : state) benchmark::DoNotOptimize(clients.find("כהן מ", 0, 50));
}

} // namespace

BENCHMARK_CAPTURE(demoGenerate, sqlite, Backend::SQLite)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(demoGenerate, postgresql, Backend::PostgreSQL)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(dbCopy, sqlite_to_postgresql, Backend::SQLite, Backend::PostgreSQL)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(dbCopy, postgresql_to_sqlite, Backend::PostgreSQL, Backend::SQLite)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(searchClients, sqlite, Backend::SQLite)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(searchClients, postgresql, Backend::PostgreSQL)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::English, "/nonexistent");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
