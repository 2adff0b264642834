// Dispatching through a real Kannel (bearerbox + smsbox, fakesmsc as the
// SMSC; scripts/kannel-server, started by scripts/test), on both backends.
// What reached the SMSC is counted in fakesmsc's log, not in what Praklit
// believes it sent.
#include "integrations/SmsGateways.h"
#include "services/SmsDispatcher.h"
#include "services/SmsService.h"
#include "support/KannelHarness.h"
#include "support/SmsOffice.h"
#include "text/Timestamp.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <thread>

using namespace praklit;
using services::DispatchOptions;
using services::SmsDispatcher;
using services::SmsService;
using test::env;
using test::SmsOffice;

namespace {

bool haveKannel() { return !env("PRAKLIT_TEST_KANNEL_URL").empty(); }

#define REQUIRE_KANNEL()                                                                                             \
    if (!haveKannel()) GTEST_SKIP() << "no Kannel: scripts/test starts one (PRAKLIT_TEST_KANNEL_URL)"

services::SmsGatewayConfig kannelConfig(const std::string& url = env("PRAKLIT_TEST_KANNEL_URL"))
{
    services::SmsGatewayConfig c;
    c.kind = services::SmsGatewayKind::Kannel;
    c.url = url;
    c.username = env("PRAKLIT_TEST_KANNEL_USER");
    c.secret = env("PRAKLIT_TEST_KANNEL_PASSWORD");
    c.sender = "CohenLaw";
    c.timeoutMs = 3000;
    return c;
}

void useKannel(SmsOffice& o, const std::string& url = env("PRAKLIT_TEST_KANNEL_URL"), int maxAttempts = 6)
{
    SmsService sms(*o.admin);
    auto s = sms.settings();
    s.maxAttempts = maxAttempts;
    s.gateway = kannelConfig(url);
    s.gateway.secret.clear();
    for (auto& d : s.hours.days) d = {true, 0, 24 * 60};
    s.hours.closedOnHolidays = false;
    sms.saveSettings(s);
}

// The tag each test's messages carry, so a count in the shared fakesmsc log
// is this test's alone (tests of both backends run against one Kannel).
std::string tag()
{
    static std::atomic<int> n{0};
    return "T" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() % 1000000000) + "x" +
           std::to_string(++n);
}

// GSM-7 messages "<tag> <n>" as fakesmsc logged them ("Got message 7: <FROM TO text TEXT>"):
// how many times each n arrived.
std::map<int, int> arrived(const std::string& t, const std::filesystem::path& dir = env("PRAKLIT_TEST_KANNEL_DIR"))
{
    std::map<int, int> out;
    const std::regex text("^" + t + " ([0-9]+)$");
    std::smatch m;
    for (const auto& line : test::smscLines(dir))
        if (line.type == "text" && std::regex_match(line.data, m, text)) ++out[std::stoi(m[1])];
    return out;
}

std::map<int, int> waitForArrivals(const std::string& t, size_t n, int seconds = 30,
                                   const std::filesystem::path& dir = env("PRAKLIT_TEST_KANNEL_DIR"))
{
    auto a = arrived(t, dir);
    for (int k = 0; k < seconds * 10 && a.size() < n; ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        a = arrived(t, dir);
    }
    return a;
}

std::vector<int64_t> queue(SmsOffice& o, const std::string& t, int n)
{
    SmsService sms(*o.admin);
    std::vector<int64_t> ids;
    for (int k = 0; k < n; ++k)
        ids.push_back(sms.send(o.to({{o.mobile, 0, {}, false}}, t + " " + std::to_string(k))).at(0).id);
    return ids;
}

int64_t countIn(SmsOffice& o, const std::string& states)
{
    return o.db.rawCount("select count(*) from sms_messages where state in (" + states + ")");
}

} // namespace

TEST(SmsKannel, AHebrewMessageReachesTheSmscIntactAndItsReportMarksItDelivered)
{
    REQUIRE_KANNEL();
    SmsOffice o;
    useKannel(o);
    auto config = kannelConfig();
    config.listenAddress = "127.0.0.1:0";
    auto gateways = integrations::makeSmsGateways();
    std::unique_ptr<SmsDispatcher> dispatcher;
    auto listener = gateways->listen(config, [&](const services::DeliveryReport& r) { dispatcher->enqueue(r); });
    config.reportUrl = "http://" + listener->address() + "/dlr";
    auto gateway = gateways->make(config);
    dispatcher = std::make_unique<SmsDispatcher>(*o.admin, *gateway);

    const std::string t = tag();
    const std::string text = "שלום משה, הדיון בתיק 3036-11-17 נדחה " + t + " 😀";
    const auto id = SmsService(*o.admin).send(o.to({{o.mobile, 0, {}, false}}, text)).at(0).id;
    EXPECT_EQ(dispatcher->runOnce().sent, 1);
    for (int k = 0; k < 100 && SmsService(*o.admin).message(id).state != SmsState::Delivered; ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        dispatcher->runOnce();
    }
    const auto m = SmsService(*o.admin).message(id);
    EXPECT_EQ(m.state, SmsState::Delivered);
    EXPECT_FALSE(m.deliveredAt.empty());

    // The bytes the SMSC got, back to UTF-8: the same text.
    int found = 0;
    for (const auto& line : test::smscLines(env("PRAKLIT_TEST_KANNEL_DIR"), "+972501234567")) {
        if (line.type != "ucs-2") continue;
        const auto decoded = test::utf8FromUtf16be(line.data);
        if (decoded.find(t) == std::string::npos) continue;
        EXPECT_EQ(line.data, test::utf16be(text));
        ++found;
    }
    EXPECT_EQ(found, 1);
}

