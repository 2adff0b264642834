#pragma once
// Kannel's delivery reports (דוחות מסירה): smsbox fetches the dlr-url that
// KannelGateway gave with each message, GET …?id=N&type=T&reply=R, and
// fetches it again later (http-request-retry, http-queue-delay) for as long
// as it is not answered 200. So the answer 200 comes only after the handler
// took the report; a handler that throws is answered 503 and asked again.
#include "integrations/HttpListener.h"
#include "services/ports/SmsGateway.h"

#include <optional>
#include <string>

namespace praklit::integrations {

class KannelReportListener final : public services::SmsReportListener {
public:
    // Throws praklit::Error(OutsideService) when `address` cannot be bound.
    KannelReportListener(const std::string& address, services::SmsGateways::ReportHandler handler);
    std::string address() const override { return listener_.address(); }

    // The report one request carries; nullopt when it is not a report (no
    // message id, no type).
    static std::optional<services::DeliveryReport> reportFrom(const HttpRequest& request);

private:
    HttpReply answer(const HttpRequest& request) const;

    services::SmsGateways::ReportHandler handler_;
    HttpListener listener_; // last: it calls answer() until destroyed, and is destroyed first
};

} // namespace praklit::integrations
