// ProviderGateway against tests/fakes/sms-provider: a real loopback server
// of the provider's API, started by each test in a directory of its own, so
// what it accepted is counted from its file, not from what the client
// believes it sent.
#include "domain/Error.h"
#include "integrations/HttpClient.h"
#include "integrations/ProviderGateway.h"
#include "integrations/SmsGateways.h"
#include "support/FakeSmsProvider.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <arpa/inet.h>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>
#include <gtest/gtest.h>

using namespace praklit;
using integrations::HttpClient;
using integrations::HttpOutcome;
using integrations::ProviderGateway;
using nlohmann::json;
using services::DeliveryReport;
using services::OutgoingSms;
using services::RemoteState;
using services::SendOutcome;
using services::SmsGatewayConfig;
using services::SmsGatewayKind;
using text::format;
using text::ltr;
using text::tr;

namespace {

constexpr const char* kToken = "office-token-1";
constexpr int kTimeoutMs = 700;

using FakeProvider = test::FakeSmsProvider;

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

SmsGatewayConfig configFor(const FakeProvider& fake)
{
    SmsGatewayConfig c;
    c.kind = SmsGatewayKind::Provider;
    c.url = fake.url();
    c.secret = kToken;
    c.sender = "CohenLaw";
    c.timeoutMs = kTimeoutMs;
    return c;
}

OutgoingSms sms(int64_t id, std::string e164 = "+972501234567", std::string text = "שלום משה, הדיון נדחה.")
{
    return OutgoingSms{id, std::move(e164), std::move(text), SmsEncoding::Ucs2};
}

const std::string kHebrew = "שלום משה, הדיון בתיק 1234-05-26 נקבע ל-1/12 בשעה 09:00. משרד כהן ושות׳ 😀";

// The reports a listener was handed, waited for across its thread.
class Reports {
public:
    void add(const DeliveryReport& r)
    {
        std::lock_guard lock(mutex_);
        reports_.push_back(r);
        ready_.notify_all();
    }
    std::vector<DeliveryReport> waitFor(size_t n)
    {
        std::unique_lock lock(mutex_);
        ready_.wait_for(lock, std::chrono::seconds(5), [&] { return reports_.size() >= n; });
        return reports_;
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::vector<DeliveryReport> reports_;
};

} // namespace

TEST(ProviderGateway, HebrewMessageIsAcceptedAndStoredIntactWithItsExternalId)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    EXPECT_EQ(gateway.kind(), SmsGatewayKind::Provider);

    const auto r = gateway.send(sms(4711, "+972521234567", kHebrew));
    EXPECT_EQ(r.outcome, SendOutcome::Accepted) << r.code << " " << r.reason;
    EXPECT_EQ(r.code, "recipient 0, request r-000001");
    EXPECT_TRUE(r.reason.empty());

    const auto stored = fake.accepted();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]["external_id"], "4711");
    EXPECT_EQ(stored[0]["to"], "0521234567");
    EXPECT_EQ(stored[0]["text"], kHebrew);
    EXPECT_EQ(stored[0]["sender"], "CohenLaw");
}

TEST(ProviderGateway, ASecondSendOfOneMessageIsAcceptedAndNotStoredTwice)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    EXPECT_EQ(gateway.send(sms(12)).outcome, SendOutcome::Accepted);
    const auto again = gateway.send(sms(12));
    EXPECT_EQ(again.outcome, SendOutcome::Accepted);
    EXPECT_EQ(again.code, "recipient 12, request r-000002");
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(ProviderGateway, NationalNumberIsOnlyForIsraeliMobiles)
{
    EXPECT_EQ(ProviderGateway::nationalNumber("+972501234567"), "0501234567");
    EXPECT_EQ(ProviderGateway::nationalNumber("+97231234567"), "");   // a landline
    EXPECT_EQ(ProviderGateway::nationalNumber("+9725012345678"), ""); // too long
    EXPECT_EQ(ProviderGateway::nationalNumber("+14155550123"), "");
    EXPECT_EQ(ProviderGateway::nationalNumber("0501234567"), "");
}

