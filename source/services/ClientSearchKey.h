#pragma once
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/Phone.h"

#include <cstdint>
#include <string>
#include <vector>

namespace praklit::data {
class Database;
}

namespace praklit::services {

// A client's search key: its name, ID number, e-mail, phones (national and
// international digits) and case numbers (as written and as digits).
std::string clientSearchKey(const Client& client, const std::vector<std::string>& phonesE164,
                            const std::vector<Case>& cases);

// The key for `client` as it is about to be saved, with its stored phones and cases.
std::string clientSearchKey(data::Database& db, const Client& client);

// Recomputes and stores it; called inside the transaction of any write that
// changes one of those.
void refreshClientSearchKey(data::Database& db, int64_t clientId);

} // namespace praklit::services
