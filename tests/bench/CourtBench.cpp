// Downloading from Net HaMishpat at an office's scale: 1,000 cases of 10
// events each (the documents' PDFs ~100 KB) from the loopback fake court
// gateway, on SQLite and on PostgreSQL, through CourtService::sync — beside
// a plain reference in the same process: the same events and documents read
// with the gateway's client alone (the same 4 threads), no database, no
// store. Counters: documents per second, and the process's peak memory
// (getrusage) after a sync of 250 cases and after one of 1,000 — the second
// must not be four times the first.
//
// Needs python3 and openssl (the fake); PostgreSQL where PRAKLIT_TEST_POSTGRESQL
// names a server.
//   build/bin/bench_court --benchmark_filter='sqlite'
#include "support/CourtOffice.h"
#include "support/FakeCourtGateway.h"
#include "support/SoftwareCard.h"
#include "support/TestDatabase.h"

#include <benchmark/benchmark.h>
#include <atomic>
#include <cstdlib>
#include <sys/resource.h>
#include <thread>

using namespace praklit;

namespace {

constexpr int kEvents = 10;
constexpr int kPdfBytes = 100 * 1024;

double peakMegabytes()
{
    struct rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0; // kB on Linux
}

test::FakeCourtGateway& gateway(int cases)
{
    static std::map<int, std::unique_ptr<test::FakeCourtGateway>> fakes;
    auto& f = fakes[cases];
    if (!f) {
        test::FakeCourtOptions o;
        o.cases = cases;
        o.events = kEvents;
        o.pdfSize = kPdfBytes;
        o.seed = cases;
        f = std::make_unique<test::FakeCourtGateway>(o);
    }
    return *f;
}

int64_t documentsOf(const test::FakeCourtGateway& fake)
{
    int64_t n = 0;
    for (const auto& kase : fake.data()["cases"])
        for (const auto& ev : kase["events"]) n += ev["kind"] == "document" ? 1 : 0;
    return n;
}

void sync(benchmark::State& state, Backend backend)
{
    const int cases = static_cast<int>(state.range(0));
    if (backend == Backend::PostgreSQL && !std::getenv("PRAKLIT_TEST_POSTGRESQL")) {
        state.SkipWithError("PRAKLIT_TEST_POSTGRESQL is not set");
        return;
    }
    auto& fake = gateway(cases);
    for (auto _ : state) {
        state.PauseTiming();
        test::CourtOffice o(fake, 4, backend);
        state.ResumeTiming();
        const auto summary = o.sync();
        state.PauseTiming();
        if (summary.state != "done" || summary.failed) state.SkipWithError(("sync " + summary.state).c_str());
        state.counters["documents"] = static_cast<double>(summary.newDocuments);
        state.ResumeTiming();
    }
    state.counters["documents_per_s"] =
        benchmark::Counter(static_cast<double>(documentsOf(fake)) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.counters["peak_MB"] = peakMegabytes();
}

// The gateway's client alone: every case's events and documents, 4 threads.
void reference(benchmark::State& state)
{
    const int cases = static_cast<int>(state.range(0));
    auto& fake = gateway(cases);
    const auto& data = fake.data()["cases"];
    for (auto _ : state) {
        test::TempDir files;
        auto gateways = integrations::makeCourtGateways();
        services::CourtGatewayConfig config;
        config.url = fake.url();
        config.caFile = fake.caFile();
        auto g = gateways->make(config);
        const auto& pki = test::FakeCourtGateway::pki();
        test::SoftwareCard card(pki.key("card"), pki.certificate("card"));
        g->signIn(card);
        std::atomic<size_t> next{0};
        std::atomic<int64_t> documents{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (size_t i = next++; i < data.size(); i = next++) {
                    const services::CourtCaseKey key{data[i]["number"], data[i]["court"], data[i]["type"]};
                    std::string cursor;
                    for (;;) {
                        const auto page = g->events(key, cursor);
                        for (const auto& d : page.documents) {
                            const auto to = files.path() / ("t" + std::to_string(t) + ".pdf");
                            g->download(d.id, d.sha256, to);
                            ++documents;
                        }
                        cursor = page.cursor;
                        if (!page.more) break;
                    }
                }
            });
        for (auto& t : threads) t.join();
        g->signOut();
        state.counters["documents"] = static_cast<double>(documents.load());
    }
    state.counters["documents_per_s"] =
        benchmark::Counter(static_cast<double>(documentsOf(fake)) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.counters["peak_MB"] = peakMegabytes();
}

} // namespace

BENCHMARK(reference)->Name("court/reference_gateway_client")->Arg(1000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK_CAPTURE(sync, sqlite, Backend::SQLite)->Name("court/sync_sqlite")->Arg(250)->Arg(1000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK_CAPTURE(sync, postgresql, Backend::PostgreSQL)->Name("court/sync_postgresql")->Arg(250)->Arg(1000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_MAIN();
