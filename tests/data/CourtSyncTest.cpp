// Net HaMishpat downloads against the fake court gateway (a real HTTPS
// server on loopback), on both backends: a whole office, every misbehaviour
// followed by a run that completes, hearings moved and cancelled, cases that
// cannot be matched, a cancel in the middle, unread until the lawyer opens.
#include "data/Database.h"
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/CourtService.h"
#include "services/DocumentService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "support/CourtOffice.h"
#include "support/FakeCourtGateway.h"
#include "support/TestDatabase.h"
#include "integrations/CourtGateways.h"
#include "domain/Dates.h"
#include "text/Format.h"
#include "text/Sha256.h"
#include "text/Timestamp.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace praklit {
namespace {

namespace fs = std::filesystem;
using services::CourtService;
using services::SyncScope;
using test::FakeCourtGateway;
using test::CourtOffice;
using test::FakeCourtOptions;
using test::TestDatabase;

#define REQUIRE_COURT_FAKE()                                                            \
    do {                                                                                \
        if (const auto why = FakeCourtGateway::unavailable(); !why.empty()) GTEST_SKIP() << why; \
    } while (false)

struct Expected {
    std::set<std::string> documents, hearings;
};
Expected expectedOf(const FakeCourtGateway& fake)
{
    Expected e;
    for (const auto& kase : fake.data()["cases"])
        for (const auto& ev : kase["events"])
            (ev["kind"] == "document" ? e.documents : e.hearings).insert(ev["id"].get<std::string>());
    return e;
}

// What the office holds of the court: each document and hearing once, each
// document's file in the store with the bytes its SHA-256 names.
void expectEverythingOnce(CourtOffice& o, const FakeCourtGateway& fake)
{
    const auto expected = expectedOf(fake);
    EXPECT_EQ(o.db.rawCount("select count(*) from documents where court_document_id is not null"),
              static_cast<int64_t>(expected.documents.size()));
    EXPECT_EQ(o.db.rawCount("select count(distinct court_document_id) from documents where court_document_id is not null"),
              static_cast<int64_t>(expected.documents.size()));
    EXPECT_EQ(o.db.rawCount("select count(*) from hearings"), static_cast<int64_t>(expected.hearings.size()));
    services::DocumentService documents(*o.admin);
    size_t files = 0;
    for (const auto caseId : o.caseIds)
        for (const auto& d : documents.forCase(caseId)) {
            EXPECT_TRUE(expected.documents.count(d.courtDocumentId)) << d.courtDocumentId;
            const auto path = documents.pathOf(d);
            ASSERT_TRUE(fs::is_regular_file(path)) << path;
            EXPECT_EQ(text::Sha256::of(test::bytesOf(path)), d.sha256) << d.courtDocumentId;
            ++files;
        }
    EXPECT_EQ(files, expected.documents.size());
    // Nothing half-written left in the store.
    size_t stored = 0;
    for (const auto& entry : fs::recursive_directory_iterator(services::SettingsService(*o.admin).documentsFolder()))
        if (entry.is_regular_file()) {
            EXPECT_NE(entry.path().filename().string().front(), '.') << entry.path();
            ++stored;
        }
    EXPECT_EQ(stored, expected.documents.size());
}

TEST(CourtSync, AWholeOfficeDownloadsOnceAndARunAgainAddsNothing)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 30;
    options.events = 10;
    options.maxPage = 4; // every case takes several pages
    FakeCourtGateway fake(options);
    CourtOffice o(fake);
    const auto first = o.sync();
    EXPECT_EQ(first.state, "done") << first.message;
    EXPECT_EQ(first.cases, 30);
    EXPECT_EQ(first.failed, 0);
    const auto expected = expectedOf(fake);
    EXPECT_EQ(first.newDocuments, static_cast<int64_t>(expected.documents.size()));
    EXPECT_EQ(first.newHearings, static_cast<int64_t>(expected.hearings.size()));
    expectEverythingOnce(o, fake);
    EXPECT_EQ(o.db.rawCount("select count(*) from documents where unread"), static_cast<int64_t>(expected.documents.size()));
    EXPECT_EQ(fake.stats()["sign_ins"], 1);

