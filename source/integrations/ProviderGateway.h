#pragma once
// An Israeli SMS provider (ספק SMS) through its JSON API (docs/sms-gateways.md,
// "The Israeli provider API"): one POST per message, carrying the message's
// id as the provider's external id, so the provider can be asked what became
// of it and a repeated send of it is not sent twice.
#include "integrations/HttpClient.h"
#include "integrations/HttpListener.h"
#include "services/ports/SmsGateway.h"

#include <optional>
#include <string>
#include <string_view>

namespace praklit::integrations {

class ProviderGateway final : public services::SmsGateway {
public:
    // Throws praklit::Error(InvalidInput) when the API or the report address
    // is not an http(s) address, or the credentials could not go in a header.
    explicit ProviderGateway(services::SmsGatewayConfig config);

    services::SmsGatewayKind kind() const override { return services::SmsGatewayKind::Provider; }
    services::SendResult send(const services::OutgoingSms& sms) override;
    // CannotAsk, with the reason, when the question got no answer (the
    // provider down, the token refused): the dispatcher then waits and asks
    // again, which is what a message of unknown fate needs — never
    // NotReceived, which would send it a second time.
    services::RemoteStatus query(int64_t id, int round) override;

    // The API's form of an Israeli mobile number, "05" and 8 digits, from
    // E.164 (+9725…); empty for any other number: the API reaches no other.
    static std::string nationalNumber(std::string_view e164);

    // A report the provider pushed (POST of JSON to the report address);
    // nothing when it is not one.
    static std::optional<services::DeliveryReport> reportOf(const HttpRequest& request);

private:
    services::SendResult resultOf(const HttpResponse& response, const services::OutgoingSms& sms) const;
    HttpClient::Headers credentials() const;
    std::string endpoint(std::string_view path) const;

    services::SmsGatewayConfig config_;
    HttpClient http_;
};

} // namespace praklit::integrations
