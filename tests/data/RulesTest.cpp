// The office's rules, asked of the services directly on both backends — the
// same calls the desktop's dialogs and the command line make: a refusal is one
// Error of the right kind, and a refused use case leaves nothing behind.
#include "domain/Error.h"
#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "support/TestDatabase.h"

#include <functional>
#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

std::string refused(ErrorKind kind, const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> session = db.open("ruth");
    services::ClientService clients{*session};
    int64_t client = 0;
    int64_t kase = 0;

    Office()
    {
        Client c;
        c.lastName = "כהן";
        client = clients.add(c).id;
        Case k;
        k.clientId = client;
        k.subject = "תביעה";
        kase = services::CaseService(*session).add(k).id;
        Letterhead l;
        l.officeName = "כהן ושות'";
        l.vatNumber = "516179157";
        services::SettingsService(*session).setLetterhead(l);
    }

    Charge fee(int64_t agorot, int64_t caseId) const
    {
        Charge c;
        c.caseId = caseId;
        c.clientId = caseId ? 0 : client;
        c.kind = ChargeKind::Fixed;
        c.description = "שכר טרחה";
        c.amountAgorot = agorot;
        return c;
    }
};

} // namespace

TEST(Rules, ChargesAndCountersOnlyOnOpenCasesOfActiveClients)
{
    Office o;
    services::ChargeService charges(*o.session);
    services::TimerService timers(*o.session);
    auto k = services::CaseService(*o.session).get(o.kase);
    k.status = CaseStatus::Closed;
    k = services::CaseService(*o.session).update(k);
    EXPECT_FALSE(k.closedOn.empty()) << "closed today when no date was given";
    EXPECT_NE(refused(ErrorKind::InvalidInput, [&] { charges.add(o.fee(1000, o.kase)); }).find("closed"), std::string::npos);
    refused(ErrorKind::InvalidInput, [&] { timers.start(0, o.kase); });
    EXPECT_FALSE(timers.caseCardOpened(o.kase)) << "opening a closed case's card counts nothing, and says nothing";

    auto c = o.clients.get(o.client);
    c.active = false;
    o.clients.update(c);
    EXPECT_NE(refused(ErrorKind::InvalidInput, [&] { charges.add(o.fee(1000, 0)); }).find("inactive"), std::string::npos);
    refused(ErrorKind::InvalidInput, [&] { timers.start(o.client, 0); });
    EXPECT_EQ(charges.totals({}).count, 0);
    EXPECT_TRUE(timers.list().empty());
}

TEST(Rules, TheSameNumberTwiceIsRefused)
{
    Office o;
    o.clients.addPhone(o.client, PhoneType::Mobile, "050-1234567");
    refused(ErrorKind::Conflict, [&] { o.clients.addPhone(o.client, PhoneType::Office, "+972501234567"); });
    const auto office = o.clients.addPhone(o.client, PhoneType::Office, "03-5101010");
    refused(ErrorKind::Conflict, [&] { o.clients.updatePhone(office, "0501234567"); });
    EXPECT_EQ(o.clients.phones(o.client).size(), 2u);
}

TEST(Rules, AContactAndItsMobileAreOneUseCase)
{
    Office o;
    const auto audits = o.db.rawCount("select count(*) from audit_log");
    Contact c;
    c.clientId = o.client;
    c.lastName = "לוי";
    refused(ErrorKind::InvalidInput, [&] { o.clients.saveContact(c, "", std::string("12")); });
    EXPECT_TRUE(o.clients.contacts(o.client).empty()) << "a refused mobile keeps the contact from being stored";
    c = o.clients.saveContact(c, "רואה חשבון", std::string("052-7654321"));
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log"), audits + 1) << "one audit row";
    EXPECT_EQ(o.clients.card(o.client).contactPhones.size(), 1u);
    c = o.clients.saveContact(c, "רואה חשבון", std::string("052-1111111"));
    ASSERT_EQ(o.clients.card(o.client).contactPhones.size(), 1u);
    EXPECT_EQ(o.clients.card(o.client).contactPhones[0].e164, "+972521111111");
    c = o.clients.saveContact(c, "רואה חשבון", std::nullopt);
    EXPECT_EQ(o.clients.card(o.client).contactPhones.size(), 1u) << "nullopt leaves the phones alone";
    auto stale = c;
    c = o.clients.saveContact(c, "", std::string(""));
    EXPECT_TRUE(o.clients.card(o.client).contactPhones.empty());
    refused(ErrorKind::Conflict, [&] { o.clients.saveContact(stale, "", std::string("052-2222222")); });
    EXPECT_TRUE(o.clients.card(o.client).contactPhones.empty()) << "a stale save changes nothing";
}

