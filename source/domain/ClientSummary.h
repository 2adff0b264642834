#pragma once
// One row of the clients search screen: what a list shows without opening the card.
#include "domain/Client.h"

#include <cstdint>
#include <string>

namespace praklit {

struct ClientSummary {
    int64_t id = 0;
    EntityKind kind = EntityKind::Person;
    std::string displayName;
    std::string idNumber;
    std::string phoneE164; // the first phone, empty when none
    std::string city;      // of the primary address
    bool active = true;
};

} // namespace praklit
