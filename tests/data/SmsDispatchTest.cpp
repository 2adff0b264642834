// Dispatching on both backends through real gateways: the Israeli provider's
// API (tests/fakes/sms-provider, a loopback server) and a real Kannel with
// fakesmsc as its SMSC (scripts/kannel-server, started by scripts/test).
// What reached the gateway is counted at the gateway.
#include "domain/Error.h"
#include "integrations/SmsGateways.h"
#include "services/SmsDispatcher.h"
#include "services/SmsService.h"
#include "services/UserService.h"
#include "support/ChildProcess.h"
#include "support/FakeSmsProvider.h"
#include "support/KindOf.h"
#include "support/SmsOffice.h"
#include "text/Timestamp.h"

#include <atomic>
#include <csignal>
#include <gtest/gtest.h>
#include <set>
#include <thread>

using namespace praklit;
using services::DispatchOptions;
using services::SmsDispatcher;
using services::SmsService;
using test::FakeSmsProvider;
using test::SmsOffice;

namespace {

// Every hour of every day, holidays too: the tests run at any time.
SendingHours alwaysOpen()
{
    SendingHours h;
    for (auto& d : h.days) d = {true, 0, 24 * 60};
    h.closedOnHolidays = false;
    return h;
}

services::SmsGatewayConfig providerConfig(const FakeSmsProvider& fake, int timeoutMs = 1500)
{
    services::SmsGatewayConfig c;
    c.kind = services::SmsGatewayKind::Provider;
    c.url = fake.url();
    c.sender = "CohenLaw";
    c.timeoutMs = timeoutMs;
    return c;
}

// The office's settings pointed at the gateway; the secret stays out of them.
void useGateway(SmsOffice& o, const services::SmsGatewayConfig& gateway, int maxAttempts = 6)
{
    SmsService sms(*o.admin);
    auto s = sms.settings();
    s.gateway = gateway;
    s.gateway.secret.clear();
    s.hours = alwaysOpen();
    s.maxAttempts = maxAttempts;
    sms.saveSettings(s);
}

std::vector<int64_t> queue(SmsOffice& o, int n, const std::string& prefix = "הודעה")
{
    SmsService sms(*o.admin);
    std::vector<int64_t> ids;
    for (int k = 0; k < n; ++k)
        ids.push_back(sms.send(o.to({{o.mobile, 0, {}, false}}, prefix + " " + std::to_string(k))).at(0).id);
    return ids;
}

SmsState stateOf(SmsOffice& o, int64_t id) { return SmsService(*o.admin).message(id).state; }

// A clock the test moves forward: past a lease, a backoff, a grace period.
struct TestClock {
    std::atomic<int64_t> offsetSeconds{0};
    std::function<text::Timestamp()> fn()
    {
        return [this] { return text::now() + std::chrono::seconds(offsetSeconds.load()); };
    }
};

} // namespace

TEST(SmsDispatch, ProviderGetsEachDueMessageOnce)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config);
    const auto ids = queue(o, 20);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    SmsDispatcher dispatcher(*o.admin, *gateway);
    const auto pass = dispatcher.runOnce();
    EXPECT_EQ(pass.sent, 20);
    EXPECT_EQ(dispatcher.runOnce().sent, 0); // nothing is due twice
    const auto accepted = fake.accepted();
    ASSERT_EQ(accepted.size(), 20u);
    std::set<std::string> external;
    for (const auto& a : accepted) external.insert(a.at("external_id").get<std::string>());
    EXPECT_EQ(external.size(), 20u);
    for (const auto id : ids) {
        EXPECT_EQ(stateOf(o, id), SmsState::Sent);
        EXPECT_TRUE(external.contains(std::to_string(id)));
    }
    const auto m = SmsService(*o.admin).message(ids[0]);
    EXPECT_EQ(m.attempts, 1);
    EXPECT_EQ(m.gateway, "provider");
    EXPECT_FALSE(m.sentAt.empty());
}

