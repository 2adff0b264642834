// CourtGatewayClient against tests/fakes/court-gateway: a real HTTPS server
// of the protocol (docs/court-gateway.md), started by each test in a folder
// of its own with cases generated for it, signed in to with a card in
// software whose signatures the fake checks for real. What reached the
// server is read from its /_stats, not from what the client believes.
#include "domain/Error.h"
#include "integrations/CourtGatewayClient.h"
#include "integrations/CourtGateways.h"
#include "support/FakeCourtGateway.h"
#include "support/SoftwareCard.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>
#include <gtest/gtest.h>

using namespace praklit;
using namespace std::chrono_literals;
using nlohmann::json;
using services::CourtCaseKey;
using services::CourtError;
using services::CourtEvents;
using services::CourtGateway;
using services::CourtGatewayConfig;
using services::CourtProblem;
using test::FakeCourtGateway;
using test::FakeCourtOptions;
using test::SoftwareCard;
using text::format;
using text::ltr;
using text::tr;

namespace {

#define SKIP_WITHOUT_FAKE()                                                                                            \
    if (const auto why = FakeCourtGateway::unavailable(); !why.empty()) GTEST_SKIP() << why

CourtGatewayConfig configFor(const FakeCourtGateway& fake)
{
    CourtGatewayConfig c;
    c.url = fake.url();
    c.caFile = fake.caFile();
    c.timeoutMs = 5000;
    c.attempts = 4;
    c.firstRetry = 50ms;
    c.maxRetryAfter = 10s;
    return c;
}

std::unique_ptr<CourtGateway> gatewayFor(const CourtGatewayConfig& config, const std::atomic<bool>* cancel = nullptr)
{
    return integrations::makeCourtGateways()->make(config, cancel);
}

std::unique_ptr<SoftwareCard> cardNamed(const std::string& name = "card")
{
    const auto& pki = FakeCourtGateway::pki();
    return std::make_unique<SoftwareCard>(pki.key(name), pki.certificate(name));
}

bool isOldForm(const json& c) { return c["number"].get<std::string>().find('/') != std::string::npos; }

const json& caseOf(const FakeCourtGateway& fake, bool oldForm = false)
{
    for (const auto& c : fake.data()["cases"])
        if (isOldForm(c) == oldForm) return c;
    throw std::runtime_error("the generated data has no such case");
}

CourtCaseKey keyOf(const json& c) { return {c["number"], c["court"], c["type"]}; }

std::vector<json> eventsOf(const json& c, const std::string& kind)
{
    std::vector<json> found;
    for (const auto& e : c["events"])
        if (e["kind"] == kind) found.push_back(e);
    return found;
}

int64_t count(const json& stats, const std::string& name) { return stats.value(name, int64_t{0}); }
int64_t byStatus(const json& stats, const std::string& status) { return stats["by_status"].value(status, int64_t{0}); }

struct AllEvents {
    std::vector<CourtDocumentEvent> documents;
    std::vector<HearingEvent> hearings;
    std::vector<bool> more; // each page's
    std::string cursor;
};

AllEvents readAll(CourtGateway& gateway, const CourtCaseKey& key, std::string cursor = {})
{
    AllEvents all;
    for (;;) {
        const auto page = gateway.events(key, cursor);
        all.documents.insert(all.documents.end(), page.documents.begin(), page.documents.end());
        all.hearings.insert(all.hearings.end(), page.hearings.begin(), page.hearings.end());
        all.more.push_back(page.more);
        cursor = page.cursor;
        if (!page.more) break;
    }
    all.cursor = cursor;
    return all;
}

// The CourtError `call` throws; fails the test when it throws none.
CourtError courtErrorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const CourtError& e) {
        return e;
    }
    ADD_FAILURE() << "no CourtError";
    return CourtError(CourtProblem::Unavailable, "none");
}

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A folder for a test's downloads, removed after it.
struct Downloads {
    std::filesystem::path dir;
    Downloads()
    {
        static int counter = 0;
        dir = std::filesystem::temp_directory_path() /
              ("praklit-court-downloads-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Downloads()
    {
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    std::filesystem::path operator/(const std::string& name) const { return dir / name; }
};

// A loopback port nothing listens on: bound, read and let go.
int closedPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t n = sizeof a;
    ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &n);
    ::close(s);
    return ntohs(a.sin_port);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST(CourtGateway, SignsInWithTheCardAndReadsACaseEventsPageByPageByCursor)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.cases = 3, .events = 20, .maxPage = 7});
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    EXPECT_EQ(card->signatures(), 1);

    const auto& c = caseOf(fake);
    const auto all = readAll(*gateway, keyOf(c));
    // 20 events, at most 7 a page.
    EXPECT_EQ(all.more, (std::vector<bool>{true, true, false}));

    const auto documents = eventsOf(c, "document");
    ASSERT_EQ(all.documents.size(), documents.size());
    for (size_t i = 0; i < documents.size(); ++i) {
        const auto& d = all.documents[i];
        EXPECT_EQ(d.id, documents[i]["id"]);
        EXPECT_EQ(toString(d.folder), documents[i]["folder"].get<std::string>());
        EXPECT_EQ(d.title, documents[i]["title"]);
        EXPECT_EQ(d.signedOn, documents[i]["signed_on"]);
        EXPECT_EQ(d.judge, documents[i]["judge"]);
        EXPECT_EQ(d.sha256, documents[i]["sha256"]);
        EXPECT_EQ(d.size, documents[i]["size"].get<int64_t>());
    }
    const auto hearings = eventsOf(c, "hearing");
    ASSERT_EQ(all.hearings.size(), hearings.size());
    ASSERT_FALSE(hearings.empty());
    for (size_t i = 0; i < hearings.size(); ++i) {
        const auto& h = all.hearings[i];
        EXPECT_EQ(h.id, hearings[i]["id"]);
        EXPECT_EQ(h.date, hearings[i]["date"]);
        EXPECT_EQ(h.startTime, hearings[i]["start"]);
        EXPECT_EQ(h.endTime, hearings[i]["end"]);
        EXPECT_EQ(h.court, hearings[i]["court"]);
        EXPECT_EQ(h.hall, hearings[i]["hall"]);
        EXPECT_EQ(h.judge, hearings[i]["judge"]);
        EXPECT_EQ(h.type, hearings[i]["type"]);
        EXPECT_EQ(toString(h.status), hearings[i]["status"].get<std::string>());
        EXPECT_EQ(h.video, hearings[i]["video"].get<bool>());
    }

    // The last cursor, kept for the next sync, brings nothing new and stays.
    const auto after = gateway->events(keyOf(c), all.cursor);
    EXPECT_TRUE(after.documents.empty());
    EXPECT_TRUE(after.hearings.empty());
    EXPECT_FALSE(after.more);
    EXPECT_EQ(after.cursor, all.cursor);

    gateway->signOut();
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "sign_ins"), 1);
    EXPECT_EQ(count(stats, "event_pages"), 4);
    EXPECT_EQ(count(stats, "sign_outs"), 1);
}

