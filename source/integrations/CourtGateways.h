#pragma once
// The court gateway this program speaks (docs/court-gateway.md), for the
// composition roots to hand to the court service.
#include "services/ports/CourtGateway.h"

#include <memory>

namespace praklit::integrations {

std::unique_ptr<services::CourtGateways> makeCourtGateways();

} // namespace praklit::integrations
