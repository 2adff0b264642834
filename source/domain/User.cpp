#include "domain/User.h"

#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit {

using text::tr;

std::string validatedLogin(std::string login)
{
    login = cleanText(login, text::tr("User"), 100, "login");
    if (login.empty()) invalid(text::tr("The user name is empty."), "login");
    if (login.find_first_of(" \t") != std::string::npos)
        invalid(text::tr("A user name has no spaces."), "login");
    return login;
}

User checkedUser(User u)
{
    u.login = validatedLogin(u.login);
    u.displayName = cleanText(u.displayName, tr("Display name"), kMaxNameLength, "display_name");
    u.email = cleanText(u.email, tr("E-mail"), kMaxLineLength, "email");
    u.title = cleanText(u.title, tr("Role"), kMaxNameLength, "title");
    if (u.displayName.empty()) u.displayName = u.login;
    if (!plausibleEmail(u.email)) invalid(tr("The e-mail address is not valid."), "email");
    return u;
}

std::string checkedGroupKey(std::string key)
{
    key = cleanText(key, tr("Key"), 40, "key");
    if (key.empty()) invalid(tr("A user group needs a key (letters, digits and \"-\")."), "key");
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            invalid(tr("A user group's key is written in lower-case English letters, digits and \"-\"."), "key");
    return key;
}

std::string checkedGroupName(std::string name)
{
    name = cleanText(name, tr("Name"), kMaxNameLength, "name");
    if (name.empty()) invalid(tr("A user group needs a name."), "name");
    return name;
}

void checkNewPassword(const std::string& password, const User& user)
{
    if (characterCount(password) < kMinPasswordLength)
        invalid(text::format(tr("A password has at least {1} characters."), kMinPasswordLength), "password");
    if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); }))
        invalid(tr("A password is not one character repeated."), "password");
    // Compared as search keys: case, final letters and marks do not hide a name.
    const std::string typed = text::searchKey(password);
    auto contains = [&](const std::string& name) {
        for (const auto& word : text::searchWords(name))
            if (word.size() >= 3 && typed.find(word) != std::string::npos) return true;
        return false;
    };
    if (contains(user.login) || contains(user.displayName))
        invalid(tr("A password does not contain the user's name."), "password");
}

} // namespace praklit
