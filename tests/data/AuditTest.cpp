#include "domain/Error.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/PrintoutService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::kindOf;
using praklit::test::TestDatabase;

namespace {

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> session = db.open("ruth");
    int64_t client = 0;

    Office()
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
        Address a;
        a.ownerId = client;
        a.street = "הרצל";
        a.house = "1";
        a.city = "תל אביב-יפו";
        clients.addAddress(a);
    }

    int64_t charge(int64_t agorot)
    {
        Charge ch;
        ch.clientId = client;
        ch.kind = ChargeKind::Fixed;
        ch.description = "שכר טרחה";
        ch.amountAgorot = agorot;
        ch.chargedOn = "2026-01-05";
        return services::ChargeService(*session).add(ch).id;
    }

    int64_t rows(const std::string& table, int64_t id, const std::string& action)
    {
        return db.rawCount("select count(*) from audit_log where table_name = '" + table +
                           "' and row_id = " + std::to_string(id) + " and action = '" + action + "'");
    }
    int64_t allRows() { return db.rawCount("select count(*) from audit_log"); }

    // The triggers refuse UPDATE and DELETE on audit rows: the tests play
    // someone who has the owner's rights and works around them.
    void dropAuditTriggers()
    {
        if (db.backend() == Backend::SQLite) {
            db.raw("drop trigger audit_log_no_update");
            db.raw("drop trigger audit_log_no_delete");
        } else {
            db.raw("alter table audit_log disable trigger user");
        }
    }

    services::AuditCheck verify() { return services::AuditService(*session).verify(); }
};

} // namespace

TEST(Audit, TheTriggersRefuseChangingOrDeletingARow)
{
    Office o;
    EXPECT_ANY_THROW(o.db.raw("update audit_log set changes = '{}' where id = 1"));
    EXPECT_ANY_THROW(o.db.raw("delete from audit_log where id = 1"));
    EXPECT_TRUE(o.verify().whole());
}

TEST(Audit, ARowChangedBehindTheProgramIsNamed)
{
    Office o;
    ASSERT_TRUE(o.verify().whole());
    const auto target = o.db.rawCount("select min(id) from audit_log where table_name = 'addresses'");
    o.dropAuditTriggers();
    o.db.raw("update audit_log set changes = '{\"street\": \"אחרת\"}' where id = " + std::to_string(target));
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_EQ(check.firstBadId, target);
    EXPECT_NE(check.problem.find(std::to_string(target)), std::string::npos) << check.problem;
}

TEST(Audit, ARowDeletedIsNamedByTheRowAfterIt)
{
    Office o;
    o.charge(1000);
    const auto last = o.db.rawCount("select max(id) from audit_log");
    ASSERT_GE(last, 4);
    const auto gone = last - 2;
    o.dropAuditTriggers();
    o.db.raw("delete from audit_log where id = " + std::to_string(gone));
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_EQ(check.firstBadId, gone + 1);
}

TEST(Audit, TheLastRowDeletedIsCaughtByTheHead)
{
    Office o;
    const auto last = o.db.rawCount("select max(id) from audit_log");
    o.dropAuditTriggers();
    o.db.raw("delete from audit_log where id = " + std::to_string(last));
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_EQ(check.firstBadId, last);
}

TEST(Audit, TwoRowsSwappedAreNamed)
{
    Office o;
    o.charge(1000);
    const auto last = o.db.rawCount("select max(id) from audit_log");
    const auto a = last - 2, b = last - 1;
    o.dropAuditTriggers();
    const auto A = std::to_string(a), B = std::to_string(b);
    o.db.raw("update audit_log set id = -id where id in (" + A + ", " + B + ")");
    o.db.raw("update audit_log set id = " + B + " where id = -" + A);
    o.db.raw("update audit_log set id = " + A + " where id = -" + B);
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_EQ(check.firstBadId, a);
}

TEST(Audit, InsertRowsAreFlat)
{
    Office o;
    o.charge(1000);
    // {"field": "value"} for an insert, never {"field": ["", "value"]}.
    EXPECT_GT(o.db.rawCount("select count(*) from audit_log where action = 'insert'"), 2);
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log where action = 'insert' and changes like '%[%'"), 0);
    const auto rows = services::AuditService(*o.session).history("entities", o.client, 0, 10);
    ASSERT_FALSE(rows.empty());
    const auto& insert = rows.back();
    EXPECT_EQ(insert.action, "insert");
    ASSERT_FALSE(insert.fields.empty());
    EXPECT_FALSE(insert.fields.front().hasBefore);
}

