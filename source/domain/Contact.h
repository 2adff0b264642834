#pragma once
// A contact (איש קשר): a person related to a client, with a role.
#include <cstdint>
#include <string>

namespace praklit {

struct Contact {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t roleId = 0; // 0 when no role
    std::string roleName; // read with the contact, not stored in it
    std::string firstName;
    std::string lastName; // required
    std::string title;
    std::string email;
    bool addresseeForAccounts = false; // מכותב לחשבון עסקה
    bool addresseeForInvoices = false; // מכותב לחשבוניות וקבלות
    bool noSms = false; // asked not to get SMS on any of the contact's phones
    int version = 0;

    // As a letter addresses the person: "עו\"ד רות לוי" — title, first name, last name.
    std::string displayName() const;
};

Contact validated(Contact contact);

} // namespace praklit
