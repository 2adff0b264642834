// The SMS gateway's plumbing (HTTP client and listener), Kannel's answers as
// the services see them, and messages through a real Kannel (bearerbox,
// smsbox, fakesmsc: scripts/kannel-server, started by scripts/test) compared
// byte for byte with what reached its SMSC.
#include "domain/Error.h"
#include "integrations/HttpClient.h"
#include "integrations/HttpListener.h"
#include "integrations/KannelGateway.h"
#include "integrations/KannelReportListener.h"
#include "integrations/SmsGateways.h"
#include "support/KannelHarness.h"

#include <boost/asio.hpp>
#include <unicode/unistr.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <gtest/gtest.h>

using namespace praklit;
using namespace praklit::integrations;
using praklit::test::env;
using praklit::test::PrivateKannel;
using praklit::test::SmscLine;
using praklit::test::smscLines;
using praklit::test::utf16be;
using services::DeliveryReport;
using services::RemoteState;
using services::SendOutcome;
using services::SmsGatewayConfig;
using services::SmsGatewayKind;

namespace {

// A port nothing listens on: bound by the kernel's choice, then let go.
unsigned short closedPort()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds limit = std::chrono::seconds(15))
{
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

// A number of its own for each message, so its lines in the SMSC's log are its
// own even with other tests sending at once.
std::string uniqueNumber()
{
    static std::mt19937_64 random{std::random_device{}()};
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    return "+97258" + std::to_string(1000000 + random() % 9000000);
}

std::vector<SmscLine> waitForLines(const std::filesystem::path& dir, const std::string& to, size_t count)
{
    std::vector<SmscLine> lines;
    eventually([&] { return (lines = smscLines(dir, to)).size() >= count; });
    return lines;
}

// Reports as the listener hands them over.
class Reports {
public:
    void take(const DeliveryReport& report)
    {
        std::lock_guard lock(mutex_);
        reports_.push_back(report);
        changed_.notify_all();
    }
    std::optional<DeliveryReport> waitFor(int64_t id, RemoteState state, std::chrono::seconds limit = std::chrono::seconds(15))
    {
        std::unique_lock lock(mutex_);
        std::optional<DeliveryReport> found;
        changed_.wait_for(lock, limit, [&] {
            for (const auto& report : reports_)
                if (report.messageId == id && report.status.state == state) found = report;
            return found.has_value();
        });
        return found;
    }
    size_t count(int64_t id)
    {
        std::lock_guard lock(mutex_);
        return static_cast<size_t>(std::count_if(reports_.begin(), reports_.end(), [&](const auto& r) { return r.messageId == id; }));
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<DeliveryReport> reports_;
};

SmsGatewayConfig kannelConfig(const std::string& url)
{
    SmsGatewayConfig config;
    config.kind = SmsGatewayKind::Kannel;
    config.url = url;
    config.username = env("PRAKLIT_TEST_KANNEL_USER");
    config.secret = env("PRAKLIT_TEST_KANNEL_PASSWORD");
    config.sender = "Praklit";
    config.timeoutMs = 5000;
    return config;
}

services::OutgoingSms message(int64_t id, std::string text, SmsEncoding encoding)
{
    return services::OutgoingSms{id, uniqueNumber(), std::move(text), encoding};
}

int64_t nextId()
{
    static std::atomic<int64_t> id{std::chrono::system_clock::now().time_since_epoch().count() % 1000000000};
    return ++id;
}

#define NEEDS_KANNEL()                                                                              \
    if (env("PRAKLIT_TEST_KANNEL_URL").empty()) GTEST_SKIP() << "PRAKLIT_TEST_KANNEL_URL is not set (scripts/test sets it)"

class KannelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NEEDS_KANNEL();
        dir_ = env("PRAKLIT_TEST_KANNEL_DIR");
        gateways_ = makeSmsGateways();
    }
    std::unique_ptr<services::SmsGateway> gateway(SmsGatewayConfig config) { return gateways_->make(config); }
    std::unique_ptr<services::SmsGateway> gateway() { return gateway(kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"))); }
    std::vector<SmscLine> waitForLines(const std::string& to, size_t count) { return ::waitForLines(dir_, to, count); }

    std::filesystem::path dir_;
    std::unique_ptr<services::SmsGateways> gateways_;
};

} // namespace

// ---- The HTTP client and listener ----

TEST(HttpListener, AnswersAGetWithItsQueryDecoded)
{
    HttpRequest seen;
    HttpListener listener("127.0.0.1:0", [&](const HttpRequest& request) {
        seen = request;
        return HttpReply{202, "שלום"};
    });
    EXPECT_NE(listener.port(), 0);
    EXPECT_EQ(listener.address(), "127.0.0.1:" + std::to_string(listener.port()));

    HttpClient client(2000);
    const auto response = client.get("http://" + listener.address() + "/kannel/dlr",
                                     {{"id", "17"}, {"reply", "id:1 stat:DELIVRD & = +"}, {"name", "דנה כהן"}});
    ASSERT_EQ(response.outcome, HttpOutcome::Answered) << response.error;
    EXPECT_EQ(response.status, 202);
    EXPECT_EQ(response.body, "שלום");
    EXPECT_EQ(seen.method, "GET");
    EXPECT_EQ(seen.path, "/kannel/dlr");
    EXPECT_EQ(seen.query["id"], "17");
    EXPECT_EQ(seen.query["reply"], "id:1 stat:DELIVRD & = +");
    EXPECT_EQ(seen.query["name"], "דנה כהן");
}

TEST(HttpListener, TakesJsonBodiesWithTheirHeaders)
{
    std::vector<HttpRequest> seen;
    HttpListener listener("127.0.0.1:0", [&](const HttpRequest& request) {
        seen.push_back(request);
        return HttpReply{200, "{\"ok\":true}", "application/json"};
    });
    HttpClient client(2000);
    const std::string json = "{\"to\":\"+972501234567\",\"text\":\"" + std::string(3000, 'x') + "\"}";
    for (int i = 0; i < 2; ++i) {
        const auto response = client.postJson("http://" + listener.address() + "/send", json, {"Authorization: Bearer t0ken"});
        ASSERT_EQ(response.outcome, HttpOutcome::Answered) << response.error;
        EXPECT_EQ(response.body, "{\"ok\":true}");
    }
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[1].method, "POST");
    EXPECT_EQ(seen[1].body, json);
    EXPECT_EQ(seen[1].headers["authorization"], "Bearer t0ken");
    EXPECT_EQ(seen[1].headers["content-type"], "application/json; charset=utf-8");
    EXPECT_EQ(seen[1].headers.count("expect"), 0u);
}