TEST(Audit, EveryStateChangeOfChargesAccountsAndTaxDocumentsLeavesARow)
{
    Office o;
    const auto fee = o.charge(100000);
    services::AccountService accounts(*o.session);
    auto draft = accounts.createDraft(o.client, {}, "2026-01-06");
    EXPECT_EQ(o.rows("transaction_accounts", draft.id, "insert"), 1);
    EXPECT_EQ(o.rows("charges", fee, "state"), 1); // reserved

    accounts.cancel(draft.id);
    EXPECT_EQ(o.rows("transaction_accounts", draft.id, "state"), 1);
    EXPECT_EQ(o.rows("charges", fee, "state"), 2); // released

    const auto a = accounts.produce(o.client, {}, "2026-01-06");
    EXPECT_EQ(o.rows("transaction_accounts", a.id, "state"), 1); // issued
    EXPECT_EQ(o.rows("charges", fee, "state"), 4);                // reserved, billed

    const auto invoice = accounts.issueTaxInvoice(a.id, "2026-01-06");
    EXPECT_EQ(o.rows("tax_documents", invoice.id, "insert"), 1);
    const auto paid = accounts.pay(a.id, a.totalAgorot, PaymentMethod::Transfer, "2026-01-07");
    EXPECT_EQ(o.rows("tax_documents", paid.invoiceReceipt.id, "insert"), 1);
    EXPECT_EQ(o.rows("transaction_accounts", a.id, "state"), 2); // paid
    EXPECT_EQ(o.rows("payments", paid.payment.id, "insert"), 1);

    // The charge's history says it all, in order, newest first.
    const auto history = services::AuditService(*o.session).history("charges", fee, 0, 20);
    ASSERT_EQ(history.size(), 5u);
    EXPECT_EQ(history.front().action, "state");
    EXPECT_EQ(history.back().action, "insert");
    EXPECT_TRUE(o.verify().whole());
}

TEST(Audit, AnEditThatChangesNothingChangesNothing)
{
    Office o;
    services::ClientService clients(*o.session);
    const auto chargeId = o.charge(1000);
    Case k;
    k.clientId = o.client;
    k.subject = "תביעה";
    k = services::CaseService(*o.session).add(k);
    const auto before = o.allRows();

    const auto c = clients.get(o.client);
    EXPECT_EQ(clients.update(c).version, c.version);
    const auto address = clients.card(o.client).addresses.front();
    EXPECT_EQ(clients.updateAddress(address).version, address.version);
    const auto charge = services::ChargeService(*o.session).get(chargeId);
    EXPECT_EQ(services::ChargeService(*o.session).edit(charge).version, charge.version);
    EXPECT_EQ(services::CaseService(*o.session).update(k).version, k.version);

    EXPECT_EQ(o.allRows(), before + 1); // the card's read row, nothing else
    EXPECT_EQ(clients.get(o.client).version, c.version);
    EXPECT_EQ(services::ChargeService(*o.session).get(chargeId).version, charge.version);
    EXPECT_EQ(services::CaseService(*o.session).get(k.id).version, k.version);
}

TEST(Audit, OpeningACardIsLoggedOnceAndARefreshIsNot)
{
    Office o;
    services::ClientService clients(*o.session);
    clients.card(o.client);
    EXPECT_EQ(o.rows("entities", o.client, "read"), 1);
    clients.refreshCard(o.client);
    EXPECT_EQ(o.rows("entities", o.client, "read"), 1);
    Case k;
    k.clientId = o.client;
    k.subject = "תביעה";
    k = services::CaseService(*o.session).add(k);
    services::CaseService(*o.session).open(k.id);
    EXPECT_EQ(o.rows("cases", k.id, "read"), 1);
    const auto reads = services::AuditService(*o.session).list({"ruth", "entities", o.client, "read", {}, {}}, 0, 10);
    ASSERT_EQ(reads.size(), 1u);
    EXPECT_FALSE(reads.front().who.empty());
    EXPECT_FALSE(reads.front().when.empty());
}

TEST(Audit, ATamperedChargeOfAnIssuedAccountIsRefused)
{
    Office o;
    const auto fee = o.charge(100000);
    const auto a = services::AccountService(*o.session).produce(o.client, {}, "2026-01-06");
    ASSERT_TRUE(o.verify().whole());
    EXPECT_NO_THROW(services::PrintoutService(*o.session).account(a.id));
    o.db.raw("update charges set amount_agorot = 1 where id = " + std::to_string(fee));
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_NE(check.problem.find(a.number), std::string::npos) << check.problem;
    EXPECT_EQ(kindOf([&] { services::PrintoutService(*o.session).account(a.id); }), ErrorKind::InvalidInput);
}

TEST(Audit, ATamperedAccountTotalIsRefusedEvenWithItsSealRewritten)
{
    Office o;
    o.charge(100000);
    const auto a = services::AccountService(*o.session).produce(o.client, {}, "2026-01-06");
    o.db.raw("update transaction_accounts set total_agorot = 5 where id = " + std::to_string(a.id));
    EXPECT_FALSE(o.verify().whole());
    EXPECT_EQ(kindOf([&] { services::PrintoutService(*o.session).account(a.id); }), ErrorKind::InvalidInput);
    // The seal in the document's own column is not the authority: the chain's is.
    o.db.raw("update transaction_accounts set content_hash = '' where id = " + std::to_string(a.id));
    EXPECT_FALSE(o.verify().whole());
    EXPECT_EQ(kindOf([&] { services::PrintoutService(*o.session).account(a.id); }), ErrorKind::InvalidInput);
}

