#include "services/ClientService.h"

#include "data/AddressRepository.h"
#include "data/AuditRepository.h"
#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/ContactRepository.h"
#include "data/Database.h"
#include "data/PhoneRepository.h"
#include "data/RoleRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "services/ClientSearchKey.h"
#include "text/Bidi.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::services {

using text::format;
using text::ltr;
using text::tr;

namespace {

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

void throwStaleVersion(data::Database& db, const std::string& table, int64_t id)
{
    const auto last = data::AuditRepository(db).lastFor(table, id);
    if (!last) notFound(format(tr("The record {1} no longer exists."), id));
    if (last->action == "delete") notFound(tr("Another user deleted this record meanwhile."));
    throw Error(ErrorKind::Conflict,
                format(tr("This record was changed by {1} at {2}: reload it and make your change again."),
                       last->userLogin.empty() ? tr("another user") : last->userLogin, text::toIsraelDisplay(last->at)));
}

void ClientService::staleVersion(const std::string& table, int64_t id) { throwStaleVersion(office_.db(), table, id); }

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
        client.id = repo.insert(client, clientSearchKey(client, {}, {}), text::collationKey(client.displayName()));
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
        if (!repo.update(client, clientSearchKey(db, client), text::collationKey(client.displayName())))
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
        data::PhoneRepository phones(db);
        for (const auto& contact : card.contacts)
            for (auto& p : phones.forContact(contact.id)) card.contactPhones.push_back(std::move(p));
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

std::vector<ClientSummary> ClientService::find(const std::string& text, int64_t offset, int64_t limit)
{
    const auto words = text::searchWords(cleanText(text, tr("Search"), kMaxLineLength, "search"));
    std::vector<ClientSummary> out;
    office_.db().guarded([&] { out = data::ClientRepository(office_.db()).find(words, offset, limit); });
    return out;
}

int64_t ClientService::countMatches(const std::string& text)
{
    const auto words = text::searchWords(cleanText(text, tr("Search"), kMaxLineLength, "search"));
    int64_t n = 0;
    office_.db().guarded([&] { n = data::ClientRepository(office_.db()).countMatches(words); });
    return n;
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

Address ClientService::address(int64_t addressId)
{
    std::optional<Address> a;
    office_.db().guarded([&] { a = data::AddressRepository(office_.db()).find(addressId); });
    if (!a) notFound(format(tr("There is no address number {1}."), addressId));
    return *a;
}

Phone ClientService::phone(int64_t phoneId)
{
    std::optional<Phone> p;
    office_.db().guarded([&] { p = data::PhoneRepository(office_.db()).find(phoneId); });
    if (!p) notFound(format(tr("There is no phone number {1}."), phoneId));
    return *p;
}

Contact ClientService::contact(int64_t contactId)
{
    std::optional<Contact> c;
    office_.db().guarded([&] { c = data::ContactRepository(office_.db()).find(contactId); });
    if (!c) notFound(format(tr("There is no contact number {1}."), contactId));
    return *c;
}

Address ClientService::updateAddress(Address address)
{
    address = validated(std::move(address));
    auto& db = office_.db();
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto before = repo.find(address.id);
        if (!before) notFound(format(tr("There is no address number {1}."), address.id));
        if (!repo.update(address)) staleVersion("addresses", address.id);
        if (address.isPrimary && !before->isPrimary) {
            repo.demotePrimary(before->ownerId);
            repo.setPrimary(address.id);
        }
        audit(db, office_.user().id, "addresses", address.id, "update",
              Changes().change("address", before->oneLine(), address.oneLine()).change("is_primary", before->isPrimary,
                                                                                          before->isPrimary || address.isPrimary));
        address = *repo.find(address.id);
    });
    return address;
}

void ClientService::deleteAddress(int64_t addressId, int64_t newPrimaryId)
{
    auto& db = office_.db();
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto address = repo.find(addressId);
        if (!address) notFound(format(tr("There is no address number {1}."), addressId));
        std::vector<Address> rest;
        for (auto& a : repo.forOwner(address->ownerId))
            if (a.id != addressId) rest.push_back(a);
        int64_t promote = 0;
        if (address->isPrimary && !rest.empty()) {
            if (rest.size() == 1)
                promote = rest.front().id;
            else if (std::none_of(rest.begin(), rest.end(), [&](const Address& a) { return a.id == newPrimaryId; }))
                invalid(tr("This is the primary address: choose which of the remaining addresses becomes primary."),
                        "new_primary");
            else
                promote = newPrimaryId;
        }
        repo.remove(addressId);
        audit(db, office_.user().id, "addresses", addressId, "delete", Changes().change("address", address->oneLine(), ""));
        if (promote) {
            repo.setPrimary(promote);
            audit(db, office_.user().id, "addresses", promote, "update", Changes().change("is_primary", false, true));
        }
    });
}

