#include "ui/office/UserSettings.h"

#include "ui/widgets/Utf8.h"

#include <wx/config.h>

namespace praklit::ui {

namespace {
const char* const kLanguage = "/Personal/Language";
const char* const kDatabase = "/Database/Url";
const char* const kAskPassword = "/Database/AskPassword";
} // namespace

UserSettings::UserSettings() : config_(*wxConfigBase::Get()) {}

std::optional<text::Language> UserSettings::language() const
{
    return text::parseLanguage(utf8(config_.Read(kLanguage, wxString())));
}

void UserSettings::setLanguage(text::Language language)
{
    config_.Write(kLanguage, wx(text::languageCode(language)));
    config_.Flush();
}

std::string UserSettings::databaseUrl() const { return utf8(config_.Read(kDatabase, wxString())); }

void UserSettings::setDatabaseUrl(const std::string& urlWithoutPassword)
{
    config_.Write(kDatabase, wx(urlWithoutPassword));
    config_.Flush();
}

bool UserSettings::asksPassword() const { return config_.ReadBool(kAskPassword, false); }

void UserSettings::setAsksPassword(bool ask)
{
    config_.Write(kAskPassword, ask);
    config_.Flush();
}

} // namespace praklit::ui