TEST(CourtGateway, AnUnknownCaseIsUnknownCaseInOneSentence)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto e = courtErrorOf([&] { gateway->events({"99999-01-01", "", ""}, ""); });
    EXPECT_EQ(e.problem(), CourtProblem::UnknownCase);
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_EQ(e.what(), format(tr("The court has no case {1}, or none this lawyer may see."), ltr("99999-01-01")));
    EXPECT_EQ(byStatus(fake.stats(), "404"), 1);
}

TEST(CourtGateway, AnOldFormNumberNeedsItsCourtAndProceedingType)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.cases = 6});
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto& c = caseOf(fake, /*oldForm=*/true);
    const std::string number = c["number"];

    const auto e = courtErrorOf([&] { gateway->events({number, "", ""}, ""); });
    EXPECT_EQ(e.problem(), CourtProblem::UnknownCase);
    EXPECT_EQ(e.what(), format(tr("The court gateway needs the court and the proceeding type to find the old-form case "
                                  "number {1}."),
                               ltr(number)));
    EXPECT_EQ(byStatus(fake.stats(), "400"), 1);

    // With them the court finds it.
    const auto all = readAll(*gateway, keyOf(c));
    EXPECT_EQ(all.documents.size(), eventsOf(c, "document").size());
}

TEST(CourtGateway, ADocumentIsDownloadedAndItsSha256Checked)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.pdfSize = 100 * 1024});
    Downloads downloads;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto document = eventsOf(caseOf(fake), "document").front();
    const auto into = downloads / "decision.pdf";

    const auto sha = gateway->download(document["id"], document["sha256"], into);
    EXPECT_EQ(sha, document["sha256"]);
    const auto bytes = fileBytes(into);
    EXPECT_EQ(static_cast<int64_t>(bytes.size()), document["size"].get<int64_t>());
    EXPECT_EQ(bytes.size(), 100u * 1024u);
    EXPECT_EQ(text::Sha256::of(bytes), sha);
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "documents_served"), 1);
    EXPECT_EQ(stats["by_endpoint"].value("documents", 0), 1);
}

