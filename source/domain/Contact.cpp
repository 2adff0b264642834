#include "domain/Contact.h"

#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

namespace praklit {

using text::tr;

std::string Contact::displayName() const
{
    std::string name = title;
    for (const std::string* part : {&firstName, &lastName})
        if (!part->empty()) name += (name.empty() ? "" : " ") + *part;
    return name;
}

Contact validated(Contact c)
{
    c.firstName = cleanText(c.firstName, tr("First name"), kMaxNameLength, "first_name");
    c.lastName = cleanText(c.lastName, tr("Last name"), kMaxNameLength, "last_name");
    c.title = cleanText(c.title, tr("Title"), kMaxNameLength, "title");
    c.email = cleanText(c.email, tr("E-mail"), kMaxLineLength, "email");
    if (c.lastName.empty()) invalid(tr("The last name is required."), "last_name");
    if (!plausibleEmail(c.email)) invalid(tr("The e-mail address is not valid."), "email");
    return c;
}

} // namespace praklit
