#include "integrations/SmsGateways.h"

#include "domain/Error.h"
#include "integrations/HttpListener.h"
#include "integrations/KannelGateway.h"
#include "integrations/KannelReportListener.h"
#include "integrations/ProviderGateway.h"
#include "text/Translate.h"

namespace praklit::integrations {

using services::SmsGatewayKind;

namespace {

// The provider POSTs each report as JSON (docs/sms-gateways.md) and tries
// again later until it is answered 2xx: so 200 only once the handler took
// it, 503 when the handler could not (asked again), 400 for what no try
// will make readable.
class ProviderReportListener final : public services::SmsReportListener {
public:
    using ReportHandler = services::SmsGateways::ReportHandler;
    ProviderReportListener(const std::string& address, ReportHandler handler)
        : handler_(std::move(handler)), listener_(address, [this](const HttpRequest& request) { return answer(request); })
    {
    }
    std::string address() const override { return listener_.address(); }

private:
    HttpReply answer(const HttpRequest& request) const
    {
        if (request.method != "POST") return {405, "POST only\n"};
        const auto report = ProviderGateway::reportOf(request);
        if (!report) return {400, "not a delivery report: external_id and state are needed\n"};
        try {
            handler_(*report);
        } catch (...) {
            return {503, "try again later\n"};
        }
        return {200, "ok\n"};
    }

    ReportHandler handler_;
    HttpListener listener_; // last: it calls answer() until destroyed, and is destroyed first
};

class Gateways final : public services::SmsGateways {
public:
    std::unique_ptr<services::SmsGateway> make(const services::SmsGatewayConfig& config) override
    {
        if (config.kind == SmsGatewayKind::Kannel) return std::make_unique<KannelGateway>(config);
        return std::make_unique<ProviderGateway>(config);
    }

    std::unique_ptr<services::SmsReportListener> listen(const services::SmsGatewayConfig& config,
                                                        ReportHandler handler) override
    {
        if (config.kind == SmsGatewayKind::Kannel)
            return std::make_unique<KannelReportListener>(config.listenAddress, std::move(handler));
        return std::make_unique<ProviderReportListener>(config.listenAddress, std::move(handler));
    }
};

} // namespace

std::unique_ptr<services::SmsGateways> makeSmsGateways() { return std::make_unique<Gateways>(); }

} // namespace praklit::integrations
