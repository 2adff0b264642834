#pragma once
#include "domain/ConnectionUrl.h"

#include <string>

namespace praklit::ui {

// What the Database page of System settings edits: the fields as typed.
// Turning them into a ConnectionUrl goes through ConnectionUrl's own parsing,
// so a bad port or a missing file name comes back as its sentence.
struct DatabaseChoice {
    Backend backend = Backend::SQLite;
    std::string sqlitePath;
    std::string host;
    std::string port;
    std::string dbname;
    std::string user;
    std::string password;
    bool rememberPassword = false;

    static DatabaseChoice from(const ConnectionUrl& url);
    // Throws Error(InvalidInput) with one sentence. Keywords the page does not
    // show (sslmode, …) are kept from `base` when it is a server too.
    ConnectionUrl url(const ConnectionUrl& base) const;
};

} // namespace praklit::ui
