#pragma once
// Secrets kept out of what the program writes down or shows: crash logs,
// error messages, anything that may quote a command line or a connection
// string.
#include <string>
#include <string_view>

namespace praklit::text {

// `text` with the value of every password-like setting replaced by "***":
//   password=… sslpassword=… (libpq keywords, bare or quoted)
//   PGPASSWORD=… PRAKLIT_PASSWORD=… (any NAME containing "password" or
//   "passwd" followed by "=", and "password": "…" in JSON)
//   --password VALUE, --new-password VALUE (an option whose name ends so)
//   scheme://user:SECRET@host
// Anything else is kept as it was, so the line still says what happened.
std::string redactSecrets(std::string_view text);

} // namespace praklit::text
