// A transaction account of 5,000 charges: reserved, totalled, issued, laid
// out and written to PDF — what "Produce transaction account" costs.
#include "data/ChargeRepository.h"
#include "integrations/PdfWriter.h"
#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/PrintoutService.h"
#include "support/TestDatabase.h"
#include "text/Language.h"

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace praklit;

namespace {

void accountOf5000Charges(benchmark::State& state)
{
    test::TestDatabase db(Backend::SQLite);
    test::TempDir out;
    auto office = db.open("bench");
    Client c;
    c.kind = EntityKind::Organisation;
    c.orgName = "לקוח גדול בע\"מ";
    services::ClientService clients(*office);
    c = clients.add(c);
    Address a;
    a.ownerId = c.id;
    a.street = "הרצל";
    a.city = "חיפה";
    clients.addAddress(a);
    std::vector<int64_t> cases;
    for (int k = 0; k < 50; ++k) {
        Case kase;
        kase.clientId = c.id;
        kase.subject = "תיק " + std::to_string(k + 1);
        kase.courtNumber = std::to_string(10000 + k) + "-01-24";
        cases.push_back(services::CaseService(*office).add(kase).id);
    }
    for (auto _ : state) {
        state.PauseTiming();
        office->db().transaction([&] {
            data::ChargeRepository repo(office->db());
            for (int i = 0; i < 5000; ++i) {
                Charge ch;
                ch.clientId = c.id;
                ch.caseId = cases[i % cases.size()];
                ch.kind = ChargeKind::Time;
                char date[16];
                std::snprintf(date, sizeof date, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
                ch.chargedOn = date;
                ch.description = "עבודה על התיק (Zoom) " + std::to_string(i);
                ch.seconds = 60 * (6 + i % 120);
                ch.billedSeconds = (ch.seconds + 359) / 360 * 360;
                ch.rateAgorot = 60000;
                ch.amountAgorot = ch.billedSeconds * 60000 / 3600;
                repo.insert(ch);
            }
        });
        state.ResumeTiming();
        services::AccountService accounts(*office);
        const auto account = accounts.issue(accounts.createDraft(c.id, {}, "2026-11-26").id);
        const auto printout = services::PrintoutService(*office).account(account.id);
        integrations::writeAccountPdf(printout, out.path() / "account.pdf");
    }
}

} // namespace

BENCHMARK(accountOf5000Charges)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::Hebrew,
                                 praklit::text::localeDirBeside(std::filesystem::canonical("/proc/self/exe")));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
