#pragma once
#include "domain/Address.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/ClientSummary.h"
#include "domain/Contact.h"
#include "domain/ContactRole.h"
#include "domain/Phone.h"
#include "services/OfficeSession.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// Everything a client card shows.
struct ClientCard {
    Client client;
    std::vector<Address> addresses; // primary first
    std::vector<Phone> phones;
    std::vector<Contact> contacts;
    std::vector<Phone> contactPhones; // phones of the contacts (contactId set)
    std::vector<Case> cases;
};

// Clients and the records around them: addresses and phones, contacts and
// their roles. Every write is one transaction with an audit row; a stale
// version is refused with who changed the row and when.
class ClientService {
public:
    explicit ClientService(OfficeSession& office) : office_(office) {}

    Client add(Client client);
    Client update(Client client);
    Client get(int64_t clientId);
    // Opening a client's card: read, and the access log's row for it (who
    // read which client, when), in one transaction of the front end's
    // read-write session.
    ClientCard card(int64_t clientId);
    // The card already open, read again after a change (no access row).
    ClientCard refreshCard(int64_t clientId);
    std::vector<Client> list(int64_t offset, int64_t limit);
    int64_t count();

    // The search screen: the beginning of any word of the name, ID or company
    // number, phone (typed in any format), e-mail or case number, and then
    // inside words and in other spellings and scripts; best matches first,
    // each kind in Hebrew collation order (SearchMatch).
    std::vector<ClientSummary> find(const std::string& text, int64_t offset, int64_t limit);
    // How many, counted up to `cap`: a list shows its first rows and says
    // there are more without counting a million.
    SearchCount countMatches(const std::string& text, int64_t cap = kSearchCountCap);
    // A keystroke's answer: the first `limit` rows and the count, from one search.
    SearchCount findFirst(const std::string& text, int64_t limit, std::vector<ClientSummary>& rows,
                          int64_t cap = kSearchCountCap);

    // The first address of an owner becomes primary by itself; a new primary
    // demotes the old one in the same transaction. Deleting the primary while
    // two or more remain needs `newPrimaryId`, one of them.
    Address addAddress(Address address);
    Address updateAddress(Address address);
    Address setPrimaryAddress(int64_t addressId);
    void deleteAddress(int64_t addressId, int64_t newPrimaryId = 0);
    std::vector<Address> addresses(int64_t clientId);
    Address address(int64_t addressId);

    // noSms: the number is not to get SMS (the owner asked so).
    Phone addPhone(int64_t clientId, PhoneType type, const std::string& typedNumber, bool noSms = false);
    Phone addContactPhone(int64_t contactId, PhoneType type, const std::string& typedNumber, bool noSms = false);
    Phone updatePhone(Phone phone, const std::string& typedNumber);
    void deletePhone(int64_t phoneId);
    std::vector<Phone> phones(int64_t clientId);
    Phone phone(int64_t phoneId);

    std::vector<ContactRole> roles();
    ContactRole addRole(const std::string& name);
    // roleName empty for none; an unknown role name is refused.
    Contact addContact(Contact contact, const std::string& roleName);
    // A new contact (id 0) or an edit, with its mobile phone, in one
    // transaction and one audit row: `mobile` as typed, empty to remove it,
    // nullopt to leave the contact's phones as they are.
    Contact saveContact(Contact contact, const std::string& roleName, const std::optional<std::string>& mobile);
    Contact updateContact(Contact contact, const std::string& roleName);
    void deleteContact(int64_t contactId);
    std::vector<Contact> contacts(int64_t clientId);
    Contact contact(int64_t contactId);

private:
    ClientCard readCard(int64_t clientId);
    void requireClient(int64_t clientId);
    int64_t resolveRole(const std::string& roleName);
    Phone insertPhone(Phone phone, const std::string& typedNumber);
    // The same number twice on one client or contact is refused (Conflict).
    void requireNewNumber(const Phone& phone);
    [[noreturn]] void staleVersion(const std::string& table, int64_t id);
    OfficeSession& office_;
};

// Shared by the services: a refused stale save, with who changed the row and when.
[[noreturn]] void throwStaleVersion(data::Database& db, const std::string& table, int64_t id);

} // namespace praklit::services
