#include "integrations/CourtGateways.h"

#include "integrations/CourtGatewayClient.h"

namespace praklit::integrations {

namespace {

class Gateways final : public services::CourtGateways {
public:
    std::unique_ptr<services::CourtGateway> make(const services::CourtGatewayConfig& config,
                                                 const std::atomic<bool>* cancel) override
    {
        return std::make_unique<CourtGatewayClient>(config, cancel);
    }
};

} // namespace

std::unique_ptr<services::CourtGateways> makeCourtGateways() { return std::make_unique<Gateways>(); }

} // namespace praklit::integrations