TEST(ProviderGateway, NumberOutsideIsraelIsRefusedWithoutAsking)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    const auto r = gateway.send(sms(1, "+14155550123"));
    EXPECT_EQ(r.outcome, SendOutcome::Permanent);
    EXPECT_EQ(r.code, "not-israeli");
    EXPECT_EQ(r.reason, format(tr("The SMS provider sends only to Israeli mobile numbers, and {1} is not one; the message "
                                  "will not be sent."),
                               ltr("+14155550123")));
    EXPECT_TRUE(fake.accepted().empty());
}

// Each refusal: its outcome, its code for the record, its own sentence.
struct Refusal {
    const char* name;
    const char* mode; // nullptr: none, the configuration alone is refused
    SendOutcome outcome;
    const char* code;
    std::string reason;
};

TEST(ProviderGateway, EachRefusalHasItsOutcomeAndItsOwnSentence)
{
    FakeProvider fake;
    const std::string where = ltr(fake.url());
    const std::vector<Refusal> refusals = {
        {"wrong token", nullptr, SendOutcome::Temporary, "status 1",
         tr("The SMS provider refused the office's token: correct it in System settings → SMS; the messages wait until "
            "then.")},
        {"user and password refused", "bad-token", SendOutcome::Temporary, "status 1",
         format(tr("The SMS provider refused the user name or password (user {1}): correct them in System settings → "
                   "SMS; the messages wait until then."),
                ltr("cohen"))},
        {"no credit", "no-credit", SendOutcome::Temporary, "status 2",
         tr("The office's account at the SMS provider has no credit left: add credit with the provider; the messages "
            "wait until then.")},
        {"sender not allowed", nullptr, SendOutcome::Temporary, "status 3",
         format(tr("The SMS provider does not allow the sender {1} (up to 11 Latin letters or digits, or a number the "
                   "provider has verified): correct it in System settings → SMS; the messages wait until then."),
                ltr("Cohen & Co."))},
        {"outside the provider's hours", "hours", SendOutcome::Temporary, "status 4",
         tr("The SMS provider does not send at this hour; the message waits and is tried again later.")},
        {"blocked number", "blocked:0501234567", SendOutcome::Permanent, "recipient 11, request r-000001",
         format(tr("The number {1} is blocked at the SMS provider (its owner asked not to receive messages); the message "
                   "will not be sent."),
                ltr("0501234567"))},
        {"invalid number", "invalid:0501234567", SendOutcome::Permanent, "recipient 10, request r-000002",
         format(tr("The SMS provider says {1} is not a valid mobile number; the message will not be sent."),
                ltr("0501234567"))},
        {"server error", "server-error", SendOutcome::Temporary, "HTTP 500",
         format(tr("The SMS provider at {1} cannot send now ({2}); the message waits and is tried again."), where,
                ltr("HTTP 500"))},
        {"provider down", "down", SendOutcome::Temporary, "HTTP 503",
         format(tr("The SMS provider at {1} cannot send now ({2}); the message waits and is tried again."), where,
                ltr("HTTP 503"))},
    };

    std::set<std::string> sentences;
    for (const auto& refusal : refusals) {
        SCOPED_TRACE(refusal.name);
        auto config = configFor(fake);
        if (std::string(refusal.name) == "wrong token") config.secret = "not-the-token";
        if (std::string(refusal.name) == "user and password refused") config.username = "cohen";
        if (std::string(refusal.name) == "sender not allowed") config.sender = "Cohen & Co.";
        fake.mode("normal");
        if (refusal.mode) fake.mode(refusal.mode);

        ProviderGateway gateway(config);
        const auto r = gateway.send(sms(100));
        EXPECT_EQ(r.outcome, refusal.outcome);
        EXPECT_EQ(r.code, refusal.code);
        EXPECT_EQ(r.reason, refusal.reason);
        sentences.insert(r.reason);
    }
    EXPECT_EQ(sentences.size(), refusals.size());
    EXPECT_TRUE(fake.accepted().empty());
}

