#pragma once
#include "data/Database.h"

#include <cstdint>

namespace praklit::services {

// Recomputes a client's stored search key from its name, ID number, e-mail,
// phones (national and international digits) and case numbers (as written
// and as digits). Called inside the transaction of any write that changes them.
void refreshClientSearchKey(data::Database& db, int64_t clientId);

} // namespace praklit::services
