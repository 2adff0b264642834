#include "data/TimerRepository.h"
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

using namespace praklit;
using namespace std::chrono;
using praklit::test::kindOf;
using praklit::test::TestDatabase;

namespace {

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> session = db.open("ruth");
    int64_t client = 0;
    int64_t kase = 0;
    int64_t otherCase = 0;

    Office()
    {
        Client c;
        c.lastName = "כהן";
        client = services::ClientService(*session).add(c).id;
        Case k;
        k.clientId = client;
        k.subject = "תביעה כספית";
        services::CaseService cases(*session);
        kase = cases.add(k).id;
        k.subject = "ערעור";
        otherCase = cases.add(k).id;
    }

    // Moves a counter's clock back, as if it had been running for `d`.
    void age(int64_t timerId, microseconds d)
    {
        data::TimerRepository repo(session->db());
        auto t = *repo.find(timerId);
        t.startedAt -= d;
        if (t.runningSince) *t.runningSince -= d;
        else t.accumulated += d;
        ASSERT_TRUE(repo.update(t));
    }
};


} // namespace

TEST(Timers, StopMakesATimeEntryAndARoundedChargeAtTheRightRate)
{
    Office o;
    services::SettingsService settings(*o.session);
    settings.setUserRate(o.session->user().id, 50000); // ₪500 an hour
    services::TimerService timers(*o.session);
    auto t = timers.start(0, o.kase, "עיון בכתב התביעה");
    EXPECT_TRUE(t.running());
    o.age(t.id, minutes(13) + seconds(20));
    const auto result = timers.stop(t.id);
    EXPECT_EQ(result.entry.seconds, 800);
    ASSERT_TRUE(result.charge);
    EXPECT_EQ(result.charge->billedSeconds, 18 * 60) << "6-minute units, rounded up";
    EXPECT_EQ(result.charge->rateAgorot, 50000);
    EXPECT_EQ(result.charge->amountAgorot, 15000);
    EXPECT_EQ(result.charge->description, "עיון בכתב התביעה");
    EXPECT_TRUE(timers.list().empty());

    // The client's rate beats the user's; the case's beats both.
    settings.setClientRate(o.client, 40000);
    t = timers.start(0, o.kase);
    o.age(t.id, minutes(30));
    EXPECT_EQ(timers.stop(t.id).charge->rateAgorot, 40000);
    settings.setCaseRate(o.kase, 70000);
    t = timers.start(0, o.kase);
    o.age(t.id, minutes(30));
    EXPECT_EQ(timers.stop(t.id).charge->amountAgorot, 35000);

    // The client's own rounding rule beats the office's.
    settings.setClientRounding(o.client, Rounding{15, RoundingMode::Nearest});
    t = timers.start(0, o.kase);
    o.age(t.id, minutes(22));
    EXPECT_EQ(timers.stop(t.id).charge->billedSeconds, 15 * 60);
}

TEST(Timers, NonBillableTimeIsKeptWithoutACharge)
{
    Office o;
    services::TimerService timers(*o.session);
    const auto t = timers.start(o.client, 0, "שיחת היכרות");
    const auto result = timers.stop(t.id, std::nullopt, std::nullopt, false);
    EXPECT_FALSE(result.charge);
    EXPECT_FALSE(result.entry.billable);
    EXPECT_EQ(result.entry.caseId, 0) << "the client's general file";
}

