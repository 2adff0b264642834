#pragma once
#include "domain/ConnectionUrl.h"

#include <optional>
#include <string>

namespace praklit::ui {

// The office server's password in the system's password store (Windows
// Credential Manager, macOS Keychain, libsecret), never in a settings file.
// wxWidgets built without wxSecretStore (as Debian's is) has no store: then
// available() is false and the password is asked for at each start.
class PasswordStore {
public:
    bool available() const;

    std::optional<std::string> load(const ConnectionUrl& url) const;
    // False when the store refused (locked keyring, no service running).
    bool save(const ConnectionUrl& url, const std::string& password);
    void erase(const ConnectionUrl& url);

    // "Praklit/<host>:<port>/<db>/<user>": one entry per server login.
    static std::string serviceName(const ConnectionUrl& url);

    // Any other secret of Praklit's, under a service name of its own
    // (GatewaySecret's "Praklit/SMS/…"); `account` is shown beside it in
    // the system's password manager.
    std::optional<std::string> load(const std::string& service) const;
    bool save(const std::string& service, const std::string& account, const std::string& secret);
    void erase(const std::string& service);
};

} // namespace praklit::ui
