#include "ui/office/GatewaySecret.h"

#include <filesystem>

namespace praklit::ui {

std::string GatewaySecret::serviceName(const ConnectionUrl& office)
{
    if (office.backend() == Backend::SQLite) {
        // The same file reached by another relative path is the same office.
        std::error_code ec;
        const auto path = std::filesystem::weakly_canonical(office.sqlitePath(), ec);
        return "Praklit/SMS/" + (ec ? office.sqlitePath() : path).string();
    }
    const std::string host = office.get("host").empty() ? "localhost" : office.get("host");
    const std::string port = office.get("port").empty() ? "5432" : office.get("port");
    return "Praklit/SMS/" + host + ":" + port + "/" + office.get("dbname");
}

std::optional<std::string> GatewaySecret::get(const ConnectionUrl& office)
{
    const std::string service = serviceName(office);
    if (const auto it = session_.find(service); it != session_.end()) return it->second;
    // Asked every few seconds by the dispatcher: the store (a D-Bus call on
    // Linux) once.
    auto stored = store_.load(service);
    if (stored) session_[service] = *stored;
    return stored;
}

void GatewaySecret::set(const ConnectionUrl& office, const std::string& secret)
{
    const std::string service = serviceName(office);
    // In memory either way: a store that refuses now (a locked keyring)
    // still leaves this session able to send.
    session_[service] = secret;
    store_.save(service, "sms-gateway", secret);
}

} // namespace praklit::ui
