// Opening a charges tab: the totals and the first page of a client's (or a
// case's) charges, as the virtual list asks for them, on 100,000 charges.
#include "data/ChargeRepository.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "support/TestDatabase.h"
#include "text/Language.h"

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace praklit;

namespace {

struct Office {
    std::unique_ptr<test::TestDatabase> db;
    std::unique_ptr<services::OfficeSession> session;
    int64_t client = 0;
};

Office& office(Backend backend)
{
    static std::map<Backend, Office> offices;
    auto& o = offices[backend];
    if (o.session) return o;
    o.db = std::make_unique<test::TestDatabase>(backend);
    o.session = o.db->open("bench");
    Client c;
    c.kind = EntityKind::Organisation;
    c.orgName = "לקוח עם מאה אלף חיובים בע\"מ";
    o.client = services::ClientService(*o.session).add(c).id;
    // Charges in bulk: one transaction through the repository.
    o.session->db().transaction([&] {
        data::ChargeRepository repo(o.session->db());
        for (int i = 0; i < 100000; ++i) {
            Charge ch;
            ch.clientId = o.client;
            ch.userId = o.session->user().id;
            ch.kind = i % 10 == 0 ? ChargeKind::Fixed : ChargeKind::Time;
            char date[16];
            std::snprintf(date, sizeof date, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
            ch.chargedOn = date;
            ch.description = "עבודה " + std::to_string(i);
            ch.seconds = 60 * (6 + i % 120);
            ch.billedSeconds = (ch.seconds + 359) / 360 * 360;
            ch.rateAgorot = 60000;
            ch.amountAgorot = ch.billedSeconds * 60000 / 3600;
            repo.insert(ch);
        }
    });
    return o;
}

void openChargesTab(benchmark::State& state, Backend backend)
{
    if (backend == Backend::PostgreSQL && !std::getenv("PRAKLIT_TEST_POSTGRESQL"))
        return state.SkipWithError("no PostgreSQL server");
    auto& o = office(backend);
    services::ChargeService charges(*o.session);
    ChargeFilter filter;
    filter.clientId = o.client;
    for (auto _ : state) {
        benchmark::DoNotOptimize(charges.totals(filter));
        benchmark::DoNotOptimize(charges.list(filter, 0, 100));
    }
}

void scrollChargesTab(benchmark::State& state, Backend backend)
{
    if (backend == Backend::PostgreSQL && !std::getenv("PRAKLIT_TEST_POSTGRESQL"))
        return state.SkipWithError("no PostgreSQL server");
    auto& o = office(backend);
    services::ChargeService charges(*o.session);
    ChargeFilter filter;
    filter.clientId = o.client;
    for (auto _ : state) benchmark::DoNotOptimize(charges.list(filter, 50000, 100)); // a page in the middle
}

} // namespace

BENCHMARK_CAPTURE(openChargesTab, sqlite, Backend::SQLite)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openChargesTab, postgresql, Backend::PostgreSQL)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(scrollChargesTab, sqlite, Backend::SQLite)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(scrollChargesTab, postgresql, Backend::PostgreSQL)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::English, "/nonexistent");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
