// Dispatching SMS through a real Kannel to fakesmsc, on SQLite and on
// PostgreSQL: 10,000 due messages claimed, sent and marked by one dispatcher
// (SmsDispatcher::runOnce), beside a plain reference in the same process —
// the same 10,000 sendsms requests made straight with the HTTP client, no
// database. The counters say messages per second for each and the
// process's peak memory (getrusage) after the run.
//
// Needs the test Kannel: `scripts/kannel-server start DIR` and `source
// DIR/env` (PRAKLIT_TEST_KANNEL_*); PostgreSQL where PRAKLIT_TEST_POSTGRESQL
// names a server.
//   build/bin/bench_sms --benchmark_filter='sqlite'
#include "data/Database.h"
#include "domain/Phone.h"
#include "integrations/HttpClient.h"
#include "integrations/SmsGateways.h"
#include "services/ClientService.h"
#include "services/SmsDispatcher.h"
#include "services/SmsService.h"
#include "support/TestDatabase.h"
#include "text/Timestamp.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <soci/soci.h>
#include <sys/resource.h>

using namespace praklit;

namespace {

constexpr int64_t kMessages = 10'000;

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? v : "";
}

services::SmsGatewayConfig kannel()
{
    services::SmsGatewayConfig c;
    c.kind = services::SmsGatewayKind::Kannel;
    c.url = env("PRAKLIT_TEST_KANNEL_URL");
    c.username = env("PRAKLIT_TEST_KANNEL_USER");
    c.secret = env("PRAKLIT_TEST_KANNEL_PASSWORD");
    c.sender = "CohenLaw";
    return c;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

// An office with the module on, always open, and kMessages due messages to
// one client, written in one transaction (the setup is not what is measured).
void fill(services::OfficeSession& office)
{
    services::SmsService sms(office);
    sms.setModule(Module::Sms, true);
    auto s = sms.settings();
    s.gateway = kannel();
    s.gateway.secret.clear();
    for (auto& d : s.hours.days) d = {true, 0, 24 * 60};
    s.hours.closedOnHolidays = false;
    sms.saveSettings(s);
    Client c;
    c.firstName = "משה";
    c.lastName = "כהן";
    services::ClientService clients(office);
    const auto client = clients.add(c).id;
    clients.addPhone(client, PhoneType::Mobile, "050-1234567");
    auto& db = office.db();
    const std::string now = text::toDatabaseText(text::now());
    const long long user = office.user().id, entity = client;
    db.transaction([&] {
        std::string body;
        soci::statement st = (db.sql().prepare << "insert into sms_messages (entity_id, recipient_name, number_e164, body, "
                                                  "encoding, segments, state, due_at, created_at, sender_user_id, "
                                                  "next_attempt_at) values (:e, 'משה כהן', '+972501234567', :b, 'gsm7', 1, "
                                                  "'scheduled', :d, :c, :u, :n)",
                              soci::use(entity), soci::use(body), soci::use(now), soci::use(now), soci::use(user),
                              soci::use(now));
        for (int64_t k = 0; k < kMessages; ++k) {
            body = "Praklit bench " + std::to_string(k);
            st.execute(true);
        }
    });
}

void dispatch(benchmark::State& state, Backend backend)
{
    if (env("PRAKLIT_TEST_KANNEL_URL").empty()) {
        state.SkipWithError("no Kannel: source the env file scripts/kannel-server start writes");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        test::TestDatabase db(backend);
        auto office = db.open("bench");
        fill(*office);
        auto gateway = integrations::makeSmsGateways()->make(kannel());
        services::SmsDispatcher dispatcher(*office, *gateway);
        state.ResumeTiming();
        const auto started = std::chrono::steady_clock::now();
        const auto pass = dispatcher.runOnce();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        state.PauseTiming();
        if (pass.sent != kMessages) state.SkipWithError("not every message was sent");
        state.counters["messages_per_s"] = static_cast<double>(pass.sent) / seconds;

        // The reference: the same requests, no claim, no state to write.
        integrations::HttpClient http(10000);
        const auto config = kannel();
        const auto refStarted = std::chrono::steady_clock::now();
        int64_t accepted = 0;
        for (int64_t k = 0; k < kMessages; ++k) {
            const auto r = http.get(config.url, {{"username", config.username}, {"password", config.secret},
                                                 {"from", config.sender}, {"to", "+972501234567"},
                                                 {"text", "Praklit reference " + std::to_string(k)},
                                                 {"charset", "UTF-8"}, {"coding", "0"}});
            if (r.status == 202) ++accepted;
        }
        const double refSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - refStarted).count();
        if (accepted != kMessages) state.SkipWithError("the reference's requests were not all accepted");
        state.counters["reference_per_s"] = static_cast<double>(accepted) / refSeconds;
        state.counters["ratio"] = refSeconds > 0 ? seconds / refSeconds : 0;
        state.counters["peak_MB"] = peakMegabytes();
        state.ResumeTiming();
    }
}

void sqliteDispatch(benchmark::State& state) { dispatch(state, Backend::SQLite); }
void postgresDispatch(benchmark::State& state)
{
    if (env("PRAKLIT_TEST_POSTGRESQL").empty()) {
        state.SkipWithError("no PostgreSQL server: PRAKLIT_TEST_POSTGRESQL");
        return;
    }
    dispatch(state, Backend::PostgreSQL);
}

} // namespace

BENCHMARK(sqliteDispatch)->Name("sqlite/dispatch_10000")->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(postgresDispatch)->Name("postgresql/dispatch_10000")->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK_MAIN();
