#pragma once
#include "domain/ConnectionUrl.h"
#include <string>

struct pg_conn;

namespace praklit::data {


// Runs several statements in one simple-protocol round trip. Throws Error.
void postgresExecScript(::pg_conn* conn, const std::string& sql, const ConnectionUrl& url);

} // namespace praklit::data
