#pragma once
#include "domain/ConnectionUrl.h"
#include "ui/office/PasswordStore.h"

#include <map>
#include <optional>
#include <string>

namespace praklit::ui {

// The SMS gateway's password or token for an office, on this computer: in
// the system's password store under an entry of its own, never in the
// office's database, a settings file or a log. Without a store it is kept in
// memory until Praklit closes, and asked for again after that.
class GatewaySecret {
public:
    // Kept between sessions (a password store is there).
    bool lasts() const { return store_.available(); }

    std::optional<std::string> get(const ConnectionUrl& office);
    void set(const ConnectionUrl& office, const std::string& secret);

    // "Praklit/SMS/<office>": each office its own entry, whoever signed in,
    // since the gateway is the office's.
    static std::string serviceName(const ConnectionUrl& office);

private:
    PasswordStore store_;
    std::map<std::string, std::string> session_; // service name → secret, also the store's once read
};

} // namespace praklit::ui