TEST(CourtGateway, ACorruptDocumentIsTriedAgainThenCorruptWithNoFileLeft)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    Downloads downloads;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto document = eventsOf(caseOf(fake), "document").front();
    const std::string id = document["id"];
    fake.control({{"corrupt", id}}); // every time
    const auto into = downloads / "damaged.pdf";

    const auto e = courtErrorOf([&] { gateway->download(id, document["sha256"], into); });
    EXPECT_EQ(e.problem(), CourtProblem::Corrupt);
    EXPECT_EQ(e.what(), format(tr("Document {1} arrived damaged from the court gateway on every try (its bytes do not "
                                  "match its SHA-256), so it was not saved."),
                               ltr(id)));
    EXPECT_FALSE(std::filesystem::exists(into));
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "corrupted"), 4); // configFor's attempts
    EXPECT_EQ(count(stats, "documents_served"), 0);
}

TEST(CourtGateway, ADocumentCorruptOnceIsTriedAgainAndSaved)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    Downloads downloads;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto document = eventsOf(caseOf(fake), "document").front();
    fake.control({{"corrupt", document["id"]}, {"times", 1}});
    const auto into = downloads / "second-try.pdf";

    EXPECT_EQ(gateway->download(document["id"], document["sha256"], into), document["sha256"]);
    EXPECT_EQ(text::Sha256::of(fileBytes(into)), document["sha256"]);
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "corrupted"), 1);
    EXPECT_EQ(count(stats, "documents_served"), 1);
}

TEST(CourtGateway, ATruncatedDocumentIsTriedAgainAndAlwaysTruncatedIsCorrupt)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.pdfSize = 64 * 1024});
    Downloads downloads;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto documents = eventsOf(caseOf(fake), "document");
    ASSERT_GE(documents.size(), 2u);

    fake.control({{"truncate", documents[0]["id"]}, {"times", 1}});
    const auto once = downloads / "once.pdf";
    EXPECT_EQ(gateway->download(documents[0]["id"], documents[0]["sha256"], once), documents[0]["sha256"]);
    EXPECT_EQ(fileBytes(once).size(), 64u * 1024u);
    EXPECT_EQ(count(fake.stats(), "truncated"), 1);

    fake.control({{"truncate", documents[1]["id"]}});
    const auto always = downloads / "always.pdf";
    const auto e = courtErrorOf([&] { gateway->download(documents[1]["id"], documents[1]["sha256"], always); });
    EXPECT_EQ(e.problem(), CourtProblem::Corrupt);
    EXPECT_FALSE(std::filesystem::exists(always));
    EXPECT_EQ(count(fake.stats(), "truncated"), 1 + 4);
}

