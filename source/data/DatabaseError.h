#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/Error.h"

#include <exception>
#include <string>

namespace praklit::data {

// Turns whatever the database layer threw (SOCI, libpq, SQLite) into one
// sentence a person can act on: unreachable, wrong password, read-only,
// corrupt, busy, a unique value taken.
Error translateDatabaseError(const std::exception& e, const ConnectionUrl& url);

// The same for a raw SQLite message, and for a libpq SQLSTATE and message.
Error sqliteError(const std::string& message, const ConnectionUrl& url);
Error postgresError(const std::string& sqlstate, const std::string& message, const ConnectionUrl& url);

} // namespace praklit::data