TEST(ProviderGateway, NoConnectionIsTemporary)
{
    SmsGatewayConfig config;
    config.kind = SmsGatewayKind::Provider;
    config.url = "http://127.0.0.1:" + std::to_string(closedPort()) + "/v1";
    config.secret = kToken;
    config.sender = "CohenLaw";
    config.timeoutMs = kTimeoutMs;
    ProviderGateway gateway(config);
    const auto r = gateway.send(sms(5));
    EXPECT_EQ(r.outcome, SendOutcome::Temporary);
    EXPECT_FALSE(r.code.empty());
    EXPECT_EQ(r.reason, format(tr("The SMS provider at {1} cannot be reached ({2}); the message waits and is tried again."),
                               ltr(config.url), ltr(r.code)));
}

TEST(ProviderGateway, AnAddressThatIsNotTheApiIsTemporary)
{
    FakeProvider fake;
    auto config = configFor(fake);
    config.url = fake.url() + "/no-such-api/";
    const auto r = ProviderGateway(config).send(sms(5));
    EXPECT_EQ(r.outcome, SendOutcome::Temporary);
    EXPECT_EQ(r.code, "HTTP 404");
    EXPECT_EQ(r.reason, format(tr("There is no SMS provider's API at {1} (it answered {2}): correct the address in System "
                                  "settings → SMS; the messages wait until then."),
                               ltr(config.url), ltr("HTTP 404")));
}

TEST(ProviderGateway, AMalformedConfigurationIsRefusedAtOnce)
{
    SmsGatewayConfig config;
    config.kind = SmsGatewayKind::Provider;
    config.url = "api.provider.example";
    EXPECT_THROW(ProviderGateway{config}, Error);
    config.url = "https://api.provider.example/v1";
    config.secret = "token\r\nX-Other: 1";
    EXPECT_THROW(ProviderGateway{config}, Error);
}

TEST(ProviderGateway, TimeoutBeforeAcceptingIsUnknownAndThenNotReceived)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    fake.mode("timeout");
    const auto r = gateway.send(sms(21));
    EXPECT_EQ(r.outcome, SendOutcome::Unknown) << r.code;
    EXPECT_FALSE(r.reason.empty());
    EXPECT_TRUE(fake.accepted().empty());

    // Reconciling: the provider never took it, so sending it is safe.
    const auto status = gateway.query(21, 0);
    EXPECT_EQ(status.state, RemoteState::NotReceived);
    fake.mode("normal");
    EXPECT_EQ(gateway.send(sms(21)).outcome, SendOutcome::Accepted);
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(ProviderGateway, AcceptedThenTimeoutIsUnknownThenReconciledPendingAndDelivered)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    fake.mode("accept-then-timeout");
    const auto r = gateway.send(sms(31));
    EXPECT_EQ(r.outcome, SendOutcome::Unknown) << r.code;
    EXPECT_EQ(r.reason, format(tr("The SMS provider at {1} did not answer ({2}); it may have accepted the message, and it "
                                  "is asked before the message is sent again."),
                               ltr(fake.url()), ltr(r.code)));
    ASSERT_EQ(fake.accepted().size(), 1u);

    auto status = gateway.query(31, 0);
    EXPECT_EQ(status.state, RemoteState::Pending);
    EXPECT_EQ(status.code, "pending");

    fake.control({{"deliver", "31"}, {"state", "delivered"}});
    status = gateway.query(31, 0);
    EXPECT_EQ(status.state, RemoteState::Delivered);
    EXPECT_EQ(status.code, "delivered");

    // Exactly once, even if the message were sent again after all.
    fake.mode("normal");
    EXPECT_EQ(gateway.send(sms(31)).outcome, SendOutcome::Accepted);
    EXPECT_EQ(fake.accepted().size(), 1u);
}

