#include "services/ports/SmsGateway.h"

#include "domain/Error.h"

namespace praklit::services {

std::string_view toString(SmsGatewayKind kind)
{
    switch (kind) {
    case SmsGatewayKind::Kannel: return "kannel";
    case SmsGatewayKind::Provider: return "provider";
    }
    return "kannel";
}

std::optional<SmsGatewayKind> parseSmsGatewayKind(std::string_view text)
{
    if (text == "kannel") return SmsGatewayKind::Kannel;
    if (text == "provider") return SmsGatewayKind::Provider;
    return std::nullopt;
}

namespace {
std::unique_ptr<SmsGateways>& slot()
{
    static std::unique_ptr<SmsGateways> gateways;
    return gateways;
}
} // namespace

void SmsGateways::install(std::unique_ptr<SmsGateways> gateways) { slot() = std::move(gateways); }

SmsGateways& SmsGateways::installed()
{
    if (!slot()) throw Error(ErrorKind::Internal, "No SMS gateways are installed: the program's start-up installs them.");
    return *slot();
}

} // namespace praklit::services