TEST(CourtGateway, ServerErrorsAreTriedAgainWithDoublingWaitsThenUnavailable)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto key = keyOf(caseOf(fake));

    fake.control({{"fail500", 2}, {"on", "events"}});
    const auto start = std::chrono::steady_clock::now();
    EXPECT_NO_THROW(gateway->events(key, ""));
    EXPECT_GE(secondsSince(start), 0.050 + 0.100); // firstRetry, then twice as long
    auto stats = fake.stats();
    EXPECT_EQ(byStatus(stats, "500"), 2);
    EXPECT_EQ(count(stats, "event_pages"), 1);

    fake.control({{"fail500", 10}, {"on", "events"}});
    const auto e = courtErrorOf([&] { gateway->events(key, ""); });
    EXPECT_EQ(e.problem(), CourtProblem::Unavailable);
    EXPECT_EQ(e.kind(), ErrorKind::OutsideService);
    EXPECT_EQ(e.what(), format(tr("The court gateway at {1} is not available ({2}); the next download tries again."),
                               ltr(fake.url()), ltr("HTTP 500 server_error")));
    stats = fake.stats();
    EXPECT_EQ(byStatus(stats, "500"), 2 + 4); // the attempts, no more
}

TEST(CourtGateway, ATooManyRequestsAnswerIsWaitedForAsLongAsItSays)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    fake.control({{"rate429", 1}, {"retry_after", 1}, {"on", "events"}});

    const auto start = std::chrono::steady_clock::now();
    EXPECT_NO_THROW(gateway->events(keyOf(caseOf(fake)), ""));
    EXPECT_GE(secondsSince(start), 1.0);
    const auto stats = fake.stats();
    EXPECT_EQ(byStatus(stats, "429"), 1);
    EXPECT_EQ(count(stats, "event_pages"), 1);
}

TEST(CourtGateway, AWaitLongerThanTheLimitIsRateLimitedAtOnce)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto config = configFor(fake);
    config.maxRetryAfter = 5s;
    auto gateway = gatewayFor(config);
    gateway->signIn(*card);
    fake.control({{"rate429", 1}, {"retry_after", 30}});

    const auto start = std::chrono::steady_clock::now();
    const auto e = courtErrorOf([&] { gateway->events(keyOf(caseOf(fake)), ""); });
    EXPECT_EQ(e.problem(), CourtProblem::RateLimited);
    EXPECT_EQ(e.what(), format(tr("The court gateway at {1} asked to wait {2} seconds, longer than Praklit waits; the case "
                                  "is tried again at the next download."),
                               ltr(fake.url()), 30LL));
    EXPECT_LT(secondsSince(start), 1.0);
}

TEST(CourtGateway, DroppedConnectionsAreTriedAgain)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    // More than curl's own one retry on a reused connection.
    fake.control({{"drop", 3}, {"on", "events"}});

    const auto page = gateway->events(keyOf(caseOf(fake)), "");
    EXPECT_FALSE(page.documents.empty());
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "dropped"), 3);
    EXPECT_EQ(count(stats, "event_pages"), 1);
}

TEST(CourtGateway, ASessionThatExpiresMidwayIsSignedInAgainOnceAndTheCallSucceeds)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.events = 20, .maxPage = 5});
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto key = keyOf(caseOf(fake));

    const auto first = gateway->events(key, "");
    ASSERT_TRUE(first.more);
    fake.control({{"expire", "now"}});
    const auto rest = readAll(*gateway, key, first.cursor);
    EXPECT_EQ(first.documents.size() + first.hearings.size() + rest.documents.size() + rest.hearings.size(), 20u);

    EXPECT_EQ(card->signatures(), 2);
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "sign_ins"), 2);
    EXPECT_EQ(byStatus(stats, "401"), 1);
    EXPECT_EQ(count(stats, "event_pages"), 4);
}

TEST(CourtGateway, AGatewayWhoseCertificateAnotherCaSignedIsUntrusted)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.untrustedCertificate = true});
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    const auto e = courtErrorOf([&] { gateway->signIn(*card); });
    EXPECT_EQ(e.problem(), CourtProblem::Untrusted);
    EXPECT_EQ(card->signatures(), 0); // nothing signed for a gateway that is not the courts'
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "challenges"), 0);
    EXPECT_GE(count(stats, "tls_failures"), 1);
}

