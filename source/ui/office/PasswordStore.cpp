#include "ui/office/PasswordStore.h"

#include "ui/widgets/Utf8.h"

#include <wx/secretstore.h>

namespace praklit::ui {

std::string PasswordStore::serviceName(const ConnectionUrl& url)
{
    const std::string host = url.get("host").empty() ? "localhost" : url.get("host");
    const std::string port = url.get("port").empty() ? "5432" : url.get("port");
    return "Praklit/" + host + ":" + port + "/" + url.get("dbname") + "/" + url.get("user");
}

#if wxUSE_SECRETSTORE

bool PasswordStore::available() const
{
    wxString why;
    return wxSecretStore::GetDefault().IsOk(&why);
}

std::optional<std::string> PasswordStore::load(const ConnectionUrl& url) const
{
    if (!available()) return std::nullopt;
    wxString user;
    wxSecretValue secret;
    if (!wxSecretStore::GetDefault().Load(wx(serviceName(url)), user, secret)) return std::nullopt;
    return secret.GetAsString(wxConvUTF8).utf8_string();
}

bool PasswordStore::save(const ConnectionUrl& url, const std::string& password)
{
    if (!available()) return false;
    return wxSecretStore::GetDefault().Save(wx(serviceName(url)), wx(url.get("user")), wxSecretValue(wx(password)));
}

void PasswordStore::erase(const ConnectionUrl& url)
{
    if (available()) wxSecretStore::GetDefault().Delete(wx(serviceName(url)));
}

#else

bool PasswordStore::available() const { return false; }
std::optional<std::string> PasswordStore::load(const ConnectionUrl&) const { return std::nullopt; }
bool PasswordStore::save(const ConnectionUrl&, const std::string&) { return false; }
void PasswordStore::erase(const ConnectionUrl&) {}

#endif

} // namespace praklit::ui
