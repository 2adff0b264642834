#pragma once
// Kannel (an open-source SMS gateway the office runs itself, in front of an
// operator's SMSC) through its smsbox's sendsms interface: one HTTP GET per
// message. Kannel keeps no record it can be asked about; what became of a
// message comes back as delivery reports (KannelReportListener).
#include "integrations/HttpClient.h"
#include "services/ports/SmsGateway.h"

#include <string>

namespace praklit::integrations {

class KannelGateway final : public services::SmsGateway {
public:
    // Throws praklit::Error(InvalidInput) when the sendsms or the report
    // address is not an http(s) address.
    explicit KannelGateway(services::SmsGatewayConfig config);

    services::SmsGatewayKind kind() const override { return services::SmsGatewayKind::Kannel; }
    services::SendResult send(const services::OutgoingSms& sms) override;
    services::RemoteStatus query(int64_t id, int round) override; // always CannotAsk

    // The reports asked of Kannel: 1 delivered, 2 not delivered, 8 taken by
    // the SMSC, 16 refused by the SMSC. 8 is not final, but it is the only
    // word that a message whose send had no answer did reach the operator
    // (hours before a final report may come). 4 (buffered in the SMSC) is
    // left out: it changes nothing the office does.
    static constexpr int kReportMask = 1 | 2 | 8 | 16;

    // What Kannel fetches when it has a report on message `id` (its dlr-url):
    // `reportUrl` with the message's key (services::externalId), type (%d)
    // and the SMSC's reply (%A) added.
    static std::string reportUrlFor(const std::string& reportUrl, int64_t id, int round = 0);

    // What an answer of sendsms (or its absence) means for the message.
    services::SendResult resultOf(const HttpResponse& response) const;

private:
    services::SmsGatewayConfig config_;
    HttpClient http_;
};

} // namespace praklit::integrations
