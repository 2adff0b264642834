#include "domain/Error.h"
#include "domain/Money.h"
#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <set>
#include <soci/soci.h>
#include <mutex>
#include <thread>

using namespace praklit;
using praklit::test::kindOf;
using praklit::test::TestDatabase;

namespace {

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> session = db.open("ruth");
    int64_t client = 0;

    explicit Office(bool primaryAddress = true)
    {
        Letterhead l;
        l.officeName = "כהן ושות' – עורכי דין";
        l.vatNumber = "516179157";
        services::SettingsService(*session).setLetterhead(l);
        Client c;
        c.kind = EntityKind::Organisation;
        c.orgName = "אלון גשר בע\"מ";
        services::ClientService clients(*session);
        client = clients.add(c).id;
        if (primaryAddress) {
            Address a;
            a.ownerId = client;
            a.street = "הרצל";
            a.house = "1";
            a.city = "תל אביב-יפו";
            clients.addAddress(a);
        }
        Contact k;
        k.clientId = client;
        k.lastName = "אבן";
        k.firstName = "רות";
        k.addresseeForAccounts = true;
        clients.addContact(k, "מנהל כספים");
    }

    int64_t charge(int64_t agorot, bool vatExempt = false)
    {
        Charge ch;
        ch.clientId = client;
        ch.kind = vatExempt ? ChargeKind::Expense : ChargeKind::Fixed;
        ch.description = vatExempt ? "אגרה" : "שכר טרחה";
        ch.amountAgorot = agorot;
        ch.vatExempt = vatExempt;
        ch.chargedOn = "2026-11-01";
        return services::ChargeService(*session).add(ch).id;
    }
};


} // namespace

TEST(Accounts, DraftIssuePartialPaymentsAndPaid)
{
    Office o;
    const auto fee = o.charge(100000);
    o.charge(98700, true);
    services::AccountService accounts(*o.session);
    auto a = accounts.createDraft(o.client, {}, "2026-11-26");
    EXPECT_EQ(a.state, AccountState::Draft);
    EXPECT_EQ(a.vatBasisPoints, 1800);
    EXPECT_EQ(a.subtotalAgorot, 198700);
    EXPECT_EQ(a.vatAgorot, 18000);
    EXPECT_EQ(a.totalAgorot, 216700);
    EXPECT_EQ(services::ChargeService(*o.session).get(fee).state, ChargeState::InAccount);
    EXPECT_EQ(kindOf([&] { accounts.createDraft(o.client); }), ErrorKind::InvalidInput) << "nothing left unbilled";
    EXPECT_EQ(kindOf([&] { accounts.pay(a.id, 100, PaymentMethod::Cash); }), ErrorKind::InvalidInput) << "a draft is not paid";

    a = accounts.issue(a.id);
    EXPECT_EQ(a.state, AccountState::Issued);
    EXPECT_EQ(a.number, "1");
    auto billed = services::ChargeService(*o.session).get(fee);
    EXPECT_EQ(billed.state, ChargeState::Billed);
    billed.amountAgorot = 1;
    EXPECT_EQ(kindOf([&] { services::ChargeService(*o.session).edit(billed); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { accounts.issue(a.id); }), ErrorKind::InvalidInput);

    auto first = accounts.pay(a.id, 118000, PaymentMethod::Transfer, "2026-11-27");
    EXPECT_EQ(first.invoiceReceipt.number, 1);
    EXPECT_EQ(first.invoiceReceipt.vatAgorot, mulDivRound(118000, 18000, 216700));
    EXPECT_EQ(first.invoiceReceipt.clientName, "אלון גשר בע\"מ");
    EXPECT_EQ(first.invoiceReceipt.clientAddress, "הרצל 1, תל אביב-יפו");
    EXPECT_EQ(first.account.balanceAgorot(), 98700);
    EXPECT_EQ(first.account.state, AccountState::Issued);
    EXPECT_EQ(kindOf([&] { accounts.pay(a.id, 98701, PaymentMethod::Cash); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { accounts.pay(a.id, 100, PaymentMethod::Cheque); }), ErrorKind::InvalidInput) << "cheque number";
    auto second = accounts.pay(a.id, 98700, PaymentMethod::Cheque, "2026-11-28", "000123", "לאומי");
    EXPECT_EQ(second.invoiceReceipt.number, 2);
    EXPECT_EQ(second.account.state, AccountState::Paid);
    EXPECT_EQ(accounts.payments(a.id).size(), 2u);
    EXPECT_EQ(accounts.invoices(o.client).size(), 2u);
    EXPECT_EQ(kindOf([&] { accounts.cancel(a.id); }), ErrorKind::InvalidInput) << "paid accounts are not cancelled";
}

TEST(Accounts, CancelReleasesTheChargesAndKeepsTheNumber)
{
    Office o;
    const auto fee = o.charge(50000);
    services::AccountService accounts(*o.session);
    auto a = accounts.issue(accounts.createDraft(o.client).id);
    a = accounts.cancel(a.id);
    EXPECT_EQ(a.state, AccountState::Cancelled);
    EXPECT_EQ(a.number, "1");
    EXPECT_EQ(services::ChargeService(*o.session).get(fee).state, ChargeState::Unbilled);
    auto again = accounts.issue(accounts.createDraft(o.client).id);
    EXPECT_EQ(again.number, "2") << "a cancelled number is never reused";
    EXPECT_EQ(accounts.forClient(o.client).size(), 2u);
}

TEST(Accounts, NoInvoiceWithoutTheOfficesNameAndVatNumber)
{
    Office o;
    o.charge(10000);
    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client).id);
    services::SettingsService(*o.session).setLetterhead(Letterhead{});
    EXPECT_EQ(kindOf([&] { accounts.pay(a.id, 100, PaymentMethod::Cash); }), ErrorKind::InvalidInput);
    EXPECT_TRUE(accounts.invoices(o.client).empty());
}