    const auto servedBefore = fake.stats()["documents_served"].get<int64_t>();
    const auto second = o.sync();
    EXPECT_EQ(second.state, "done");
    EXPECT_EQ(second.newDocuments, 0);
    EXPECT_EQ(second.newHearings, 0);
    EXPECT_EQ(fake.stats()["documents_served"].get<int64_t>(), servedBefore) << "a second run downloaded again";
    expectEverythingOnce(o, fake);
    // Both runs are reports to reopen, newest first.
    const auto reports = o.court.reports();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_EQ(reports.front().id, second.id);
    EXPECT_EQ(o.court.report(first.id).perCase.size(), 30u);
}

// Each way a gateway fails, then a run that completes: nothing twice, nothing lost.
TEST(CourtSync, EveryMisbehaviourIsFollowedByARunThatCompletesWithNothingDuplicatedOrLost)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 6;
    options.events = 8;
    options.maxPage = 3;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 2);
    std::vector<std::string> someDocuments;
    for (const auto& kase : fake.data()["cases"])
        for (const auto& ev : kase["events"])
            if (ev["kind"] == "document") someDocuments.push_back(ev["id"].get<std::string>());
    ASSERT_GE(someDocuments.size(), 6u);
    const std::vector<nlohmann::json> misbehaviours{
        {{"fail500", 2}},                                      // retried inside: the run itself completes
        {{"fail500", 1000}, {"on", "documents"}},               // never mends: cases fail, the next run completes
        {{"rate429", 2}, {"retry_after", 1}},
        {{"drop", 2}},
        {{"corrupt", someDocuments[0]}, {"times", 1}},          // once: the retry gets good bytes
        {{"corrupt", someDocuments[1]}},                        // always: reported, never stored
        {{"truncate", someDocuments[2]}},
        {{"expire", 3}},                                        // the session ends in the middle
        {{"slow", 200}},
    };
    for (const auto& m : misbehaviours) {
        SCOPED_TRACE(m.dump());
        fake.control(m);
        const auto during = o.sync();
        EXPECT_NE(during.state, "running");
        fake.control({{"reset", true}});
        const auto after = o.sync();
        EXPECT_EQ(after.state, "done") << after.message;
        EXPECT_EQ(after.failed, 0);
        expectEverythingOnce(o, fake);
        // Start the next misbehaviour from an office without the court's rows.
        o.db.raw("delete from hearing_history");
        o.db.raw("delete from hearings");
        o.db.raw("delete from court_case_cursors");
        for (const auto caseId : o.caseIds)
            for (const auto& d : services::DocumentService(*o.admin).forCase(caseId))
                fs::remove(services::DocumentService(*o.admin).pathOf(d));
        o.db.raw("delete from documents");
    }
}

TEST(CourtSync, AnAlwaysCorruptDocumentIsReportedAndNeverStored)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 2;
    options.events = 6;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    std::string bad;
    for (const auto& ev : fake.data()["cases"][0]["events"])
        if (ev["kind"] == "document") bad = ev["id"].get<std::string>();
    ASSERT_FALSE(bad.empty());
    fake.control({{"corrupt", bad}});
    const auto s = o.sync();
    EXPECT_EQ(s.failed, 1);
    EXPECT_EQ(o.db.rawCount("select count(*) from documents where court_document_id = '" + bad + "'"), 0);
    const auto report = o.court.report(s.id);
    bool said = false;
    for (const auto& p : report.perCase)
        if (p.state == services::CaseSyncState::Failed) said = !p.message.empty();
    EXPECT_TRUE(said) << "the failed case says why";
}