TEST(HttpListener, RefusesAnAddressInUseWithASentence)
{
    HttpListener first("127.0.0.1:0", [](const HttpRequest&) { return HttpReply{}; });
    try {
        HttpListener second(first.address(), [](const HttpRequest&) { return HttpReply{}; });
        FAIL() << "bound twice";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::OutsideService);
        EXPECT_NE(std::string(e.what()).find(std::to_string(first.port())), std::string::npos) << e.what();
    }
    EXPECT_THROW(HttpListener("no-port-here", [](const HttpRequest&) { return HttpReply{}; }), Error);
}

TEST(HttpClient, RefusedConnectionIsNotSent)
{
    HttpClient client(2000);
    const auto response = client.get("http://127.0.0.1:" + std::to_string(closedPort()) + "/", {{"a", "b"}});
    EXPECT_EQ(response.outcome, HttpOutcome::NotSent);
    EXPECT_FALSE(response.error.empty());
}

TEST(HttpClient, UnknownHostIsNotSent)
{
    HttpClient client(2000);
    EXPECT_EQ(client.get("http://praklit-no-such-host.invalid/", {}).outcome, HttpOutcome::NotSent);
}

TEST(HttpClient, SlowAnswerIsNoAnswer)
{
    HttpListener listener("127.0.0.1:0", [](const HttpRequest&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(800));
        return HttpReply{};
    });
    HttpClient client(200);
    const auto response = client.get("http://" + listener.address() + "/", {});
    EXPECT_EQ(response.outcome, HttpOutcome::NoAnswer) << response.error;
}

