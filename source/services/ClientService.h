#pragma once
#include "domain/Address.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/Contact.h"
#include "domain/ContactRole.h"
#include "domain/Phone.h"
#include "services/OfficeSession.h"

#include <vector>

namespace praklit::services {

// Everything a client card shows.
struct ClientCard {
    Client client;
    std::vector<Address> addresses; // primary first
    std::vector<Phone> phones;
    std::vector<Contact> contacts;
    std::vector<Case> cases;
};

// Clients and the records around them. Every write is one transaction with
// an audit row; a stale version is refused with who changed it and when.
class ClientService {
public:
    explicit ClientService(OfficeSession& office) : office_(office) {}

    Client add(Client client);
    Client update(Client client);
    ClientCard card(int64_t clientId);
    Client get(int64_t clientId);
    std::vector<Client> list(int64_t offset, int64_t limit);
    std::vector<Client> search(const std::string& text, int64_t limit);
    int64_t count();

    // The first address of an owner becomes primary by itself; a new primary
    // demotes the old one in the same transaction.
    Address addAddress(Address address);
    Address setPrimaryAddress(int64_t addressId);
    std::vector<Address> addresses(int64_t clientId);

    Phone addPhone(int64_t clientId, PhoneType type, const std::string& typedNumber);

    std::vector<ContactRole> roles();
    ContactRole addRole(const std::string& name);
    // roleName empty for none; an unknown role name is refused.
    Contact addContact(Contact contact, const std::string& roleName);

    Case addCase(Case c);

private:
    void requireClient(int64_t clientId);
    [[noreturn]] void staleVersion(const std::string& table, int64_t id);
    OfficeSession& office_;
};

} // namespace praklit::services