TEST(ProviderGateway, AFailedDeliveryIsFailedWithItsSentence)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    ASSERT_EQ(gateway.send(sms(41)).outcome, SendOutcome::Accepted);
    fake.control({{"deliver", "41"}, {"state", "failed"}, {"code", 21}});
    const auto status = gateway.query(41, 0);
    EXPECT_EQ(status.state, RemoteState::Failed);
    EXPECT_EQ(status.code, "failed 21");
    EXPECT_EQ(status.reason, tr("The network refused the message: the number is unknown or no longer in service."));
}

TEST(ProviderGateway, QueryOfAnUnknownIdIsNotReceived)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    const auto status = gateway.query(999, 0);
    EXPECT_EQ(status.state, RemoteState::NotReceived);
    EXPECT_EQ(status.code, "not_found");
}

TEST(ProviderGateway, AQueryWithoutAnAnswerIsCannotAskNeverNotReceived)
{
    FakeProvider fake;
    ProviderGateway gateway(configFor(fake));
    fake.mode("down");
    const auto status = gateway.query(51, 0);
    EXPECT_EQ(status.state, RemoteState::CannotAsk);
    EXPECT_EQ(status.code, "HTTP 503");
    EXPECT_EQ(status.reason, format(tr("The SMS provider at {1} could not be asked about the message ({2}); it is asked "
                                       "again later."),
                                    ltr(fake.url()), ltr("HTTP 503")));
}

TEST(ProviderGateway, PushedDeliveryReportsReachTheListener)
{
    FakeProvider fake;
    auto gateways = integrations::makeSmsGateways();
    auto config = configFor(fake);
    config.listenAddress = "127.0.0.1:0";
    Reports reports;
    const auto listener = gateways->listen(config, [&](const DeliveryReport& r) { reports.add(r); });
    config.reportUrl = "http://" + listener->address() + "/sms/report";
    const auto gateway = gateways->make(config);
    EXPECT_EQ(gateway->kind(), SmsGatewayKind::Provider);

    ASSERT_EQ(gateway->send(sms(61)).outcome, SendOutcome::Accepted);
    ASSERT_EQ(gateway->send(sms(62, "+972541234567")).outcome, SendOutcome::Accepted);
    EXPECT_EQ(fake.accepted().at(0)["report_url"], config.reportUrl);
    EXPECT_EQ(fake.control({{"deliver", "61"}, {"state", "delivered"}})["pushed"], true);
    EXPECT_EQ(fake.control({{"deliver", "62"}, {"state", "failed"}, {"code", 20}})["pushed"], true);

    const auto got = reports.waitFor(2);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].messageId, 61);
    EXPECT_EQ(got[0].status.state, RemoteState::Delivered);
    EXPECT_EQ(got[1].messageId, 62);
    EXPECT_EQ(got[1].status.state, RemoteState::Failed);
    EXPECT_EQ(got[1].status.code, "failed 20");
    EXPECT_EQ(got[1].status.reason,
              tr("The message expired: the phone was off or out of reach for as long as the network kept trying."));
}

TEST(ProviderGateway, TheListenerRefusesWhatIsNotAReport)
{
    auto gateways = integrations::makeSmsGateways();
    SmsGatewayConfig config;
    config.kind = SmsGatewayKind::Provider;
    config.listenAddress = "127.0.0.1:0";
    Reports reports;
    const auto listener = gateways->listen(config, [&](const DeliveryReport& r) { reports.add(r); });
    HttpClient http(5000);
    const std::string url = "http://" + listener->address() + "/sms/report";
    EXPECT_EQ(http.postJson(url, "not json").status, 400);
    EXPECT_EQ(http.postJson(url, R"({"external_id":"abc","state":"delivered"})").status, 400);
    EXPECT_EQ(http.postJson(url, R"({"external_id":"7","state":"not_found"})").status, 400);
    EXPECT_EQ(http.get(url, {}).status, 405);
    EXPECT_EQ(http.postJson(url, R"({"external_id":"7","state":"pending","code":0})").status, 200);
    const auto got = reports.waitFor(1);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].messageId, 7);
    EXPECT_EQ(got[0].status.state, RemoteState::Pending);
}