TEST(CourtGateway, AClientGivenAnotherCaFileDoesNotTrustTheGateway)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto config = configFor(fake);
    config.caFile = FakeCourtGateway::pki().otherCaFile().string();
    auto gateway = gatewayFor(config);
    const auto e = courtErrorOf([&] { gateway->signIn(*card); });
    EXPECT_EQ(e.problem(), CourtProblem::Untrusted);
    EXPECT_EQ(count(fake.stats(), "requests"), 0);

    config.caFile = (FakeCourtGateway::pki().dir / "no-such-ca.crt").string();
    const auto missing = courtErrorOf([&] { gatewayFor(config)->signIn(*card); });
    EXPECT_EQ(missing.problem(), CourtProblem::Untrusted);
    EXPECT_EQ(missing.what(), format(tr("The court gateway's CA file {1} cannot be read: correct it in System settings → "
                                        "Net HaMishpat."),
                                     ltr(config.caFile)));
}

TEST(CourtGateway, ACardCertificateFromAnotherAuthorityIsRefused)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed("stranger");
    auto gateway = gatewayFor(configFor(fake));
    const auto e = courtErrorOf([&] { gateway->signIn(*card); });
    EXPECT_EQ(e.problem(), CourtProblem::Refused);
    EXPECT_EQ(e.what(), tr("The court gateway does not accept the card's certificate: it was not issued by an authority "
                           "the courts recognise."));
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "sign_ins"), 0);
    EXPECT_EQ(stats["refused_by_code"].value("untrusted_certificate", 0), 1);
    EXPECT_EQ(count(stats, "challenges"), 1); // a refusal is not tried again
}

TEST(CourtGateway, AnExpiredCardCertificateAndABadSignatureAreRefused)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto expired = cardNamed("expired");
    const auto e = courtErrorOf([&] { gatewayFor(configFor(fake))->signIn(*expired); });
    EXPECT_EQ(e.problem(), CourtProblem::Refused);
    EXPECT_EQ(e.what(), tr("The court gateway refused the card's certificate because it has expired or is not yet valid."));

    auto damaged = cardNamed();
    damaged->spoil();
    const auto bad = courtErrorOf([&] { gatewayFor(configFor(fake))->signIn(*damaged); });
    EXPECT_EQ(bad.problem(), CourtProblem::Refused);
    EXPECT_EQ(bad.what(), tr("The court gateway did not accept the card's signature."));

    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "sign_ins"), 0);
    EXPECT_EQ(stats["refused_by_code"].value("expired_certificate", 0), 1);
    EXPECT_EQ(stats["refused_by_code"].value("bad_signature", 0), 1);
}

TEST(CourtGateway, TheCancelFlagStopsA429WaitQuickly)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake;
    auto card = cardNamed();
    auto config = configFor(fake);
    config.maxRetryAfter = 60s;
    std::atomic<bool> cancel{false};
    auto gateway = gatewayFor(config, &cancel);
    gateway->signIn(*card);
    fake.control({{"rate429", 1}, {"retry_after", 30}});

    std::thread canceller([&] {
        std::this_thread::sleep_for(300ms);
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const auto e = courtErrorOf([&] { gateway->events(keyOf(caseOf(fake)), ""); });
    const double took = secondsSince(start);
    canceller.join();
    EXPECT_EQ(e.problem(), CourtProblem::Cancelled);
    EXPECT_GE(took, 0.25);
    EXPECT_LT(took, 1.5);
    EXPECT_EQ(byStatus(fake.stats(), "429"), 1);
}

TEST(CourtGateway, AMovedHearingComesAgainAfterTheCursorWithItsNewValues)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.events = 15});
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    const auto& c = caseOf(fake);
    const auto before = readAll(*gateway, keyOf(c));
    const std::string id = eventsOf(c, "hearing").front()["id"];

    const auto moved = fake.control({{"move_hearing", id},
                                     {"date", "2027-01-10"},
                                     {"start", "11:30"},
                                     {"end", "12:15"},
                                     {"hall", "אולם 7"},
                                     {"status", "moved"},
                                     {"video", true}});
    ASSERT_TRUE(moved.contains("hearing")) << moved.dump();

    const auto after = gateway->events(keyOf(c), before.cursor);
    EXPECT_TRUE(after.documents.empty());
    ASSERT_EQ(after.hearings.size(), 1u);
    const auto& h = after.hearings.front();
    EXPECT_EQ(h.id, id);
    EXPECT_EQ(h.date, "2027-01-10");
    EXPECT_EQ(h.startTime, "11:30");
    EXPECT_EQ(h.endTime, "12:15");
    EXPECT_EQ(h.hall, "אולם 7");
    EXPECT_EQ(h.status, HearingStatus::Moved);
    EXPECT_TRUE(h.video);
    EXPECT_EQ(h.court, c["court"]); // what did not change comes too: the whole hearing, not a difference
    EXPECT_NE(after.cursor, before.cursor);

    const auto again = gateway->events(keyOf(c), after.cursor);
    EXPECT_TRUE(again.hearings.empty());
    EXPECT_FALSE(again.more);
}

