#pragma once
// The lawyer's smart card through its middleware's PKCS#11 module, loaded
// at run time (platform::DynamicLibrary): OpenSC, the card vendor's DLL, or
// SoftHSM2 in the tests.
#include "services/ports/SmartCard.h"

#include <memory>

namespace praklit::integrations {

std::unique_ptr<services::SmartCards> makeSmartCards();

} // namespace praklit::integrations
