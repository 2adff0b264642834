#pragma once
#include "text/Language.h"

#include <optional>
#include <string>

class wxConfigBase;

namespace praklit::ui {

// The person's own settings, kept by wxConfig (a file under ~/.config on
// Linux, the registry on Windows). Never holds a password.
class UserSettings {
public:
    // Uses wxConfigBase::Get(): the caller sets up the config object first.
    UserSettings();

    std::optional<text::Language> language() const;
    void setLanguage(text::Language language);

    // The office database as ConnectionUrl::text() writes it; empty when the
    // person never chose one (the embedded office in their data folder).
    std::string databaseUrl() const;
    void setDatabaseUrl(const std::string& urlWithoutPassword);

    // The server needs a password that is not kept anywhere: ask at start.
    bool asksPassword() const;
    void setAsksPassword(bool ask);

private:
    wxConfigBase& config_;
};

} // namespace praklit::ui
