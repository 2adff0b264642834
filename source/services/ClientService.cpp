#include "services/ClientService.h"

#include "data/AddressRepository.h"
#include "data/AuditRepository.h"
#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/ContactRepository.h"
#include "data/PhoneRepository.h"
#include "data/RoleRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "text/Bidi.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::ltr;
using text::tr;

namespace {

std::string clientSearchKey(const Client& c)
{
    return text::searchKey(c.displayName() + " " + c.idNumber + " " + c.email);
}

Changes clientChanges(const Client& before, const Client& after)
{
    Changes ch;
    ch.change("kind", std::string(toString(before.kind)), std::string(toString(after.kind)))
        .change("first_name", before.firstName, after.firstName)
        .change("last_name", before.lastName, after.lastName)
        .change("org_name", before.orgName, after.orgName)
        .change("id_number", before.idNumber, after.idNumber)
        .change("email", before.email, after.email)
        .change("note", before.note, after.note)
        .change("active", before.active, after.active);
    return ch;
}

} // namespace

void ClientService::requireClient(int64_t clientId)
{
    if (!data::ClientRepository(office_.db()).find(clientId))
        notFound(format(tr("There is no client number {1}."), clientId));
}

void ClientService::staleVersion(const std::string& table, int64_t id)
{
    const auto last = data::AuditRepository(office_.db()).lastFor(table, id);
    if (!last) notFound(format(tr("The record {1} no longer exists."), id));
    if (last->action == "delete") notFound(tr("Another user deleted this record meanwhile."));
    throw Error(ErrorKind::Conflict,
                format(tr("This record was changed by {1} at {2}: reload it and make your change again."),
                       last->userLogin.empty() ? tr("another user") : last->userLogin, text::toIsraelDisplay(last->at)));
}

Client ClientService::add(Client client)
{
    client = validated(std::move(client));
    auto& db = office_.db();
    db.transaction([&] {
        data::ClientRepository repo(db);
        if (!client.idNumber.empty())
            if (const auto other = repo.findByIdNumber(client.idNumber))
                throw Error(ErrorKind::Conflict,
                            format(tr("The ID number {1} already belongs to client number {2}."), ltr(client.idNumber), *other),
                            "id_number");
        client.createdAt = client.updatedAt = text::now();
        client.version = 1;
        client.id = repo.insert(client, clientSearchKey(client), text::collationKey(client.displayName()));
        audit(db, office_.user().id, "entities", client.id, "insert", clientChanges(Client{}, client));
    });
    return client;
}

Client ClientService::update(Client client)
{
    client = validated(std::move(client));
    auto& db = office_.db();
    db.transaction([&] {
        data::ClientRepository repo(db);
        const auto before = repo.find(client.id);
        if (!before) notFound(format(tr("There is no client number {1}."), client.id));
        if (!client.idNumber.empty())
            if (const auto other = repo.findByIdNumber(client.idNumber); other && *other != client.id)
                throw Error(ErrorKind::Conflict,
                            format(tr("The ID number {1} already belongs to client number {2}."), ltr(client.idNumber), *other),
                            "id_number");
        client.updatedAt = text::now();
        client.createdAt = before->createdAt;
        if (!repo.update(client, clientSearchKey(client), text::collationKey(client.displayName())))
            staleVersion("entities", client.id);
        audit(db, office_.user().id, "entities", client.id, "update", clientChanges(*before, client));
        client.version += 1;
    });
    return client;
}

Client ClientService::get(int64_t clientId)
{
    std::optional<Client> c;
    office_.db().guarded([&] { c = data::ClientRepository(office_.db()).find(clientId); });
    if (!c) notFound(format(tr("There is no client number {1}."), clientId));
    return *c;
}

ClientCard ClientService::card(int64_t clientId)
{
    ClientCard card;
    auto& db = office_.db();
    db.snapshot([&] {
        const auto c = data::ClientRepository(db).find(clientId);
        if (!c) notFound(format(tr("There is no client number {1}."), clientId));
        card.client = *c;
        card.addresses = data::AddressRepository(db).forOwner(clientId);
        card.phones = data::PhoneRepository(db).forEntity(clientId);
        card.contacts = data::ContactRepository(db).forClient(clientId);
        card.cases = data::CaseRepository(db).forClient(clientId);
    });
    return card;
}

std::vector<Client> ClientService::list(int64_t offset, int64_t limit)
{
    std::vector<Client> out;
    office_.db().guarded([&] { out = data::ClientRepository(office_.db()).list(offset, limit); });
    return out;
}

std::vector<Client> ClientService::search(const std::string& text, int64_t limit)
{
    const auto key = text::searchKey(text);
    if (key.empty()) return list(0, limit);
    std::vector<Client> out;
    office_.db().guarded([&] { out = data::ClientRepository(office_.db()).search(key, limit); });
    return out;
}

