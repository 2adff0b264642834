#include "domain/Error.h"
#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/PrintoutService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "support/TestDatabase.h"
#include "text/Bidi.h"

#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> session = db.open("ruth");
    int64_t client = 0;
    int64_t kase = 0;

    Office()
    {
        services::SettingsService settings(*session);
        Letterhead l;
        l.officeName = "משרד עורכי דין כהן ושות'";
        l.vatNumber = "516179157";
        settings.setLetterhead(l);
        Client c;
        c.lastName = "כהן";
        c.firstName = "משה";
        services::ClientService clients(*session);
        client = clients.add(c).id;
        Address a;
        a.ownerId = client;
        a.street = "הרצל";
        a.house = "1";
        a.city = "חיפה";
        clients.addAddress(a);
        Case k;
        k.clientId = client;
        k.subject = "תביעה כספית";
        k.courtNumber = "ת\"א 12345-01-24";
        kase = services::CaseService(*session).add(k).id;
    }

    void charge(ChargeKind kind, int64_t amountOrSeconds, const std::string& date)
    {
        Charge ch;
        ch.caseId = kase;
        ch.kind = kind;
        ch.chargedOn = date;
        ch.description = kind == ChargeKind::Time ? "הכנה לדיון (Zoom)" : "שכר טרחה";
        if (kind == ChargeKind::Time) {
            ch.seconds = amountOrSeconds;
            ch.rateAgorot = 60000;
        } else {
            ch.amountAgorot = amountOrSeconds;
        }
        services::ChargeService(*session).add(ch);
    }
};

} // namespace

TEST(Reports, UnbilledTimeAccountsInvoicesAndBalances)
{
    Office o;
    o.charge(ChargeKind::Time, 3600, "2026-10-05");
    o.charge(ChargeKind::Fixed, 100000, "2026-11-05");
    services::ReportService reports(*o.session);

    auto r = reports.run("unbilled-by-client");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0][0], "כהן משה");
    EXPECT_EQ(r.rows[0][1], "2");
    EXPECT_EQ(r.letterhead.officeName, "משרד עורכי דין כהן ושות'");
    EXPECT_EQ(reports.run("unbilled-by-client", "2026-11-01", "2026-11-30").rows[0][1], "1") << "the period filters";
    EXPECT_EQ(reports.run("unbilled-by-lawyer").rows.size(), 1u);
    EXPECT_THROW(reports.run("no-such-report"), Error);
    EXPECT_THROW(reports.run("accounts", "2026-13-01"), Error);
    EXPECT_THROW(reports.run("accounts", "2026-12-01", "2026-01-01"), Error);

    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client, {}, "2026-11-26").id);
    EXPECT_TRUE(reports.run("unbilled-by-client").rows.empty()) << "billed now";
    accounts.pay(a.id, 50000, PaymentMethod::Transfer, "2026-11-27");
    r = reports.run("accounts");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0][0], "1");
    r = reports.run("invoices", "2026-11-01", "2026-11-30");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0][2], "כהן משה");
    r = reports.run("client-balance");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.headings.size(), r.rows[0].size());
    EXPECT_EQ(r.totals.size(), r.headings.size());
}

TEST(Printouts, AnAccountGroupsItsLinesPerCaseAndAnInvoiceCarriesWhatTheLawAsks)
{
    Office o;
    o.charge(ChargeKind::Time, 5400, "2026-11-02");
    o.charge(ChargeKind::Fixed, 100000, "2026-11-03");
    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client, {}, "2026-11-26").id);
    const auto printout = services::PrintoutService(*o.session).account(a.id);
    EXPECT_EQ(printout.dateGregorian, "26/11/2026");
    EXPECT_FALSE(printout.dateHebrew.empty());
    ASSERT_EQ(printout.groups.size(), 1u);
    EXPECT_NE(printout.groups[0].title.find("12345-01-24"), std::string::npos);
    EXPECT_EQ(printout.groups[0].lines.size(), 2u);
    EXPECT_EQ(printout.groups[0].subtotalAgorot, 90000 + 100000);
    EXPECT_EQ(printout.totals.totalAgorot, a.totalAgorot);
    ASSERT_FALSE(printout.addressees.empty());
    EXPECT_EQ(printout.addressees[0].address, "הרצל 1, חיפה");

    const auto paid = accounts.pay(a.id, a.totalAgorot, PaymentMethod::Cheque, "2026-11-27", "000123", "לאומי");
    const auto invoice = services::PrintoutService(*o.session).invoiceReceipt(paid.invoiceReceipt.id, true);
    EXPECT_EQ(invoice.copyMark, "Original");
    EXPECT_EQ(invoice.letterhead.vatNumber, "516179157");
    EXPECT_EQ(invoice.clientName, "כהן משה");
    EXPECT_EQ(invoice.totals.totalAgorot, a.totalAgorot);
    EXPECT_EQ(invoice.totals.subtotalAgorot + invoice.totals.vatAgorot, invoice.totals.totalAgorot);
    EXPECT_NE(invoice.paymentMethod.find("000123"), std::string::npos);
    EXPECT_EQ(services::PrintoutService(*o.session).invoiceReceipt(paid.invoiceReceipt.id, false).copyMark, "Copy");
}

TEST(Letterhead, TheVatNumberIsChecked)
{
    Office o;
    Letterhead l;
    l.officeName = "משרד";
    l.vatNumber = "516179158";
    EXPECT_THROW(services::SettingsService(*o.session).setLetterhead(l), Error);
}