TEST(CourtSync, AMovedHearingUpdatesItsRowAndKeepsItsHistoryACancelledOneIsMarkedNotDeleted)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 2;
    options.events = 10;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    ASSERT_EQ(o.sync().state, "done");
    const auto expected = expectedOf(fake);
    ASSERT_GE(expected.hearings.size(), 2u);
    const std::string moved = *expected.hearings.begin(), cancelled = *std::next(expected.hearings.begin());
    fake.control({{"move_hearing", moved}, {"date", "2027-03-14"}, {"start", "11:30"}, {"status", "moved"}});
    fake.control({{"move_hearing", cancelled}, {"status", "cancelled"}});
    const auto s = o.sync();
    EXPECT_EQ(s.changedHearings, 2);
    EXPECT_EQ(s.newHearings, 0);
    EXPECT_EQ(o.db.rawCount("select count(*) from hearings"), static_cast<int64_t>(expected.hearings.size()));
    bool sawMoved = false, sawCancelled = false;
    for (const auto caseId : o.caseIds)
        for (const auto& h : o.court.hearingsOfCase(caseId)) {
            if (h.values.id == moved) {
                sawMoved = true;
                EXPECT_EQ(h.values.date, "2027-03-14");
                EXPECT_EQ(h.values.startTime, "11:30");
                EXPECT_TRUE(h.changed);
                const auto history = o.court.hearingHistory(h.id);
                ASSERT_EQ(history.size(), 1u);
                EXPECT_NE(history.front().before.date, "2027-03-14");
            }
            if (h.values.id == cancelled) {
                sawCancelled = true;
                EXPECT_EQ(h.values.status, HearingStatus::Cancelled);
                EXPECT_TRUE(h.changed);
            }
        }
    EXPECT_TRUE(sawMoved);
    EXPECT_TRUE(sawCancelled);
}

TEST(CourtSync, TheNextHearingFillsAMessagesPlaceholderAndAHearingPastOrCancelledDoesNot)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 2;
    options.events = 10;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    services::SmsService sms(*o.admin);
    sms.setModule(Module::Sms, true);
    ASSERT_EQ(o.sync().state, "done");
    // The fake's hearings are years back: nothing to come, the value missing.
    auto filled = sms.fill("{next_hearing}", o.client, o.caseIds.front());
    EXPECT_EQ(filled.missing, std::vector<std::string>{"next_hearing"});

    std::vector<std::string> first, second;
    for (const auto& ev : fake.data()["cases"][0]["events"])
        if (ev["kind"] == "hearing") first.push_back(ev["id"].get<std::string>());
    for (const auto& ev : fake.data()["cases"][1]["events"])
        if (ev["kind"] == "hearing") second.push_back(ev["id"].get<std::string>());
    ASSERT_GE(first.size(), 2u);
    ASSERT_GE(second.size(), 1u);
    const auto today = text::israelDate(text::now());
    // The first case: one in ten days, one sooner but cancelled; the second case's in five days.
    fake.control({{"move_hearing", first[0]}, {"date", addDays(today, 10)}, {"start", "09:30"}, {"status", "moved"}});
    fake.control({{"move_hearing", first[1]}, {"date", addDays(today, 2)}, {"status", "cancelled"}});
    fake.control({{"move_hearing", second[0]}, {"date", addDays(today, 5)}, {"start", "12:00"}, {"status", "moved"}});
    ASSERT_EQ(o.sync().state, "done");

    Hearing caseNext, clientNext;
    for (const auto& h : o.court.hearingsOfCase(o.caseIds[0]))
        if (h.values.id == first[0]) caseNext = h;
    for (const auto& h : o.court.hearingsOfCase(o.caseIds[1]))
        if (h.values.id == second[0]) clientNext = h;
    filled = sms.fill("{next_hearing}", o.client, o.caseIds.front());
    EXPECT_TRUE(filled.missing.empty());
    EXPECT_EQ(filled.text, hearingInWords(caseNext.values)) << "the case's own, not the cancelled one";
    EXPECT_NE(filled.text.find(text::displayDate(addDays(today, 10))), std::string::npos) << filled.text;
    // Without a case: the client's nearest over its open cases.
    filled = sms.fill("{next_hearing}", o.client, 0);
    EXPECT_EQ(filled.text, hearingInWords(clientNext.values));
}