TEST(Rules, ProducingAnAccountIsOneUseCase)
{
    Office o;
    services::ChargeService(*o.session).add(o.fee(100000, o.kase));
    services::AccountService accounts(*o.session);
    EXPECT_NE(refused(ErrorKind::InvalidInput, [&] { accounts.produce(o.client); }).find("primary address"), std::string::npos);
    EXPECT_TRUE(accounts.forClient(o.client).empty()) << "no draft holds the charges";
    Address a;
    a.ownerId = o.client;
    a.street = "הרצל";
    a.city = "חיפה";
    o.clients.addAddress(a);
    const auto account = accounts.produce(o.client, {}, "2026-11-26");
    EXPECT_EQ(account.state, AccountState::Issued);
    EXPECT_EQ(account.totalAgorot, 118000);
    refused(ErrorKind::NotFound, [&] { accounts.createDraft(o.client, {999999}); });
}

TEST(Rules, RatesOnlyForWhatExists)
{
    Office o;
    services::SettingsService settings(*o.session);
    const auto audits = o.db.rawCount("select count(*) from audit_log");
    refused(ErrorKind::NotFound, [&] { settings.setCaseRate(999999, 50000); });
    refused(ErrorKind::NotFound, [&] { settings.setClientRate(999999, 50000); });
    refused(ErrorKind::NotFound, [&] { settings.setUserRate(999999, 50000); });
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log"), audits);
    settings.setCaseRate(o.kase, 50000);
    EXPECT_EQ(settings.rateFor(o.kase, o.client, 0), 50000);
}

TEST(Rules, TaxDocumentsRunInDateOrderAndNeverAhead)
{
    Office o;
    Address a;
    a.ownerId = o.client;
    a.street = "הרצל";
    o.clients.addAddress(a);
    services::ChargeService charges(*o.session);
    services::AccountService accounts(*o.session);
    const auto first = charges.add(o.fee(100000, o.kase)).id;
    const auto second = charges.add(o.fee(200000, o.kase)).id;
    const auto a1 = accounts.produce(o.client, {first});
    const auto a2 = accounts.produce(o.client, {second});
    refused(ErrorKind::InvalidInput, [&] { accounts.pay(a1.id, 100, PaymentMethod::Cash, "2099-01-01"); });
    accounts.pay(a1.id, 100, PaymentMethod::Cash, "2026-11-20");
    EXPECT_NE(refused(ErrorKind::InvalidInput, [&] { accounts.pay(a2.id, 100, PaymentMethod::Cash, "2026-11-19"); })
                  .find("20/11/2026"),
              std::string::npos);
    refused(ErrorKind::InvalidInput, [&] { accounts.issueTaxInvoice(a2.id, "2099-01-01"); });
    EXPECT_EQ(accounts.invoices(o.client).size(), 1u);
    refused(ErrorKind::InvalidInput,
            [&] { accounts.pay(a2.id, 100, PaymentMethod::Cheque, "2026-11-21", std::string("\xff"), "לאומי"); });
    refused(ErrorKind::InvalidInput, [&] { accounts.pay(a2.id, 100, PaymentMethod::Cash, "2026-11-21", "", "", "12-34"); });
    const auto paid = accounts.pay(a2.id, 100, PaymentMethod::Cash, "2026-11-21");
    EXPECT_NE(services::paymentSentence(paid).find("Tax invoice-receipt"), std::string::npos) << services::paymentSentence(paid);
}