TEST(Audit, ATamperedTaxDocumentIsRefused)
{
    Office o;
    o.charge(100000);
    services::AccountService accounts(*o.session);
    const auto a = accounts.produce(o.client, {}, "2026-01-06");
    const auto paid = accounts.pay(a.id, a.totalAgorot, PaymentMethod::Transfer, "2026-01-07");
    const auto id = paid.invoiceReceipt.id;
    ASSERT_TRUE(o.verify().whole());
    EXPECT_NO_THROW(services::PrintoutService(*o.session).invoiceReceipt(id, true));
    o.db.raw("update tax_documents set client_name = 'מישהו אחר' where id = " + std::to_string(id));
    const auto check = o.verify();
    EXPECT_FALSE(check.whole());
    EXPECT_NE(check.problem.find(std::to_string(paid.invoiceReceipt.number)), std::string::npos) << check.problem;
    EXPECT_EQ(kindOf([&] { services::PrintoutService(*o.session).invoiceReceipt(id, false); }), ErrorKind::InvalidInput);
}

TEST(Audit, AnOldChargeIsChangedOnlyWithAReasonThatTheLogKeeps)
{
    Office o;
    const auto id = o.charge(1000);
    services::ChargeService charges(*o.session);
    auto c = charges.get(id);
    c.description = "שכר טרחה – תיקון";
    charges.edit(c); // a fresh charge: no reason asked
    o.db.raw("update charges set created_at = '2020-01-01 00:00:00+00' where id = " + std::to_string(id));
    c = charges.get(id);
    c.amountAgorot = 2000;
    try {
        charges.edit(c);
        FAIL() << "an old charge was changed without a reason";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(e.field(), "reason");
    }
    EXPECT_EQ(charges.get(id).amountAgorot, 1000);
    charges.edit(c, "טעות הקלדה");
    EXPECT_EQ(charges.get(id).amountAgorot, 2000);
    const auto rows = services::AuditService(*o.session).list({{}, "charges", id, "update", {}, {}}, 0, 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().reason, "טעות הקלדה");
    EXPECT_TRUE(o.verify().whole());
}

TEST(Audit, BilledChargesStayLocked)
{
    Office o;
    const auto id = o.charge(1000);
    services::AccountService(*o.session).produce(o.client, {}, "2026-01-06");
    auto c = services::ChargeService(*o.session).get(id);
    c.amountAgorot = 5;
    EXPECT_EQ(kindOf([&] { services::ChargeService(*o.session).edit(c, "סיבה"); }), ErrorKind::InvalidInput);
}

TEST(Audit, ListsArePagedByKeysetAndFiltered)
{
    Office o;
    for (int i = 0; i < 7; ++i) o.charge(1000 + i);
    services::AuditService audit(*o.session);
    services::AuditQuery q;
    q.table = "charges";
    const auto first = audit.list(q, 0, 3);
    ASSERT_EQ(first.size(), 3u);
    EXPECT_GT(first[0].id, first[1].id);
    const auto second = audit.list(q, first.back().id, 3);
    ASSERT_EQ(second.size(), 3u);
    EXPECT_LT(second.front().id, first.back().id);
    const auto third = audit.list(q, second.back().id, 3);
    EXPECT_EQ(third.size(), 1u);
    q.from = q.to = text::israelToday();
    EXPECT_EQ(audit.list(q, 0, 100).size(), 7u);
    q.from = q.to = "2001-01-01";
    EXPECT_TRUE(audit.list(q, 0, 100).empty());
    EXPECT_EQ(kindOf([&] { audit.list({"nobody", {}, 0, {}, {}, {}}, 0, 10); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { audit.list({{}, "no_such_table", 0, {}, {}, {}}, 0, 10); }), ErrorKind::InvalidInput);
}

TEST(Audit, SeeingTheLogNeedsItsPermission)
{
    Office o;
    services::UserService users(*o.session);
    User lawyer;
    lawyer.login = "dana";
    lawyer.displayName = "דנה לוי";
    lawyer.groupId = users.groupByKey("lawyers").id; // lawyers do not see the audit log
    users.add(lawyer, "a long first password", false);
    auto dana = o.db.open("dana");
    EXPECT_EQ(kindOf([&] { services::AuditService(*dana).list({}, 0, 10); }), ErrorKind::Forbidden);
    EXPECT_EQ(kindOf([&] { services::AuditService(*dana).verify(); }), ErrorKind::Forbidden);
    EXPECT_NO_THROW(services::AuditService(*o.session).verify());
}
