#include "ui/office/OfficeConnector.h"

#include "services/OfficeLocation.h"
#include "ui/users/SignInFlow.h"

namespace praklit::ui {

ConnectionUrl OfficeConnector::configuredUrl() const
{
    const std::string chosen = settings_.databaseUrl();
    if (chosen.empty()) return ConnectionUrl::sqliteFile(services::defaultOfficeFile());
    return ConnectionUrl::parse(chosen);
}

bool OfficeConnector::isDefaultOffice() const { return settings_.databaseUrl().empty(); }

std::optional<std::string> OfficeConnector::storedPassword(const ConnectionUrl& url) const
{
    if (url.backend() != Backend::PostgreSQL) return std::nullopt;
    return passwords_.load(url);
}

DatabaseChoice OfficeConnector::choiceFor(const ConnectionUrl& url) const
{
    auto choice = DatabaseChoice::from(url);
    choice.rememberPassword = storedPassword(url).has_value();
    return choice;
}

std::unique_ptr<services::OfficeSession> OfficeConnector::open(const ConnectionUrl& url, OpenMode mode,
                                                              wxWindow* parent) const
{
    return signInToOffice(parent, url, mode);
}

void OfficeConnector::remember(const DatabaseChoice& choice, const ConnectionUrl& url)
{
    settings_.setDatabaseUrl(url.text());
    if (url.backend() != Backend::PostgreSQL) {
        settings_.setAsksPassword(false);
        return;
    }
    const bool kept = choice.rememberPassword && !choice.password.empty() && passwords_.save(url, choice.password);
    if (!kept) passwords_.erase(url);
    settings_.setAsksPassword(!choice.password.empty() && !kept);
}

} // namespace praklit::ui
