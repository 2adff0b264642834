#include "data/ChargeRepository.h"
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
#include "text/Timestamp.h"

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
    EXPECT_EQ(r.text(0, r.rows[0][0]), "כהן משה");
    EXPECT_EQ(r.rows[0][1].number, 2);
    EXPECT_EQ(r.letterhead.officeName, "משרד עורכי דין כהן ושות'");
    EXPECT_EQ(reports.run("unbilled-by-client", "2026-11-01", "2026-11-30").rows[0][1].number, 1) << "the period filters";
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
    EXPECT_EQ(r.rows[0][0].text, "1");
    r = reports.run("invoices", "2026-11-01", "2026-11-30");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0][3].text, "כהן משה");
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

TEST(Reports, TwoClientsOfTheSameNameAreTwoRows)
{
    Office o;
    Client twin;
    twin.lastName = "כהן";
    twin.firstName = "משה";
    services::ClientService clients(*o.session);
    const int64_t other = clients.add(twin).id;
    o.charge(ChargeKind::Fixed, 100000, "2026-11-05");
    Charge ch;
    ch.clientId = other;
    ch.kind = ChargeKind::Fixed;
    ch.chargedOn = "2026-11-06";
    ch.description = "ייעוץ";
    ch.amountAgorot = 50000;
    services::ChargeService(*o.session).add(ch);

    const auto r = services::ReportService(*o.session).run("unbilled-by-client");
    ASSERT_EQ(r.rows.size(), 2u) << "grouped by the client, not by the name";
    EXPECT_EQ(r.text(0, r.rows[0][0]), "כהן משה");
    EXPECT_EQ(r.text(0, r.rows[1][0]), "כהן משה");
    EXPECT_EQ(r.rows[0][3].number, 100000);
    EXPECT_EQ(r.rows[1][3].number, 50000);
    EXPECT_EQ(r.totals[3].number, 150000);
}

TEST(Reports, TimeByUserCountsIsraelDaysAcrossBothDaylightSavingChanges)
{
    Office o;
    auto& db = o.session->db();
    // Entries at the edges of Israel days, in winter, in summer and on the
    // days the clocks change (27 March 2026 forward at 02:00, 25 October 2026 back).
    const std::vector<std::pair<const char*, int64_t>> entries{
        {"2026-01-15 00:10", 60},  {"2026-01-15 23:50", 120}, {"2026-01-16 00:05", 1000},
        {"2026-03-27 00:30", 240}, {"2026-03-27 23:30", 480}, {"2026-03-26 23:30", 2000},
        {"2026-07-15 00:30", 960}, {"2026-07-15 23:59", 1920},
        {"2026-10-25 00:30", 3840}, {"2026-10-25 01:30", 7680}, {"2026-10-25 23:30", 15360}, {"2026-10-26 00:00", 4000},
    };
    db.transaction([&] {
        for (const auto& [israelTime, seconds] : entries) {
            TimeEntry e;
            e.userId = o.session->user().id;
            e.clientId = o.client;
            e.caseId = o.kase;
            e.startedAt = *text::parseIsraelTime(israelTime);
            e.endedAt = e.startedAt + std::chrono::seconds(seconds);
            e.seconds = seconds;
            e.billable = true;
            data::ChargeRepository(db).insertTimeEntry(e);
        }
    });
    services::ReportService reports(*o.session);
    auto day = [&](const char* date) {
        const auto r = reports.run("time-by-user", date, date);
        return r.rows.empty() ? int64_t{0} : r.rows[0][1].number;
    };
    EXPECT_EQ(day("2026-01-15"), 60 + 120) << "winter: midnight is 22:00 UTC";
    EXPECT_EQ(day("2026-03-27"), 240 + 480) << "the day the clocks go forward";
    EXPECT_EQ(day("2026-07-15"), 960 + 1920) << "summer: midnight is 21:00 UTC";
    EXPECT_EQ(day("2026-10-25"), 3840 + 7680 + 15360) << "the day the clocks go back";
    const auto all = reports.run("time-by-user", "2026-01-01", "2026-12-31");
    EXPECT_EQ(all.totals[1].number, 60 + 120 + 1000 + 240 + 480 + 2000 + 960 + 1920 + 3840 + 7680 + 15360 + 4000);
}

TEST(Reports, TaxDocumentsAddUpOnceAndHoursAreOneRule)
{
    Office o;
    services::SettingsService(*o.session).setOfficeRounding({0, RoundingMode::Up});
    o.charge(ChargeKind::Time, 450, "2026-11-05"); // 0.125 h: 0.13 on screen and on paper alike
    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client, {}, "2026-11-20").id);
    accounts.issueTaxInvoice(a.id, "2026-11-21");
    accounts.pay(a.id, a.totalAgorot, PaymentMethod::Transfer, "2026-11-22");

    services::ReportService reports(*o.session);
    const auto documents = reports.run("invoices", "2026-11-01", "2026-11-30");
    ASSERT_EQ(documents.rows.size(), 2u) << "the tax invoice and the receipt";
    EXPECT_EQ(documents.totals[6].number, a.totalAgorot) << "the receipt is the same income, counted once";

    const auto account = services::PrintoutService(*o.session).account(a.id);
    ASSERT_EQ(account.groups.size(), 1u);
    EXPECT_NE(account.groups[0].lines[0].quantity.find("0.13"), std::string::npos) << account.groups[0].lines[0].quantity;
}