TEST(Timers, PauseResumeAndOneRunningByDefault)
{
    Office o;
    services::TimerService timers(*o.session);
    auto a = timers.start(0, o.kase);
    o.age(a.id, minutes(10));
    auto b = timers.start(0, o.otherCase);
    a = timers.get(a.id);
    EXPECT_FALSE(a.running()) << "starting another counter pauses the running one";
    EXPECT_GE(a.accumulated, minutes(10));
    EXPECT_TRUE(b.running());
    EXPECT_EQ(timers.start(0, o.kase).id, a.id) << "starting where a counter exists resumes it";
    EXPECT_FALSE(timers.get(b.id).running());

    services::SettingsService settings(*o.session);
    auto s = settings.timerSettings();
    s.keepOthersRunning = true;
    settings.saveTimerSettings(s);
    timers.resume(b.id);
    EXPECT_TRUE(timers.get(a.id).running());
    EXPECT_TRUE(timers.get(b.id).running());
    EXPECT_EQ(timers.list().size(), 2u);
    EXPECT_EQ(kindOf([&] { timers.pause(424242); }), ErrorKind::NotFound);
}

TEST(Timers, CountersSurviveTheProgramAndAreNotAnotherUsers)
{
    Office o;
    int64_t id = 0;
    {
        services::TimerService timers(*o.session);
        id = timers.start(0, o.kase).id;
        o.age(id, minutes(42));
    }
    o.session.reset(); // the program is gone
    auto again = o.db.open("ruth");
    services::TimerService timers(*again);
    const auto back = timers.get(id);
    EXPECT_TRUE(back.running());
    EXPECT_GE(back.elapsed(text::now()), minutes(42));
    auto other = o.db.open("dan");
    EXPECT_TRUE(services::TimerService(*other).list().empty());
    EXPECT_EQ(kindOf([&] { services::TimerService(*other).stop(id); }), ErrorKind::NotFound);
}

TEST(Timers, AutomaticConditionsFollowTheUsersSettings)
{
    Office o;
    services::TimerService timers(*o.session);
    EXPECT_FALSE(timers.caseCardOpened(o.kase)) << "off by default";
    services::SettingsService settings(*o.session);
    auto s = settings.timerSettings();
    s.startOnCaseCard = true;
    settings.saveTimerSettings(s);
    const auto started = timers.caseCardOpened(o.kase);
    ASSERT_TRUE(started);
    EXPECT_EQ(started->startedBy, TimerStart::CaseCard);
    EXPECT_FALSE(timers.caseCardOpened(o.kase)) << "one counter per case";
    EXPECT_FALSE(timers.documentOpened(o.otherCase)) << "documents are a separate condition";
    // Settings live in the database: they follow the user to another workstation.
    auto elsewhere = o.db.open("ruth");
    EXPECT_TRUE(services::SettingsService(*elsewhere).timerSettings().startOnCaseCard);
    EXPECT_FALSE(services::SettingsService(*o.db.open("dan")).timerSettings().startOnCaseCard);
}