TEST(SmsDispatch, EachRefusalOfTheProviderHasItsOwnSentence)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    std::set<std::string> reasons;
    for (const std::string mode : {"no-credit", "hours", "bad-token"}) {
        fake.mode(mode);
        const auto id = queue(o, 1).at(0);
        SmsDispatcher dispatcher(*o.admin, *gateway);
        EXPECT_EQ(dispatcher.runOnce().retried, 1) << mode;
        const auto m = SmsService(*o.admin).message(id);
        EXPECT_EQ(m.state, SmsState::Scheduled) << mode; // waits for a later attempt
        EXPECT_FALSE(m.reason.empty()) << mode;
        EXPECT_GT(m.nextAttemptAt, m.dueAt) << mode;
        reasons.insert(m.reason);
    }
    fake.mode("blocked:0501234567");
    const auto id = queue(o, 1).at(0);
    SmsDispatcher dispatcher(*o.admin, *gateway);
    EXPECT_EQ(dispatcher.runOnce().failed, 1); // a blocked number fails at once
    const auto m = SmsService(*o.admin).message(id);
    EXPECT_EQ(m.state, SmsState::Failed);
    reasons.insert(m.reason);
    EXPECT_EQ(reasons.size(), 4u) << "each refusal its own sentence";
    EXPECT_TRUE(fake.accepted().empty());
}

TEST(SmsDispatch, AGatewayThatStaysDownFailsTheMessageAfterTheLastAttempt)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config, 3);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    fake.mode("down");
    const auto id = queue(o, 1).at(0);
    TestClock clock;
    DispatchOptions options;
    options.clock = clock.fn();
    SmsDispatcher dispatcher(*o.admin, *gateway, options);
    EXPECT_EQ(dispatcher.runOnce().retried, 1);
    EXPECT_EQ(dispatcher.runOnce().retried, 0); // the backoff: not yet
    const auto first = SmsService(*o.admin).message(id);
    clock.offsetSeconds = 31;
    EXPECT_EQ(dispatcher.runOnce().retried, 1);
    const auto second = SmsService(*o.admin).message(id);
    // Each wait twice as long as the one before.
    const auto wait1 = *text::parseTimestamp(first.nextAttemptAt) - *text::parseTimestamp(first.dueAt);
    EXPECT_GE(wait1, std::chrono::seconds(29));
    EXPECT_LE(wait1, std::chrono::seconds(35));
    EXPECT_GT(second.nextAttemptAt, first.nextAttemptAt);
    clock.offsetSeconds = 31 + 61;
    EXPECT_EQ(dispatcher.runOnce().failed, 1);
    const auto last = SmsService(*o.admin).message(id);
    EXPECT_EQ(last.state, SmsState::Failed);
    EXPECT_EQ(last.attempts, 3);
    EXPECT_NE(last.reason.find("3"), std::string::npos) << last.reason;
    // Resent by a person: the same message goes, once.
    fake.mode("normal");
    SmsService(*o.admin).resend(id, last.version);
    EXPECT_EQ(dispatcher.runOnce().sent, 1);
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(SmsDispatch, AnUnknownOutcomeIsReconciledByAskingNotByResending)
{
    SmsOffice o;
    FakeSmsProvider fake("office-token-1", 3);
    auto config = providerConfig(fake, 700);
    useGateway(o, config);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    fake.mode("accept-then-timeout");
    const auto id = queue(o, 1).at(0);
    TestClock clock;
    DispatchOptions options;
    options.clock = clock.fn();
    SmsDispatcher dispatcher(*o.admin, *gateway, options);
    EXPECT_EQ(dispatcher.runOnce().unknown, 1);
    EXPECT_EQ(stateOf(o, id), SmsState::Sending);
    EXPECT_FALSE(SmsService(*o.admin).message(id).unknownSince.empty());
    fake.mode("normal");
    EXPECT_EQ(dispatcher.runOnce().reconciled, 0); // not before the recheck
    clock.offsetSeconds = 31;
    EXPECT_EQ(dispatcher.runOnce().reconciled, 1);
    EXPECT_EQ(stateOf(o, id), SmsState::Sent);
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(SmsDispatch, ADeliveryReportMarksTheMessageDelivered)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    const auto id = queue(o, 1).at(0);
    SmsDispatcher dispatcher(*o.admin, *gateway);
    EXPECT_EQ(dispatcher.runOnce().sent, 1);
    dispatcher.enqueue({id, {services::RemoteState::Delivered, "0", ""}});
    EXPECT_EQ(dispatcher.runOnce().reports, 1);
    const auto m = SmsService(*o.admin).message(id);
    EXPECT_EQ(m.state, SmsState::Delivered);
    EXPECT_FALSE(m.deliveredAt.empty());
    // A report about a cancelled or unknown message changes nothing.
    EXPECT_FALSE(dispatcher.apply({id + 1000, {services::RemoteState::Delivered, "0", ""}}));
}

