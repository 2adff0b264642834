#include "integrations/KannelReportListener.h"

#include "text/Bidi.h"
#include "text/Translate.h"

#include <charconv>

namespace praklit::integrations {

using services::RemoteState;
using text::format;
using text::ltr;
using text::tr;

namespace {

template <typename Number>
std::optional<Number> number(const std::map<std::string, std::string>& query, const std::string& name)
{
    const auto found = query.find(name);
    if (found == query.end()) return std::nullopt;
    const std::string& text = found->second;
    Number value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// Kannel's report types (its dlr.h): 1 delivered to the phone, 2 not
// delivered, 4 buffered in the SMSC, 8 taken by the SMSC, 16 refused by the
// SMSC (or by Kannel itself: "NACK/…"), 32 intermediate.
services::RemoteStatus statusOf(int type, const std::string& reply)
{
    services::RemoteStatus status;
    status.code = std::to_string(type) + (reply.empty() ? "" : " " + reply);
    switch (type) {
    case 1:
        status.state = RemoteState::Delivered;
        break;
    case 2:
        status.state = RemoteState::Failed;
        status.reason = reply.empty()
            ? tr("The network reported that the message was not delivered.")
            : format(tr("The network reported that the message was not delivered ({1})."), ltr(reply));
        break;
    case 16:
        status.state = RemoteState::Failed;
        status.reason = reply.empty() ? tr("The SMS center refused the message.")
                                      : format(tr("The SMS center refused the message ({1})."), ltr(reply));
        break;
    default: // 4, 8, 32 and whatever a later Kannel adds: taken, nothing final yet
        status.state = RemoteState::Pending;
        break;
    }
    return status;
}

} // namespace

KannelReportListener::KannelReportListener(const std::string& address, services::SmsGateways::ReportHandler handler)
    : handler_(std::move(handler)), listener_(address, [this](const HttpRequest& request) { return answer(request); })
{
}

std::optional<services::DeliveryReport> KannelReportListener::reportFrom(const HttpRequest& request)
{
    const auto key = request.query.find("id");
    const auto id = key == request.query.end() ? std::nullopt : services::parseExternalId(key->second);
    const auto type = number<int>(request.query, "type");
    if (!id || !type) return std::nullopt;
    const auto reply = request.query.find("reply");
    return services::DeliveryReport{id->id, statusOf(*type, reply == request.query.end() ? std::string() : reply->second),
                                    id->round};
}

HttpReply KannelReportListener::answer(const HttpRequest& request) const
{
    if (request.method != "GET") return {405, "GET only\n"};
    const auto report = reportFrom(request);
    if (!report) return {400, "not a delivery report: id and type are needed\n"};
    try {
        handler_(*report);
    } catch (...) {
        // Not taken (the database away, say): smsbox asks again later.
        return {503, "try again later\n"};
    }
    return {200, "ok\n"};
}

} // namespace praklit::integrations