int64_t ClientService::count()
{
    int64_t n = 0;
    office_.db().guarded([&] { n = data::ClientRepository(office_.db()).count(); });
    return n;
}

Address ClientService::addAddress(Address address)
{
    address = validated(std::move(address));
    auto& db = office_.db();
    db.transaction([&] {
        requireClient(address.ownerId);
        data::AddressRepository repo(db);
        const auto existing = repo.forOwner(address.ownerId);
        if (existing.empty()) address.isPrimary = true;
        if (address.isPrimary && !existing.empty()) repo.demotePrimary(address.ownerId);
        address.version = 1;
        address.id = repo.insert(address);
        audit(db, office_.user().id, "addresses", address.id, "insert",
              Changes()
                  .set("entity_id", std::to_string(address.ownerId))
                  .set("is_primary", address.isPrimary ? "true" : "false")
                  .set("address", address.oneLine()));
    });
    return address;
}

Address ClientService::setPrimaryAddress(int64_t addressId)
{
    auto& db = office_.db();
    Address result;
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto address = repo.find(addressId);
        if (!address) notFound(format(tr("There is no address number {1}."), addressId));
        if (!address->isPrimary) {
            repo.demotePrimary(address->ownerId);
            repo.setPrimary(addressId);
            audit(db, office_.user().id, "addresses", addressId, "update", Changes().change("is_primary", false, true));
        }
        result = *repo.find(addressId);
    });
    return result;
}

std::vector<Address> ClientService::addresses(int64_t clientId)
{
    std::vector<Address> out;
    office_.db().guarded([&] { out = data::AddressRepository(office_.db()).forOwner(clientId); });
    return out;
}

Phone ClientService::addPhone(int64_t clientId, PhoneType type, const std::string& typedNumber)
{
    Phone phone;
    phone.entityId = clientId;
    phone.type = type;
    phone.e164 = parsePhoneNumber(typedNumber);
    phone.version = 1;
    auto& db = office_.db();
    db.transaction([&] {
        requireClient(clientId);
        phone.id = data::PhoneRepository(db).insert(phone);
        audit(db, office_.user().id, "phones", phone.id, "insert",
              Changes().set("entity_id", std::to_string(clientId)).set("type", std::string(toString(type))).set("number", phone.e164));
    });
    return phone;
}

std::vector<ContactRole> ClientService::roles()
{
    std::vector<ContactRole> out;
    office_.db().guarded([&] { out = data::RoleRepository(office_.db()).all(); });
    return out;
}

ContactRole ClientService::addRole(const std::string& name)
{
    ContactRole role;
    role.name = validatedRoleName(name);
    auto& db = office_.db();
    db.transaction([&] {
        data::RoleRepository repo(db);
        if (repo.findByName(role.name))
            throw Error(ErrorKind::Conflict, format(tr("The role \"{1}\" is already on the list."), role.name), "role");
        role.id = repo.insert(role.name);
        audit(db, office_.user().id, "contact_roles", role.id, "insert", Changes().set("name", role.name));
    });
    return role;
}

Contact ClientService::addContact(Contact contact, const std::string& roleName)
{
    contact = validated(std::move(contact));
    auto& db = office_.db();
    db.transaction([&] {
        requireClient(contact.clientId);
        if (!roleName.empty()) {
            const auto role = data::RoleRepository(db).findByName(roleName);
            if (!role) invalid(format(tr("There is no role \"{1}\": add it to the list first."), roleName), "role");
            contact.roleId = role->id;
            contact.roleName = role->name;
        }
        contact.version = 1;
        contact.id = data::ContactRepository(db).insert(contact);
        audit(db, office_.user().id, "contacts", contact.id, "insert",
              Changes()
                  .set("entity_id", std::to_string(contact.clientId))
                  .set("role", contact.roleName)
                  .set("first_name", contact.firstName)
                  .set("last_name", contact.lastName)
                  .set("addressee_accounts", contact.addresseeForAccounts ? "true" : "")
                  .set("addressee_invoices", contact.addresseeForInvoices ? "true" : ""));
    });
    return contact;
}

Case ClientService::addCase(Case c)
{
    c = validated(std::move(c));
    if (c.internalNumber.empty()) invalid(tr("The case needs an internal number."), "internal_number");
    auto& db = office_.db();
    db.transaction([&] {
        requireClient(c.clientId);
        if (c.lawyerUserId && !data::UserRepository(db).find(c.lawyerUserId))
            invalid(format(tr("There is no user number {1}."), c.lawyerUserId), "lawyer");
        c.version = 1;
        c.id = data::CaseRepository(db).insert(c);
        audit(db, office_.user().id, "cases", c.id, "insert",
              Changes().set("entity_id", std::to_string(c.clientId)).set("internal_number", c.internalNumber).set("subject", c.subject));
    });
    return c;
}

} // namespace praklit::services