void ClientService::requireNewNumber(const Phone& phone)
{
    data::PhoneRepository repo(office_.db());
    const auto owned = phone.entityId ? repo.forEntity(phone.entityId) : repo.forContact(phone.contactId);
    for (const auto& other : owned)
        if (other.id != phone.id && other.e164 == phone.e164)
            throw Error(ErrorKind::Conflict,
                        format(phone.entityId ? tr("The client already has the number {1}.")
                                              : tr("The contact already has the number {1}."),
                               ltr(displayPhoneNumber(phone.e164))),
                        "number");
}

Phone ClientService::insertPhone(Phone phone, const std::string& typedNumber)
{
    phone.e164 = parsePhoneNumber(typedNumber);
    phone.version = 1;
    auto& db = office_.db();
    db.transaction([&] {
        int64_t clientId = phone.entityId;
        if (phone.entityId) requireClient(phone.entityId);
        if (phone.contactId) {
            const auto contact = data::ContactRepository(db).find(phone.contactId);
            if (!contact) notFound(format(tr("There is no contact number {1}."), phone.contactId));
            clientId = contact->clientId;
        }
        requireNewNumber(phone);
        phone.id = data::PhoneRepository(db).insert(phone);
        audit(db, office_.user().id, "phones", phone.id, "insert",
              Changes()
                  .set("entity_id", phone.entityId ? std::to_string(phone.entityId) : "")
                  .set("contact_id", phone.contactId ? std::to_string(phone.contactId) : "")
                  .set("type", std::string(toString(phone.type)))
                  .set("number", phone.e164));
        if (phone.entityId) refreshClientSearchKey(db, clientId);
    });
    return phone;
}

Phone ClientService::addPhone(int64_t clientId, PhoneType type, const std::string& typedNumber)
{
    Phone phone;
    phone.entityId = clientId;
    phone.type = type;
    return insertPhone(phone, typedNumber);
}

Phone ClientService::addContactPhone(int64_t contactId, PhoneType type, const std::string& typedNumber)
{
    Phone phone;
    phone.contactId = contactId;
    phone.type = type;
    return insertPhone(phone, typedNumber);
}

Phone ClientService::updatePhone(Phone phone, const std::string& typedNumber)
{
    phone.e164 = parsePhoneNumber(typedNumber);
    auto& db = office_.db();
    db.transaction([&] {
        data::PhoneRepository repo(db);
        const auto before = repo.find(phone.id);
        if (!before) notFound(format(tr("There is no phone number {1}."), phone.id));
        phone.entityId = before->entityId;
        phone.contactId = before->contactId;
        requireNewNumber(phone);
        if (!repo.update(phone)) staleVersion("phones", phone.id);
        audit(db, office_.user().id, "phones", phone.id, "update",
              Changes()
                  .change("type", std::string(toString(before->type)), std::string(toString(phone.type)))
                  .change("number", before->e164, phone.e164));
        if (before->entityId) refreshClientSearchKey(db, before->entityId);
        phone = *repo.find(phone.id);
    });
    return phone;
}

void ClientService::deletePhone(int64_t phoneId)
{
    auto& db = office_.db();
    db.transaction([&] {
        data::PhoneRepository repo(db);
        const auto phone = repo.find(phoneId);
        if (!phone) notFound(format(tr("There is no phone number {1}."), phoneId));
        repo.remove(phoneId);
        audit(db, office_.user().id, "phones", phoneId, "delete", Changes().change("number", phone->e164, ""));
        if (phone->entityId) refreshClientSearchKey(db, phone->entityId);
    });
}