TEST(CourtGateway, SeveralThreadsShareOneGatewayAndSignInAgainOnlyOnce)
{
    SKIP_WITHOUT_FAKE();
    FakeCourtGateway fake({.cases = 8, .events = 10, .pdfSize = 20 * 1024});
    Downloads downloads;
    auto card = cardNamed();
    auto gateway = gatewayFor(configFor(fake));
    gateway->signIn(*card);
    // The session ends while the threads are at work.
    fake.control({{"expire", 12}});

    const auto& cases = fake.data()["cases"];
    constexpr int kThreads = 4;
    std::mutex mutex;
    std::vector<std::string> failures;
    std::set<std::string> saved;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            try {
                for (size_t i = static_cast<size_t>(t); i < cases.size(); i += kThreads) {
                    const auto all = readAll(*gateway, keyOf(cases[i]));
                    for (const auto& d : all.documents) {
                        const auto into = downloads / (d.id + ".pdf");
                        const auto sha = gateway->download(d.id, d.sha256, into);
                        std::lock_guard lock(mutex);
                        if (sha != d.sha256 || text::Sha256::of(fileBytes(into)) != d.sha256)
                            failures.push_back(d.id + " is not what the court signed");
                        saved.insert(d.id);
                    }
                }
            } catch (const std::exception& e) {
                std::lock_guard lock(mutex);
                failures.push_back(e.what());
            }
        });
    }
    for (auto& thread : threads) thread.join();

    EXPECT_TRUE(failures.empty()) << failures.front();
    size_t documents = 0;
    for (const auto& c : cases) documents += eventsOf(c, "document").size();
    EXPECT_EQ(saved.size(), documents);
    EXPECT_EQ(card->signatures(), 2);
    const auto stats = fake.stats();
    EXPECT_EQ(count(stats, "sign_ins"), 2);
    EXPECT_EQ(count(stats, "documents_served"), static_cast<int64_t>(documents));
    // One kept-alive connection per thread, and the one that signed in first.
    EXPECT_LE(count(stats, "api_connections"), kThreads + 1);
}

TEST(CourtGateway, AGatewayThatIsDownIsUnavailableAfterTheAttempts)
{
    SKIP_WITHOUT_FAKE();
    CourtGatewayConfig config;
    config.url = "https://127.0.0.1:" + std::to_string(closedPort());
    config.caFile = FakeCourtGateway::pki().caFile().string();
    config.attempts = 3;
    config.firstRetry = 50ms;
    auto card = cardNamed();
    const auto start = std::chrono::steady_clock::now();
    const auto e = courtErrorOf([&] { gatewayFor(config)->signIn(*card); });
    EXPECT_EQ(e.problem(), CourtProblem::Unavailable);
    EXPECT_GE(secondsSince(start), 0.050 + 0.100); // waited between the three tries
    EXPECT_EQ(card->signatures(), 0);
}

TEST(CourtGateway, AnAddressThatIsNotHttpsIsRefused)
{
    CourtGatewayConfig config;
    config.url = "http://gateway.court.example";
    try {
        gatewayFor(config);
        ADD_FAILURE() << "an http address was taken";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(e.what(), tr("The court gateway's address must begin with https://."));
        EXPECT_EQ(e.field(), "court_url");
    }
}