TEST(Timers, ALongRunningCounterStopsAtTheRealEndTime)
{
    Office o;
    services::TimerService timers(*o.session);
    const auto t = timers.start(0, o.kase);
    o.age(t.id, hours(11));
    EXPECT_TRUE(timers.longRunning(timers.get(t.id), text::now()));
    const auto realEnd = text::now() - hours(9);
    EXPECT_EQ(kindOf([&] { timers.stop(t.id, text::now() + hours(1)); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { timers.stop(t.id, text::now() - hours(12)); }), ErrorKind::InvalidInput);
    const auto result = timers.stop(t.id, realEnd);
    EXPECT_LE(std::abs(result.entry.seconds - 2 * 3600), 5);
}

TEST(Timers, IdleTimeCanBeDiscardedOrSplitOff)
{
    Office o;
    services::TimerService timers(*o.session);
    auto t = timers.start(0, o.kase, "טיוטה");
    o.age(t.id, minutes(50));
    timers.resolveIdle(t.id, text::now() - minutes(30), services::IdleChoice::Discard);
    EXPECT_LE(std::abs(duration_cast<seconds>(timers.get(t.id).elapsed(text::now())).count() - 20 * 60), 5);

    timers.resolveIdle(t.id, text::now() - minutes(5), services::IdleChoice::Split);
    const auto now = timers.list();
    ASSERT_EQ(now.size(), 1u);
    EXPECT_NE(now.front().id, t.id) << "a new counter runs from now";
    EXPECT_EQ(now.front().description, "טיוטה");
    long long entries = 0;
    o.session->db().sql() << "select count(*) from time_entries", soci::into(entries);
    EXPECT_EQ(entries, 1);
}

TEST(Charges, ByHandEditedWhileUnbilledAndAudited)
{
    Office o;
    services::ChargeService charges(*o.session);
    Charge fee;
    fee.caseId = o.kase;
    fee.kind = ChargeKind::Fixed;
    fee.description = "שכר טרחה קבוע";
    fee.amountAgorot = 350000;
    fee.chargedOn = "2026-11-01";
    fee = charges.add(fee);
    EXPECT_EQ(fee.clientId, o.client);

    Charge expense;
    expense.clientId = o.client;
    expense.kind = ChargeKind::Expense;
    expense.description = "אגרת בית משפט";
    expense.amountAgorot = 98700;
    expense.vatExempt = true;
    expense.chargedOn = "2026-11-02";
    charges.add(expense);

    Charge late;
    late.caseId = o.kase;
    late.kind = ChargeKind::Time;
    late.seconds = 25 * 60;
    late.rateAgorot = 60000;
    late.description = "שיחה עם הלקוח";
    late.chargedOn = "2026-11-03";
    late = charges.add(late);
    EXPECT_EQ(late.billedSeconds, 30 * 60);
    EXPECT_EQ(late.amountAgorot, 30000);

    Charge bad = expense;
    bad.amountAgorot = 0;
    EXPECT_EQ(kindOf([&] { charges.add(bad); }), ErrorKind::InvalidInput);
    bad = expense;
    bad.chargedOn = "2026-02-30";
    EXPECT_EQ(kindOf([&] { charges.add(bad); }), ErrorKind::InvalidInput);

    ChargeFilter filter;
    filter.clientId = o.client;
    const auto totals = charges.totals(filter);
    EXPECT_EQ(totals.count, 3);
    EXPECT_EQ(totals.amountAgorot, 350000 + 98700 + 30000);
    filter.kind = ChargeKind::Time;
    EXPECT_EQ(charges.list(filter, 0, 10).size(), 1u);
    filter = {};
    filter.caseId = o.kase;
    filter.from = "2026-11-02";
    EXPECT_EQ(charges.list(filter, 0, 10).size(), 1u);

    fee.amountAgorot = 400000;
    fee = charges.edit(fee);
    EXPECT_EQ(fee.amountAgorot, 400000);
    std::string changes;
    o.session->db().sql() << "select changes from audit_log where table_name = 'charges' and row_id = :id and action = 'update'",
        soci::use(static_cast<long long>(fee.id)), soci::into(changes);
    EXPECT_EQ(changes, R"({"amount_agorot":["350000","400000"]})");

    // Once in a transaction account a charge is no longer editable.
    o.session->db().sql() << "update charges set state = 'in_account' where id = :id", soci::use(static_cast<long long>(fee.id));
    fee = charges.get(fee.id);
    fee.amountAgorot = 1;
    EXPECT_EQ(kindOf([&] { charges.edit(fee); }), ErrorKind::InvalidInput);
    EXPECT_EQ(charges.get(fee.id).amountAgorot, 400000);
}

TEST(Charges, AStaleEditIsRefused)
{
    Office o;
    auto second = o.db.openAs("dan", "partners"); // may edit another user's charges
    Charge fee;
    fee.clientId = o.client;
    fee.kind = ChargeKind::Fixed;
    fee.description = "ייעוץ";
    fee.amountAgorot = 10000;
    fee = services::ChargeService(*o.session).add(fee);
    auto mine = fee, theirs = fee;
    mine.amountAgorot = 20000;
    services::ChargeService(*o.session).edit(mine);
    theirs.description = "ייעוץ טלפוני";
    EXPECT_EQ(kindOf([&] { services::ChargeService(*second).edit(theirs); }), ErrorKind::Conflict);
}