TEST(Accounts, NoPrimaryAddressNoIssue)
{
    Office o(false);
    o.charge(50000);
    services::AccountService accounts(*o.session);
    const auto draft = accounts.createDraft(o.client);
    try {
        accounts.issue(draft.id);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("primary address"), std::string::npos) << e.what();
    }
    EXPECT_EQ(accounts.get(draft.id).state, AccountState::Draft);
    const auto to = accounts.accountAddressees(o.client);
    ASSERT_EQ(to.size(), 2u);
    EXPECT_EQ(to[1].role, "מנהל כספים");
    EXPECT_TRUE(accounts.invoiceAddressees(o.client).size() == 1u);
}

TEST(Accounts, AllocationNumberWarnsAboveTheThresholdInForce)
{
    Office o;
    o.charge(600000); // ₪6,000 before VAT
    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client, {}, "2026-06-02").id);
    EXPECT_FALSE(accounts.pay(a.id, 354000, PaymentMethod::Transfer, "2026-06-02").allocationNumberMissing)
        << "₪3,000 before VAT is under the ₪5,000 in force from 2026-06-01";
    o.charge(1200000); // ₪12,000 before VAT
    const auto big = accounts.issue(accounts.createDraft(o.client, {}, "2026-06-02").id);
    EXPECT_EQ(big.totalAgorot, 1416000);
    EXPECT_TRUE(accounts.pay(big.id, 708000, PaymentMethod::Transfer, "2026-06-02").allocationNumberMissing);
    const auto given = accounts.pay(big.id, 708000, PaymentMethod::Transfer, "2026-06-02", {}, {}, "123456789");
    EXPECT_FALSE(given.allocationNumberMissing);
    EXPECT_EQ(given.invoiceReceipt.allocationNumber, "123456789");
}

TEST(Accounts, ConcurrentInvoiceReceiptsGetConsecutiveNumbers)
{
    Office o;
    services::AccountService accounts(*o.session);
    std::vector<int64_t> ids;
    for (int i = 0; i < 4; ++i) {
        o.charge(100000);
        ids.push_back(accounts.issue(accounts.createDraft(o.client).id).id);
    }
    std::vector<int64_t> numbers;
    std::mutex mutex;
    std::vector<std::thread> workstations;
    o.db.openAs("dan", "accounting").reset(); // ruth administers the office
    for (int w = 0; w < 4; ++w)
        workstations.emplace_back([&, w] {
            auto session = o.db.open(w % 2 ? "dan" : "ruth"); // its own connection
            services::AccountService mine(*session);
            for (int k = 0; k < 5; ++k) {
                const auto r = mine.pay(ids[w], 1000, PaymentMethod::Cash);
                std::lock_guard lock(mutex);
                numbers.push_back(r.invoiceReceipt.number);
            }
        });
    for (auto& t : workstations) t.join();
    std::sort(numbers.begin(), numbers.end());
    ASSERT_EQ(numbers.size(), 20u);
    for (size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], static_cast<int64_t>(i + 1)) << "no gap, no duplicate";
}

TEST(Accounts, ATaxInvoiceFirstThenReceiptsForThePayments)
{
    Office o;
    o.charge(100000);
    services::AccountService accounts(*o.session);
    const auto a = accounts.issue(accounts.createDraft(o.client, {}, "2026-11-26").id);
    bool missing = true;
    const auto invoice = accounts.issueTaxInvoice(a.id, "2026-11-26", {}, &missing);
    EXPECT_EQ(invoice.kind, "invoice");
    EXPECT_EQ(invoice.number, 1);
    EXPECT_EQ(invoice.vatAgorot, 18000);
    EXPECT_EQ(invoice.totalAgorot, 118000);
    EXPECT_FALSE(missing) << "₪1,000 is under every threshold";
    EXPECT_EQ(kindOf([&] { accounts.issueTaxInvoice(a.id); }), ErrorKind::InvalidInput) << "one tax invoice per account";

    const auto first = accounts.pay(a.id, 18000, PaymentMethod::Cash, "2026-11-27");
    EXPECT_EQ(first.invoiceReceipt.kind, "receipt");
    EXPECT_EQ(first.invoiceReceipt.number, 1) << "receipts have their own series";
    EXPECT_EQ(first.invoiceReceipt.vatAgorot, 0) << "the VAT was invoiced already";
    const auto second = accounts.pay(a.id, 100000, PaymentMethod::Transfer, "2026-11-28");
    EXPECT_EQ(second.invoiceReceipt.number, 2);
    EXPECT_EQ(second.account.state, AccountState::Paid);
    EXPECT_EQ(accounts.invoices(o.client).size(), 3u);

    // An account already partly paid with invoice-receipts gets no separate tax invoice.
    o.charge(50000);
    const auto b = accounts.issue(accounts.createDraft(o.client).id);
    accounts.pay(b.id, 1000, PaymentMethod::Cash);
    EXPECT_EQ(kindOf([&] { accounts.issueTaxInvoice(b.id); }), ErrorKind::InvalidInput);
}