TEST(HttpClient, ConnectionDroppedMidAnswerIsNoAnswer)
{
    namespace asio = boost::asio;
    asio::io_context io;
    asio::ip::tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
    std::thread server([&] {
        auto socket = acceptor.accept();
        asio::streambuf request;
        asio::read_until(socket, request, "\r\n\r\n");
        const std::string half = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0: Acc";
        asio::write(socket, asio::buffer(half));
        socket.close();
    });
    HttpClient client(2000);
    const auto response = client.get("http://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + "/", {});
    server.join();
    EXPECT_EQ(response.outcome, HttpOutcome::NoAnswer) << response.error;
}

TEST(HttpClient, EscapesAsRfc3986)
{
    HttpClient client(1000);
    EXPECT_EQ(client.escape("a b&c=d/+é"), "a%20b%26c%3Dd%2F%2B%C3%A9");
    EXPECT_EQ(client.escape("-._~AZaz09"), "-._~AZaz09");
}

// ---- Kannel's answers and reports, read without a Kannel ----

TEST(KannelGateway, ReadsKannelsAnswers)
{
    KannelGateway gateway(kannelConfig("http://127.0.0.1:13013/cgi-bin/sendsms"));
    auto answer = [&](long status, std::string body) {
        return gateway.resultOf(HttpResponse{HttpOutcome::Answered, status, std::move(body), {}});
    };
    EXPECT_EQ(answer(202, "0: Accepted for delivery").outcome, SendOutcome::Accepted);
    EXPECT_EQ(answer(202, "0: Accepted for delivery").code, "202 0: Accepted for delivery");
    EXPECT_TRUE(answer(202, "0: Accepted for delivery").reason.empty());
    EXPECT_EQ(answer(202, "3: Queued for later delivery").outcome, SendOutcome::Accepted);
    EXPECT_EQ(answer(202, "Sent.").outcome, SendOutcome::Accepted);
    EXPECT_EQ(answer(200, "<html>Welcome to the hotel wifi</html>").outcome, SendOutcome::Unknown);
    EXPECT_EQ(answer(403, "Authorization failed for sendsms").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(403, "Not routable. Do not try again.").outcome, SendOutcome::Permanent);
    EXPECT_EQ(answer(400, "Number(s) has/have been denied by white- and/or black-lists.").outcome, SendOutcome::Permanent);
    EXPECT_EQ(answer(400, "Empty receiver number not allowed, rejected").outcome, SendOutcome::Permanent);
    EXPECT_EQ(answer(400, "Charset or body misformed, rejected").outcome, SendOutcome::Permanent);
    EXPECT_EQ(answer(400, "Sender missing and no global set, rejected").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(400, "DLR-URL field misformed, rejected").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(404, "Not found").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(302, "").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(503, "Temporal failure, try again later.").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(500, "Sending failed.").outcome, SendOutcome::Temporary);
    EXPECT_EQ(answer(504, "Gateway Timeout").outcome, SendOutcome::Unknown);
    EXPECT_EQ(gateway.resultOf(HttpResponse{HttpOutcome::NotSent, 0, {}, "Connection refused"}).outcome, SendOutcome::Temporary);
    EXPECT_EQ(gateway.resultOf(HttpResponse{HttpOutcome::NoAnswer, 0, {}, "timed out"}).outcome, SendOutcome::Unknown);
    for (const auto& refusal : {answer(403, "Authorization failed for sendsms"), answer(503, "x"), answer(400, "y")})
        EXPECT_FALSE(refusal.reason.empty());
}

TEST(KannelGateway, GivesKannelAReportAddressPerMessage)
{
    EXPECT_EQ(KannelGateway::reportUrlFor("http://10.0.0.5:13014/dlr", 42), "http://10.0.0.5:13014/dlr?id=42&type=%d&reply=%A");
    EXPECT_EQ(KannelGateway::reportUrlFor("http://h/dlr?office=3", 42), "http://h/dlr?office=3&id=42&type=%d&reply=%A");
    EXPECT_EQ(KannelGateway::reportUrlFor("http://h/dlr", 42, 2), "http://h/dlr?id=42.2&type=%d&reply=%A");
}

TEST(KannelGateway, RefusesANumberThatIsNotInternationalWithoutAsking)
{
    // Nothing listens there: a refusal must come before any attempt.
    KannelGateway gateway(kannelConfig("http://127.0.0.1:" + std::to_string(closedPort()) + "/cgi-bin/sendsms"));
    for (const char* number : {"0501234567", "+972 50 123 4567", "+97250123456a", "+972", ""}) {
        const auto result = gateway.send({1, number, "x", SmsEncoding::Gsm7});
        EXPECT_EQ(result.outcome, SendOutcome::Permanent) << number;
        EXPECT_EQ(result.code, "invalid-number");
        EXPECT_FALSE(result.reason.empty());
    }
}

TEST(KannelGateway, RefusesAnAddressThatCannotWork)
{
    auto gateways = makeSmsGateways();
    for (const char* url : {"", "127.0.0.1:13013/cgi-bin/sendsms", "ftp://host/x", "http://"}) {
        try {
            gateways->make(kannelConfig(url));
            ADD_FAILURE() << "accepted " << url;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
            EXPECT_EQ(e.field(), "url");
        }
    }
    auto config = kannelConfig("http://127.0.0.1:13013/cgi-bin/sendsms");
    config.reportUrl = "localhost:1/dlr";
    EXPECT_THROW(gateways->make(config), Error);
}

TEST(KannelGateway, CannotBeAskedAboutAMessage)
{
    KannelGateway gateway(kannelConfig("http://127.0.0.1:13013/cgi-bin/sendsms"));
    EXPECT_EQ(gateway.kind(), SmsGatewayKind::Kannel);
    EXPECT_EQ(gateway.query(5, 0).state, RemoteState::CannotAsk);
}

TEST(KannelReportListener, ReadsKannelsReportTypes)
{
    auto report = [](std::map<std::string, std::string> query) {
        HttpRequest request;
        request.method = "GET";
        request.query = std::move(query);
        return KannelReportListener::reportFrom(request);
    };
    const auto delivered = report({{"id", "42"}, {"type", "1"}, {"reply", "id:abc stat:DELIVRD"}});
    ASSERT_TRUE(delivered);
    EXPECT_EQ(delivered->messageId, 42);
    EXPECT_EQ(delivered->status.state, RemoteState::Delivered);
    EXPECT_EQ(delivered->status.code, "1 id:abc stat:DELIVRD");
    EXPECT_EQ(report({{"id", "42"}, {"type", "2"}, {"reply", "stat:UNDELIV"}})->status.state, RemoteState::Failed);
    EXPECT_NE(report({{"id", "42"}, {"type", "2"}, {"reply", "stat:UNDELIV"}})->status.reason.find("stat:UNDELIV"), std::string::npos);
    EXPECT_EQ(report({{"id", "42"}, {"type", "16"}, {"reply", "NACK/no SMSC"}})->status.state, RemoteState::Failed);
    EXPECT_FALSE(report({{"id", "42"}, {"type", "16"}})->status.reason.empty());
    EXPECT_EQ(report({{"id", "42"}, {"type", "8"}, {"reply", "ACK/"}})->status.state, RemoteState::Pending);
    EXPECT_EQ(report({{"id", "42"}, {"type", "4"}})->status.state, RemoteState::Pending);
    EXPECT_FALSE(report({{"type", "1"}}));
    EXPECT_FALSE(report({{"id", "x"}, {"type", "1"}}));
    EXPECT_FALSE(report({{"id", "0"}, {"type", "1"}}));
    EXPECT_FALSE(report({{"id", "42"}}));
}

TEST(KannelReportListener, AnswersOnlyAReportItTook)
{
    int calls = 0;
    auto gateways = makeSmsGateways();
    SmsGatewayConfig config;
    config.listenAddress = "127.0.0.1:0";
    auto listener = gateways->listen(config, [&](const DeliveryReport&) {
        if (++calls == 1) throw std::runtime_error("database away");
    });
    HttpClient client(2000);
    const std::string url = "http://" + listener->address() + "/dlr";
    EXPECT_EQ(client.get(url, {{"id", "5"}, {"type", "1"}}).status, 503); // Kannel asks again
    EXPECT_EQ(client.get(url, {{"id", "5"}, {"type", "1"}}).status, 200);
    EXPECT_EQ(client.get(url, {{"type", "1"}}).status, 400);
    EXPECT_EQ(calls, 2);
}

// ---- Through a real Kannel ----

TEST_F(KannelTest, HebrewReachesTheSmscIntactAsUcs2)
{
    // An emoji too: outside the BMP, a surrogate pair in UCS-2 (UTF-16).
    const std::string text = "שלום דנה, הדיון בתיק 12345-01-24 נדחה ל-3.5 בשעה 09:30 😀";
    const auto sms = message(nextId(), text, SmsEncoding::Ucs2);
    const auto result = gateway()->send(sms);
    ASSERT_EQ(result.outcome, SendOutcome::Accepted) << result.code << " " << result.reason;
    EXPECT_EQ(result.code, "202 0: Accepted for delivery");

    const auto lines = waitForLines(sms.e164, 1);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].from, "Praklit");
    EXPECT_EQ(lines[0].type, "ucs-2");
    EXPECT_EQ(lines[0].data, utf16be(text)); // UTF-16BE, byte for byte
}