// A dispatcher killed after the provider accepted a message and before it
// wrote so: the next dispatcher finds the claim expired, asks the provider,
// and marks the message sent — it does not send it again.
TEST(SmsDispatch, ADispatcherKilledMidSendIsReconciledNotResent)
{
    SmsOffice o;
    FakeSmsProvider fake("office-token-1", 30);
    auto config = providerConfig(fake, 20000);
    useGateway(o, config);
    services::UserService(*o.admin).add(
        [] {
            User u;
            u.login = "dispatcher";
            u.displayName = "שולח";
            u.groupKey = kAdministrators;
            return u;
        }(),
        "Quiet-river-42", false);
    const auto id = queue(o, 1).at(0);
    fake.mode("accept-then-timeout");
    test::ChildProcess cli({PRAKLIT_CLI, "--database", o.db.text(), "--user", "dispatcher", "--json", "sms", "dispatch"},
                           {"PRAKLIT_PASSWORD=Quiet-river-42", "PRAKLIT_SMS_SECRET=" + fake.token()});
    for (int k = 0; k < 500 && fake.accepted().empty(); ++k) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(fake.accepted().size(), 1u) << "the provider never got the message";
    cli.stop(SIGKILL);
    EXPECT_EQ(stateOf(o, id), SmsState::Sending);

    fake.mode("normal");
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    TestClock clock;
    clock.offsetSeconds = 121; // the dead dispatcher's lease has run out
    DispatchOptions options;
    options.clock = clock.fn();
    const auto pass = SmsDispatcher(*o.admin, *gateway, options).runOnce();
    EXPECT_EQ(pass.reconciled, 1);
    EXPECT_EQ(pass.sent, 0);
    EXPECT_EQ(stateOf(o, id), SmsState::Sent);
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(SmsDispatch, OutsideTheSendingHoursNothingGoes)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config);
    SmsService sms(*o.admin);
    auto s = sms.settings();
    for (auto& d : s.hours.days) d.open = false;
    s.hours.days[0] = {true, 0, 1}; // one minute a week, so the hours are valid
    sms.saveSettings(s);
    const auto id = queue(o, 1).at(0);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    DispatchOptions options;
    // A Tuesday afternoon, Israel time.
    options.clock = [] { return *text::parseIsraelTime("2026-12-08 15:00"); };
    const auto pass = SmsDispatcher(*o.admin, *gateway, options).runOnce();
    EXPECT_TRUE(pass.closed);
    EXPECT_EQ(stateOf(o, id), SmsState::Scheduled);
    EXPECT_TRUE(fake.accepted().empty());
}

// The network failed it; a person sends it again: a new round, a new key
// at the provider (which would not take the first key twice), and a late
// report about the first round changes nothing.
TEST(SmsDispatch, AMessageSentAgainGoesUnderANewKey)
{
    SmsOffice o;
    FakeSmsProvider fake;
    auto config = providerConfig(fake);
    useGateway(o, config);
    config.secret = fake.token();
    auto gateway = integrations::makeSmsGateways()->make(config);
    const auto id = queue(o, 1).at(0);
    SmsDispatcher dispatcher(*o.admin, *gateway);
    EXPECT_EQ(dispatcher.runOnce().sent, 1);
    EXPECT_TRUE(dispatcher.apply({id, {services::RemoteState::Failed, "21", "לא נמסרה"}, 0}));
    auto m = SmsService(*o.admin).message(id);
    ASSERT_EQ(m.state, SmsState::Failed);
    m = SmsService(*o.admin).resend(id, m.version);
    EXPECT_EQ(m.resends, 1);
    EXPECT_EQ(dispatcher.runOnce().sent, 1);
    const auto accepted = fake.accepted();
    ASSERT_EQ(accepted.size(), 2u);
    EXPECT_EQ(accepted[0].at("external_id"), std::to_string(id));
    EXPECT_EQ(accepted[1].at("external_id"), std::to_string(id) + ".1");
    EXPECT_FALSE(dispatcher.apply({id, {services::RemoteState::Failed, "21", "לא נמסרה"}, 0}));
    EXPECT_EQ(stateOf(o, id), SmsState::Sent);
    EXPECT_TRUE(dispatcher.apply({id, {services::RemoteState::Delivered, "0", ""}, 1}));
    EXPECT_EQ(stateOf(o, id), SmsState::Delivered);
}
