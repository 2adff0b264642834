#include "domain/Client.h"

#include "domain/Error.h"
#include "domain/IsraeliId.h"
#include "domain/Limits.h"
#include "text/Translate.h"

namespace praklit {

using text::tr;

std::string_view toString(EntityKind kind)
{
    return kind == EntityKind::Person ? "person" : "organisation";
}

std::optional<EntityKind> parseEntityKind(std::string_view text)
{
    if (text == "person") return EntityKind::Person;
    if (text == "organisation" || text == "organization") return EntityKind::Organisation;
    return std::nullopt;
}

std::string Client::displayName() const
{
    if (kind == EntityKind::Organisation) return orgName;
    if (firstName.empty()) return lastName;
    if (lastName.empty()) return firstName;
    return lastName + " " + firstName;
}

bool plausibleEmail(std::string_view email)
{
    if (email.empty()) return true;
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return false;
    for (char c : email)
        if (c == ' ' || c == ',' || c == ';' || c == '<' || c == '>') return false;
    return true;
}

Client validated(Client c)
{
    c.firstName = cleanText(c.firstName, tr("First name"), kMaxNameLength, "first_name");
    c.lastName = cleanText(c.lastName, tr("Last name"), kMaxNameLength, "last_name");
    c.orgName = cleanText(c.orgName, tr("Organisation name"), kMaxNameLength, "org_name");
    c.email = cleanText(c.email, tr("E-mail"), kMaxLineLength, "email");
    c.note = cleanText(c.note, tr("Notes"), kMaxNoteLength, "note", true);
    c.idNumber = cleanText(c.idNumber, tr("ID number"), 20, "id_number");

    if (c.kind == EntityKind::Person) {
        if (c.lastName.empty()) invalid(tr("The last name is required."), "last_name");
        c.orgName.clear();
    } else {
        if (c.orgName.empty()) invalid(tr("The organisation name is required."), "org_name");
        c.firstName.clear();
        c.lastName.clear();
    }
    if (!c.idNumber.empty()) {
        const auto id = IsraeliId::parse(c.idNumber);
        if (!id)
            invalid(c.kind == EntityKind::Person
                        ? tr("The ID number is not valid: check its digits (the last one is a check digit).")
                        : tr("The company number is not valid: check its digits (the last one is a check digit)."),
                    "id_number");
        c.idNumber = id->digits();
    }
    if (!plausibleEmail(c.email)) invalid(tr("The e-mail address is not valid."), "email");
    return c;
}

} // namespace praklit