std::vector<Phone> ClientService::phones(int64_t clientId)
{
    std::vector<Phone> out;
    office_.db().guarded([&] { out = data::PhoneRepository(office_.db()).forEntity(clientId); });
    return out;
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

int64_t ClientService::resolveRole(const std::string& roleName)
{
    if (roleName.empty()) return 0;
    const auto role = data::RoleRepository(office_.db()).findByName(roleName);
    if (!role) invalid(format(tr("There is no role \"{1}\": add it to the list first."), roleName), "role");
    return role->id;
}

namespace {
Changes contactChanges(const Contact& before, const Contact& after)
{
    Changes ch;
    ch.change("role", before.roleName, after.roleName)
        .change("first_name", before.firstName, after.firstName)
        .change("last_name", before.lastName, after.lastName)
        .change("title", before.title, after.title)
        .change("email", before.email, after.email)
        .change("addressee_accounts", before.addresseeForAccounts, after.addresseeForAccounts)
        .change("addressee_invoices", before.addresseeForInvoices, after.addresseeForInvoices);
    return ch;
}
} // namespace

Contact ClientService::saveContact(Contact contact, const std::string& roleName, const std::optional<std::string>& typedMobile)
{
    contact = validated(std::move(contact));
    // A wrong number is refused before anything is stored: the contact and
    // its mobile are saved together or not at all.
    std::optional<std::string> mobile;
    if (typedMobile) {
        const auto typed = cleanText(*typedMobile, tr("Mobile phone"), kMaxLineLength, "mobile");
        mobile = typed.empty() ? std::string() : parsePhoneNumber(typed);
    }
    auto& db = office_.db();
    db.transaction([&] {
        data::ContactRepository repo(db);
        std::optional<Contact> before;
        if (contact.id) {
            before = repo.find(contact.id);
            if (!before) notFound(format(tr("There is no contact number {1}."), contact.id));
            contact.clientId = before->clientId;
        } else {
            requireClient(contact.clientId);
        }
        contact.roleId = resolveRole(roleName);
        contact.roleName = roleName;
        if (before) {
            if (!repo.update(contact)) staleVersion("contacts", contact.id);
        } else {
            contact.version = 1;
            contact.id = repo.insert(contact);
        }
        auto changes = contactChanges(before.value_or(Contact{}), contact);
        if (!before) changes.change("entity_id", "", std::to_string(contact.clientId));

        if (mobile) {
            data::PhoneRepository phones(db);
            std::optional<Phone> stored;
            for (auto& p : phones.forContact(contact.id))
                if (p.type == PhoneType::Mobile) {
                    stored = p;
                    break;
                }
            changes.change("mobile", stored ? stored->e164 : std::string(), *mobile);
            if (mobile->empty()) {
                if (stored) phones.remove(stored->id);
            } else if (!stored) {
                Phone p;
                p.contactId = contact.id;
                p.type = PhoneType::Mobile;
                p.e164 = *mobile;
                p.version = 1;
                requireNewNumber(p);
                phones.insert(p);
            } else if (stored->e164 != *mobile) {
                stored->e164 = *mobile;
                requireNewNumber(*stored);
                if (!phones.update(*stored)) staleVersion("phones", stored->id);
            }
        }
        audit(db, office_.user().id, "contacts", contact.id, before ? "update" : "insert", changes);
        contact = *repo.find(contact.id);
    });
    return contact;
}

Contact ClientService::addContact(Contact contact, const std::string& roleName)
{
    contact.id = 0;
    return saveContact(std::move(contact), roleName, std::nullopt);
}

Contact ClientService::updateContact(Contact contact, const std::string& roleName)
{
    if (contact.id == 0) notFound(format(tr("There is no contact number {1}."), contact.id));
    return saveContact(std::move(contact), roleName, std::nullopt);
}

void ClientService::deleteContact(int64_t contactId)
{
    auto& db = office_.db();
    db.transaction([&] {
        data::ContactRepository repo(db);
        const auto contact = repo.find(contactId);
        if (!contact) notFound(format(tr("There is no contact number {1}."), contactId));
        repo.remove(contactId);
        audit(db, office_.user().id, "contacts", contactId, "delete", contactChanges(*contact, Contact{}));
    });
}

std::vector<Contact> ClientService::contacts(int64_t clientId)
{
    std::vector<Contact> out;
    office_.db().guarded([&] { out = data::ContactRepository(office_.db()).forClient(clientId); });
    return out;
}

} // namespace praklit::services