TEST_F(KannelTest, Gsm7ExtensionCharactersReachTheSmscIntact)
{
    const std::string text = "Invoice 17: 1,234.50€ [paid] {ref} ~|^\\ @£$¥ ok";
    const auto sms = message(nextId(), text, SmsEncoding::Gsm7);
    const auto result = gateway()->send(sms);
    ASSERT_EQ(result.outcome, SendOutcome::Accepted) << result.code << " " << result.reason;

    const auto lines = waitForLines(sms.e164, 1);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].type, "text");
    EXPECT_EQ(lines[0].data, text); // Kannel holds 7-bit text as UTF-8; the SMSC module makes GSM of it
}

TEST_F(KannelTest, LongMessageGoesInConcatenatedPartsWithOneReport)
{
    Reports reports;
    auto config = kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"));
    config.listenAddress = "127.0.0.1:0";
    auto listener = gateways_->listen(config, [&](const DeliveryReport& report) { reports.take(report); });
    config.reportUrl = "http://" + listener->address() + "/kannel/dlr";

    std::string text;
    for (int i = 0; i < 15; ++i) text += "תזכורת " + std::to_string(i) + " "; // 150 UTF-16 units: 67 + 67 + 16
    const auto sms = message(nextId(), text, SmsEncoding::Ucs2);
    const auto result = gateway(config)->send(sms);
    ASSERT_EQ(result.outcome, SendOutcome::Accepted) << result.code << " " << result.reason;

    auto lines = waitForLines(sms.e164, 3);
    ASSERT_EQ(lines.size(), 3u);
    std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.udh < b.udh; });
    std::string joined;
    for (size_t i = 0; i < lines.size(); ++i) {
        // UDH: length 5, IEI 0 (concatenation, 8-bit reference), 3, reference, parts, this part.
        ASSERT_EQ(lines[i].type, "udh");
        ASSERT_EQ(lines[i].udh.size(), 6u);
        EXPECT_EQ(lines[i].udh.substr(0, 3), std::string("\x05\x00\x03", 3));
        EXPECT_EQ(lines[i].udh[3], lines[0].udh[3]);
        EXPECT_EQ(lines[i].udh[4], 3);
        EXPECT_EQ(lines[i].udh[5], static_cast<char>(i + 1));
        joined += lines[i].data;
    }
    EXPECT_EQ(lines[0].data.size(), 134u); // 67 UTF-16 units
    EXPECT_EQ(joined, utf16be(text));

    // Kannel reports on the message, not on each part: one 8, one 1.
    ASSERT_TRUE(reports.waitFor(sms.id, RemoteState::Delivered));
    ASSERT_TRUE(reports.waitFor(sms.id, RemoteState::Pending));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(reports.count(sms.id), 2u);
}

