#pragma once
// A port: the SMS gateway messages leave through — a Kannel server, or an
// Israeli provider's HTTP API. The services decide what to send, when, and
// what an answer means for the message; an integration speaks the gateway's
// protocol (integrations::SmsGateways) and the composition roots install it.
// Ports are the only part of services/ an integration may include.
#include "domain/Sms.h"

#include <charconv>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace praklit::services {

enum class SmsGatewayKind { Kannel, Provider };
std::string_view toString(SmsGatewayKind kind); // "kannel", "provider"
std::optional<SmsGatewayKind> parseSmsGatewayKind(std::string_view text);

// How to reach the gateway (System settings → SMS). The secret (Kannel's
// password, the provider's token or password) is never stored with the
// rest: it comes from the OS secret store, the user, or the environment.
struct SmsGatewayConfig {
    SmsGatewayKind kind = SmsGatewayKind::Kannel;
    std::string url;      // Kannel: its sendsms address; provider: the API's base address
    std::string username; // Kannel's user; the provider's user when it takes no token
    std::string secret;
    std::string sender;   // "from": up to 11 Latin letters or digits, or a number
    // Where the gateway pushes delivery reports (Kannel's dlr-url, the
    // provider's report address); empty for none. The listener binds
    // `listenAddress` (host:port) on the workstation or server that runs
    // the dispatcher.
    std::string reportUrl;
    std::string listenAddress;
    int timeoutMs = 10000;
};

// One message as it goes out. `id` is the message's id and `round` how many
// times a person sent it again after it failed: together they are the key
// the gateway is given (Kannel's dlr-url, the provider's external id) and
// asked about — a provider that refuses a key it has seen must still take a
// message resent after the network failed it.
struct OutgoingSms {
    int64_t id = 0;
    std::string e164;
    std::string text; // UTF-8
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int round = 0;
};

// "4711" for a message's first round, "4711.2" for its third.
inline std::string externalId(int64_t id, int round)
{
    return round ? std::to_string(id) + "." + std::to_string(round) : std::to_string(id);
}
struct ExternalId {
    int64_t id = 0;
    int round = 0;
};
// Reads externalId()'s form back; nothing for anything else.
inline std::optional<ExternalId> parseExternalId(std::string_view text)
{
    ExternalId out;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out.id);
    if (ec != std::errc() || out.id <= 0) return std::nullopt;
    if (ptr != end) {
        if (*ptr != '.') return std::nullopt;
        auto [p2, ec2] = std::from_chars(ptr + 1, end, out.round);
        if (ec2 != std::errc() || p2 != end || out.round <= 0) return std::nullopt;
    }
    return out;
}

enum class SendOutcome {
    Accepted,  // the gateway took it
    Temporary, // not taken, may be tried again (down, busy, no credit, outside its hours)
    Permanent, // not taken, never will be (invalid or blocked number, bad text)
    Unknown,   // asked, but no answer: the gateway may have taken it
};
struct SendResult {
    SendOutcome outcome = SendOutcome::Unknown;
    std::string code;   // the gateway's own status, for the record
    std::string reason; // one sentence in the user's language; empty when accepted
};

// What the gateway knows of a message, asked by id or pushed as a report.
enum class RemoteState {
    CannotAsk,   // this gateway keeps no record it can be asked about
    NotReceived, // it never got this id: sending it is safe
    Pending,     // taken, no final report yet
    Delivered,
    Failed,
};
struct RemoteStatus {
    RemoteState state = RemoteState::CannotAsk;
    std::string code;
    std::string reason;
};
struct DeliveryReport {
    int64_t messageId = 0;
    RemoteStatus status;
    int round = 0; // of the attempt the report is about (OutgoingSms::round)
};

class SmsGateway {
public:
    virtual ~SmsGateway() = default;
    virtual SmsGatewayKind kind() const = 0;
    // Never throws for what the gateway answered; throws praklit::Error only
    // for a configuration that cannot work (a malformed address).
    virtual SendResult send(const OutgoingSms& sms) = 0;
    // What the gateway knows of message `id` in its `round` (reconciling a
    // message whose send outcome is unknown). CannotAsk for a gateway
    // without a record.
    virtual RemoteStatus query(int64_t id, int round) = 0;
};

// Receives the reports a gateway pushes, on a thread of its own, and hands
// each to the handler; stops when destroyed.
class SmsReportListener {
public:
    virtual ~SmsReportListener() = default;
    virtual std::string address() const = 0; // host:port it listens on
};

class SmsGateways {
public:
    using ReportHandler = std::function<void(const DeliveryReport&)>;
    virtual ~SmsGateways() = default;
    virtual std::unique_ptr<SmsGateway> make(const SmsGatewayConfig& config) = 0;
    // Throws praklit::Error(OutsideService) when the address cannot be bound.
    virtual std::unique_ptr<SmsReportListener> listen(const SmsGatewayConfig& config, ReportHandler handler) = 0;

    static void install(std::unique_ptr<SmsGateways> gateways);
    // The installed gateways; Error(Internal) when the program installed none.
    static SmsGateways& installed();
};

} // namespace praklit::services
