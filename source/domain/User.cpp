#include "domain/User.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

namespace praklit {

std::string validatedLogin(std::string login)
{
    login = cleanText(login, text::tr("User"), 100, "login");
    if (login.empty()) invalid(text::tr("The user name is empty."), "login");
    return login;
}

} // namespace praklit
