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

std::optional<std::string> PasswordStore::load(const std::string& service) const
{
    if (!available()) return std::nullopt;
    wxString user;
    wxSecretValue secret;
    if (!wxSecretStore::GetDefault().Load(wx(service), user, secret)) return std::nullopt;
    return secret.GetAsString(wxConvUTF8).utf8_string();
}

bool PasswordStore::save(const std::string& service, const std::string& account, const std::string& secret)
{
    if (!available()) return false;
    return wxSecretStore::GetDefault().Save(wx(service), wx(account), wxSecretValue(wx(secret)));
}

void PasswordStore::erase(const std::string& service)
{
    if (available()) wxSecretStore::GetDefault().Delete(wx(service));
}

#else

bool PasswordStore::available() const { return false; }
std::optional<std::string> PasswordStore::load(const std::string&) const { return std::nullopt; }
bool PasswordStore::save(const std::string&, const std::string&, const std::string&) { return false; }
void PasswordStore::erase(const std::string&) {}

#endif

std::optional<std::string> PasswordStore::load(const ConnectionUrl& url) const { return load(serviceName(url)); }

bool PasswordStore::save(const ConnectionUrl& url, const std::string& password)
{
    return save(serviceName(url), url.get("user"), password);
}

void PasswordStore::erase(const ConnectionUrl& url) { erase(serviceName(url)); }

} // namespace praklit::ui