TEST(SmsKannel, TwoDispatchersRacingSendEachOf500MessagesOnce)
{
    REQUIRE_KANNEL();
    SmsOffice o;
    useKannel(o);
    const std::string t = tag();
    const auto ids = queue(o, t, 500);
    std::atomic<int64_t> sent{0};
    auto run = [&] {
        auto session = o.db.open("admin");
        auto gateway = integrations::makeSmsGateways()->make(kannelConfig());
        SmsDispatcher d(*session, *gateway);
        for (int k = 0; k < 50; ++k) {
            const auto pass = d.runOnce();
            sent += pass.sent;
            if (pass.sent == 0 && pass.retried == 0) break;
        }
    };
    std::thread a(run), b(run);
    a.join();
    b.join();
    EXPECT_EQ(sent.load(), 500);
    EXPECT_EQ(countIn(o, "'sent', 'delivered'"), 500);
    const auto at = waitForArrivals(t, 500);
    EXPECT_EQ(at.size(), 500u);
    for (const auto& [n, times] : at) EXPECT_EQ(times, 1) << "message " << n << " reached the SMSC " << times << " times";
}

// Dispatches 200 messages while Kannel goes away halfway — `how` is the
// kannel-server command that takes it away — and comes back. Returns how
// many times each message reached the SMSC.
std::map<int, int> dispatchThroughAnOutage(SmsOffice& o, const std::string& t, const std::string& how)
{
    test::PrivateKannel kannel;
    // A busy machine's bearerbox can take half a minute to read its store
    // back after a crash: the attempts must outlast the outage, or a
    // message rightly fails and the test is about something else.
    useKannel(o, kannel.url(), 20);
    queue(o, t, 200);
    auto config = kannelConfig(kannel.url());
    config.listenAddress = "127.0.0.1:0";
    DispatchOptions options;
    options.firstRetry = std::chrono::seconds(1);
    options.maxBackoff = std::chrono::seconds(5);
    options.batch = 10;
    std::atomic<bool> stop{false};
    std::thread dispatching([&] {
        auto session = o.db.open("admin");
        auto gateways = integrations::makeSmsGateways();
        std::unique_ptr<SmsDispatcher> d;
        auto listener = gateways->listen(config, [&](const services::DeliveryReport& r) { d->enqueue(r); });
        auto withReports = config;
        withReports.reportUrl = "http://" + listener->address() + "/dlr";
        auto g = gateways->make(withReports);
        d = std::make_unique<SmsDispatcher>(*session, *g, options);
        while (!stop) {
            d->runOnce();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        d->runOnce(); // the last reports
    });
    for (int k = 0; k < 300 && arrived(t, kannel.dir()).size() < 50; ++k)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (how == "kill") {
        kannel.run("kill");
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    kannel.run("restart");
    // Until each is settled or held unknown (that one waits for its report).
    for (int k = 0; k < 1200 && o.db.rawCount("select count(*) from sms_messages where state = 'scheduled' or "
                                               "(state = 'sending' and unknown_since is null)") > 0;
         ++k)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // Reports of the last ones, still on their way.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    stop = true;
    dispatching.join();
    return waitForArrivals(t, 200, 20, kannel.dir());
}

// Why the failed ones failed, as the dispatcher recorded it: what to look at when one does.
std::string failureReasons(SmsOffice& o)
{
    auto session = o.db.open("admin");
    std::string out;
    for (const auto& m : SmsService(*session).list(0, 0, SmsState::Failed))
        out += "[" + std::to_string(m.id) + " after " + std::to_string(m.attempts) + " attempts: " + m.reasonCode + " " +
               m.reason + "] ";
    return out;
}

// What an outage must leave: nothing reached the SMSC twice, and no message
// is lost from sight — each is sent, or (the request Kannel was holding when
// it went away) held with its outcome unknown, to be settled by its report
// or failed for a person to decide, never sent again blindly.
void expectNothingTwiceNothingLost(SmsOffice& o, const std::map<int, int>& at)
{
    for (const auto& [n, times] : at) EXPECT_EQ(times, 1) << "message " << n << " reached the SMSC " << times << " times";
    const auto unknown =
        o.db.rawCount("select count(*) from sms_messages where state = 'sending' and unknown_since is not null");
    EXPECT_EQ(countIn(o, "'sent', 'delivered'") + unknown, 200);
    EXPECT_LE(unknown, 2);
    EXPECT_EQ(countIn(o, "'scheduled', 'failed'"), 0)
        << o.db.rawCount("select count(*) from sms_messages where state = 'failed'") << " failed, attempts up to "
        << o.db.rawCount("select coalesce(max(attempts), 0) from sms_messages") << "; why: " << failureReasons(o);
    // fakesmsc acknowledges nothing: what Kannel had written to its socket
    // when both went down never reached it. A real SMSC acknowledges each.
    EXPECT_GE(at.size(), 180u) << "more were lost between Kannel and the SMSC than were in flight";
}

// Stopped (SIGTERM) in the middle and started again.
TEST(SmsKannel, KannelStoppedInTheMiddleOfABatchSendsNothingTwiceAndLosesNothing)
{
    REQUIRE_KANNEL();
    SmsOffice o;
    const std::string t = tag();
    const auto at = dispatchThroughAnOutage(o, t, "restart");
    expectNothingTwiceNothingLost(o, at);
}

// Killed (SIGKILL) in the middle, as a crash would, and started again.
TEST(SmsKannel, KannelKilledInTheMiddleOfABatchSendsNothingTwiceAndLosesNothing)
{
    REQUIRE_KANNEL();
    SmsOffice o;
    const std::string t = tag();
    const auto at = dispatchThroughAnOutage(o, t, "kill");
    expectNothingTwiceNothingLost(o, at);
}