TEST(CourtSync, ACaseWithoutANumberOrAnOldNumberWithoutItsCourtIsSkippedAndSaysWhy)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 1;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    services::CaseService cases(*o.admin);
    Case none;
    none.clientId = o.client;
    none.subject = "ייעוץ";
    const auto noNumber = cases.add(none).id;
    Case old;
    old.clientId = o.client;
    old.subject = "ערעור";
    old.courtNumber = "2904/14";
    const auto oldForm = cases.add(old).id;
    const auto s = o.sync();
    const auto report = o.court.report(s.id);
    int skipped = 0;
    for (const auto& p : report.perCase)
        if (p.caseId == noNumber || p.caseId == oldForm) {
            EXPECT_EQ(p.state, services::CaseSyncState::Skipped);
            EXPECT_FALSE(p.message.empty());
            ++skipped;
        }
    EXPECT_EQ(skipped, 2);
}

TEST(CourtSync, CancelStopsAfterTheDocumentInHandAndTheNextRunContinues)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 4;
    options.events = 12;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    fake.control({{"slow", 150}});
    std::atomic<bool> cancel{false};
    std::atomic<int> documents{0};
    const auto s = o.court.sync(SyncScope::All, 0, "1234",
                                [&](const services::CaseSyncProgress& p) {
                                    if (p.newDocuments > 0 && ++documents >= 3) cancel = true;
                                },
                                &cancel);
    EXPECT_EQ(s.state, "cancelled");
    const auto partial = o.db.rawCount("select count(*) from documents");
    EXPECT_GT(partial, 0);
    EXPECT_LT(partial, static_cast<int64_t>(expectedOf(fake).documents.size()));
    fake.control({{"reset", true}});
    EXPECT_EQ(o.sync().state, "done");
    expectEverythingOnce(o, fake);
}

TEST(CourtSync, ACourtDocumentStaysNewUntilTheCasesLawyerOpensIt)
{
    REQUIRE_COURT_FAKE();
    FakeCourtOptions options;
    options.cases = 1;
    options.events = 6;
    FakeCourtGateway fake(options);
    CourtOffice o(fake, 1);
    ASSERT_EQ(o.sync().state, "done");
    const auto docs = services::DocumentService(*o.admin).forCase(o.caseIds.front());
    ASSERT_FALSE(docs.empty());
    const auto unreadBefore = o.db.rawCount("select count(*) from documents where unread");
    auto secretary = o.db.openAs("secretary", "secretaries");
    services::DocumentService(*secretary).open(docs.front().id);
    EXPECT_EQ(o.db.rawCount("select count(*) from documents where unread"), unreadBefore) << "a secretary's look";
    services::DocumentService(*o.admin).open(docs.front().id);
    EXPECT_EQ(o.db.rawCount("select count(*) from documents where unread"), unreadBefore - 1);
    const auto unread = o.court.unreadFromCourt();
    ASSERT_EQ(unread.size(), 1u);
    EXPECT_EQ(unread.front().lawyerUserId, o.admin->user().id);
    EXPECT_EQ(unread.front().documents, unreadBefore - 1);
}

TEST(CourtSync, WithoutALinkedCardTheRightCodeOrTheModuleNothingIsAsked)
{
    REQUIRE_COURT_FAKE();
    FakeCourtGateway fake;
    CourtOffice o(fake, 1);
    try {
        o.court.sync(SyncScope::All, 0, "0000");
        FAIL() << "a wrong code downloaded";
    } catch (const services::CardError& e) {
        EXPECT_EQ(e.problem(), services::CardProblem::WrongPin);
    }
    EXPECT_EQ(fake.stats()["sign_ins"], 0);
    EXPECT_EQ(o.db.rawCount("select count(*) from court_syncs"), 0);
    services::SmsService(*o.admin).setModule(Module::Court, false);
    try {
        o.court.sync(SyncScope::All, 0, "1234");
        FAIL() << "the module is off";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    }
}

} // namespace
} // namespace praklit
