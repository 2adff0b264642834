#pragma once
// An office for the Net HaMishpat tests and benchmark: the module on, the
// fake gateway set, a client with one case for each of the fake's cases
// (their court, proceeding type and number; the administrator their
// lawyer), and the software card linked to the administrator.
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/CourtService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "integrations/CourtGateways.h"
#include "support/FakeCourtGateway.h"
#include "support/SoftwareCard.h"
#include "support/TestDatabase.h"

#include <atomic>
#include <memory>
#include <vector>

namespace praklit::test {

struct CourtOffice {
    TestDatabase db;
    TempDir files; // the shared documents folder, where the office has none by default
    std::unique_ptr<services::OfficeSession> admin = db.open("admin");
    SoftwareCards cards;
    std::unique_ptr<services::CourtGateways> gateways = integrations::makeCourtGateways();
    services::CourtService court{*admin, cards, *gateways};
    int64_t client = 0;
    std::vector<int64_t> caseIds;

    explicit CourtOffice(const FakeCourtGateway& fake, int parallel = 4, Backend backend = backendUnderTest())
        : db(backend)
    {
        if (!db.context().documentsFolderByDefault())
            services::SettingsService(*admin).setDocumentsFolder(files.path() / "shared-store");
        services::SmsService(*admin).setModule(Module::Court, true);
        auto s = court.settings();
        s.gateway.url = fake.url();
        s.gateway.caFile = fake.caFile();
        s.parallel = parallel;
        court.saveSettings(s);
        Client c;
        c.kind = EntityKind::Person;
        c.firstName = "דנה";
        c.lastName = "לוי";
        client = services::ClientService(*admin).add(c).id;
        for (const auto& kase : fake.data()["cases"]) {
            Case k;
            k.clientId = client;
            k.subject = "תביעה";
            k.court = kase["court"].get<std::string>();
            k.proceedingType = kase["type"].get<std::string>();
            k.courtNumber = kase["number"].get<std::string>();
            k.lawyerUserId = admin->user().id;
            caseIds.push_back(services::CaseService(*admin).add(k).id);
        }
        const auto certificates = court.certificates("software", 1);
        court.linkCard("software", 1, certificates.front().id);
    }

    services::SyncSummary sync(const std::atomic<bool>* cancel = nullptr)
    {
        return court.sync(services::SyncScope::All, 0, "1234", {}, cancel);
    }
};

} // namespace praklit::test