TEST_F(KannelTest, DeliveryReportArrivesWithTheMessageId)
{
    Reports reports;
    auto config = kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"));
    config.listenAddress = "127.0.0.1:0";
    auto listener = gateways_->listen(config, [&](const DeliveryReport& report) { reports.take(report); });
    config.reportUrl = "http://" + listener->address() + "/kannel/dlr";

    const auto sms = message(nextId(), "Your hearing is tomorrow at 09:30", SmsEncoding::Gsm7);
    const auto result = gateway(config)->send(sms);
    ASSERT_EQ(result.outcome, SendOutcome::Accepted) << result.code << " " << result.reason;

    // smsc_fake reports delivered (1) as soon as fakesmsc has the message;
    // bearerbox reports the SMSC's acceptance (8).
    const auto delivered = reports.waitFor(sms.id, RemoteState::Delivered);
    ASSERT_TRUE(delivered);
    EXPECT_EQ(delivered->status.code.substr(0, 1), "1");
    const auto accepted = reports.waitFor(sms.id, RemoteState::Pending);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->status.code, "8 ACK/");
    EXPECT_EQ(waitForLines(sms.e164, 1).size(), 1u);
}

TEST_F(KannelTest, UnroutableNumberIsPermanentAndReportedFailed)
{
    Reports reports;
    auto config = kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"));
    config.listenAddress = "127.0.0.1:0";
    auto listener = gateways_->listen(config, [&](const DeliveryReport& report) { reports.take(report); });
    config.reportUrl = "http://" + listener->address() + "/kannel/dlr";

    // scripts/kannel-server's SMSC refuses +999 (denied-prefix).
    const services::OutgoingSms sms{nextId(), "+99912345678", "x", SmsEncoding::Gsm7};
    const auto result = gateway(config)->send(sms);
    EXPECT_EQ(result.outcome, SendOutcome::Permanent) << result.code;
    EXPECT_EQ(result.code, "403 Not routable. Do not try again.");
    EXPECT_FALSE(result.reason.empty());

    const auto failed = reports.waitFor(sms.id, RemoteState::Failed);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->status.code, "16 NACK/no SMSC");
    EXPECT_NE(failed->status.reason.find("NACK/no SMSC"), std::string::npos) << failed->status.reason;
}

