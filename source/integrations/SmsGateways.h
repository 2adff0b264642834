#pragma once
// The SMS gateways this program speaks, for the composition roots to install
// (services::SmsGateways::install).
#include "services/ports/SmsGateway.h"

#include <memory>

namespace praklit::integrations {

std::unique_ptr<services::SmsGateways> makeSmsGateways();

} // namespace praklit::integrations