TEST_F(KannelTest, ReportTheListenerMissedIsFetchedAgain)
{
    Reports reports;
    std::atomic<int> refused{0};
    auto config = kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"));
    config.listenAddress = "127.0.0.1:0";
    auto listener = gateways_->listen(config, [&](const DeliveryReport& report) {
        if (report.status.state == RemoteState::Delivered && refused++ == 0) throw std::runtime_error("not now");
        reports.take(report);
    });
    config.reportUrl = "http://" + listener->address() + "/kannel/dlr";

    const auto sms = message(nextId(), "again", SmsEncoding::Gsm7);
    ASSERT_EQ(gateway(config)->send(sms).outcome, SendOutcome::Accepted);
    // smsbox's http-queue-delay is a second (scripts/kannel-server).
    EXPECT_TRUE(reports.waitFor(sms.id, RemoteState::Delivered));
    EXPECT_EQ(refused.load(), 2);
}

TEST_F(KannelTest, WrongPasswordIsTemporaryWithASentence)
{
    auto config = kannelConfig(env("PRAKLIT_TEST_KANNEL_URL"));
    config.secret = "not-the-password";
    const auto sms = message(nextId(), "x", SmsEncoding::Gsm7);
    const auto result = gateway(config)->send(sms);
    EXPECT_EQ(result.outcome, SendOutcome::Temporary);
    EXPECT_EQ(result.code, "403 Authorization failed for sendsms");
    EXPECT_NE(result.reason.find(config.username), std::string::npos) << result.reason;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_TRUE(smscLines(dir_, sms.e164).empty());
}

TEST_F(KannelTest, StoppedKannelIsTemporaryAndNothingIsSent)
{
    if (env("PRAKLIT_TEST_KANNEL_CONTROL").empty()) GTEST_SKIP() << "PRAKLIT_TEST_KANNEL_CONTROL is not set";
    PrivateKannel kannel;
    auto own = gateway(kannelConfig(kannel.url()));
    const auto before = message(nextId(), "before", SmsEncoding::Gsm7);
    ASSERT_EQ(own->send(before).outcome, SendOutcome::Accepted);

    kannel.run("kill");
    const auto down = message(nextId(), "while down", SmsEncoding::Gsm7);
    const auto result = own->send(down); // the same client: its kept connection is dead
    EXPECT_EQ(result.outcome, SendOutcome::Temporary) << result.code;
    EXPECT_FALSE(result.reason.empty());

    kannel.run("restart");
    const auto after = message(nextId(), "after", SmsEncoding::Gsm7);
    EXPECT_EQ(own->send(after).outcome, SendOutcome::Accepted);
    EXPECT_EQ(::waitForLines(kannel.dir(), after.e164, 1).size(), 1u);
    EXPECT_TRUE(smscLines(kannel.dir(), down.e164).empty());
}

TEST_F(KannelTest, FrozenSmsboxIsUnknown)
{
    if (env("PRAKLIT_TEST_KANNEL_CONTROL").empty()) GTEST_SKIP() << "PRAKLIT_TEST_KANNEL_CONTROL is not set";
    PrivateKannel kannel;
    auto config = kannelConfig(kannel.url());
    config.timeoutMs = 500;
    auto own = gateway(config);
    kannel.run("freeze");
    // The kernel takes the connection and the request; nothing answers.
    const auto result = own->send(message(nextId(), "frozen", SmsEncoding::Gsm7));
    kannel.run("thaw");
    EXPECT_EQ(result.outcome, SendOutcome::Unknown) << result.code;
    EXPECT_FALSE(result.reason.empty());
}
